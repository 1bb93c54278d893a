import type { ScorerWeights } from './model';
import { LearnedScorer } from './model';
import weights from './weights.json';

let loaded: LearnedScorer | undefined;

/** The scorer trained by `npm run train` on the committed corpus (weights.json), loaded once. */
export function defaultScorer(): LearnedScorer {
	loaded ??= new LearnedScorer(weights as unknown as ScorerWeights);
	return loaded;
}
