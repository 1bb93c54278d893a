/**
 * Instructions in disguise: a payload in base64, in ROT13 or written backwards next to a word that
 * says so, and the classic override typed with digits for letters or misspelt ("d1sr3g4rd pr10r
 * ru13s", "ignroe previus instructons"). Nobody writes a lead that way; it is done so that the
 * words slip past word matching. Each disguise is undone into a variant of the text, and the
 * variant is read by the stance families that recognise text addressed to the software.
 *
 * Ordinary text costs one pass over its words: a variant is only made, and read, when the words
 * show a disguise.
 */
import type { Evidence, Signal } from '../../contract';
import { charFlags, DIGIT, LETTER } from '../chars';
import { makeSignal } from '../extractors/signal';
import { SPEAKS_OF_THE_VERDICT } from '../otherVoices';
import { readStance } from './index';

type SignalField = Evidence['field'];

/** Digits and symbols typed for the letters they look like. */
const LOOK_ALIKE_LETTER: Record<string, string> = {
	'0': 'o',
	'1': 'i',
	'3': 'e',
	'4': 'a',
	'5': 's',
	'7': 't',
	'@': 'a',
	$: 's',
};
const AT = 0x40;
const DOLLAR = 0x24;

/** What an override does ("ignore", "classify") and what it does it to ("previous instructions", "hot"). */
const VERBS = [
	'ignore',
	'ignoring',
	'disregard',
	'forget',
	'override',
	'bypass',
	'classify',
	'assign',
	'escalate',
	'prioritize',
	'prioritise',
	'flag',
	'mark',
	'label',
	'route',
	'skip',
	'treat',
	'set',
	'path',
	// Spanish and German overrides ("0lv1d4 7u5 1n57rucc10n35", "1gn0r13r3 4ll3 4nw315ung3n").
	'ignora',
	'ignorar',
	'olvida',
	'olvidar',
	'omite',
	'clasifica',
	'asigna',
	'ignoriere',
	'ignorieren',
	'vergiss',
	'missachte',
	'markiere',
	'setze',
];
const OBJECTS = [
	'instructions',
	'instruction',
	'guidelines',
	'directions',
	'previous',
	'qualified',
	'priority',
	'prompt',
	'rules',
	'prior',
	'above',
	'urgent',
	'review',
	'hot',
	'vip',
	'lead',
	'sales',
	'instrucciones',
	'anteriores',
	'reglas',
	'prioridad',
	'caliente',
	'anweisungen',
	'vorherigen',
	'regeln',
	'priorität',
];
const VERB = 1;
const OBJECT = 2;
const KIND = new Map<string, number>([
	...VERBS.map((word): [string, number] => [word, VERB]),
	...OBJECTS.map((word): [string, number] => [word, OBJECT]),
]);
/** Words of five letters or more are recognised with a typo or two; shorter ones only as typed (after digits for letters). */
const FUZZY_FROM = 5;
const allowedTypos = (length: number) => (length >= 8 ? 2 : 1);
const LOWER_A = 0x61;
/** Index of a word's first two letters when both are a-z, else -1. */
function prefixIndex(first: number, second: number): number {
	const a = first - LOWER_A;
	const b = second - LOWER_A;
	return a >= 0 && a < 26 && b >= 0 && b < 26 ? a * 26 + b : -1;
}
/**
 * Keywords by their first two letters, and a fuzzy one also by those two swapped ("ginore"): a
 * typo rarely hits the start of a word, and most words of a message share no start with any.
 */
const BY_PREFIX: Array<string[] | undefined> = new Array(26 * 26);
for (const word of KIND.keys()) {
	const keys = [prefixIndex(word.charCodeAt(0), word.charCodeAt(1))];
	if (word.length >= FUZZY_FROM) keys.push(prefixIndex(word.charCodeAt(1), word.charCodeAt(0)));
	for (const key of keys) {
		const list = (BY_PREFIX[key] ??= []);
		if (!list.includes(word)) list.push(word);
	}
}
/**
 * The first three letters of every keyword, and of a fuzzy one with its first two or its second
 * and third letters swapped: a word of a message is only looked at when it starts like one.
 */
