/**
 * A lexicon compiled for the hot loop: each phrase list one alternation anchored at its leading
 * literals, and the budget, scale, timeline and negation patterns built from the lexicon's words.
 */
import { AnchoredPattern, SlicePattern } from './anchoredPattern';
import type { Anchors } from './anchors';
import { anchorsFor, DIGITS, leadingLiterals } from './leadingLiterals';
import type { Lexicon, LexiconEntry, LexiconPhraseType } from './lexicons';
import type { PatternTable } from './patternTable';

/** Phrase types that come straight from lexicon phrase lists. */
/** A phrase group's signal type: the lexicon files' own type, defined once in lexicons/types.ts. */
export type PhraseType = LexiconPhraseType;

const WORD_CHAR = '[\\p{L}\\p{N}]';
const isAscii = (source: string): boolean => !/[^ -~]/.test(source) && !source.includes('\\p{');
/** Accented Latin letters, which JavaScript's \b takes for a word's edge ("d" in "día", "k" in "Köln"). */
const ACCENTED_LETTER = '[\\u00C0-\\u024F]';
/**
 * Word boundaries. JavaScript's \b only knows ASCII letters, so patterns with other letters get
 * Unicode lookarounds; pure-ASCII patterns keep \b, which is several times faster to match, with
 * an accented letter on either side ruled out by hand (the chat word "d" is not in "Buen día").
 */
export const wordBounded = (source: string): string =>
	isAscii(source)
		? `(?<!${ACCENTED_LETTER})\\b(?:${source})\\b(?!${ACCENTED_LETTER})`
		: `(?<!${WORD_CHAR})(?:${source})(?!${WORD_CHAR})`;
/** Flags for a pattern: the Unicode flag only where the pattern needs it. */
const flagsFor = (source: string, global = true): string =>
	`${global ? 'g' : ''}i${isAscii(source) ? '' : 'u'}`;

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
	/** "Q3", "Q3 2027", "Q4'26": the same in every language. */
	quarter: AnchoredPattern;
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
		throw new Error(
			`Lexicon "${language}", ${type}: pattern "${source}" has a capturing group; use (?:...)`,
		);
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
const anchoredPhrase = (source: string, table: PatternTable, group?: string): AnchoredPattern =>
	new AnchoredPattern(compileBounded(source), anchorsFor(source), { table, group });

const QUARTER = /(?<![\p{L}\p{N}])Q([1-4])(?:\s?(?:'|’)?(\d{2}|\d{4}))?(?![\p{L}\p{N}])/gu;

const DIGIT_ANCHORS: Anchors = { kind: 'literals', literals: DIGITS };
const CURRENCY_SYMBOLS = ['US$', 'CA$', 'AU$', 'A$', 'C$', '$', '€', '£', '¥', '₹', 'CHF ?', 'R$'];
/** An amount starts at its digits or at a currency symbol at most this many characters before ("CHF  50"). */
const CURRENCY_SYMBOL_CHARS = 6;
const CURRENCY_SYMBOL_LEADS = [
	...new Set(CURRENCY_SYMBOLS.map((symbol) => symbol[0].toLowerCase())),
].join('');

/** Compiles a lexicon into `table`: a TextIndex of that table runs its patterns. */
export function compileLexicon(lexicon: Lexicon, table: PatternTable): CompiledLexicon {
	// A language read only when its marker words are in the text keeps its literals apart, so other
	// texts do not index them.
	const group = lexicon.languageMarkers.length ? `lexicon:${lexicon.language}` : undefined;
	const phrases: CompiledLexicon['phrases'] = {};
	for (const [type, entries] of Object.entries(lexicon.phrases) as Array<
		[PhraseType, LexiconEntry[]]
	>) {
		if (!entries?.length) continue;
		for (const entry of entries) assertNoCapturingGroups(lexicon.language, type, entry.pattern);
		const alternatives = entries.map((entry) => wordBounded(flexibleSpaces(entry.pattern)));
		const source = alternatives.map((alternative) => `(${alternative})`).join('|');
		const literals = entries.map((entry) => leadingLiterals(entry.pattern));
		const anchors: Anchors = literals.every((own) => own !== null)
			? {
					kind: 'literals',
					literals: literals.flatMap((own, alternative) =>
						own!.map((literal) => ({ ...literal, alternative })),
					),
				}
			: { kind: 'anywhere' };
		phrases[type] = {
			type,
			pattern: new AnchoredPattern(new RegExp(source, flagsFor(source)), anchors, {
				table,
				alternatives,
				group,
			}),
			entries,
		};
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
			new RegExp(
				`(?<![\\p{L}\\p{N}])(?:${flexible(lexicon.negators)})(?:\\s+[\\p{L}'’-]+){0,3}\\s+$`,
				'iu',
			),
			anchorsFor(alternation(lexicon.negators)),
			table,
			group,
		),
		budgetCue: new SlicePattern(
			compileBounded(alternation(lexicon.budgetCues), false),
			anchorsFor(alternation(lexicon.budgetCues)),
			table,
			group,
		),
		budgetApproved: anchoredPhrase(lexicon.budgetApproved.join('|'), table, group),
		money: new AnchoredPattern(
			new RegExp(amount, 'giu'),
			{ kind: 'digitRun', lookback: CURRENCY_SYMBOL_CHARS, leadChars: CURRENCY_SYMBOL_LEADS },
			{ table, group },
		),
		period: new RegExp(
			`^\\s?(?:${flexible(Object.keys(lexicon.budgetPeriods))})(?![\\p{L}])`,
			'iu',
		),
		scale: new AnchoredPattern(
			new RegExp(
				`(?<![\\p{L}\\p{N}.,$€£])(\\d{1,3}(?:[,.]\\d{3})+|\\d+(?:[.,]\\d+)?)\\s?(${magnitudes})?\\+?\\s?(?:\\p{L}+\\s){0,2}?(${flexible(Object.keys(lexicon.scaleNouns))})(?![\\p{L}])`,
				'giu',
			),
			DIGIT_ANCHORS,
			{ table, group },
		),
		deadlineCue: anchoredPhrase(cues, table, group),
		deadlineCueWord: compileBounded(`^(?:${cues})$`, false),
		dateToken: dateTokenRegex([...lexicon.months, ...lexicon.dateWords]),
		preciseDateToken: dateTokenRegex([
			...lexicon.months,
			...lexicon.dateWords.filter((word) => !coarse.has(word)),
		]),
		urgent: anchoredPhrase(lexicon.urgentPhrases.join('|'), table, group),
		endOfMonth: new AnchoredPattern(
			new RegExp(wordBounded(flexibleSpaces(endOf)), 'giu'),
			anchorsFor(endOf),
			{ table, group },
		),
		yearEnd: anchoredPhrase(lexicon.yearEndPhrases.join('|'), table, group),
		quarter: new AnchoredPattern(
			QUARTER,
			{ kind: 'literals', literals: [{ text: 'q', wholeWord: false }] },
			{ table, group },
		),
		marker: lexicon.languageMarkers.length
			? anchoredPhrase(alternation(lexicon.languageMarkers), table)
			: null,
		periodByPhrase: new Map(Object.entries(lexicon.budgetPeriods)),
		currencyByWord: new Map(Object.entries(lexicon.currencyWords)),
		magnitudeByWord: new Map(Object.entries(lexicon.magnitudeWords)),
		unitByNoun: new Map(Object.entries(lexicon.scaleNouns)),
	};
}
