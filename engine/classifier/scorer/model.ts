/**
 * The learned scorer at run time: a multinomial logistic model over the features of
 * features.ts, with a temperature fitted on held-out rows so that its probabilities are
 * calibrated. Weights are data (weights.json, written by `npm run train`).
 */
import type { FeatureVector } from './features';
import { DENSE_FEATURES, HASH_BITS } from './features';

export const ROUTES = ['sales', 'nurture', 'support', 'junk'] as const;
export type Route = (typeof ROUTES)[number];
export type RouteProbabilities = Record<Route, number>;

/** The committed file's shape. Hashed weights are int8, route-minor, base64, one scale per route. */
export interface ScorerWeights {
	format: 'intent-funnel-scorer/1';
	hashBits: number;
	routes: Route[];
	/** Divides the combined logits (scorer and rule expert): > 1 softens, < 1 sharpens; fitted on held-out rows. */
	temperature: number;
	bias: number[];
	/** Per dense feature name, one weight per route. */
	dense: Record<string, number[]>;
	hashedScale: number[];
	hashed: string;
	/** How these weights were made: rows per source, epochs, calibration numbers. */
	training: Record<string, unknown>;
}

export class LearnedScorer {
	private readonly hashed: Float32Array;
	private readonly dense: Float64Array;
	private readonly bias: Float64Array;
	readonly temperature: number;

	constructor(readonly weights: ScorerWeights) {
		if (
			weights.format !== 'intent-funnel-scorer/1' ||
			weights.hashBits !== HASH_BITS ||
			weights.routes.join() !== ROUTES.join()
		) {
			throw new Error('The learned scorer weights do not match this engine: run `npm run train`');
		}
		const routes = ROUTES.length;
		const raw = Buffer.from(weights.hashed, 'base64');
		this.hashed = new Float32Array(raw.length);
		for (let i = 0; i < raw.length; i++)
			this.hashed[i] = ((raw[i] << 24) >> 24) * weights.hashedScale[i % routes];
		this.dense = new Float64Array(DENSE_FEATURES.length * routes);
		DENSE_FEATURES.forEach((name, feature) => {
			const row = weights.dense[name] ?? [];
			for (let route = 0; route < routes; route++)
				this.dense[feature * routes + route] = row[route] ?? 0;
		});
		this.bias = Float64Array.from(weights.bias);
		this.temperature = weights.temperature;
	}

	logits(features: FeatureVector): Float64Array {
		return linearLogits(features, this.bias, this.dense, this.hashed);
	}
}

/** bias + dense·W + (hashed value)·Σ W[bucket]: shared by training and run time. */
export function linearLogits(
	features: FeatureVector,
	bias: ArrayLike<number>,
	dense: ArrayLike<number>,
	hashed: ArrayLike<number>,
): Float64Array {
	const routes = ROUTES.length;
	const logits = Float64Array.from(bias);
	for (let feature = 0; feature < features.dense.length; feature++) {
		const value = features.dense[feature];
		if (value === 0) continue;
		for (let route = 0; route < routes; route++)
			logits[route] += value * dense[feature * routes + route];
	}
	// The four routes' sums (ROUTES) in locals, each added up in the same order as a loop over routes.
	const value = features.hashedValue;
	let sales = logits[0];
	let nurture = logits[1];
	let support = logits[2];
	let junk = logits[3];
	for (const bucket of features.buckets) {
		const row = bucket * routes;
		sales += value * hashed[row];
		nurture += value * hashed[row + 1];
		support += value * hashed[row + 2];
		junk += value * hashed[row + 3];
	}
	logits[0] = sales;
	logits[1] = nurture;
	logits[2] = support;
	logits[3] = junk;
	return logits;
}

export function softmax(logits: ArrayLike<number>, temperature = 1): number[] {
	let max = -Infinity;
	for (let i = 0; i < logits.length; i++) max = Math.max(max, logits[i] / temperature);
	const exps = Array.from(logits, (logit) => Math.exp(logit / temperature - max));
	const sum = exps.reduce((total, value) => total + value, 0);
	return exps.map((value) => value / sum);
}