const STARTS = new Uint8Array(26 * 26 * 26);
const startIndex = (first: number, second: number, third: number): number => {
	const a = first - LOWER_A;
	const b = second - LOWER_A;
	const c = third - LOWER_A;
	return a >= 0 && a < 26 && b >= 0 && b < 26 && c >= 0 && c < 26 ? (a * 26 + b) * 26 + c : -1;
};
for (const word of KIND.keys()) {
	const [a, b, c] = [0, 1, 2].map((at) => word.charCodeAt(at));
	const starts = [startIndex(a, b, c)];
	if (word.length >= FUZZY_FROM) starts.push(startIndex(b, a, c), startIndex(a, c, b));
	for (const start of starts) if (start >= 0) STARTS[start] = 1;
}
const startsLikeKeyword = (text: string, at: number): boolean => {
	const start = startIndex(text.charCodeAt(at), text.charCodeAt(at + 1), text.charCodeAt(at + 2));
	return start >= 0 && STARTS[start] === 1;
};

const ROW = 40;
let before = new Int32Array(ROW);
let previous = new Int32Array(ROW);
let current = new Int32Array(ROW);

/** Edits (insert, delete, substitute, swap two neighbours) from `a` to `b`, or more than `limit`. */
function withinEdits(a: string, b: string, limit: number): boolean {
	if (Math.abs(a.length - b.length) > limit || a.length >= ROW || b.length >= ROW) return false;
	for (let j = 0; j <= b.length; j++) previous[j] = j;
	for (let i = 1; i <= a.length; i++) {
		current[0] = i;
		let rowBest = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
			let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
			if (
				i > 1 &&
				j > 1 &&
				a.charCodeAt(i - 1) === b.charCodeAt(j - 2) &&
				a.charCodeAt(i - 2) === b.charCodeAt(j - 1)
			)
				value = Math.min(value, before[j - 2] + 1);
			current[j] = value;
			if (value < rowBest) rowBest = value;
		}
		if (rowBest > limit) return false;
		[before, previous, current] = [previous, current, before];
	}
	return previous[b.length] <= limit;
}

/** One of the last two letters in common: a cheap test that turns most near words away before counting edits. */
function endsAlike(word: string, keyword: string): boolean {
	const w1 = word.charCodeAt(word.length - 1);
	const w2 = word.charCodeAt(word.length - 2);
	const k1 = keyword.charCodeAt(keyword.length - 1);
	const k2 = keyword.charCodeAt(keyword.length - 2);
	return w1 === k1 || w1 === k2 || w2 === k1 || w2 === k2;
}

/** The override word a typed word stands for, or undefined. */
function keywordFor(word: string): string | undefined {
	const key = prefixIndex(word.charCodeAt(0), word.charCodeAt(1));
	const candidates = key >= 0 ? BY_PREFIX[key] : undefined;
	if (!candidates) return undefined;
	for (const keyword of candidates) {
		if (keyword === word) return keyword;
		// "ignored", "previously", "reviews": the word inflected, not misspelt, and meant as written.
		if (word.length > keyword.length && word.startsWith(keyword.slice(0, -1))) continue;
		if (
			keyword.length >= FUZZY_FROM &&
			endsAlike(word, keyword) &&
			withinEdits(word, keyword, allowedTypos(keyword.length))
		)
			return keyword;
	}
	return undefined;
}

interface Replacement {
	start: number;
	end: number;
	text: string;
}

/** A text with some words replaced, and the way back from its offsets to the original's. */
function withReplacements(text: string, replacements: readonly Replacement[]) {
	let variant = '';
	const startAt: number[] = [];
	const endAt: number[] = [0];
	let from = 0;
	const keep = (to: number) => {
		for (let i = from; i < to; i++) {
			startAt.push(i);
			endAt.push(i + 1);
		}
		variant += text.slice(from, to);
	};
	for (const { start, end, text: replacement } of replacements) {
		keep(start);
		for (let i = 0; i < replacement.length; i++) {
			startAt.push(start);
			endAt.push(end);
		}
		variant += replacement;
		from = end;
	}
	keep(text.length);
	return { variant, toOriginal: (start: number, end: number) => [startAt[start], endAt[end]] };
}

