/**
 * The built-in Semantic Classifier: deterministic, offline, well under a millisecond per lead.
 * Normalise every field once -> lexicon signals with evidence + the stance layer (who is
 * speaking, to whom) -> the learned scorer's calibrated route probabilities -> a route, a
 * Semantic Score, a path and a confidence, all explained in `reasons`.
 */

import type { IntentResult, LeadFields } from '../contract';
import { CONTRACT_VERSION, DEFAULT_PATH_DEFINITIONS } from '../contract';
import { analyseLead, withoutBusinessContext } from './analyse';
import type { BuiltinClassifierOptions } from './options';
import { LONG_FORM_CHARS, orderScorer, scorerForText, shortMessageScorer } from './scorer';
import { ruleOfPath, validatePaths } from './pathRules';
import { decide, routeProbabilities } from './scoring';

export { analyseLead } from './analyse';
export type { LeadAnalysis } from './analyse';
export { extractSignals, MAX_TEXT_CHARS } from './extract';
export { normaliseLead, normaliseText, FIELD_CAPS } from './normalise';
export type { BuiltinClassifierOptions } from './options';
export { decide, evidencePoints, describeSignal, routeProbabilities, ruleVerdict } from './scoring';
export { validatePaths, scorePathFor, marginToBoundary, ruleOfPath } from './pathRules';
export { LEXICONS } from './lexicons';
export type { Lexicon, LexiconEntry } from './lexicons';
export { readStance } from './stance';
export { LearnedScorer, ROUTES } from './scorer/model';
export type { Route, ScorerWeights } from './scorer/model';
export {
	defaultScorer,
	LONG_FORM_CHARS,
	longFormScorer,
	scorerForText,
	shortMessageScorer,
} from './scorer';

const round3 = (value: number) => Math.round(value * 1000) / 1000;

/** Classifies one lead. Any input shape is accepted: fields that are not text are read as empty. */
export function classifyLead(
	lead: Partial<Record<keyof LeadFields, unknown>> | LeadFields,
	options: BuiltinClassifierOptions = {},
): IntentResult {
	const started = performance.now();
	const paths = options.paths ?? DEFAULT_PATH_DEFINITIONS;
	if (options.paths) {
		const problems = validatePaths(options.paths);
		if (problems.length) throw new Error(`The paths are not usable: ${problems.join('; ')}`);
	}
	const analysis = analyseLead((lead ?? {}) as Partial<Record<keyof LeadFields, unknown>>, options);
	const probabilities = routeProbabilities(analysis, scorerForText(analysis.lead.text, options));
	const secondReader =
		options.shortMessageScorer === null || analysis.lead.text.length >= LONG_FORM_CHARS
			? null
			: (options.shortMessageScorer ?? shortMessageScorer());
	const decision = decide(
		analysis,
		probabilities,
		paths,
		secondReader ? routeProbabilities(analysis, secondReader) : undefined,
		secondReader && options.orderScorer !== null
			? () => routeProbabilities(analysis, options.orderScorer ?? orderScorer())
			: undefined,
	);
	// Buying words in a message routed to junk with no business in sight (a friend's "I'll call
	// later") are not a buyer's: they must not make the gate pull it back for review.
	const signals =
		decision.route === 'junk' && !analysis.businessContext
			? analysis.signals.map((signal) =>
					signal.polarity === 'positive' ? withoutBusinessContext(signal) : signal,
				)
			: analysis.signals;
	return {
		score: decision.score,
		path: decision.path,
		pathRule: ruleOfPath(decision.path, paths),
		confidence: decision.confidence,
		signals,
		reasons: decision.reasons,
		engine: 'builtin',
		model: null,
		version: CONTRACT_VERSION,
		classifiedAt: new Date().toISOString(),
		latencyMs: round3(performance.now() - started),
		route: decision.route,
		stance: decision.stance,
		lead: analysis.lead,
		routeProbabilities: {
			sales: round3(probabilities.sales),
			nurture: round3(probabilities.nurture),
			support: round3(probabilities.support),
			junk: round3(probabilities.junk),
		},
	};
}
