import type { ScorerWeights } from './model';
import { LearnedScorer } from './model';
import weights from './weights.json';
import longFormWeights from './weights-long-form.json';

/**
 * From this many characters a message is a letter (a contact form, an email), not a chat turn or
 * a text message: it is read by the long-form scorer. Measured on held-out long forms, a scorer
 * that has seen letters no longer reads an unfamiliar trade's plain request as junk; on chat turns
 * and text messages it would move the short registers, so they keep the general scorer.
 */
export const LONG_FORM_CHARS = 200;
/** Rows of the general corpus this long join the long-form scorer's training (a little under LONG_FORM_CHARS, for the edge). */
export const LONG_FORM_TRAINING_CHARS = 150;

let general: LearnedScorer | undefined;
let longForm: LearnedScorer | undefined;

/** The scorer trained by `npm run train` on the committed corpus (weights.json), loaded once. */
export function defaultScorer(): LearnedScorer {
	general ??= new LearnedScorer(weights as unknown as ScorerWeights);
	return general;
}

/** The scorer for letters (weights-long-form.json): long rows of the corpus and the written long forms. */
export function longFormScorer(): LearnedScorer {
	longForm ??= new LearnedScorer(longFormWeights as unknown as ScorerWeights);
	return longForm;
}

/**
 * The scorer for a message of this length: the ones passed in (a `scorer` alone reads every
 * length), else the committed ones.
 */
export function scorerForText(
	text: string,
	chosen: { scorer?: LearnedScorer; longFormScorer?: LearnedScorer } = {},
): LearnedScorer {
	return text.length >= LONG_FORM_CHARS
		? (chosen.longFormScorer ?? chosen.scorer ?? longFormScorer())
		: (chosen.scorer ?? defaultScorer());
}
