/**
 * Intents and signals as the Semantic Classifier writes them, for the suites that start after it
 * (Capacity Check, Intent Briefing, Confidence Gate, the templates): one shape, so a change to the
 * contract is made here once.
 */
import type { IntentResult, LeadFields, Signal } from '../../engine/contract';

/** A hot lead's intent from the built-in engine (score 90, no signals), changed where a test says. */
export function intentResult(changes: Partial<IntentResult> = {}): IntentResult {
	return {
		score: 90,
		path: 'hot',
		confidence: 0.9,
		signals: [],
		reasons: [],
		engine: 'builtin',
		model: null,
		version: '1.0',
		classifiedAt: '',
		latencyMs: 0,
		...changes,
	};
}

/** The intent of a lead classified the moment it was submitted, as in a live run. */
export function intentAt(
	lead: LeadFields & { submittedAt: string },
	changes: Partial<IntentResult> = {},
): IntentResult {
	return intentResult({ classifiedAt: lead.submittedAt, latencyMs: 1, lead, ...changes });
}

/**
 * The engine suites' intent: hot at score 85, classified on Wednesday 2026-11-25 15:00 UTC (fixed:
 * the gate samples a lead with neither email nor text by its classification time).
 */
export function engineIntent(changes: Partial<IntentResult> = {}): IntentResult {
	return intentResult({
		score: 85,
		classifiedAt: '2026-11-25T15:00:00Z',
		latencyMs: 0.1,
		...changes,
	});
}

/** A positive signal whose evidence is the whole quote. */
export function signal(
	type: Signal['type'],
	quote: string,
	value: Record<string, unknown> = {},
	strength = 0.9,
): Signal {
	return {
		type,
		polarity: 'positive',
		value,
		strength,
		evidence: { quote, start: 0, end: quote.length, field: 'text' },
	};
}
