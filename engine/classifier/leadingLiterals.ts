/**
 * Reading a regular-expression source (the lexicon and stance dialect: a space stands for white
 * space) for the literals every match starts with: what the anchored scan indexes a text by.
 */
import type { AnchorLiteral, Anchors } from './anchors';

/** Index of the parenthesis closing the group that opens at `open`. */
function closingParen(source: string, open: number): number {
	let depth = 0;
	for (let i = open; i < source.length; i++) {
		if (source[i] === '\\') i++;
		else if (source[i] === '(') depth++;
		else if (source[i] === ')' && --depth === 0) return i;
	}
	return -1;
}

/** Splits a pattern on its top-level "|". */
export function topLevelAlternatives(body: string): string[] {
	const parts: string[] = [];
	let depth = 0;
	let start = 0;
	for (let i = 0; i < body.length; i++) {
		if (body[i] === '\\') i++;
		else if (body[i] === '(') depth++;
		else if (body[i] === ')') depth--;
		else if (body[i] === '|' && depth === 0) {
			parts.push(body.slice(start, i));
			start = i + 1;
		}
	}
	parts.push(body.slice(start));
	return parts;
}

export const DIGITS: AnchorLiteral[] = '0123456789'
	.split('')
	.map((digit) => ({ text: digit, wholeWord: false }));
