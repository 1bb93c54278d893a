/**
 * A small template grammar for the data generators: "{slot}" is replaced by one of the slot's
 * alternatives (which may hold slots themselves), "{?slot}" by one of them or nothing. Surface
 * styles (casing, typos, greetings, bullet lists) are applied afterwards, so one template yields
 * text in many registers.
 */
import type { Random } from './random';

export type Grammar = Record<string, readonly string[]>;

// A doubled brace ('{{system}}') is literal text, as attackers write it.
const SLOT = /(?<!\{)\{(\?)?([a-zA-Z0-9_]+)\}(?!\})/g;

export function expand(template: string, grammar: Grammar, random: Random, depth = 0): string {
	if (depth > 12) throw new Error(`Template nests too deep: ${template}`);
	return template.replace(SLOT, (_match, optional: string | undefined, slot: string) => {
		const alternatives = grammar[slot];
		if (!alternatives) throw new Error(`Unknown slot {${slot}} in "${template}"`);
		if (optional && random.chance(0.5)) return '';
		return expand(random.pick(alternatives), grammar, random, depth + 1);
	});
}

/** Tidies what the expansion leaves: doubled spaces, space before punctuation, lower-case sentence starts. */
export function tidy(text: string): string {
	const squashed = text
		.replace(/[ \t]+/g, ' ')
		.replace(/ ([,.!?;:])/g, '$1')
		.replace(/\n /g, '\n')
		.replace(/([.!?])\1+(?!\.)/g, '$1')
		.replace(/([.!?]\s+|\n)([a-zäöüáéíóúñ])/g, (_match, end: string, letter: string) => end + letter.toUpperCase())
		.trim();
	return squashed.charAt(0).toUpperCase() + squashed.slice(1);
}

const NEIGHBOUR_KEYS: Record<string, string> = { a: 's', e: 'r', i: 'o', o: 'p', n: 'm', t: 'r', s: 'd', r: 't', l: 'k', u: 'y' };

/** One typing slip in a word of four letters or more: a swap, a dropped letter or a neighbouring key. */
export function typo(text: string, random: Random): string {
	const words = text.split(' ');
	const candidates = words.map((word, index) => (/^[a-záéíóúñäöüß]{4,}$/i.test(word) ? index : -1)).filter((index) => index >= 0);
	if (!candidates.length) return text;
	const index = random.pick(candidates);
	const word = words[index];
	const at = 1 + random.int(word.length - 2);
	const kind = random.int(3);
	if (kind === 0) words[index] = word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
	else if (kind === 1) words[index] = word.slice(0, at) + word.slice(at + 1);
	else words[index] = word.slice(0, at) + (NEIGHBOUR_KEYS[word[at].toLowerCase()] ?? word[at]) + word.slice(at + 1);
	return words.join(' ');
}

export interface StyleOptions {
	/** Chance of an all-lower-case, chat-style message. */
	casual?: number;
	/** Chance of one or two typing slips. */
	typos?: number;
	/** Chance of dropping the final punctuation. */
	bare?: number;
}

/** Applies surface styles to an expanded, tidied text. */
export function style(text: string, random: Random, options: StyleOptions = {}): string {
	let out = text;
	if (random.chance(options.typos ?? 0.15)) {
		out = typo(out, random);
		if (random.chance(0.3)) out = typo(out, random);
	}
	if (random.chance(options.casual ?? 0.15)) out = out.toLowerCase();
	if (random.chance(options.bare ?? 0.1)) out = out.replace(/[.!]+$/, '');
	return out;
}
