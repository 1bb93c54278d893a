import type { LexiconEntry } from './types';

/** How strongly each pattern indicates its signal, 0-1, in the order the lexicon lists them. */
export type PhraseTable = Record<string, number>;

/**
 * A lexicon's phrase entries written as a table of pattern -> strength (one line each), with the
 * value every entry of the table carries. Each entry gets its own copy of the value.
 */
export function phrases(table: PhraseTable, value?: Record<string, unknown>): LexiconEntry[] {
	return Object.entries(table).map(([pattern, strength]) =>
		value ? { pattern, strength, value: { ...value } } : { pattern, strength },
	);
}

/** Buying actions: `{ action }` ('demo', 'call', 'quote', ...). */
export const action = (name: string, table: PhraseTable) => phrases(table, { action: name });
/** Authority: `{ level }` ('executive', 'vp', 'director', ...). */
export const level = (name: string, table: PhraseTable) => phrases(table, { level: name });
/** Negation: the signal type a phrase negates (`{ negates }`). */
export const negates = (type: string, table: PhraseTable) => phrases(table, { negates: type });
