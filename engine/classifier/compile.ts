import type { SignalType } from '../contract';
import type { AnchorLiteral, Anchors } from './anchored';
import { AnchoredPattern, SlicePattern } from './anchored';
import type { Lexicon, LexiconEntry } from './lexicons';

/** Phrase types that come straight from lexicon phrase lists. */
export type PhraseType = SignalType | 'off_topic' | 'nurture_interest';

const WORD_CHAR = '[\\p{L}\\p{N}]';
const isAscii = (source: string): boolean => !/[^ -~]/.test(source) && !source.includes('\\p{');
/**
 * Word boundaries. JavaScript's \b only knows ASCII letters, so patterns with other letters get
 * Unicode lookarounds; pure-ASCII patterns keep \b, which is several times faster to match.
 */
export const wordBounded = (source: string): string =>
	isAscii(source) ? `\\b(?:${source})\\b` : `(?<!${WORD_CHAR})(?:${source})(?!${WORD_CHAR})`;
/** Flags for a pattern: the Unicode flag only where the pattern needs it. */
const flagsFor = (source: string, global = true): string => `${global ? 'g' : ''}i${isAscii(source) ? '' : 'u'}`;

/**
 * A space in a lexicon phrase matches any run of white space (line breaks included); an optional
 * space ("log ?in") matches none or any run; a space in a character class ("[- ]") is one white
 * space character.
 */
export function flexibleSpaces(source: string): string {
	let result = '';
	let inClass = false;
	for (let i = 0; i < source.length; i++) {
		const char = source[i];
		if (char === '\\') {
			result += char + (source[i + 1] ?? '');
			i++;
		} else if (inClass) {
			result += char === ' ' ? '\\s' : char;
			if (char === ']') inClass = false;
		} else if (char === '[') {
			inClass = true;
			result += char;
		} else if (char === ' ' && source[i + 1] === '?') {
			result += '\\s*';
			i++;
		} else result += char === ' ' ? '\\s+' : char;
	}
	return result;
}

export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