/** Escaped characters that stand for themselves. */
const ESCAPED_LITERAL = /[.$^*+?()[\]{}|\\/\-'"&#%@!:;,<>=~`]/;

/** Literals run over at most this many words: "book a" rather than "a", which starts every other phrase. */
const MAX_LITERAL_WORDS = 2;

/**
 * The literals one of which every match of a lexicon pattern starts with (lower case; a space
 * stands for a run of white space), or null when a match can start with anything (a character
 * class, \w, a lookaround). `source` is a lexicon pattern: spaces stand for white space, and a
 * word boundary follows its end.
 */
export function leadingLiterals(
	source: string,
	endsAtWordBoundary = true,
	maxWords = MAX_LITERAL_WORDS,
): AnchorLiteral[] | null {
	const alternatives = topLevelAlternatives(source);
	if (alternatives.length > 1) {
		const literals: AnchorLiteral[] = [];
		for (const alternative of alternatives) {
			const own = leadingLiterals(alternative, endsAtWordBoundary, maxWords);
			if (!own) return null;
			literals.push(...own);
		}
		return literals;
	}
	// What is known when the pattern goes on with something no literal describes.
	const partial = (literal: string): AnchorLiteral[] | null => {
		if (literal.endsWith(' ')) return [{ text: literal.trimEnd(), wholeWord: true }];
		return literal ? [{ text: literal, wholeWord: false }] : null;
	};
	// Each way the pattern can go on from `head`: the union of their literals.
	const branches = (literal: string, ways: Array<[string, boolean]>): AnchorLiteral[] | null => {
		const literals: AnchorLiteral[] = [];
		for (const [way, boundary] of ways) {
			const own = leadingLiterals(way, boundary, maxWords);
			if (!own) return partial(literal);
			literals.push(...own);
		}
		return literals;
	};
	// An optional unit, source[unitStart, unitEnd) followed by "?" ("log ?in", "i'?m"): the
	// literals with it and without it.
	const eitherWay = (
		literal: string,
		unitStart: number,
		unitEnd: number,
	): AnchorLiteral[] | null => {
		const head = source.slice(0, unitStart);
		const rest = source.slice(unitEnd + 1);
		return branches(literal, [
			[head + source.slice(unitStart, unitEnd) + rest, endsAtWordBoundary],
			[head + rest, endsAtWordBoundary],
		]);
	};
	let literal = '';
	for (let i = 0; i < source.length; i++) {
		const char = source[i];
		const head = source.slice(0, i);
		// What a match can open with that is not a word: the text's start, a line break, or one
		// character of a class of symbols ("[.!?]", "[$€£]"). Each is a one-character anchor.
		if (!literal) {
			if (char === '^') return [{ text: '', wholeWord: false, textStart: true }];
			if (source.startsWith('\\n', i)) return [{ text: '\n', wholeWord: false }];
			if (char === '[') return classLiterals(source, i);
		}
		if (char === ' ') {
			if (source[i + 1] === '?') return eitherWay(literal, i, i + 1);
			if (source[i + 1] === '*' || !literal) return partial(literal);
			if (literal.split(' ').length >= maxWords) return [{ text: literal, wholeWord: true }];
			literal += ' ';
			continue;
		}
		if (char === '(') {
			if (!source.startsWith('(?:', i)) return partial(literal);
			const close = closingParen(source, i);
			if (close < 0) return null;
			const quantifier = source[close + 1] ?? '';
			const braceEnd = quantifier === '{' ? source.indexOf('}', close) : -1;
			const restStart =
				braceEnd >= 0
					? braceEnd + 1
					: quantifier && '?*+'.includes(quantifier)
						? close + 2
						: close + 1;
			const rest = source.slice(restStart);
			const optional =
				quantifier === '?' || quantifier === '*' || source.startsWith('{0', close + 1);
			// A repeated group may be followed by more of itself, not by the rest: its own literals only.
			const repeated = quantifier === '+' || quantifier === '{';
			const ways: Array<[string, boolean]> = topLevelAlternatives(source.slice(i + 3, close)).map(
				(alternative) =>
					repeated ? [head + alternative, false] : [head + alternative + rest, endsAtWordBoundary],
			);
			if (optional) ways.push([head + rest, endsAtWordBoundary]);
			return branches(literal, ways);
		}
		if (char === '\\') {
			const next = source[i + 1] ?? '';
			if (next === 'b') {
				if (literal) return [{ text: literal.trimEnd(), wholeWord: true }];
				i++;
				continue;
			}
			if (
				next === 'd' &&
				!literal &&
				!'?*'.includes(source[i + 2] || 'x') &&
				!source.startsWith('{0', i + 2)
			)
				return DIGITS;
			if (!ESCAPED_LITERAL.test(next)) return partial(literal);
			if (source[i + 2] === '?') return eitherWay(literal, i, i + 2);
			if (source[i + 2] === '*' || source.startsWith('{0', i + 2)) return partial(literal);
			literal += next;
			i++;
			continue;
		}
		if (char === '?' && literal && !literal.endsWith(' ')) return eitherWay(literal, i - 1, i);
		if (char === '?' || char === '*' || source.startsWith('{0', i))
			return partial(literal.slice(0, -1));
		if ('[.^$+{)|'.includes(char)) return partial(literal);
		literal += char.toLowerCase();
	}
	if (!literal) return null;
	return literal.endsWith(' ')
		? partial(literal)
		: [{ text: literal, wholeWord: endsAtWordBoundary }];
}

/** Escapes that stand for one character inside a class. */
const CLASS_ESCAPES: Record<string, string> = { n: '\n', t: '\t' };

/**
 * The characters of a class a pattern opens with ("[.!?:;\\n]"), each a literal of its own; null
 * for a class the literals cannot list (negated, a range, \\s or \\d) or that may match nothing.
 */
function classLiterals(source: string, open: number): AnchorLiteral[] | null {
	if (source[open + 1] === '^') return null;
	const chars: string[] = [];
	let i = open + 1;
	for (; i < source.length && source[i] !== ']'; i++) {
		if (source[i] === '\\') {
			const next = source[++i] ?? '';
			if (CLASS_ESCAPES[next]) chars.push(CLASS_ESCAPES[next]);
			else if (ESCAPED_LITERAL.test(next)) chars.push(next);
			else return null;
		} else if (source[i] === '-' && chars.length && source[i + 1] !== ']') return null;
		else chars.push(source[i]);
	}
	const quantifier = source[i + 1] ?? '';
	if (i >= source.length || !chars.length || quantifier === '?' || quantifier === '*') return null;
	if (source.startsWith('{0', i + 1)) return null;
	return [...new Set(chars.map((char) => char.toLowerCase()))].map((text) => ({
		text,
		wholeWord: false,
	}));
}

/** Anchors for a lexicon pattern: its literals, or a full scan when it has none. */
export function anchorsFor(source: string): Anchors {
	const literals = leadingLiterals(source);
	return literals ? { kind: 'literals', literals } : { kind: 'anywhere' };
}
