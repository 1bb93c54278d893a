import { DateTime } from 'luxon';

import type { DateRange, Rep, WorkingHours } from './types';
import { isIanaZone } from './zones';

const DAY_NAMES: Record<string, number> = {
	mon: 1,
	tue: 2,
	wed: 3,
	thu: 4,
	fri: 5,
	sat: 6,
	sun: 7,
};
const TIME = /^([01]?\d|2[0-3]):([0-5]\d)$/;

export interface RosterResult {
	reps: Rep[];
	/** Readable problems, each naming the rep and the field. */
	problems: string[];
}

const minutes = (time: string) => {
	const [hours, mins] = time.split(':').map(Number);
	return hours * 60 + mins;
};

function parseDays(spec: string, where: string, problems: string[]): number[] {
	const days = new Set<number>();
	for (const part of spec
		.toLowerCase()
		.split(',')
		.map((entry) => entry.trim())
		.filter(Boolean)) {
		const [from, to] = part.split('-').map((day) => day.trim().slice(0, 3));
		const start = DAY_NAMES[from];
		const end = to ? DAY_NAMES[to] : start;
		if (!start || !end) {
			problems.push(`${where}: "${part}" is not a day or day range (use Mon-Fri, Sat, ...)`);
			continue;
		}
		for (let day = start; ; day = (day % 7) + 1) {
			days.add(day);
			if (day === end) break;
		}
	}
	return [...days].sort();
}

/** "Mon-Fri 09:00-17:00; Sat 10:00-14:00", or [{ days: [1..5] | 'Mon-Fri', start, end }]. */
export function parseWorkingHours(
	value: unknown,
	where: string,
	problems: string[],
): WorkingHours[] {
	const blocks: WorkingHours[] = [];
	const entries: Array<{ days: unknown; start: unknown; end: unknown }> = [];
	if (typeof value === 'string') {
		for (const block of value
			.split(/[;\n]/)
			.map((entry) => entry.trim())
			.filter(Boolean)) {
			const match = /^(.+?)\s+(\d{1,2}:\d{2})\s*-\s*(\d{1,2}:\d{2})$/.exec(block);
			if (!match) {
				problems.push(`${where}: "${block}" should look like "Mon-Fri 09:00-17:00"`);
				continue;
			}
			entries.push({ days: match[1], start: match[2], end: match[3] });
		}
	} else if (Array.isArray(value)) {
		entries.push(...(value as Array<{ days: unknown; start: unknown; end: unknown }>));
	} else if (value !== undefined && value !== null && value !== '') {
		problems.push(`${where}: working hours must be text like "Mon-Fri 09:00-17:00" or a list`);
	}
	for (const entry of entries) {
		// Days as numbers (1 = Monday) or names, in a list or as text: [1, 2], ['Mon', 'Tue'], 'Mon-Fri'.
		const days = Array.isArray(entry.days)
			? (entry.days as unknown[]).flatMap((day) =>
					typeof day === 'number' || /^\d+$/.test(String(day))
						? [Number(day)]
						: parseDays(String(day), where, problems),
				)
			: parseDays(String(entry.days ?? ''), where, problems);
		const start = String(entry.start ?? '');
		const end = String(entry.end ?? '');
		if (!TIME.test(start) || !TIME.test(end)) {
			problems.push(`${where}: times must be HH:mm, got "${start}-${end}"`);
			continue;
		}
		if (minutes(end) <= minutes(start)) {
			problems.push(
				`${where}: the end ${end} is not after the start ${start} (a shift past midnight is two blocks, e.g. "Mon 22:00-23:59; Tue 00:00-06:00")`,
			);
			continue;
		}
		if (days.some((day) => !Number.isInteger(day) || day < 1 || day > 7)) {
			problems.push(`${where}: days must be 1 (Monday) to 7 (Sunday)`);
			continue;
		}
		blocks.push({ days, start: start.padStart(5, '0'), end: end.padStart(5, '0') });
	}
	for (let i = 0; i < blocks.length; i++) {
		for (let j = i + 1; j < blocks.length; j++) {
			const sharedDay = blocks[i].days.find((day) => blocks[j].days.includes(day));
			if (
				sharedDay &&
				minutes(blocks[i].start) < minutes(blocks[j].end) &&
				minutes(blocks[j].start) < minutes(blocks[i].end)
			) {
				problems.push(
					`${where}: ${blocks[i].start}-${blocks[i].end} and ${blocks[j].start}-${blocks[j].end} overlap on day ${sharedDay}`,
				);
			}
		}
	}
	return blocks;
}

