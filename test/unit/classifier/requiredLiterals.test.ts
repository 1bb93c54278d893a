import path from 'node:path';

import '../../../engine/classifier';
import {
	CLASSIFIER_PATTERNS,
	phraseListPattern,
} from '../../../engine/classifier/classifierPatterns';
import { requiredLiterals } from '../../../engine/classifier/requiredLiterals';
import { charFlags, UNTRUSTED } from '../../../engine/classifier/chars';
import { gramBitsOf, gramHash, TextIndex } from '../../../engine/classifier/textIndex';
import { generateLeads } from '../../../scripts/data/generatedLeads';
import { jsonlTexts } from '../../helpers/jsonlTexts';

/** Runs of the patterns' own words in random order: texts that many phrasings match. */
function wordSalads(count: number): string[] {
	let seed = 99;
	const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296;
	const words = [
		...new Set(
			CLASSIFIER_PATTERNS.patterns.flatMap(
				(pattern) => pattern.global.source.match(/[a-zäöüßáéíóúñ']{2,}/g) ?? [],
			),
		),
	];
	const separators = [' ', ' ', ' ', ' ', ', ', '. ', '\n', ' the ', ' we ', ' a ', ' to '];
	return Array.from({ length: count }, () => {
		let text = '';
		const length = 5 + Math.floor(random() * 40);
		for (let k = 0; k < length; k++)
			text +=
				words[Math.floor(random() * words.length)] +
				separators[Math.floor(random() * separators.length)];
		return text;
	});
}

/**
 * A string a regular-expression source may match, chosen at random (lookarounds left out, classes
 * and escapes by one character they allow): texts that reach each phrasing of each pattern.
 */
function sampleOf(source: string, random: () => number): string {
	let at = 0;
	const alternation = (): string => {
		const options = [sequence()];
		while (source[at] === '|') {
			at++;
			options.push(sequence());
		}
		return options[Math.floor(random() * options.length)];
	};
	const sequence = (): string => {
		let out = '';
		while (at < source.length && source[at] !== '|' && source[at] !== ')') {
			const piece = atom();
			const quantifier = /^(?:[?*+]|\{(\d+)(?:,(\d*))?\})\??/.exec(source.slice(at));
			let times = 1;
			if (quantifier) {
				at += quantifier[0].length;
				const least =
					quantifier[1] !== undefined ? Number(quantifier[1]) : quantifier[0][0] === '+' ? 1 : 0;
				times = least + (random() < 0.5 ? 1 : 0);
				if (
					quantifier[0][0] === '?' ||
					(quantifier[2] !== undefined && quantifier[2] !== '' && Number(quantifier[2]) < times)
				)
					times = Math.min(times, quantifier[2] ? Number(quantifier[2]) : 1);
			}
			out += piece.repeat(times);
		}
		return out;
	};
	const atom = (): string => {
		const char = source[at];
		if (char === '(') {
			const opener = /^\((\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>))?/.exec(source.slice(at))!;
			at += opener[0].length;
			const inner = alternation();
			at++;
			return /^\(\?(?:=|!|<=|<!)/.test(opener[0]) ? '' : inner;
		}
		if (char === '[') {
			let end = at + 1;
			while (source[end] !== ']') end += source[end] === '\\' ? 2 : 1;
			const body = source.slice(at + 1, end);
			at = end + 1;
			if (body.startsWith('^')) return body.includes('a') ? '!' : 'a';
			const plain = body.replace(/\\[pP]\{[^}]*\}|\\./g, '');
			return plain ? plain[Math.floor(random() * plain.length)] : 'a';
		}
		if (char === '\\') {
			const next = source[at + 1];
			at += 2;
			if (next === 'p' || next === 'P') {
				at = source.indexOf('}', at) + 1;
				return next === 'p' ? 'a' : ' ';
			}
			if (next === 'u') {
				const hex = /^[0-9a-fA-F]{4}/.exec(source.slice(at))![0];
				at += 4;
				return String.fromCharCode(parseInt(hex, 16));
			}
			return (
				{ s: ' ', S: 'x', d: '7', D: 'x', w: 'a', W: ' ', b: '', B: '', n: '\n', t: '\t' }[next] ??
				next
			);
		}
		at++;
		if (char === '^' || char === '$') return '';
		return char === '.' ? 'x' : char;
	};
	try {
		return alternation();
	} catch {
		return '';
	}
}

describe('words every match of a pattern needs', () => {
	it.each([
		[
			'(?<![\\p{L}\\p{N}])(?:free (?:\\S+ ){0,3}?(?:teardown|audit|mockup|health check))(?![\\p{L}\\p{N}])',
			[['free '], ['teardown', 'audit', 'mockup', 'health check']],
		],
		['demos?', [['demo', 'demos']]],
		['summari[sz]ing reports', [['summarising reports', 'summarizing reports']]],
		['a+bcde', [['bcde']]],
		['\\u00e9tude compl\\x65te', [['étude complete']]],
		['Book A Demo', [['book a demo']]],
		// Nothing sure: every way may be absent, too short, a class or a back-reference.
		['abc|defgh', []],
		['(?:pricing)?', []],
		['(?:pricing)* soon', [[' soon']]],
		['[a-z]+ing\\d', []],
		['(pricing) \\1', [['pricing '], ['pricing']]],
		['(?=pricing)\\w+', []],
		['pric.ng', [['pric']]],
		['pri.ing', []],
	])('reads %j as needing %j', (source, needs) => {
		expect(requiredLiterals(source)).toEqual(needs);
	});

	it('says nothing about a source it cannot read, rather than guess', () => {
		expect(requiredLiterals('(?:unclosed')).toEqual([]);
		expect(requiredLiterals('[unclosed')).toEqual([]);
		expect(requiredLiterals('trailing\\')).toEqual([]);
	});

	/** Every match an alternative has at the index's candidates (tried without asking about needs) holds its needs. */
	function checkCandidates(text: string, counts: { checked: number; withNeeds: number }) {
		const index = new TextIndex(text, CLASSIFIER_PATTERNS);
		for (const pattern of CLASSIFIER_PATTERNS.patterns) {
			const candidates = index.candidatesFor(pattern);
			if (candidates === null) continue;
			for (const packed of candidates) {
				const match = pattern.execCandidate(text, packed);
				if (!match) continue;
				const needs = pattern.requiredLiteralsOf(match.alternative);
				const found = match[0].toLowerCase();
				for (const need of needs)
					expect([match[0], need.some((string) => found.includes(string))]).toEqual([
						match[0],
						true,
					]);
				expect([match[0], index.mayHold(pattern, match.alternative)]).toEqual([match[0], true]);
				expect(pattern.execCandidate(text, packed, index)?.[0]).toBe(match[0]);
				counts.checked++;
				if (needs.length) counts.withNeeds++;
			}
		}
	}

	it('keeps every match at every candidate: each holds one string of each need, on fixtures, training rows, generated leads and word salads', () => {
		const texts = [
			...jsonlTexts(path.join(__dirname, '../../fixtures/adversarial')),
			...jsonlTexts(path.join(__dirname, '../../fixtures')),
			...jsonlTexts(path.join(__dirname, '../../../data/train')),
		].filter((_, k) => k % 10 === 0);
		texts.push(...generateLeads(100, 3).map((lead) => lead.text), ...wordSalads(300));
		const counts = { checked: 0, withNeeds: 0 };
		for (const text of texts) checkCandidates(text, counts);
		expect(counts.checked).toBeGreaterThan(20_000);
		expect(counts.withNeeds).toBeGreaterThan(5_000);
	});

	it('keeps every match of every phrasing of every pattern, on texts sampled from the phrasings themselves', () => {
		let seed = 12345;
		const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296;
		const counts = { checked: 0, withNeeds: 0 };
		for (const pattern of CLASSIFIER_PATTERNS.patterns)
			for (const source of pattern.alternativeSources)
				for (let round = 0; round < 2; round++)
					checkCandidates(`We ${sampleOf(source, random)} today.`, counts);
		expect(counts.checked).toBeGreaterThan(15_000);
		expect(counts.withNeeds).toBeGreaterThan(6_000);
	});

	it('spares the tries in a text that lacks a needed word, and only there', () => {
		const pattern = phraseListPattern(
			'(?:we|i) (?:usually )?write (?:\\S+ ){0,2}?cheques|the (?:new |old )?sorting (?:bot|machine)',
			(source) => `(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`,
			'iu',
			'requiredLiteralsTest',
		);
		const asked = (text: string, alternative: number) =>
			new TextIndex(text, CLASSIFIER_PATTERNS).mayHold(pattern, alternative);
		expect(asked('We usually write cheques of 2m.', 0)).toBe(true);
		expect(asked('We write to you about the new sorting bot.', 0)).toBe(false);
		expect(asked('We write to you about the new sorting bot.', 1)).toBe(true);
		expect(asked('The old SORTING MACHINE is broken.', 1)).toBe(true);
		expect(asked('The old sorting is broken.', 1)).toBe(false);
	});

	it('hashes a string and the same string in a text alike, and sizes the bit set by the text', () => {
		const text = 'we usually write cheques';
		const bits = gramBitsOf(text);
		const at = text.indexOf('cheq');
		const bit = gramHash(text, at) & (bits.length * 32 - 1);
		expect(gramHash('cheques', 0)).toBe(gramHash(text, at));
		expect(bits[bit >>> 5] & (1 << (bit & 31))).not.toBe(0);
		expect(gramBitsOf('x'.repeat(10_000)).length * 32).toBeGreaterThanOrEqual(160_000);
	});
});

describe('the trust the text index and the needs rest on', () => {
	it('holds: no character a text may hold outside UNTRUSTED matches a pattern letter other than its lower case under /iu', () => {
		// The literal tables compare lower-cased texts; /iu compares case foldings. They differ for
		// a few characters ("ς" matches /σ/iu, "ſ" matches /s/iu): a text holding one is read
		// through the index only while no pattern spells the letter it folds onto.
		const differs: string[] = [];
		for (let code = 0; code < 0x10000; code++) {
			if ((code >= 0xd800 && code <= 0xdfff) || charFlags[code] & UNTRUSTED) continue;
			const char = String.fromCharCode(code);
			const lower = char.toLowerCase();
			if (lower.length === 1 && lower.toUpperCase().toLowerCase() !== lower) differs.push(char);
		}
		expect(differs).toContain('ς');
		const letters = new Set(
			CLASSIFIER_PATTERNS.patterns.flatMap((pattern) =>
				[...pattern.global.source.toLowerCase()].filter((char) => /\p{L}/u.test(char)),
			),
		);
		const clashes = differs.flatMap((char) =>
			[...letters]
				.filter((letter) => letter !== char.toLowerCase() && new RegExp(letter, 'iu').test(char))
				.map((letter) => `${char} ~ ${letter}`),
		);
		expect(clashes).toEqual([]);
	});
});