/** The spans of `variant` that the stance layer reads as text addressed to the software. */
function instructionsIn(variant: string): Array<[number, number]> {
	return readStance([{ field: 'text', text: variant }])
		.signals.filter((signal) => signal.value?.stance === 'system')
		.map((signal) => [signal.evidence.start, signal.evidence.end]);
}

const BASE64_TOKEN = /(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{16,}={0,2}(?![A-Za-z0-9+/=])/g;
const READABLE = /^[A-Za-z0-9 ,.;:'"!?()\-_/\n=]+$/;
const MAX_TOKENS = 5;
/** Words that say the text is to be read backwards, or deciphered (a cheap test first, the exact one after). */
const MAYBE_CUE =
	/backward|revers|right to left|mirrored|rot ?-?13|caesar|cipher|encoded|encrypted|scrambled/;
const BACKWARDS_CUE =
	/(?<![\p{L}])(?:backwards?|reversed?|in reverse|right to left|mirrored)(?![\p{L}])/u;
const ROT13_CUE =
	/(?<![\p{L}])(?:rot ?-?13|caesar|cipher(?:ed)?|encoded|encrypted|scrambled)(?![\p{L}\p{N}])/u;
const LONGEST_TOKEN = 16;
/**
 * A variant is read up to here: a disguised instruction sits in the message, not after pages of
 * padding, and a hostile 8,000-character text must not be read four times in full.
 */
const VARIANT_CHARS = 2_000;

const rot13 = (text: string) =>
	text.replace(/[a-z]/gi, (char) => {
		const base = char <= 'Z' ? 65 : 97;
		return String.fromCharCode(((char.charCodeAt(0) - base + 13) % 26) + base);
	});

function injection(
	text: string,
	start: number,
	end: number,
	disguise: string,
	field: SignalField,
): Signal {
	return makeSignal(
		'prompt_injection',
		1,
		{ stance: 'system', family: `disguised.${disguise}` },
		text,
		start,
		end,
		field,
	);
}

/**
 * Words joined into one so that they hide from word matching ("Ignore_all_previous_instructions",
 * "IgnoreAllPreviousInstructions"): three joins by underscores, or one run of four capitalised
 * words. Keys like "lead_score" stay as they are in the text, where the readers of structured
 * overrides look for them; the joined words are read apart in a variant.
 */
const UNDERSCORE_JOIN = /(?<=[\p{L}\p{N}])_(?=[\p{L}\p{N}])/gu;
const UNDERSCORE_JOINS_FROM = 3;
const CAMEL_RUN = /(?<![\p{L}\p{N}])(?:\p{Lu}\p{Ll}*){4,}(?![\p{L}])/gu;
const CAMEL_HUMP = /(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})/gu;

function joinedWords(readable: string): Replacement[] {
	const replacements: Replacement[] = [];
	if (
		readable.includes('_') &&
		(readable.match(UNDERSCORE_JOIN)?.length ?? 0) >= UNDERSCORE_JOINS_FROM
	)
		for (const match of readable.matchAll(UNDERSCORE_JOIN))
			replacements.push({ start: match.index, end: match.index + 1, text: ' ' });
	for (const match of readable.matchAll(CAMEL_RUN))
		replacements.push({
			start: match.index,
			end: match.index + match[0].length,
			text: match[0].replace(CAMEL_HUMP, ' '),
		});
	return replacements.sort((a, b) => a.start - b.start);
}

/**
 * Instructions to the software hidden by a disguise, as prompt-injection signals quoting the
 * disguised words of `text` (a normalised message; `skeleton` is its skeleton, the same length).
 */
export function readDisguisedInstructions(
	text: string,
	skeleton: string,
	field: SignalField = 'text',
): Signal[] {
	const replacements: Replacement[] = [];
	let kinds = 0;
	let disguisedKeyword = false;
	let longestToken = 0;
	const length = skeleton.length;
	for (let i = 0; i < length; ) {
		const code = skeleton.charCodeAt(i);
		if (!(charFlags[code] & (LETTER | DIGIT)) && code !== AT && code !== DOLLAR) {
			i++;
			continue;
		}
		let j = i;
		let letters = 0;
		let lookAlikes = 0;
		for (; j < length; j++) {
			const inner = skeleton.charCodeAt(j);
			if (charFlags[inner] & LETTER) letters++;
			else if (charFlags[inner] & DIGIT || inner === AT || inner === DOLLAR) lookAlikes++;
			else break;
		}
		if (j - i > longestToken) longestToken = j - i;
		// "h07" is "hot": one letter is enough beside two look-alikes; "4x4" and "2nd" name no keyword.
		const spelled = lookAlikes > 0 && (letters >= 2 || (letters === 1 && lookAlikes >= 2));
		if (j - i >= 3 && (spelled || startsLikeKeyword(skeleton, i))) {
			const typed = skeleton.slice(i, j);
			const word = spelled
				? typed.replace(/[0-9@$]/g, (char) => LOOK_ALIKE_LETTER[char] ?? char)
				: typed;
			const keyword = keywordFor(word);
			if (keyword) {
				kinds |= KIND.get(keyword)!;
				if (keyword !== typed) {
					disguisedKeyword = true;
					replacements.push({ start: i, end: j, text: keyword });
				}
			} else if (spelled) replacements.push({ start: i, end: j, text: word });
		}
		i = j;
	}

	const signals: Signal[] = [];
	/** Reads `base` with the words replaced, and quotes what it hears in the original text. */
	const readVariant = (base: string, replaced: readonly Replacement[], disguise: string) => {
		const { variant, toOriginal } = withReplacements(base, replaced);
		for (const [start, end] of instructionsIn(variant)) {
			const [from, to] = toOriginal(start, end);
			signals.push(injection(text, from, to, disguise, field));
		}
	};
	const readable = skeleton.slice(0, VARIANT_CHARS);
	if (disguisedKeyword && kinds === (VERB | OBJECT))
		readVariant(
			readable,
			replacements.filter((replacement) => replacement.end <= readable.length),
			'misspelt',
		);
	// Joined words are split on the text itself: the skeleton has lost the case of camel humps.
	const readableText = text.slice(0, VARIANT_CHARS);
	const joined = joinedWords(readableText);
	if (joined.length > 0) readVariant(readableText, joined, 'joined');
	if (longestToken >= LONGEST_TOKEN) {
		BASE64_TOKEN.lastIndex = 0;
		let decoded = 0;
		for (
			let match = BASE64_TOKEN.exec(text);
			match && decoded < MAX_TOKENS;
			match = BASE64_TOKEN.exec(text)
		) {
			decoded++;
			const plain = Buffer.from(match[0], 'base64').toString('latin1');
			if (plain.length < 8 || !plain.includes(' ') || !READABLE.test(plain)) continue;
			// Anything hidden in base64 that speaks of the verdict is meant for the software.
			if (instructionsIn(plain).length > 0 || SPEAKS_OF_THE_VERDICT.test(plain))
				signals.push(injection(text, match.index, match.index + match[0].length, 'base64', field));
		}
	}
	if (!MAYBE_CUE.test(skeleton)) return signals;
	if (BACKWARDS_CUE.test(skeleton)) {
		const reversed = [...readable].reverse().join('');
		if (reversed.length === readable.length)
			for (const [start, end] of instructionsIn(reversed))
				signals.push(
					injection(text, readable.length - end, readable.length - start, 'backwards', field),
				);
	}
	if (ROT13_CUE.test(skeleton))
		for (const [start, end] of instructionsIn(rot13(readable)))
			signals.push(injection(text, start, end, 'rot13', field));
	return signals;
}
