/**
 * Keyboard mash and random letters ("asdkjfh qwpoeiru"): a message whose longer words mostly look
 * random is junk whatever else it matches.
 */
import type { Signal } from '../../contract';
import { charFlags, LETTER } from '../chars';
import { makeSignal } from './signal';

const WORD = /[\p{L}]+/gu;
const VOWELS = /[aeiouyàáâäãåèéêëìíîïòóôöõùúûüœæ]/iu;
/** Four keys in a row on the keyboard: keyboard mash. */
const KEYBOARD_ROWS = [
	'asdf',
	'sdfg',
	'dfgh',
	'fghj',
	'ghjk',
	'hjkl',
	'qwer',
	'wert',
	'erty',
	'rtyu',
	'tyui',
	'yuio',
	'zxcv',
	'xcvb',
	'cvbn',
	'vbnm',
];
/** A run of five consonants, a letter four times in a row, or a row of the keyboard: one pass. */
const RANDOM_LOOKING = new RegExp(
	`[^aeiouyàáâäãåèéêëìíîïòóôöõùúûüœæ\\d\\s]{5,}|(.)\\1{3,}|${KEYBOARD_ROWS.join('|')}`,
	'iu',
);
const packLetters = (a: number, b: number, c: number, d: number) =>
	(((a * 32 + b) * 32 + c) * 32 + d) | 0;
const KEYBOARD_MASH = new Set(
	KEYBOARD_ROWS.map((row) =>
		packLetters(
			...([0, 1, 2, 3].map((i) => row.charCodeAt(i) - 97) as [number, number, number, number]),
		),
	),
);
const ASCII_VOWELS = new Set('aeiouy'.split('').map((vowel) => vowel.charCodeAt(0)));

/** The same test as the regular expressions, for a word of ASCII letters (most words): no regex. */
function asciiLooksRandom(word: string): boolean | undefined {
	let vowels = 0;
	let consonantRun = 0;
	let repeatRun = 0;
	const codes: number[] = [];
	for (let i = 0; i < word.length; i++) {
		const code = word.charCodeAt(i) | 0x20;
		if (code < 97 || code > 122) return undefined;
		codes.push(code - 97);
		if (ASCII_VOWELS.has(code)) {
			vowels++;
			consonantRun = 0;
		} else if (++consonantRun >= 5) return true;
		repeatRun = i > 0 && codes[i] === codes[i - 1] ? repeatRun + 1 : 1;
		if (repeatRun >= 4) return true;
		if (
			i >= 3 &&
			KEYBOARD_MASH.has(packLetters(codes[i - 3], codes[i - 2], codes[i - 1], codes[i]))
		)
			return true;
	}
	return vowels === 0;
}

function looksRandom(word: string): boolean {
	if (word.length < 4) return false;
	return asciiLooksRandom(word) ?? (!VOWELS.test(word) || RANDOM_LOOKING.test(word));
}

/** Runs of letters (\p{L}+) of four or more, as [start, end] pairs; null when the text has astral characters. */
export function longLetterRuns(text: string): number[] | null {
	const runs: number[] = [];
	let start = -1;
	for (let i = 0; i <= text.length; i++) {
		const flags = i < text.length ? charFlags[text.charCodeAt(i)] : 0;
		if (flags & LETTER) {
			if (start < 0) start = i;
			continue;
		}
		// A surrogate: astral letters are for the regular expression, which reads code points.
		const code = text.charCodeAt(i);
		if (code >= 0xd800 && code <= 0xdfff) return null;
		if (start >= 0 && i - start >= 4) runs.push(start, i);
		start = -1;
	}
	return runs;
}

function longLetterRunsByRegex(text: string): number[] {
	const runs: number[] = [];
	WORD.lastIndex = 0;
	let match: RegExpExecArray | null;
	while ((match = WORD.exec(text)) !== null) {
		if (match[0].length >= 4) runs.push(match.index, match.index + match[0].length);
	}
	return runs;
}

/** Keyboard mash and random letters: most of the longer words look random. */
export function extractGibberish(text: string): Signal[] {
	const runs = longLetterRuns(text) ?? longLetterRunsByRegex(text);
	const words = runs.length / 2;
	if (words === 0) {
		// Nothing but digits and punctuation ("?????", "123 123").
		return text.trim().length >= 3 && !/\p{L}/u.test(text)
			? [makeSignal('gibberish', 0.8, { reason: 'no words' }, text, 0, text.length, 'text')]
			: [];
	}
	let random = 0;
	let ordinary = 0;
	let first = -1;
	let last = -1;
	for (let k = 0; k < runs.length; k += 2) {
		if (looksRandom(text.slice(runs[k], runs[k + 1]))) {
			random++;
			if (first < 0) first = k;
			last = k;
		}
		// Half the words read as words: this text is not gibberish, whatever the rest.
		else if (++ordinary * 2 >= words) return [];
	}
	const share = random / words;
	if (random === 0 || share <= 0.5) return [];
	return [
		makeSignal(
			'gibberish',
			share >= 0.75 ? 0.9 : 0.7,
			{ share: Math.round(share * 100) / 100 },
			text,
			runs[first],
			runs[last + 1],
			'text',
		),
	];
}
