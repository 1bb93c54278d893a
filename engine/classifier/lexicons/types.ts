import type { SignalType } from '../../contract';

/**
 * A language's signal lexicon. Lexicons are data: adding a language means adding a file that
 * exports one of these and listing it in lexicons/index.ts, with no change to the engine.
 *
 * Patterns are regular-expression sources, matched case-insensitively with Unicode word
 * boundaries added by the engine. They must not contain capturing groups (use `(?:...)`),
 * because the engine joins them into one alternation per signal type.
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
	phrases: Partial<Record<SignalType | 'off_topic' | 'nurture_interest', LexiconEntry[]>>;
	/** Words that negate a following positive phrase ("no budget", "not interested in a demo"). */
	negators: string[];
	/** Words that, near an amount, make it a budget ("budget", "spend", "invest"). */
	budgetCues: string[];
	/** Phrases that state a budget is approved or secured. */
	budgetApproved: string[];
	/** Period words for budgets: maps a phrase to 'month' or 'year'. */
	budgetPeriods: Record<string, 'month' | 'year' | 'quarter' | 'week'>;
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
	chronoLocale: 'en' | 'es' | 'de';
}