const list = (value: unknown): string[] =>
	Array.isArray(value)
		? value
				.map(String)
				.map((entry) => entry.trim())
				.filter(Boolean)
		: String(value ?? '')
				.split(/[,;\n]/)
				.map((entry) => entry.trim())
				.filter(Boolean);

function parseRanges(value: unknown, where: string, problems: string[]): DateRange[] {
	const ranges: DateRange[] = [];
	const raw = Array.isArray(value)
		? value
		: list(value).map((entry) => {
				const [start, end] = entry.split(/\s*(?:\.\.|\bto\b)\s*/);
				return { start, end: end ?? start };
			});
	for (const range of raw as Array<{ start?: unknown; end?: unknown; reason?: string }>) {
		const start = String(range.start ?? '');
		const end = String(range.end ?? range.start ?? '');
		if (!DateTime.fromISO(start).isValid || !DateTime.fromISO(end).isValid) {
			problems.push(
				`${where}: "${start}..${end}" is not an ISO date range (e.g. 2026-12-24..2027-01-02)`,
			);
			continue;
		}
		if (DateTime.fromISO(end) < DateTime.fromISO(start)) {
			problems.push(`${where}: "${start}..${end}" ends before it starts`);
			continue;
		}
		ranges.push({ start, end, reason: range.reason });
	}
	return ranges;
}

function parseDates(value: unknown, where: string, problems: string[]): string[] {
	const dates = list(value);
	for (const date of dates)
		if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !DateTime.fromISO(date).isValid)
			problems.push(`${where}: "${date}" is not a date (yyyy-MM-dd)`);
	return dates.filter((date) => DateTime.fromISO(date).isValid);
}

/**
 * Reads a roster from the node's collection or from input data (Google Sheets, Airtable, a CRM),
 * accepting friendly shapes, and says exactly which rep and field is wrong.
 */
