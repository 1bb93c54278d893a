import * as chrono from 'chrono-node';

import type { ParsedResult } from 'chrono-node';

import type { Signal } from '../../contract';
import type { TextIndex } from '../textIndex';
import type { CompiledLexicon } from '../compile';
import { makeSignal, negatorStart, overlaps } from './signal';
import type { DateContext, WallDate } from './wallClock';

const CHRONO = { en: chrono.en, es: chrono.es, de: chrono.de } as const;
const WINDOW_CHARS = 60;
/** The date parser costs tens of microseconds a call: a lead's first few timelines are enough. */
const MAX_PARSER_CALLS = 4;
/**
 * Windows are parsed together, joined by this: no date parser or refiner of chrono reads across
 * it, so each window's results are what parsing it alone would give, for one call's overhead.
 */
const WINDOW_SEPARATOR = '|||';
const BARE_YEAR =
	/^\s*(?:the\s+end\s+of\s+|end\s+of\s+|early\s+|mid[- ]|late\s+)?(20\d{2})(?![\p{N}])/iu;

const DAY_MS = 86_400_000;
const utcDay = (date: WallDate) => Date.UTC(date.year, date.month - 1, date.day);
const lastDayOfMonth = (year: number, month: number): WallDate => ({
	year,
	month,
	day: new Date(Date.UTC(year, month, 0)).getUTCDate(),
});
const isBefore = (a: WallDate, b: WallDate) => utcDay(a) < utcDay(b);
const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const isoDate = (date: WallDate) => `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;

/** Closer deadlines are stronger signals: within a month is urgent, over a year is not. */
function strengthForDays(days: number): number {
	if (days < 0) return 0.3;
	if (days <= 31) return 1;
	if (days <= 92) return 0.85;
	if (days <= 183) return 0.65;
	if (days <= 366) return 0.45;
	return 0.25;
}

function deadlineValue(
	date: WallDate,
	context: DateContext,
	kind: string,
): Record<string, unknown> {
	return {
		date: isoDate(date),
		kind,
		daysAway: Math.round((utcDay(date) - utcDay(context.today)) / DAY_MS),
	};
}

/**
 * Deadlines and timelines resolved to ISO dates: "ASAP", "by end of Q3", "end of March",
 * "next Friday", "within 30 days", "before our contract renews in March" (chrono-node, run only
 * on short windows after a timeline cue), and "not before 2028" as a negated timeline.
 */
export function extractDeadlines(
	compiled: CompiledLexicon,
	index: TextIndex,
	context: DateContext,
): Signal[] {
	const signals: Signal[] = [];
	const { text } = index;
	const language = compiled.lexicon.language;
	const add = (start: number, end: number, date: WallDate, kind: string, strength?: number) => {
		if (signals.some((signal) => overlaps(signal, start, end))) return;
		const value = deadlineValue(date, context, kind);
		const negated = negatorStart(compiled, index, start);
		if (negated >= 0) {
			signals.push(
				makeSignal(
					'negation',
					0.6,
					{ negates: 'deadline', ...value },
					text,
					negated,
					end,
					'text',
					language,
				),
			);
			return;
		}
		signals.push(
			makeSignal(
				'deadline',
				strength ?? strengthForDays(value.daysAway as number),
				value,
				text,
				start,
				end,
				'text',
				language,
			),
		);
	};

	for (const match of compiled.urgent.matchAll(index)) {
		add(match.index, match.index + match[0].length, context.today, 'asap', 0.9);
	}

	for (const match of compiled.quarter.matchAll(index)) {
		const quarter = Number(match[1]);
		const year = match[2]
			? Number(match[2].length === 2 ? `20${match[2]}` : match[2])
			: context.today.year;
		let end = lastDayOfMonth(year, quarter * 3);
		if (!match[2] && isBefore(end, context.today)) end = lastDayOfMonth(year + 1, quarter * 3);
		add(match.index, match.index + match[0].length, end, 'quarter');
	}

	for (const match of compiled.endOfMonth.matchAll(index)) {
		const month = compiled.lexicon.months.indexOf(match[1].toLowerCase()) + 1;
		if (month < 1) continue;
		const year = match[2] ? Number(match[2]) : context.today.year;
		let date = lastDayOfMonth(year, month);
		if (!match[2] && isBefore(date, context.today)) date = lastDayOfMonth(year + 1, month);
		add(match.index, match.index + match[0].length, date, 'end_of_month');
	}

	for (const match of compiled.yearEnd.matchAll(index)) {
		add(
			match.index,
			match.index + match[0].length,
			{ year: context.today.year, month: 12, day: 31 },
			'year_end',
		);
	}

	// Timelines after a cue ("by", "before", "within"): the window after each cue goes to chrono.
	const windows: CueWindow[] = compiled.deadlineCue.matchAll(index).map((cue) => ({
		start: cue.index,
		end: sentenceEnd(text, cue.index + cue[0].length, WINDOW_CHARS),
		cueLength: cue[0].length,
	}));
	const parsed = new Map<number, WindowResults>();
	const parseFrom = (first: number, budget: number) => {
		const batch: number[] = [];
		for (let k = first; k < windows.length && batch.length < budget; k++) {
			const { start, end } = windows[k];
			if (signals.some((signal) => overlaps(signal, start, end))) continue;
			// A window inside one already batched ("renews in March" in "before our contract renews in
			// March") waits: it is usually skipped once the outer window's date is found.
			if (batch.some((outer) => windows[outer].start <= start && end <= windows[outer].end))
				continue;
			const { dateLike, precise, year } = readWindow(compiled, text, windows[k]);
			if (dateLike && !year && precise) batch.push(k);
		}
		parseWindows(
			compiled,
			batch.map((k) => windows[k].window!.slice(windows[k].parseStart)),
			context,
		).forEach((results, k) => parsed.set(batch[k], results));
	};

	let parserCalls = 0;
	for (let k = 0; k < windows.length && parserCalls < MAX_PARSER_CALLS; k++) {
		const { start: windowStart, end: windowEnd, cueLength } = windows[k];
		if (signals.some((signal) => overlaps(signal, windowStart, windowEnd))) continue;
		const { window, dateLike, precise, year, parseStart } = readWindow(compiled, text, windows[k]);
		if (!dateLike) continue;
		if (year) {
			const yearStart = windowStart + cueLength + year.index;
			const startOfYear = /before|vor|antes/i.test(window.slice(0, cueLength));
			add(
				windowStart,
				yearStart + year[0].length,
				{ year: Number(year[1]), month: startOfYear ? 1 : 12, day: startOfYear ? 1 : 31 },
				'year',
			);
			continue;
		}
		parserCalls++;
		if (!precise) continue;
		if (!parsed.has(k)) parseFrom(k, MAX_PARSER_CALLS - parserCalls + 1);
		const { offset, results } = parsed.get(k) ?? { offset: 0, results: [] };
		const first = results.find(
			(result) =>
				result.start.isCertain('month') ||
				result.start.isCertain('day') ||
				result.start.isCertain('weekday'),
		);
		if (!first) continue;
		const date: WallDate = {
			year: first.start.get('year') ?? context.today.year,
			month: first.start.get('month') ?? 1,
			day: first.start.get('day') ?? 1,
		};
		const onlyMonth =
			!first.start.isCertain('day') &&
			!first.start.isCertain('weekday') &&
			first.start.isCertain('month');
		// Evidence is the date itself, with the cue word when it stands right before it ("by March 3").
		const dateStart = windowStart + parseStart + first.index - offset;
		const lead = /(?:^|\s)(\p{L}+)\s+$/u.exec(
			text.slice(Math.max(windowStart, dateStart - 20), dateStart),
		);
		const cueRight = lead && compiled.deadlineCueWord.test(lead[1]);
		const evidenceStart = cueRight
			? dateStart - lead[0].length + (lead[0].length - lead[0].trimStart().length)
			: dateStart;
		add(
			evidenceStart,
			dateStart + first.text.length,
			onlyMonth ? lastDayOfMonth(date.year, date.month) : date,
			onlyMonth ? 'month' : 'date',
		);
	}
	return signals;
}

/** The text after a timeline cue, up to the end of its sentence. */
interface CueWindow {
	start: number;
	end: number;
	cueLength: number;
	/** Read on first use: most cues are skipped before their window is looked at. */
	window?: string;
	dateLike?: boolean;
	/** Has a date word that can give a month or a day, not just a year or a quarter. */
	precise?: boolean;
	/** Where parsing starts in the window: words well before its first date word are left out. */
	parseStart?: number;
	year?: RegExpExecArray | null;
}

/** Words a date expression may open with before its first date word ("by the end of next month"). */
const DATE_LEAD_WORDS = 4;

/** Where to start parsing a window: DATE_LEAD_WORDS words before its first date word, at a space. */
function leadBefore(window: string, token: number): number {
	let at = token;
	for (let words = 0; words < DATE_LEAD_WORDS && at > 0; words++) {
		while (at > 0 && /\s/.test(window[at - 1])) at--;
		while (at > 0 && !/\s/.test(window[at - 1])) at--;
	}
	return at;
}

function readWindow(compiled: CompiledLexicon, text: string, cue: CueWindow): Required<CueWindow> {
	if (cue.window === undefined) {
		cue.window = text.slice(cue.start, cue.end);
		// The date parser is the slowest step: skip windows with nothing date-like in them.
		cue.dateLike = compiled.dateToken.test(cue.window);
		const token = cue.dateLike ? compiled.preciseDateToken.exec(cue.window) : null;
		cue.precise = token !== null;
		cue.parseStart = token ? leadBefore(cue.window, token.index) : 0;
		cue.year = cue.dateLike ? BARE_YEAR.exec(cue.window.slice(cue.cueLength)) : null;
	}
	return cue as Required<CueWindow>;
}

/** A window's chrono results; their indexes count from `offset` in the joined text. */
interface WindowResults {
	offset: number;
	results: ParsedResult[];
}

/** Parses several windows in one chrono call; the results come back per window. */
export function parseWindows(
	compiled: CompiledLexicon,
	windows: string[],
	context: DateContext,
): WindowResults[] {
	if (windows.length === 0) return [];
	const parser = CHRONO[compiled.lexicon.chronoLocale];
	// chrono reads wall-clock components; give it the zone's wall time as a UTC instant.
	const instant = new Date(
		Date.UTC(
			context.today.year,
			context.today.month - 1,
			context.today.day,
			context.hour,
			context.minute,
		),
	);
	// A window repeated in the lead (a pasted sentence, a signature) is parsed once.
	const distinct = new Map<string, number>();
	const offsets: number[] = [];
	let joined = '';
	for (const window of windows) {
		if (distinct.has(window)) continue;
		distinct.set(window, offsets.length);
		if (joined) joined += WINDOW_SEPARATOR;
		offsets.push(joined.length);
		joined += window;
	}
	const perDistinct: WindowResults[] = offsets.map((offset) => ({ offset, results: [] }));
	const lengths = [...distinct.keys()].map((window) => window.length);
	for (const result of parser.parse(joined, { instant, timezone: 0 }, { forwardDate: true })) {
		let k = offsets.length - 1;
		while (k > 0 && offsets[k] > result.index) k--;
		if (result.index + result.text.length <= offsets[k] + lengths[k])
			perDistinct[k].results.push(result);
	}
	return windows.map((window) => perDistinct[distinct.get(window)!]);
}

function sentenceEnd(text: string, from: number, maxChars: number): number {
	const limit = Math.min(text.length, from + maxChars);
	for (let i = from; i < limit; i++) {
		const char = text[i];
		if (
			char === '\n' ||
			char === '!' ||
			char === '?' ||
			(char === '.' && !/\d/.test(text[i + 1] ?? ''))
		)
			return i;
	}
	return limit;
}
