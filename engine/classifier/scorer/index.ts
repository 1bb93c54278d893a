import { LONG_FORM_CHARS } from './lengths';
import type { ScorerWeights } from './model';
import { LearnedScorer } from './model';
import weights from './weights.json';
import longFormWeights from './weights-long-form.json';
import orderWeights from './weights-orders.json';
import shortMessageWeights from './weights-short-messages.json';

export { LONG_FORM_CHARS, LONG_FORM_TRAINING_CHARS } from './lengths';

let general: LearnedScorer | undefined;
let longForm: LearnedScorer | undefined;
let shortMessages: LearnedScorer | undefined;

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
 * The second reader of short messages (weights-short-messages.json): the general corpus plus the
 * short messages of 24 writers for many businesses (data/train/short-writers/). On its own it
 * lets more chat and SMS through to a rep than the general scorer; as a second opinion it finds
 * plainly written buyers the general scorer drops.
 */
export function shortMessageScorer(): LearnedScorer {
	shortMessages ??= new LearnedScorer(shortMessageWeights as unknown as ScorerWeights);
	return shortMessages;
}

let orders: LearnedScorer | undefined;

/**
 * The reader of orders (weights-orders.json): the second reader's corpus plus orders given as
 * instructions and the personal requests that read like them (data/train/orders/). Asked only
 * before a short message is dropped or sent to support unseen, so it can send a lead to a person,
 * never to a rep.
 */
export function orderScorer(): LearnedScorer {
	orders ??= new LearnedScorer(orderWeights as unknown as ScorerWeights);
	return orders;
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
