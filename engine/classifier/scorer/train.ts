/**
 * Trains the learned scorer: multinomial logistic regression with AdaGrad and L2, over the same
 * features the classifier computes at run time (analyseLead). Deterministic: rows are shuffled
 * with a seeded generator, so the same corpus gives the same weights byte for byte.
 *
 * Every source and every route weighs the same in training, whatever its row count, so that a
 * big public set (thousands of SMS texts) does not teach the model that the world is SMS.
 * A share of each source is held out to fit the temperature that calibrates the probabilities.
 */
import type { LeadFields } from '../../contract';
import type { LeadAnalysis } from '../analyse';
import { analyseLead } from '../analyse';
import { combinedLogits } from '../scoring';
import type { FeatureVector } from './features';
import { DENSE_FEATURES, HASH_BITS, HASH_BUCKETS, hashOf } from './features';
import type { Route, ScorerWeights } from './model';
import { LearnedScorer, linearLogits, ROUTES, softmax } from './model';

export interface TrainingRow {
	text: string;
	route: Route;
	source?: string;
	name?: string;
	company?: string;
	role?: string;
	email?: string;
}

export interface TrainOptions {
	epochs?: number;
	learningRate?: number;
	l2?: number;
	/** L2 on the hashed n-grams: stronger, so that wording memorised from one register does not outvote the signals. */
	l2Hashed?: number;
	seed?: number;
	/** Share of each source held out for calibration (0 = calibrate on the training rows). */
	calibrationShare?: number;
	/**
	 * A hashed bucket found in fewer training rows than this keeps weight 0. Rare n-grams are
	 * mostly one register's (thousands of SMS words): learned, they fill the hash space with junk
	 * weight that any unseen word then collides with, so unfamiliar business text read as junk.
	 */
	minRows?: number;
	/**
	 * Seeds of runs whose weights are averaged (for a linear model, the average of the runs' logits).
	 * Empty: the one run of `seed`. An experiment's knob (`npm run train -- --seeds 7,8,9`): the
	 * committed weights are one run.
	 */
	seeds?: readonly number[];
}

/**
 * The long-form scorer's settings, chosen by leave-writers-out cross-validation over the written
 * long forms (`npm run eval -- --cross-writer` prints it per writer): with the general
 * scorer's settings it underfits letters (5-fold macro-F1 0.785 over 26 writers), with a larger
 * step and no extra L2 on the hashed n-grams it reads them at 0.855, with fewer non-buyers at a
 * sales path (35 against 106 of 2,232) and fewer buyers lost (9 against 16 of 936). The general
 * scorer keeps its stronger L2: there it stops one register's words outvoting the signals.
 */
export const LONG_FORM_TRAINING: TrainOptions = { learningRate: 1.6, l2Hashed: 0 };

const DEFAULTS: Required<TrainOptions> = {
	epochs: 12,
	learningRate: 0.2,
	l2: 1e-5,
	l2Hashed: 1e-4,
	seed: 7,
	calibrationShare: 0.2,
	minRows: 2,
	seeds: [],
};

/** mulberry32: a small seeded generator, so shuffles are the same on every machine. */
function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

interface Example {
	analysis: Pick<LeadAnalysis, 'signals' | 'features' | 'lead'>;
	features: FeatureVector;
	label: number;
	weight: number;
}

export function analyseRow(row: TrainingRow): LeadAnalysis {
	const lead: Partial<LeadFields> = {
		text: row.text,
		name: row.name,
		company: row.company,
		role: row.role,
		email: row.email,
	};
	return analyseLead(lead, { now: '2026-06-01T12:00:00.000Z' });
}

/** Row weights: each route weighs the same, and within a route each source weighs the same. */
function balancedWeights(rows: readonly TrainingRow[]): number[] {
	const perSourceRoute = new Map<string, number>();
	const sourcesPerRoute = new Map<Route, Set<string>>();
	for (const row of rows) {
		const key = `${row.route}|${row.source ?? ''}`;
		perSourceRoute.set(key, (perSourceRoute.get(key) ?? 0) + 1);
		if (!sourcesPerRoute.has(row.route)) sourcesPerRoute.set(row.route, new Set());
		sourcesPerRoute.get(row.route)!.add(row.source ?? '');
	}
	const routesPresent = sourcesPerRoute.size;
	return rows.map((row) => {
		const count = perSourceRoute.get(`${row.route}|${row.source ?? ''}`)!;
		return rows.length / (routesPresent * sourcesPerRoute.get(row.route)!.size * count);
	});
}

/** The temperature that minimises the held-out log loss of the combined (scorer x rules) probabilities. */
function fitTemperature(examples: readonly Example[], scorer: LearnedScorer): number {
	if (examples.length === 0) return 1;
	const logits = examples.map((example) => combinedLogits(example.analysis, scorer));
	let best = 1;
	let bestLoss = Infinity;
	for (let temperature = 0.2; temperature <= 4.0001; temperature += 0.05) {
		let loss = 0;
		let weight = 0;
		examples.forEach((example, i) => {
			const probability = softmax(logits[i], temperature)[example.label];
			loss -= example.weight * Math.log(Math.max(probability, 1e-12));
			weight += example.weight;
		});
		if (loss / weight < bestLoss) {
			bestLoss = loss / weight;
			best = Math.round(temperature * 100) / 100;
		}
	}
	return best;
}

