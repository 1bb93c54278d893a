import * as chrono from 'chrono-node';

import type { Signal } from '../../contract';
import type { CompiledLexicon } from '../compile';
import { makeSignal, overlaps } from './signal';

const CHRONO = { en: chrono.en, es: chrono.es, de: chrono.de } as const;
const WINDOW_CHARS = 60;
/** The date parser costs tens of microseconds a call: a lead's first few timelines are enough. */
const MAX_PARSER_CALLS = 4;
const QUARTER = /(?<![\p{L}\p{N}])Q([1-4])(?:\s?(?:'|’)?(\d{2}|\d{4}))?(?![\p{L}\p{N}])/gu;
const BARE_YEAR = /^\s*(?:the\s+end\s+of\s+|end\s+of\s+|early\s+|mid[- ]|late\s+)?(20\d{2})(?![\p{N}])/iu;

/** A calendar date on the wall clock of the configured zone (month 1-12). */
export interface WallDate {
	year: number;
	month: number;
	day: number;
}

/** How a timeline is resolved: the submission time seen on the wall clock of the configured zone. */
export interface DateContext {
	today: WallDate;
	hour: number;
	minute: number;
}

const wallClockFormats = new Map<string, Intl.DateTimeFormat>();
function wallClockFormat(timeZone: string): Intl.DateTimeFormat {
	let format = wallClockFormats.get(timeZone);
	if (!format) {
		format = new Intl.DateTimeFormat('en-US', {
			timeZone,
			hourCycle: 'h23',
			year: 'numeric',
			month: 'numeric',
			day: 'numeric',
			hour: 'numeric',
			minute: 'numeric',
		});
		wallClockFormats.set(timeZone, format);
	}
	return format;
}

/**
 * The wall-clock date and time of `reference` in `timeZone` (an unknown zone falls back to UTC;
 * the node validates zones with luxon and says so before it gets here). Intl with a cached
 * formatter, because this runs once per lead on the hot path.
 */
export function dateContext(reference: Date, timeZone: string): DateContext {
	let parts: Intl.DateTimeFormatPart[];
	try {
		parts = wallClockFormat(timeZone).formatToParts(reference);
	} catch {
		parts = wallClockFormat('UTC').formatToParts(reference);
	}
	const get = (type: string) => Number(parts.find((part) => part.type === type)?.value ?? 0);
	return { today: { year: get('year'), month: get('month'), day: get('day') }, hour: get('hour'), minute: get('minute') };
}

const DAY_MS = 86_400_000;
const utcDay = (date: WallDate) => Date.UTC(date.year, date.month - 1, date.day);
const lastDayOfMonth = (year: number, month: number): WallDate => ({ year, month, day: new Date(Date.UTC(year, month, 0)).getUTCDate() });
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

function deadlineValue(date: WallDate, context: DateContext, kind: string): Record<string, unknown> {
	return { date: isoDate(date), kind, daysAway: Math.round((utcDay(date) - utcDay(context.today)) / DAY_MS) };
}

/**
 * Deadlines and timelines resolved to ISO dates: "ASAP", "by end of Q3", "end of March",
 * "next Friday", "within 30 days", "before our contract renews in March" (chrono-node, run only
 * on short windows after a timeline cue), and "not before 2028" as a negated timeline.
 */
export function extractDeadlines(compiled: CompiledLexicon, text: string, context: DateContext): Signal[] {
	const signals: Signal[] = [];
	const language = compiled.lexicon.language;
	const add = (start: number, end: number, date: WallDate, kind: string, strength?: number) => {
		if (signals.some((signal) => overlaps(signal, start, end))) return;
		const value = deadlineValue(date, context, kind);
		const negated = negatorStart(compiled, text, start);
		if (negated >= 0) {
			signals.push(makeSignal('negation', 0.6, { negates: 'deadline', ...value }, text, negated, end, 'text', language));
			return;
		}
		signals.push(makeSignal('deadline', strength ?? strengthForDays(value.daysAway as number), value, text, start, end, 'text', language));
	};

	let match: RegExpExecArray | null;
	compiled.urgent.lastIndex = 0;
	while ((match = compiled.urgent.exec(text)) !== null) {
		add(match.index, match.index + match[0].length, context.today, 'asap', 0.9);
	}

	QUARTER.lastIndex = 0;
	while ((match = QUARTER.exec(text)) !== null) {
		const quarter = Number(match[1]);
		const year = match[2] ? Number(match[2].length === 2 ? `20${match[2]}` : match[2]) : context.today.year;
		let end = lastDayOfMonth(year, quarter * 3);
		if (!match[2] && isBefore(end, context.today)) end = lastDayOfMonth(year + 1, quarter * 3);
		add(match.index, match.index + match[0].length, end, 'quarter');
	}

	compiled.endOfMonth.lastIndex = 0;
	while ((match = compiled.endOfMonth.exec(text)) !== null) {
		const month = compiled.lexicon.months.indexOf(match[1].toLowerCase()) + 1;
		if (month < 1) continue;
		const year = match[2] ? Number(match[2]) : context.today.year;
		let date = lastDayOfMonth(year, month);
		if (!match[2] && isBefore(date, context.today)) date = lastDayOfMonth(year + 1, month);
		add(match.index, match.index + match[0].length, date, 'end_of_month');
	}

	compiled.yearEnd.lastIndex = 0;
	while ((match = compiled.yearEnd.exec(text)) !== null) {
		add(match.index, match.index + match[0].length, { year: context.today.year, month: 12, day: 31 }, 'year_end');
	}

	const parser = CHRONO[compiled.lexicon.chronoLocale];
	// chrono reads wall-clock components; give it the zone's wall time as a UTC instant.
	const instant = new Date(Date.UTC(context.today.year, context.today.month - 1, context.today.day, context.hour, context.minute));
	compiled.deadlineCue.lastIndex = 0;
	let parserCalls = 0;
	while (parserCalls < MAX_PARSER_CALLS && (match = compiled.deadlineCue.exec(text)) !== null) {
		const windowStart = match.index;
		const windowEnd = sentenceEnd(text, match.index + match[0].length, WINDOW_CHARS);
		if (signals.some((signal) => overlaps(signal, windowStart, windowEnd))) continue;
		const window = text.slice(windowStart, windowEnd);
		// The date parser is the slowest step: skip windows with nothing date-like in them.
		if (!compiled.dateToken.test(window)) continue;
		const year = BARE_YEAR.exec(window.slice(match[0].length));
		if (year) {
			const yearStart = windowStart + match[0].length + year.index;
			const startOfYear = /before|vor|antes/i.test(match[0]);
			add(windowStart, yearStart + year[0].length, { year: Number(year[1]), month: startOfYear ? 1 : 12, day: startOfYear ? 1 : 31 }, 'year');
			continue;
		}
		parserCalls++;
		const results = parser.parse(window, { instant, timezone: 0 }, { forwardDate: true });
		const first = results.find((result) => result.start.isCertain('month') || result.start.isCertain('day') || result.start.isCertain('weekday'));
		if (!first) continue;
		const date: WallDate = { year: first.start.get('year') ?? context.today.year, month: first.start.get('month') ?? 1, day: first.start.get('day') ?? 1 };
		const onlyMonth = !first.start.isCertain('day') && !first.start.isCertain('weekday') && first.start.isCertain('month');
		// Evidence is the date itself, with the cue word when it stands right before it ("by March 3").
		const dateStart = windowStart + first.index;
		const lead = /(?:^|\s)(\p{L}+)\s+$/u.exec(text.slice(Math.max(windowStart, dateStart - 20), dateStart));
		const cueRight = lead && compiled.deadlineCue.source && new RegExp(`^(?:${compiled.deadlineCue.source})$`, compiled.deadlineCue.flags.replace('g', '')).test(lead[1]);
		const evidenceStart = cueRight ? dateStart - lead[0].length + (lead[0].length - lead[0].trimStart().length) : dateStart;
		add(evidenceStart, dateStart + first.text.length, onlyMonth ? lastDayOfMonth(date.year, date.month) : date, onlyMonth ? 'month' : 'date');
	}
	return signals;
}

function sentenceEnd(text: string, from: number, maxChars: number): number {
	const limit = Math.min(text.length, from + maxChars);
	for (let i = from; i < limit; i++) {
		const char = text[i];
		if (char === '\n' || char === '!' || char === '?' || (char === '.' && !/\d/.test(text[i + 1] ?? ''))) return i;
	}
	return limit;
}

/** Start offset of a negator right before `start` ("not before 2028"), or -1 when none. */
function negatorStart(compiled: CompiledLexicon, text: string, start: number): number {
	const before = text.slice(Math.max(0, start - 25), start);
	const negator = compiled.negatorAtEnd.exec(before);
	return negator ? start - before.length + negator.index : -1;
}
