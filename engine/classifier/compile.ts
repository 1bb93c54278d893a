import type { SignalType } from '../contract';
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

/** A space in a lexicon phrase matches any run of white space (line breaks included). */
const flexibleSpaces = (source: string): string => source.replace(/ /g, '\\s+');

export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

export interface CompiledPhrases {
	/** One alternation per type: group i+1 matched means entries[i] matched. */
	regex: RegExp;
	entries: LexiconEntry[];
	/**
	 * Lower-case literals one of which every match starts with, or null when a pattern has no
	 * such literal. A text containing none of them cannot match, so the regex scan is skipped:
	 * most leads hold only a few of the phrase types.
	 */
	anchors: string[] | null;
}

const SPECIAL = new Set(['\\', '(', ')', '[', ']', '?', '*', '+', '|', '{', '}', '.', '^', '$']);

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

/** Splits a group's body on its top-level "|". */
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

/** The literal prefixes a lexicon pattern must start with (up to its first space), or null. */
export function leadingLiterals(source: string): string[] | null {
	const alternatives = topLevelAlternatives(source);
	if (alternatives.length > 1) {
		const literals: string[] = [];
		for (const alternative of alternatives) {
			const own = leadingLiterals(alternative);
			if (!own) return null;
			literals.push(...own);
		}
		return literals;
	}
	if (source.startsWith('(?:')) {
		const close = closingParen(source, 0);
		if (close < 0 || ['?', '*'].includes(source[close + 1] ?? '') || source.startsWith('{0', close + 1)) return null;
		const rest = source.slice(close + 1);
		const literals: string[] = [];
		for (const alternative of topLevelAlternatives(source.slice(3, close))) {
			// An empty alternative or one that ends before any letter lets the rest lead instead.
			const own = leadingLiterals(alternative === '' ? rest : alternative);
			if (!own) return null;
			literals.push(...own);
		}
		return literals;
	}
	let literal = '';
	for (let i = 0; i < source.length; i++) {
		const char = source[i];
		if (char === ' ' || SPECIAL.has(char)) {
			if (['?', '*', '{'].includes(char)) literal = literal.slice(0, -1);
			break;
		}
		literal += char;
	}
	return literal.length >= 1 ? [literal.toLowerCase()] : null;
}

function anchorsFor(entries: LexiconEntry[]): string[] | null {
	const anchors = new Set<string>();
	for (const entry of entries) {
		const literals = leadingLiterals(entry.pattern);
		if (!literals) return null;
		for (const literal of literals) anchors.add(literal);
	}
	return [...anchors];
}

export interface CompiledLexicon {
	lexicon: Lexicon;
	phrases: Partial<Record<PhraseType, CompiledPhrases>>;
	/** Matches a negator that ends right before a phrase (checked on the text before a match). */
	negatorAtEnd: RegExp;
	budgetCue: RegExp;
	budgetApproved: RegExp;
	/** Amount with a currency symbol or word, or a magnitude suffix. */
	money: RegExp;
	period: RegExp;
	scale: RegExp;
	deadlineCue: RegExp;
	/** A digit, month name or date word: what makes a cue's window worth parsing. */
	dateToken: RegExp;
	urgent: RegExp;
	endOfMonth: RegExp;
	yearEnd: RegExp;
	/** Common words of the language; a text with none of them skips this lexicon. Null: always run. */
	marker: RegExp | null;
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

const alternation = (words: Iterable<string>, escape = true): string =>
	[...words]
		.sort((a, b) => b.length - a.length) // longest first, so "per month" wins over "per"
		.map((word) => flexibleSpaces(escape ? escapeRegExp(word) : word))
		.join('|');

function compileBounded(source: string, global = true): RegExp {
	const bounded = wordBounded(source);
	return new RegExp(bounded, flagsFor(bounded, global));
}

export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
	const phrases: CompiledLexicon['phrases'] = {};
	for (const [type, entries] of Object.entries(lexicon.phrases) as Array<[PhraseType, LexiconEntry[]]>) {
		if (!entries?.length) continue;
		for (const entry of entries) assertNoCapturingGroups(lexicon.language, type, entry.pattern);
		const source = entries.map((entry) => `(${wordBounded(flexibleSpaces(entry.pattern))})`).join('|');
		phrases[type] = { regex: new RegExp(source, flagsFor(source)), entries, anchors: anchorsFor(entries) };
	}

	const currencyWords = alternation(Object.keys(lexicon.currencyWords));
	const magnitudes = alternation(Object.keys(lexicon.magnitudeWords));
	const number = '\\d{1,3}(?:[,.\\s]\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?';
	const symbol = '(?:US\\$|CA\\$|AU\\$|A\\$|C\\$|\\$|€|£|¥|₹|CHF ?|R\\$)';
	// One amount: symbol, number, optional magnitude, optional currency word. Ranges are found
	// by the extractor as two amounts joined by "-", "to", "and".
	const amount = `(${symbol}\\s?)?(${number})\\s?(${magnitudes})?(?![\\p{L}\\p{N}])\\s?(${currencyWords})?(?![\\p{L}\\p{N}])`;

	return {
		lexicon,
		phrases,
		negatorAtEnd: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(lexicon.negators)})(?:\\s+[\\p{L}'’-]+){0,3}\\s+$`, 'iu'),
		budgetCue: compileBounded(alternation(lexicon.budgetCues), false),
		budgetApproved: compileBounded(lexicon.budgetApproved.map(flexibleSpaces).join('|')),
		money: new RegExp(amount, 'giu'),
		period: new RegExp(`^\\s?(?:${alternation(Object.keys(lexicon.budgetPeriods))})(?![\\p{L}])`, 'iu'),
		scale: new RegExp(
			`(?<![\\p{L}\\p{N}.,$€£])(\\d{1,3}(?:[,.]\\d{3})+|\\d+(?:[.,]\\d+)?)\\s?(${magnitudes})?\\+?\\s?(?:\\p{L}+\\s){0,2}?(${alternation(Object.keys(lexicon.scaleNouns))})(?![\\p{L}])`,
			'giu',
		),
		deadlineCue: compileBounded(alternation(lexicon.deadlineCues)),
		dateToken: new RegExp(`\\d|${wordBounded(alternation([...lexicon.months, ...lexicon.dateWords]))}`, flagsFor(alternation([...lexicon.months, ...lexicon.dateWords]), false)),
		urgent: compileBounded(lexicon.urgentPhrases.map(flexibleSpaces).join('|')),
		endOfMonth: new RegExp(
			wordBounded(`(?:${alternation(lexicon.endOfPhrases)})\\s+(${alternation(lexicon.months)})(?:\\s+(\\d{4}))?`),
			'giu',
		),
		yearEnd: compileBounded(lexicon.yearEndPhrases.map(flexibleSpaces).join('|')),
		marker: lexicon.languageMarkers.length ? compileBounded(alternation(lexicon.languageMarkers), false) : null,
		periodByPhrase: new Map(Object.entries(lexicon.budgetPeriods)),
		currencyByWord: new Map(Object.entries(lexicon.currencyWords)),
		magnitudeByWord: new Map(Object.entries(lexicon.magnitudeWords)),
		unitByNoun: new Map(Object.entries(lexicon.scaleNouns)),
	};
}

/** Finds which alternative of a compiled phrase list matched. */
export function matchedEntryIndex(match: RegExpExecArray): number {
	for (let group = 1; group < match.length; group++) {
		if (match[group] !== undefined) return group - 1;
	}
	return -1;
}
