import { isSignalType } from '../../signals';
import { BUDGET_PERIODS, CHRONO_LOCALES } from './types';
import type { Lexicon, LexiconEntry, LexiconPhraseType, PhraseGroup } from './types';

/** A lexicon file that does not have the shape of `LexiconFile`; the message names the file and the entry. */
export class LexiconError extends Error {
	constructor(file: string, where: string, problem: string) {
		super(`Lexicon ${file}: ${where}: ${problem}`);
		this.name = 'LexiconError';
	}
}

type Check = (value: unknown) => string | undefined;

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
const describe = (value: unknown): string =>
	value === null
		? 'null'
		: Array.isArray(value)
			? 'an array'
			: typeof value === 'object'
				? 'an object'
				: `a ${typeof value}`;

const text: Check = (value) =>
	typeof value === 'string' ? undefined : `expected a string, got ${describe(value)}`;
const oneOf =
	(allowed: readonly string[]): Check =>
	(value) =>
		typeof value === 'string' && allowed.includes(value)
			? undefined
			: `expected one of ${allowed.join(', ')}, got ${JSON.stringify(value)}`;
const finiteNumber: Check = (value) =>
	typeof value === 'number' && Number.isFinite(value)
		? undefined
		: `expected a number, got ${describe(value)}`;

/** What each field of a lexicon file holds, in the order the engine's `Lexicon` lists them. */
const FIELDS: Record<
	Exclude<keyof Lexicon, 'phrases'>,
	{ list: Check } | { table: Check } | { one: Check }
> = {
	language: { one: text },
	languageMarkers: { list: text },
	chronoLocale: { one: oneOf(CHRONO_LOCALES) },
	negators: { list: text },
	budgetCues: { list: text },
	budgetApproved: { list: text },
	budgetPeriods: { table: oneOf(BUDGET_PERIODS) },
	currencyWords: { table: text },
	scaleNouns: { table: text },
	magnitudeWords: { table: finiteNumber },
	deadlineCues: { list: text },
	urgentPhrases: { list: text },
	months: { list: text },
	dateWords: { list: text },
	coarseDateWords: { list: text },
	endOfPhrases: { list: text },
	yearEndPhrases: { list: text },
};

const isPhraseType = (type: string): type is LexiconPhraseType =>
	type === 'nurture_interest' || isSignalType(type);

/** Compiles a pattern with the flags the engine gives it (Unicode only where it needs it). */
function regexProblem(pattern: string): string | undefined {
	const flags = /[^ -~]/.test(pattern) || pattern.includes('\\p{') ? 'iu' : 'i';
	try {
		new RegExp(pattern, flags);
		return undefined;
	} catch (error) {
		return `the regular expression does not compile (${(error as Error).message})`;
	}
}

function phraseEntries(file: string, type: string, groups: unknown): LexiconEntry[] {
	if (!Array.isArray(groups)) {
		throw new LexiconError(
			file,
			`phrases.${type}`,
			`expected a list of groups, got ${describe(groups)}`,
		);
	}
	return groups.flatMap((group: unknown, index) => {
		const where = `phrases.${type}[${index}]`;
		if (!isRecord(group) || !isRecord(group.patterns)) {
			throw new LexiconError(
				file,
				where,
				'expected { "patterns": { "<regex>": strength }, "value"?: {...} }',
			);
		}
		const { value, patterns } = group as unknown as PhraseGroup;
		if (value !== undefined && !isRecord(value)) {
			throw new LexiconError(file, `${where}.value`, `expected an object, got ${describe(value)}`);
		}
		return Object.entries(patterns).map(([pattern, strength]): LexiconEntry => {
			const at = `${where}.patterns[${JSON.stringify(pattern)}]`;
			if (typeof strength !== 'number' || !(strength >= 0 && strength <= 1)) {
				throw new LexiconError(
					file,
					at,
					`strength must be a number from 0 to 1, got ${JSON.stringify(strength)}`,
				);
			}
			const problem = regexProblem(pattern);
			if (problem) throw new LexiconError(file, at, problem);
			return value ? { pattern, strength, value: { ...value } } : { pattern, strength };
		});
	});
}

/**
 * Checks a parsed `<language>.json` (see `LexiconFile`) and turns it into the engine's `Lexicon`:
 * every field present with the right type, phrase lists only for known signal types, strengths
 * 0-1 and patterns that compile. Throws a `LexiconError` naming the file and the entry otherwise.
 */
export function loadLexicon(file: string, data: unknown): Lexicon {
	if (!isRecord(data))
		throw new LexiconError(file, 'the file', `expected an object, got ${describe(data)}`);
	const known = new Set<string>([...Object.keys(FIELDS), 'phrases', 'about']);
	for (const key of Object.keys(data)) {
		if (!known.has(key)) throw new LexiconError(file, key, 'unknown field');
	}
	if (typeof data.about !== 'string') throw new LexiconError(file, 'about', text(data.about) ?? '');
	const lexicon: Record<string, unknown> = {};
	// Fields keep the file's order, so a lexicon reads the same however it was loaded.
	for (const [key, raw] of Object.entries(data)) {
		if (key === 'about') continue;
		if (key === 'phrases') {
			if (!isRecord(raw))
				throw new LexiconError(file, 'phrases', `expected an object, got ${describe(raw)}`);
			const phrases: Record<string, LexiconEntry[]> = {};
			for (const [type, groups] of Object.entries(raw)) {
				if (!isPhraseType(type)) {
					throw new LexiconError(
						file,
						`phrases.${type}`,
						'unknown signal type (not in engine/signals.ts SIGNAL_REGISTRY)',
					);
				}
				phrases[type] = phraseEntries(file, type, groups);
			}
			lexicon.phrases = phrases;
			continue;
		}
		lexicon[key] = checkedField(file, key as keyof typeof FIELDS, raw);
	}
	for (const key of [...Object.keys(FIELDS), 'phrases']) {
		if (!(key in lexicon)) throw new LexiconError(file, key, 'missing');
	}
	return lexicon as unknown as Lexicon;
}

function checkedField(file: string, key: keyof typeof FIELDS, raw: unknown): unknown {
	const shape = FIELDS[key];
	const fail = (where: string, problem: string | undefined) => {
		if (problem) throw new LexiconError(file, where, problem);
	};
	if ('one' in shape) {
		fail(key, shape.one(raw));
	} else if ('list' in shape) {
		if (!Array.isArray(raw)) fail(key, `expected a list, got ${describe(raw)}`);
		(raw as unknown[]).forEach((item, index) => fail(`${key}[${index}]`, shape.list(item)));
	} else {
		if (!isRecord(raw)) fail(key, `expected an object, got ${describe(raw)}`);
		for (const [name, value] of Object.entries(raw as Record<string, unknown>)) {
			fail(`${key}[${JSON.stringify(name)}]`, shape.table(value));
		}
	}
	return raw;
}
