/** Where an anchored pattern's matches can start: the literals they begin with, or a run of digits. */

/** A literal one of which every match of a pattern starts with (lower case). */
export interface AnchorLiteral {
	text: string;
	/** The pattern requires the literal to end at a word boundary (a space or the pattern's end follows it). */
	wholeWord: boolean;
	/** For a pattern made of alternatives (a phrase list): which one starts with this literal. */
	alternative?: number;
	/**
	 * The match starts at the very start of the text (a "^" in a pattern without the m flag);
	 * `text` is then empty.
	 */
	textStart?: boolean;
}

/**
 * Candidates are stored as position * ALTERNATIVES + alternative: at one position only the
 * alternatives whose literal is there are tried, each a small sticky regex of its own. A family
 * with more alternatives than this runs whole at every candidate (the buyer's requests, with 106,
 * did at 64; the overrides of otherVoices.ts, with 326, did at 256), so it is kept well above the
 * largest family; positions stay exact integers up to 2^43.
 */
export const ALTERNATIVES = 1024;

/** Where a pattern's matches can start. */
export type Anchors =
	/** At a word start whose word fits one of these literals, or at a literal's leading symbol. */
	| { kind: 'literals'; literals: AnchorLiteral[] }
	/**
	 * At the start of a run of digits, or up to `lookback` characters before it at one of
	 * `leadChars` (lower case): amounts led by a currency symbol ("$50", "CHF 50").
	 */
	| { kind: 'digitRun'; lookback: number; leadChars: string }
	/** Anywhere: the pattern is scanned in full. */
	| { kind: 'anywhere' };
