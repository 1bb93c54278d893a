/**
 * A second reading of steering, by the words of a sentence rather than by their order: a compact
 * word-and-word-pair weight table, trained by `npm run train` (scripts/train.ts) on sentences that
 * steer a lead's handling against every sentence of the buyers in data/train/. The families in
 * steering.ts read the moves they were written from; blind, on official handling clauses written
 * after them, they took 4 of 19 off a rep's desk. The words of such clauses ("shall be allocated",
 * "für Ihr Ticketsystem", "sin pasar por") recur where the order does not.
 *
 * Each weight is the log-odds of a word (or a pair of adjacent words) appearing in a steering
 * sentence rather than in a buyer's; a sentence whose weights sum to the threshold or more steers.
 * Like every other voice it is asked only of a lead about to reach a rep, so a buyer it misreads is
 * read by a person, never dropped.
 */
import steeringWeightsFile from './scorer/weights-steering.json';
import { sentencesOf } from './steering';

/** The trained table: word or word pair -> weight, and the sum a sentence needs. */
export interface SteeringWeights {
	threshold: number;
	minCount: number;
	minWeight: number;
	positives: number;
	negatives: number;
	weights: Record<string, number>;
}

const steeringWeights: SteeringWeights = steeringWeightsFile;

const WORD = /\p{L}+(?:'\p{L}+)?/gu;

/**
 * Web addresses and markup tags are not words of a sentence: the red-team injections that hide
 * text in them taught the table "https", "img" and "png", which a buyer's pasted link or a
 * hostile but harmless form field also carries.
 */
const ADDRESS_OR_TAG = /(?:https?:\/\/|www\.)\S{0,2000}|<[^<>]{0,200}>/gi;
function wordsOf(sentence: string): string[] {
	return sentence.toLowerCase().replace(ADDRESS_OR_TAG, ' ').match(WORD) ?? [];
}

/** A sentence's words and adjacent word pairs, lowercased, each once. */
export function featuresOf(sentence: string): Set<string> {
	const words = wordsOf(sentence);
	const features = new Set<string>(words);
	for (let at = 0; at + 1 < words.length; at++) features.add(`${words[at]} ${words[at + 1]}`);
	return features;
}

/**
 * Trains the table: for each feature seen in at least `minCount` steering sentences, the log-odds
 * of steering against buying (add-half smoothing), kept when at least `minWeight`. Deterministic:
 * the same sentences give the same table, keys sorted.
 */
export function trainSteeringWords(
	steering: readonly string[],
	buying: readonly string[],
	options: { minCount: number; minWeight: number; threshold: number },
): SteeringWeights {
	const count = (sentences: readonly string[]) => {
		const counts = new Map<string, number>();
		for (const sentence of sentences)
			for (const feature of featuresOf(sentence))
				counts.set(feature, (counts.get(feature) ?? 0) + 1);
		return counts;
	};
	const inSteering = count(steering);
	const inBuying = count(buying);
	const weights: Record<string, number> = {};
	for (const feature of [...inSteering.keys()].sort()) {
		const seen = inSteering.get(feature)!;
		if (seen < options.minCount) continue;
		const weight =
			Math.log((seen + 0.5) / steering.length) -
			Math.log(((inBuying.get(feature) ?? 0) + 0.5) / buying.length);
		if (weight >= options.minWeight) weights[feature] = Math.round(weight * 1000) / 1000;
	}
	return {
		threshold: options.threshold,
		minCount: options.minCount,
		minWeight: options.minWeight,
		positives: steering.length,
		negatives: buying.length,
		weights,
	};
}

/** The table as maps (a word's weight; a word's pairs by their second word), built once a table. */
interface WeightMaps {
	words: Map<string, number>;
	pairs: Map<string, Map<string, number>>;
}
const MAPS = new WeakMap<SteeringWeights, WeightMaps>();
function mapsOf(table: SteeringWeights): WeightMaps {
	let maps = MAPS.get(table);
	if (!maps) {
		maps = { words: new Map(), pairs: new Map() };
		for (const [feature, weight] of Object.entries(table.weights)) {
			const space = feature.indexOf(' ');
			if (space < 0) maps.words.set(feature, weight);
			else {
				const first = feature.slice(0, space);
				if (!maps.pairs.has(first)) maps.pairs.set(first, new Map());
				maps.pairs.get(first)!.set(feature.slice(space + 1), weight);
			}
		}
		MAPS.set(table, maps);
	}
	return maps;
}

/**
 * The sum of a sentence's weights: each weighted word and word pair once, as `featuresOf` counts
 * them, without building the strings of the pairs the table does not hold.
 */
export function steeringWeightOf(
	sentence: string,
	table: SteeringWeights = steeringWeights,
): number {
	const { words, pairs } = mapsOf(table);
	const tokens = wordsOf(sentence);
	let sum = 0;
	let counted: Set<string> | undefined;
	const countOnce = (feature: string, weight: number) => {
		counted ??= new Set();
		if (counted.has(feature)) return;
		counted.add(feature);
		sum += weight;
	};
	for (let at = 0; at < tokens.length; at++) {
		const word = words.get(tokens[at]);
		if (word !== undefined) countOnce(tokens[at], word);
		const pair = at + 1 < tokens.length ? pairs.get(tokens[at])?.get(tokens[at + 1]) : undefined;
		if (pair !== undefined) countOnce(`${tokens[at]} ${tokens[at + 1]}`, pair);
	}
	return sum;
}

/** The first sentence whose words steer the handling, or null. */
export function steeringByWords(
	text: string,
	table: SteeringWeights = steeringWeights,
): string | null {
	if (!text) return null;
	for (const sentence of sentencesOf(text))
		if (steeringWeightOf(sentence, table) >= table.threshold) return sentence.trim();
	return null;
}