export interface CompiledPhrases {
	type: PhraseType;
	/** One alternation per type: group i+1 matched means entries[i] matched. */
	pattern: AnchoredPattern;
	entries: LexiconEntry[];
}

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
function topLevelAlternatives(body: string): string[] {
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

const DIGITS: AnchorLiteral[] = '0123456789'.split('').map((digit) => ({ text: digit, wholeWord: false }));
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
export function leadingLiterals(source: string, endsAtWordBoundary = true, maxWords = MAX_LITERAL_WORDS): AnchorLiteral[] | null {
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
	const eitherWay = (literal: string, unitStart: number, unitEnd: number): AnchorLiteral[] | null => {
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
			const restStart = braceEnd >= 0 ? braceEnd + 1 : quantifier && '?*+'.includes(quantifier) ? close + 2 : close + 1;
			const rest = source.slice(restStart);
			const optional = quantifier === '?' || quantifier === '*' || source.startsWith('{0', close + 1);
			// A repeated group may be followed by more of itself, not by the rest: its own literals only.
			const repeated = quantifier === '+' || quantifier === '{';
			const ways: Array<[string, boolean]> = topLevelAlternatives(source.slice(i + 3, close)).map((alternative) =>
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
			if (next === 'd' && !literal && !'?*'.includes(source[i + 2] || 'x') && !source.startsWith('{0', i + 2)) return DIGITS;
			if (!ESCAPED_LITERAL.test(next)) return partial(literal);
			if (source[i + 2] === '?') return eitherWay(literal, i, i + 2);
			if (source[i + 2] === '*' || source.startsWith('{0', i + 2)) return partial(literal);
			literal += next;
			i++;
			continue;
		}
		if (char === '?' && literal && !literal.endsWith(' ')) return eitherWay(literal, i - 1, i);
		if (char === '?' || char === '*' || source.startsWith('{0', i)) return partial(literal.slice(0, -1));
		if ('[.^$+{)|'.includes(char)) return partial(literal);
		literal += char.toLowerCase();
	}
	if (!literal) return null;
	return literal.endsWith(' ') ? partial(literal) : [{ text: literal, wholeWord: endsAtWordBoundary }];
}

/** Anchors for a lexicon pattern: its literals, or a full scan when it has none. */
export function anchorsFor(source: string): Anchors {
	const literals = leadingLiterals(source);
	return literals ? { kind: 'literals', literals } : { kind: 'anywhere' };
}

export interface CompiledLexicon {
	lexicon: Lexicon;
	phrases: Partial<Record<PhraseType, CompiledPhrases>>;
	/** The same phrase lists, in lexicon order, for the hot loop. */
	phraseLists: CompiledPhrases[];
	/** Matches a negator that ends right before a phrase (checked on the text before a match). */
	negatorAtEnd: SlicePattern;
	/** Words that, near an amount, make it a budget (searched around each amount). */
	budgetCue: SlicePattern;
	budgetApproved: AnchoredPattern;
	/** Amount with a currency symbol or word, or a magnitude suffix. */
	money: AnchoredPattern;
	period: RegExp;
	scale: AnchoredPattern;
	deadlineCue: AnchoredPattern;
	/** A deadline cue word on its own ("by"): is the word before a date a cue? */
	deadlineCueWord: RegExp;
	/** A digit, month name or date word: what makes a cue's window worth parsing. */
	dateToken: RegExp;
	/** The same without the words for a year or a quarter: what can give a month or a day. */
	preciseDateToken: RegExp;
	urgent: AnchoredPattern;
	endOfMonth: AnchoredPattern;
	yearEnd: AnchoredPattern;
	/** Common words of the language; a text with none of them skips this lexicon. Null: always run. */
	marker: AnchoredPattern | null;
	periodByPhrase: Map<string, 'month' | 'year' | 'quarter' | 'week'>;
	currencyByWord: Map<string, string>;
	magnitudeByWord: Map<string, number>;
	unitByNoun: Map<string, string>;
}

function assertNoCapturingGroups(language: string, type: string, source: string): void {
	const groups = new RegExp(`${source}|`, 'u').exec('')!.length - 1;
	if (groups > 0) {
		throw new Error(`Lexicon "${language}", ${type}: pattern "${source}" has a capturing group; use (?:...)`);
	}
}

/** Words as one alternation, longest first (so "per month" wins over "per"); spaces kept as written. */
const alternation = (words: Iterable<string>, escape = true): string =>
	[...words]
		.sort((a, b) => b.length - a.length)
		.map((word) => (escape ? escapeRegExp(word) : word))
		.join('|');

function compileBounded(source: string, global = true): RegExp {
	const bounded = wordBounded(flexibleSpaces(source));
	return new RegExp(bounded, flagsFor(bounded, global));
}

/** A lexicon phrase pattern (spaces as written), word-bounded, anchored at its literals. */
const anchoredPhrase = (source: string, group?: string): AnchoredPattern => new AnchoredPattern(compileBounded(source), anchorsFor(source), { group });

const DIGIT_ANCHORS: Anchors = { kind: 'literals', literals: DIGITS };
const CURRENCY_SYMBOLS = ['US$', 'CA$', 'AU$', 'A$', 'C$', '$', '€', '£', '¥', '₹', 'CHF ?', 'R$'];
/** An amount starts at its digits or at a currency symbol at most this many characters before ("CHF  50"). */
const CURRENCY_SYMBOL_CHARS = 6;
const CURRENCY_SYMBOL_LEADS = [...new Set(CURRENCY_SYMBOLS.map((symbol) => symbol[0].toLowerCase()))].join('');

export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
	// A language read only when its marker words are in the text keeps its literals apart, so other
	// texts do not index them.
	const group = lexicon.languageMarkers.length ? `lexicon:${lexicon.language}` : undefined;
	const phrases: CompiledLexicon['phrases'] = {};
	for (const [type, entries] of Object.entries(lexicon.phrases) as Array<[PhraseType, LexiconEntry[]]>) {
		if (!entries?.length) continue;
		for (const entry of entries) assertNoCapturingGroups(lexicon.language, type, entry.pattern);
		const alternatives = entries.map((entry) => wordBounded(flexibleSpaces(entry.pattern)));
		const source = alternatives.map((alternative) => `(${alternative})`).join('|');
		const literals = entries.map((entry) => leadingLiterals(entry.pattern));
		const anchors: Anchors = literals.every((own) => own !== null)
			? { kind: 'literals', literals: literals.flatMap((own, alternative) => own!.map((literal) => ({ ...literal, alternative }))) }
			: { kind: 'anywhere' };
		phrases[type] = { type, pattern: new AnchoredPattern(new RegExp(source, flagsFor(source)), anchors, { alternatives, group }), entries };
	}

	const flexible = (words: Iterable<string>) => flexibleSpaces(alternation(words));
	const currencyWords = flexible(Object.keys(lexicon.currencyWords));
	const magnitudes = flexible(Object.keys(lexicon.magnitudeWords));
	const number = '\\d{1,3}(?:[,.\\s]\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?';
	const symbol = `(?:${CURRENCY_SYMBOLS.map((symbol) => symbol.replace('$', '\\$')).join('|')})`;
	// One amount: symbol, number, optional magnitude, optional currency word. Ranges are found
	// by the extractor as two amounts joined by "-", "to", "and".
	const amount = `(${symbol}\\s?)?(${number})\\s?(${magnitudes})?(?![\\p{L}\\p{N}])\\s?(${currencyWords})?(?![\\p{L}\\p{N}])`;
	const endOf = `(?:${alternation(lexicon.endOfPhrases)}) (${alternation(lexicon.months)})(?: (\\d{4}))?`;
	const cues = alternation(lexicon.deadlineCues);
	const coarse = new Set(lexicon.coarseDateWords);
	/** A digit or one of the words, as a whole word. */
	const dateTokenRegex = (words: string[]) => {
		const source = flexible(words);
		return new RegExp(`\\d|${wordBounded(source)}`, flagsFor(source, false));
	};

	return {
		lexicon,
		phrases,
		phraseLists: Object.values(phrases),
		negatorAtEnd: new SlicePattern(
			new RegExp(`(?<![\\p{L}\\p{N}])(?:${flexible(lexicon.negators)})(?:\\s+[\\p{L}'’-]+){0,3}\\s+$`, 'iu'),
			anchorsFor(alternation(lexicon.negators)),
			group,
		),
		budgetCue: new SlicePattern(compileBounded(alternation(lexicon.budgetCues), false), anchorsFor(alternation(lexicon.budgetCues)), group),
		budgetApproved: anchoredPhrase(lexicon.budgetApproved.join('|'), group),
		money: new AnchoredPattern(new RegExp(amount, 'giu'), { kind: 'digitRun', lookback: CURRENCY_SYMBOL_CHARS, leadChars: CURRENCY_SYMBOL_LEADS }, { group }),
		period: new RegExp(`^\\s?(?:${flexible(Object.keys(lexicon.budgetPeriods))})(?![\\p{L}])`, 'iu'),
		scale: new AnchoredPattern(
			new RegExp(
				`(?<![\\p{L}\\p{N}.,$€£])(\\d{1,3}(?:[,.]\\d{3})+|\\d+(?:[.,]\\d+)?)\\s?(${magnitudes})?\\+?\\s?(?:\\p{L}+\\s){0,2}?(${flexible(Object.keys(lexicon.scaleNouns))})(?![\\p{L}])`,
				'giu',
			),
			DIGIT_ANCHORS,
			{ group },
		),
		deadlineCue: anchoredPhrase(cues, group),
		deadlineCueWord: compileBounded(`^(?:${cues})$`, false),
		dateToken: dateTokenRegex([...lexicon.months, ...lexicon.dateWords]),
		preciseDateToken: dateTokenRegex([...lexicon.months, ...lexicon.dateWords.filter((word) => !coarse.has(word))]),
		urgent: anchoredPhrase(lexicon.urgentPhrases.join('|'), group),
		endOfMonth: new AnchoredPattern(new RegExp(wordBounded(flexibleSpaces(endOf)), 'giu'), anchorsFor(endOf), { group }),
		yearEnd: anchoredPhrase(lexicon.yearEndPhrases.join('|'), group),
		marker: lexicon.languageMarkers.length ? anchoredPhrase(alternation(lexicon.languageMarkers)) : null,
		periodByPhrase: new Map(Object.entries(lexicon.budgetPeriods)),
		currencyByWord: new Map(Object.entries(lexicon.currencyWords)),
		magnitudeByWord: new Map(Object.entries(lexicon.magnitudeWords)),
		unitByNoun: new Map(Object.entries(lexicon.scaleNouns)),
	};
}