export function parseRoster(
	input: unknown,
	defaults: { timeZone?: string; workingHours?: string } = {},
): RosterResult {
	const problems: string[] = [];
	const rows = typeof input === 'string' ? safeJson(input, problems) : input;
	if (!Array.isArray(rows))
		return { reps: [], problems: [...problems, 'The roster must be a list of reps'] };
	const reps: Rep[] = [];
	const ids = new Set<string>();
	rows.forEach((row, index) => {
		const record = normaliseKeys(row);
		const name = String(record.name ?? '').trim();
		// A Data Table row's own "id" is its row number (it comes with createdAt and updatedAt): a
		// rep's id is then a "repId" column, else the email or name, which stay the same when the
		// table is rebuilt.
		const tableRowId = record.createdat !== undefined && record.updatedat !== undefined;
		const id = String(record.repid || (tableRowId ? '' : record.id) || record.email || name).trim();
		const where = `Rep ${index + 1}${name ? ` (${name})` : ''}`;
		if (!id) {
			problems.push(`${where}: needs an id, email or name`);
			return;
		}
		if (ids.has(id)) problems.push(`${where}: id "${id}" is used by another rep`);
		ids.add(id);
		const timeZone = String(
			record.timezone ?? record.tz ?? record.zone ?? defaults.timeZone ?? '',
		).trim();
		if (!isIanaZone(timeZone))
			problems.push(
				`${where}, time zone: "${timeZone}" is not an IANA time zone (e.g. America/New_York)`,
			);
		const tiers = list(record.tiers ?? record.tier ?? record.skills).map((tier) =>
			tier.toLowerCase(),
		);
		if (tiers.length === 0)
			problems.push(`${where}, tiers: give at least one tier, e.g. "closers"`);
		const workingHours = parseWorkingHours(
			record.workinghours ?? record.hours ?? defaults.workingHours,
			`${where}, working hours`,
			problems,
		);
		if (
			workingHours.length === 0 &&
			!problems.some((problem) => problem.startsWith(`${where}, working hours`))
		) {
			problems.push(`${where}, working hours: give at least one block, e.g. "Mon-Fri 09:00-17:00"`);
		}
		const number = (key: string) =>
			record[key] === undefined || record[key] === '' || record[key] === null
				? undefined
				: Number(record[key]);
		const caps = {
			maxOpenLeads: number('maxopenleads'),
			maxLeadsPerDay: number('maxleadsperday'),
			weight: number('weight'),
			priority: number('priority'),
		};
		for (const [field, value] of Object.entries(caps)) {
			if (value !== undefined && (!Number.isFinite(value) || value < 0))
				problems.push(`${where}, ${field}: must be a number of 0 or more`);
		}
		reps.push({
			id,
			name: name || id,
			email: record.email ? String(record.email) : undefined,
			phone: record.phone ? String(record.phone) : undefined,
			tiers,
			timeZone,
			workingHours,
			outOfOffice: parseRanges(
				record.outofoffice ?? record.ooo,
				`${where}, out of office`,
				problems,
			),
			holidays: parseDates(record.holidays, `${where}, holidays`, problems),
			...caps,
			active: isActive(record.active),
			icsUrl: record.icsurl ? String(record.icsurl) : undefined,
			calendarId: record.calendarid ? String(record.calendarid) : undefined,
			...optionalList('languages', list(record.languages ?? record.language)),
			...optionalList('skills', list(record.skills)),
			...optionalList(
				'crmIds',
				list(record.crmids ?? record.crmid ?? record.crmownerid ?? record.ownerid),
			),
			...(String(record.backup ?? record.backuprep ?? '').trim()
				? { backup: String(record.backup ?? record.backuprep).trim() }
				: {}),
		});
	});
	return { reps, problems };
}

/** A list field only when it has entries, so reps without it look as they always did. */
const optionalList = <K extends string>(key: K, values: string[]): Partial<Record<K, string[]>> =>
	values.length ? ({ [key]: values } as Record<K, string[]>) : {};

/**
 * One message per bad row, for rosters from a Data Table or a sheet: "Rep 3 (Ana), time zone:
 * ...; working hours: ...". A row with one problem reads as before; problems that name no rep
 * stay as they are.
 */
export function problemsPerRow(problems: string[]): string[] {
	const byRow = new Map<string, string[]>();
	const other: string[] = [];
	for (const problem of problems) {
		const match = /^(Rep \d+(?: \([^)]*\))?)(?:, |: )(.*)$/s.exec(problem);
		if (!match) other.push(problem);
		else if (byRow.has(match[1])) byRow.get(match[1])!.push(match[2]);
		else byRow.set(match[1], [problem]);
	}
	return [...other, ...[...byRow.values()].map((issues) => issues.join('; '))];
}

/**
 * Column headers from a sheet or CRM come as "Time Zone", "time_zone", "timeZone" or "Max Open
 * Leads": compare them lower-cased with everything but letters and digits removed.
 */
function normaliseKeys(row: unknown): Record<string, unknown> {
	if (!row || typeof row !== 'object' || Array.isArray(row)) return {};
	return Object.fromEntries(
		Object.entries(row as Record<string, unknown>).map(([key, value]) => [
			key.toLowerCase().replace(/[^a-z0-9]/g, ''),
			value,
		]),
	);
}

/** Sheets write TRUE/FALSE, CRMs yes/no or 1/0; an empty cell means the rep is active. */
function isActive(value: unknown): boolean {
	if (value === undefined || value === null || value === '') return true;
	return ['true', 'yes', 'y', '1', 'x', 'active'].includes(String(value).trim().toLowerCase());
}

function safeJson(text: string, problems: string[]): unknown {
	try {
		return JSON.parse(text);
	} catch (error) {
		problems.push(`The roster is not valid JSON: ${(error as Error).message}`);
		return undefined;
	}
}

export { parseDates as parseHolidayList };
