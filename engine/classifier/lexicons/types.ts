import type { SignalType } from '../../contract';

/** Signal types a lexicon may list phrases for: the signal registry's, plus `nurture_interest`
 * (stored as a `browsing` signal that marks interest). */
export type LexiconPhraseType = SignalType | 'nurture_interest';

/**
 * A language's signal lexicon, as the engine reads it. Lexicons are data: adding a language means
 * adding a `<language>.json` file (see `LexiconFile`) and listing it in lexicons/index.ts, with no
 * change to the engine.
 *
 * Patterns are regular-expression sources, matched case-insensitively; a space matches any run
 * of white space, and the engine adds Unicode word boundaries at both ends, so "demo" does not
 * match "demographics". They must not contain capturing groups (use `(?:...)`), because the
 * engine joins them into one alternation per signal type.
 */
export interface LexiconEntry {
	pattern: string;
	/** 0-1: how strongly this phrase indicates the signal. */
	strength: number;
	/** Extra normalised value for the signal, e.g. { action: 'demo' } or { level: 'c-level' }. */
	value?: Record<string, unknown>;
}

export interface Lexicon {
	language: string;
	/** Phrase lists per signal type. Budget amounts, dates and counts are parsed by the engine. */
	phrases: Partial<Record<LexiconPhraseType, LexiconEntry[]>>;
	/** Words that negate a following positive phrase ("no budget", "not interested in a demo"). */
	negators: string[];
	/** Words that, near an amount, make it a budget ("budget", "spend", "invest"). */
	budgetCues: string[];
	/** Phrases that state a budget is approved or secured. */
	budgetApproved: string[];
	/** Period words for budgets: maps a phrase to 'month' or 'year'. */
	budgetPeriods: Record<string, BudgetPeriod>;
	/** Currency words: maps a word to an ISO currency code. */
	currencyWords: Record<string, string>;
	/** Nouns that make a number a scale signal, mapped to a normalised unit. */
	scaleNouns: Record<string, string>;
	/** Words for "thousand" and "million" after a number. */
	magnitudeWords: Record<string, number>;
	/** Cues that open a timeline phrase ("by", "before", "until", "deadline"). */
	deadlineCues: string[];
	/** Phrases meaning "as soon as possible". */
	urgentPhrases: string[];
	/** Month names, January first, for glue such as "end of March" and "Q3". */
	months: string[];
	/** Weekday and relative-time words ("friday", "tomorrow", "weeks"): a timeline cue is only
	 * handed to the date parser when its window holds one of these, a month name or a digit. */
	dateWords: string[];
	/** Date words among `dateWords` that name only a year or a quarter ('year', 'quarter'). chrono
	 * resolves "next year" or "this quarter" to no month or day, which is no deadline, so a window
	 * whose only date words are these is not handed to it. */
	coarseDateWords: string[];
	/** Phrases for the end of a period: 'end of', 'fin de', 'Ende'. */
	endOfPhrases: string[];
	/** Words for year-end: 'end of the year', 'EOY', 'fin de año', 'Jahresende'. */
	yearEndPhrases: string[];
	/** Frequent function words of the language ("und", "der", "que"). A text with none of them
	 * skips this lexicon, which keeps multi-language support cheap. Empty: always run. */
	languageMarkers: string[];
	/** chrono-node locale used to resolve dates for this language. */
	chronoLocale: ChronoLocale;
}

export const BUDGET_PERIODS = ['month', 'year', 'quarter', 'week'] as const;
export type BudgetPeriod = (typeof BUDGET_PERIODS)[number];
export const CHRONO_LOCALES = ['en', 'es', 'de'] as const;
export type ChronoLocale = (typeof CHRONO_LOCALES)[number];

/**
 * Phrases that share a value, written as a table of pattern -> strength (0-1, one line each).
 * Every entry of the table carries its own copy of `value` (e.g. `{ "action": "demo" }`,
 * `{ "level": "executive" }`, `{ "negates": "budget" }`). Order matters: entries keep the order
 * of the groups and of the patterns within each group.
 */
export interface PhraseGroup {
	value?: Record<string, unknown>;
	patterns: Record<string, number>;
}

/** A lexicon as written in `<language>.json`: the `Lexicon` fields, with phrase lists as groups,
 * plus `about`, a readable note on what the lexicon covers (not read by the engine). */
export interface LexiconFile extends Omit<Lexicon, 'phrases'> {
	about: string;
	phrases: Partial<Record<LexiconPhraseType, PhraseGroup[]>>;
}