/** Trains on `rows` and returns the weights file's content. */
export function train(rows: readonly TrainingRow[], options: TrainOptions = {}): ScorerWeights {
	const settings = { ...DEFAULTS, ...options };
	const routes = ROUTES.length;
	const weights = balancedWeights(rows);
	const examples: Example[] = rows.map((row, i) => {
		const analysis = analyseRow(row);
		return {
			analysis,
			features: analysis.features,
			label: ROUTES.indexOf(row.route),
			weight: weights[i],
		};
	});
	const heldOut = (row: TrainingRow) =>
		settings.calibrationShare > 0 && (hashOf(row.text) % 1000) / 1000 < settings.calibrationShare;
	const trainSet = examples.filter((_, i) => !heldOut(rows[i]));
	const calibrationSet =
		settings.calibrationShare > 0 ? examples.filter((_, i) => heldOut(rows[i])) : examples;

	const rowsPerBucket = new Uint32Array(HASH_BUCKETS);
	for (const example of trainSet)
		for (const bucket of example.features.buckets) rowsPerBucket[bucket]++;
	const learnable = (bucket: number) => rowsPerBucket[bucket] >= settings.minRows;
	/** One run of AdaGrad from zero weights, its rows shuffled by `seed` every epoch. */
	const runOnce = (seed: number) => {
		const random = seededRandom(seed);
		const bias = new Float64Array(routes);
		const dense = new Float64Array(DENSE_FEATURES.length * routes);
		const hashed = new Float64Array(HASH_BUCKETS * routes);
		const gradBias = new Float64Array(routes).fill(1e-8);
		const gradDense = new Float64Array(dense.length).fill(1e-8);
		const gradHashed = new Float64Array(hashed.length).fill(1e-8);
		const order = trainSet.map((_, i) => i);
		const rate = settings.learningRate;

		const step = (values: Float64Array, grads: Float64Array, index: number, gradient: number) => {
			const g = gradient + (values === hashed ? settings.l2Hashed : settings.l2) * values[index];
			grads[index] += g * g;
			values[index] -= (rate * g) / Math.sqrt(grads[index]);
		};

		for (let epoch = 0; epoch < settings.epochs; epoch++) {
			for (let i = order.length - 1; i > 0; i--) {
				const j = Math.floor(random() * (i + 1));
				[order[i], order[j]] = [order[j], order[i]];
			}
			for (const index of order) {
				const { features, label, weight } = trainSet[index];
				const probabilities = softmax(linearLogits(features, bias, dense, hashed));
				for (let route = 0; route < routes; route++) {
					const error = (probabilities[route] - (route === label ? 1 : 0)) * weight;
					if (error === 0) continue;
					step(bias, gradBias, route, error);
					for (let feature = 0; feature < features.dense.length; feature++) {
						const value = features.dense[feature];
						if (value !== 0) step(dense, gradDense, feature * routes + route, error * value);
					}
					for (const bucket of features.buckets)
						if (learnable(bucket))
							step(hashed, gradHashed, bucket * routes + route, error * features.hashedValue);
				}
			}
		}
		return { bias, dense, hashed };
	};
	const seeds = settings.seeds.length ? settings.seeds : [settings.seed];
	const runs = seeds.map(runOnce);
	const bias = new Float64Array(routes);
	const dense = new Float64Array(DENSE_FEATURES.length * routes);
	const hashed = new Float64Array(HASH_BUCKETS * routes);
	for (const run of runs)
		for (const [values, sum] of [
			[run.bias, bias],
			[run.dense, dense],
			[run.hashed, hashed],
		] as const)
			for (let k = 0; k < values.length; k++) sum[k] += values[k] / runs.length;

	const sources: Record<string, number> = {};
	for (const row of rows) sources[row.source ?? ''] = (sources[row.source ?? ''] ?? 0) + 1;
	const file: ScorerWeights = {
		format: 'intent-funnel-scorer/1',
		hashBits: HASH_BITS,
		routes: [...ROUTES],
		temperature: 1,
		bias: Array.from(bias, round4),
		dense: Object.fromEntries(
			DENSE_FEATURES.map((name, feature) => [
				name,
				Array.from(dense.subarray(feature * routes, feature * routes + routes), round4),
			]),
		),
		...quantise(hashed),
		training: {
			rows: rows.length,
			trainedOn: trainSet.length,
			calibratedOn: calibrationSet.length,
			epochs: settings.epochs,
			learningRate: settings.learningRate,
			l2: settings.l2,
			l2Hashed: settings.l2Hashed,
			minRows: settings.minRows,
			seed: settings.seed,
			...(settings.seeds.length ? { seeds: [...settings.seeds] } : {}),
			sources,
		},
	};
	file.temperature = fitTemperature(calibrationSet, new LearnedScorer(file));
	return file;
}

const round4 = (value: number) => Math.round(value * 10_000) / 10_000;

/** int8 per weight with one scale per route: a 4x smaller file, and no weight of note is lost. */
function quantise(hashed: Float64Array): Pick<ScorerWeights, 'hashed' | 'hashedScale'> {
	const routes = ROUTES.length;
	const scale = Array.from({ length: routes }, () => 0);
	for (let i = 0; i < hashed.length; i++)
		scale[i % routes] = Math.max(scale[i % routes], Math.abs(hashed[i]));
	const hashedScale = scale.map((max) => (max === 0 ? 1 : max / 127));
	const bytes = Buffer.alloc(hashed.length);
	for (let i = 0; i < hashed.length; i++)
		bytes.writeInt8(
			Math.max(-127, Math.min(127, Math.round(hashed[i] / hashedScale[i % routes]))),
			i,
		);
	return {
		hashed: bytes.toString('base64'),
		hashedScale: hashedScale.map((value) => Number(value.toPrecision(6))),
	};
}

/** A scorer from freshly trained weights (for cross-source evaluation, without writing a file). */
export const scorerFrom = (weights: ScorerWeights): LearnedScorer => new LearnedScorer(weights);
