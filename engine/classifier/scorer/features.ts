/**
 * What the learned scorer reads: the signals the lexicons and the stance layer found (with
 * their strengths), and hashed word unigrams and bigrams of the message. Signals carry the
 * evidence; the n-grams let the scorer generalise to wordings no lexicon lists.
 */
import type { Signal, SignalType } from '../../contract';
import { SIGNAL_TYPES } from '../../signals';
import { charFlags, DIGIT, isLetterOrDigit, LETTER } from '../chars';
import type { Stance } from '../stance';

/** Hashed n-gram space. A power of two so that a bucket is a mask, not a division. */
export const HASH_BITS = 15;
export const HASH_BUCKETS = 1 << HASH_BITS;
/** Only the start of a long message is read for n-grams: its register shows early, and time stays flat. */
const MAX_NGRAM_CHARS = 4_000;
const MAX_TOKENS = 600;

const STANCES: readonly Stance[] = ['buyer', 'seller', 'applicant', 'system'];

/** Kinds of buying action with a feature of their own: "book a demo" and "call me" are not the same evidence. */
const ACTIONS = [
	'demo',
	'pricing',
	'quote',
	'trial',
	'call',
	'contact_sales',
	'purchase',
	'rfp',
	'purchase_order',
	'evaluation',
	'need',
	'inquiry',
] as const;

/** Names of the dense features, in order: one per signal type, one per kind of buying action, one per stance. */
export const DENSE_FEATURES: readonly string[] = [
	...SIGNAL_TYPES.map((type) => `signal:${type}`),
	...ACTIONS.map((action) => `action:${action}`),
	...STANCES.map((stance) => `stance:${stance}`),
];

export interface FeatureVector {
	/** Hashed n-gram buckets present (each counted once), weighted `hashedValue`. */
	buckets: number[];
	hashedValue: number;
	/** Values of DENSE_FEATURES, same order. */
	dense: Float64Array;
}

const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** A crude, language-blind stem: enough that "leads", "leading" and "lead" share a feature. */
export function stem(token: string): string {
	if (token.length <= 4) return token;
	if (token.endsWith("'s") || token.endsWith('’s')) return token.slice(0, -2);
	for (const suffix of ['ing', 'ed', 'es', 's', 'ly', 'en', 'er']) {
		if (token.endsWith(suffix) && token.length - suffix.length >= 4)
			return token.slice(0, -suffix.length);
	}
	return token;
}

/** FNV-1a over a string (32 bits). */
export function hashOf(text: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return hash >>> 0;
}

/** A word pair's hash from its words' hashes (murmur3's finaliser over an ordered mix): no pair string is built. */
function pairHash(first: number, second: number): number {
	let hash = Math.imul(first ^ 0x9e3779b9, 0x85ebca6b) ^ second;
	hash ^= hash >>> 16;
	hash = Math.imul(hash, 0x85ebca6b);
	hash ^= hash >>> 13;
	hash = Math.imul(hash, 0xc2b2ae35);
	hash ^= hash >>> 16;
	return hash >>> 0;
}

const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const isSurrogate = (code: number) => code >= 0xd800 && code <= 0xdfff;

/** Word stems of a lower-cased text (the skeleton), in order. */
export function tokensOf(skeleton: string): string[] {
	const source = skeleton.length > MAX_NGRAM_CHARS ? skeleton.slice(0, MAX_NGRAM_CHARS) : skeleton;
	return wordsByTable(source) ?? wordsByRegex(source);
}

/**
 * What TOKEN finds, read with the character table instead of a regex (no match arrays); null
 * when the text has a surrogate, whose astral letters only the regex knows.
 */
function wordsByTable(source: string): string[] | null {
	const tokens: string[] = [];
	const length = source.length;
	let i = 0;
	while (i < length && tokens.length < MAX_TOKENS) {
		const code = source.charCodeAt(i);
		if (isSurrogate(code)) return null;
		if (!isLetterOrDigit(code)) {
			i++;
			continue;
		}
		let end = i;
		let digitsOnly = true;
		for (; end < length; end++) {
			const inner = source.charCodeAt(end);
			if (isSurrogate(inner)) return null;
			if (!isLetterOrDigit(inner)) break;
			if (!(charFlags[inner] & DIGIT)) digitsOnly = false;
		}
		// "it's", "we’re": an apostrophe and at least one letter join the word.
		const quote = end < length ? source.charCodeAt(end) : -1;
		if ((quote === APOSTROPHE || quote === RIGHT_QUOTE) && end + 1 < length) {
			let letters = end + 1;
			while (letters < length && charFlags[source.charCodeAt(letters)] & LETTER) letters++;
			if (letters < length && isSurrogate(source.charCodeAt(letters))) return null;
			if (letters > end + 1) {
				end = letters;
				digitsOnly = false;
			}
		}
		// Digits become one shape, so "$499" and "$950" share what they say.
		tokens.push(digitsOnly ? '#' : stem(source.slice(i, end)));
		i = end;
	}
	return tokens;
}

/** The reference reading (texts with astral characters). */
function wordsByRegex(source: string): string[] {
	const tokens: string[] = [];
	TOKEN.lastIndex = 0;
	for (
		let match = TOKEN.exec(source);
		match && tokens.length < MAX_TOKENS;
		match = TOKEN.exec(source)
	) {
		tokens.push(/^\d+$/.test(match[0]) ? '#' : stem(match[0]));
	}
	return tokens;
}

/** Buckets of the lead being read, cleared after it: a flat table costs less than a Set per lead. */
const seenBuckets = new Uint8Array(HASH_BUCKETS);

/** `tokens` are tokensOf(the message's skeleton), read once by the caller. */
export function featuresOf(
	tokens: readonly string[],
	signals: readonly Signal[],
	stanceScores: Record<Stance, number>,
): FeatureVector {
	const buckets: number[] = [];
	const note = (bucket: number) => {
		if (seenBuckets[bucket] === 0) {
			seenBuckets[bucket] = 1;
			buckets.push(bucket);
		}
	};
	const mask = HASH_BUCKETS - 1;
	let previous = 0;
	for (let i = 0; i < tokens.length; i++) {
		const hash = hashOf(tokens[i]);
		note(hash & mask);
		if (i > 0) note(pairHash(previous, hash) & mask);
		previous = hash;
	}
	for (const bucket of buckets) seenBuckets[bucket] = 0;
	const dense = new Float64Array(DENSE_FEATURES.length);
	const typeIndex = SIGNAL_TYPE_INDEX;
	for (const signal of signals) {
		const index = typeIndex.get(signal.type);
		if (index !== undefined && signal.strength > dense[index]) dense[index] = signal.strength;
		if (signal.type === 'buying_action') {
			const action = ACTION_INDEX.get(String(signal.value?.action));
			if (action !== undefined && signal.strength > dense[action]) dense[action] = signal.strength;
		}
	}
	const stanceStart = SIGNAL_TYPES.length + ACTIONS.length;
	STANCES.forEach((stance, i) => (dense[stanceStart + i] = stanceScores[stance] ?? 0));
	return { buckets, hashedValue: buckets.length ? 1 / Math.sqrt(buckets.length) : 0, dense };
}

const SIGNAL_TYPE_INDEX = new Map<SignalType, number>(
	SIGNAL_TYPES.map((type, index) => [type, index]),
);
const ACTION_INDEX = new Map<string, number>(
	ACTIONS.map((action, index) => [action, SIGNAL_TYPES.length + index]),
);
