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
	// Inside a character class ("[<\\[{(]") a parenthesis or a bar is just a character.
	let inClass = false;
	for (let i = 0; i < body.length; i++) {
		if (body[i] === '\\') i++;
		else if (inClass) inClass = body[i] !== ']';
		else if (body[i] === '[') inClass = true;
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

/** How far a reading goes: words per literal, and literals in all before it gives up. */
interface Limits {
	maxWords: number;
	maxLiterals: number;
	/** Set once a way has more literals than maxLiterals: every caller then returns null. */
	exceeded: boolean;
}

/**
 * The literals one of which every match of a lexicon pattern starts with (lower case; a space
 * stands for a run of white space), or null when a match can start with anything (a character
 * class, \w, a lookaround) or with more than `maxLiterals` literals. `source` is a lexicon
 * pattern: spaces stand for white space, and a word boundary follows its end.
 */
export function leadingLiterals(
	source: string,
	endsAtWordBoundary = true,
	maxWords = MAX_LITERAL_WORDS,
	maxLiterals = Infinity,
): AnchorLiteral[] | null {
	// A phrasing with thirty verbs, each followed by optional words, has a million two-word
	// beginnings: the limit stops the count rather than list them.
	const limits: Limits = { maxWords, maxLiterals, exceeded: false };
	const ways = topLevelAlternatives(source).map((alternative): [string, boolean] => [
		alternative,
		endsAtWordBoundary,
	]);
	return unionOf('', ways, limits);
}

/**
 * Each way a pattern can go on from `literal` (its top-level alternatives, a group's, an optional
 * unit with and without it): the union of their literals; null past the limit.
 */
function unionOf(
	literal: string,
	ways: Array<[string, boolean]>,
	limits: Limits,
): AnchorLiteral[] | null {
	const literals: AnchorLiteral[] = [];
	for (const [way, boundary] of ways) {
		const own = literalsFrom(way, literal, boundary, limits);
		if (limits.exceeded) return null;
		if (!own) return partial(literal);
		literals.push(...own);
		if (literals.length > limits.maxLiterals) {
			limits.exceeded = true;
			return null;
		}
	}
	return literals;
}

/** What is known when a pattern goes on with something no literal describes. */
function partial(literal: string): AnchorLiteral[] | null {
	if (literal.endsWith(' ')) return [{ text: literal.trimEnd(), wholeWord: true }];
	return literal ? [{ text: literal, wholeWord: false }] : null;
}

/**
 * The literals of `literal` (what the match has read so far) followed by a match of `source`, a
 * pattern with no top-level "|". Each way a pattern can go on (an optional unit, a group's
 * alternatives) goes on from the literal read so far, so a phrasing with thirty verbs and two
 * optional groups costs the ways it has, not that many re-readings of its whole source.
 */
function literalsFrom(
	source: string,
	literalSoFar: string,
	endsAtWordBoundary: boolean,
	limits: Limits,
): AnchorLiteral[] | null {
	// An optional unit, source[unitStart, unitEnd) followed by "?" ("log ?in", "i'?m"): the
	// literals with it and without it.
	const eitherWay = (
		literal: string,
		unitStart: number,
		unitEnd: number,
	): AnchorLiteral[] | null => {
		const rest = source.slice(unitEnd + 1);
		return unionOf(
			literal,
			[
				[source.slice(unitStart, unitEnd) + rest, endsAtWordBoundary],
				[rest, endsAtWordBoundary],
			],
			limits,
		);
	};
	let literal = literalSoFar;
	for (let i = 0; i < source.length; i++) {
		const char = source[i];
		// What a match can open with that is not a word: the text's start, a line break, or one
		// character of a class of symbols ("[.!?]", "[$€£]"). Each is a one-character anchor.
		if (!literal) {
			if (char === '^') return [{ text: '', wholeWord: false, textStart: true }];
			if (source.startsWith('\\n', i)) return [{ text: '\n', wholeWord: false }];
			if (char === '[') return classThenWords(source, i, endsAtWordBoundary, limits);
		}
		if (char === ' ') {
			if (source[i + 1] === '?') return eitherWay(literal, i, i + 1);
			if (source[i + 1] === '*' || !literal) return partial(literal);
			if (literal.split(' ').length >= limits.maxWords) return [{ text: literal, wholeWord: true }];
			literal += ' ';
			continue;
		}
		if (char === '(') {
			if (!source.startsWith('(?:', i)) return partial(literal);
			const close = closingParen(source, i);
			if (close < 0) return null;
			const quantifier = source[close + 1] ?? '';
			const braceEnd = quantifier === '{' ? source.indexOf('}', close) : -1;
			const quantifierEnd =
				braceEnd >= 0
					? braceEnd + 1
					: quantifier && '?*+'.includes(quantifier)
						? close + 2
						: close + 1;
			// A quantifier's own "?" makes it lazy ("(?:\\w+ ){0,2}?"): it is not a unit of the rest.
			const lazy = quantifierEnd > close + 1 && source[quantifierEnd] === '?';
			const rest = source.slice(lazy ? quantifierEnd + 1 : quantifierEnd);
			const optional =
				quantifier === '?' || quantifier === '*' || source.startsWith('{0', close + 1);
			// A repeated group may be followed by more of itself, not by the rest: its own literals only.
			const repeated = quantifier === '+' || quantifier === '{';
			const ways: Array<[string, boolean]> = topLevelAlternatives(source.slice(i + 3, close)).map(
				(alternative) =>
					repeated ? [alternative, false] : [alternative + rest, endsAtWordBoundary],
			);
			if (optional) ways.push([rest, endsAtWordBoundary]);
			return unionOf(literal, ways, limits);
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
		// "i'?m": the character just read is the optional unit.
		if (char === '?' && literal && !literal.endsWith(' '))
			return eitherWay(literal.slice(0, -1), i - 1, i);
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

/**
 * A class of symbols a match opens with, and the words after it: "[.!?]\\s*(?:very|really) good"
 * starts with ". very", ".very", "! very"... rather than with every full stop of the text. The
 * white space after the symbol is read as the index reads it (a space stands for a run of it);
 * where anything else follows, or the class repeats, the symbols alone.
 */
function classThenWords(
	source: string,
	open: number,
	endsAtWordBoundary: boolean,
	limits: Limits,
): AnchorLiteral[] | null {
	const read = classLiterals(source, open);
	if (!read) return null;
	const { symbols } = read;
	const after = read.close + 1;
	const space = source.startsWith('\\s*', after)
		? 'optional'
		: source.startsWith('\\s+', after)
			? 'required'
			: null;
	const rest = source.slice(after + 3);
	// A lazy or counted white space, or nothing after it, is left to the symbols alone.
	if (!space || rest === '' || '?{'.includes(rest[0])) return symbols;
	const ways: Array<[string, boolean]> = [[rest, endsAtWordBoundary]];
	const literals: AnchorLiteral[] = [];
	for (const { text } of symbols) {
		const starts = space === 'optional' ? [text, `${text} `] : [`${text} `];
		for (const start of starts) {
			const own = unionOf(start, ways, limits);
			if (limits.exceeded) return null;
			if (!own) return symbols;
			literals.push(...own);
		}
	}
	// The index walks one space edge over a whole run of white space: a literal that needs two
	// runs in a row, or a line break of its own, could not be found there ("[.!?]\\s*\\n").
	return literals.every(({ text }) => !/\s\s|[^\S ]/.test(text.slice(1))) ? literals : symbols;
}

/** Escapes that stand for one character inside a class. */
const CLASS_ESCAPES: Record<string, string> = { n: '\n', t: '\t' };

/**
 * The characters of a class a pattern opens with ("[.!?:;\\n]"), each a literal of its own, and
 * where the class closes; null for a class the literals cannot list (negated, a range, \\s or
 * \\d) or that may match nothing.
 */
function classLiterals(
	source: string,
	open: number,
): { symbols: AnchorLiteral[]; close: number } | null {
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
	const symbols = [...new Set(chars.map((char) => char.toLowerCase()))].map((text) => ({
		text,
		wholeWord: false,
	}));
	return { symbols, close: i };
}

/**
 * Anchors for a pattern written as plain regular-expression alternatives (not the lexicon
 * dialect: no word boundary is implied at its end). A lookbehind an alternative opens with only
 * narrows where its matches start, so its literals are those of the rest; a full scan when one
 * alternative has none.
 */
export function anchorsForAlternatives(source: string): Anchors {
	const literals: AnchorLiteral[] = [];
	for (const [index, alternative] of topLevelAlternatives(source).entries()) {
		const opensWithLookbehind = /^\(\?<[=!]/.test(alternative);
		const rest = opensWithLookbehind
			? alternative.slice(closingParen(alternative, 0) + 1)
			: alternative;
		const own = leadingLiterals(rest, false);
		if (!own) return { kind: 'anywhere' };
		// Tagged with their alternative: a pattern run one alternative at a time tries each only where its own literals start.
		literals.push(...own.map((literal) => ({ ...literal, alternative: index })));
	}
	return { kind: 'literals', literals };
}

/** Anchors for a lexicon pattern: its literals, or a full scan when it has none. */
export function anchorsFor(source: string): Anchors {
	const literals = leadingLiterals(source);
	return literals ? { kind: 'literals', literals } : { kind: 'anywhere' };
}
