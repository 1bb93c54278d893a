import type { PathDefinition } from '../contract';
import type { LearnedScorer } from './scorer/model';

export interface BuiltinClassifierOptions {
	/** Priority paths; default DEFAULT_PATH_DEFINITIONS. */
	paths?: readonly PathDefinition[];
	/** IANA time zone in which relative deadlines are resolved; default 'UTC'. */
	timeZone?: string;
	/** Reference time for relative dates; default lead.submittedAt, else now. */
	now?: Date | string;
	/** Lexicon languages to use; default every shipped lexicon. */
	languages?: string[];
	/**
	 * The learned scorer to decide with, for messages of any length; default the committed weights:
	 * scorer/weights.json, and scorer/weights-long-form.json from LONG_FORM_CHARS characters.
	 */
	scorer?: LearnedScorer;
	/** The scorer for messages of LONG_FORM_CHARS characters or more; default `scorer` when given, else scorer/weights-long-form.json. */
	longFormScorer?: LearnedScorer;
	/**
	 * The second reading of short messages (scorer/weights-short-messages.json): a lead it reads as a
	 * buyer but the decision does not goes to a person. `null` turns the second reading off.
	 */
	shortMessageScorer?: LearnedScorer | null;
	/**
	 * The reader of orders (scorer/weights-orders.json), asked of a short message about to be
	 * dropped or sent to support: one it reads as a sales inquiry goes to a person. `null` turns it
	 * off; it is off whenever the second reading is.
	 */
	orderScorer?: LearnedScorer | null;
}
