import { DateTime, IANAZone } from 'luxon';

import type { CalendarWindow } from './calendarWindow';
import type { DateRange, Interval, Rep, RepBusy } from './types';

export interface AvailabilityContext {
	/** Team holidays (yyyy-MM-dd), read in each rep's own time zone. */
	teamHolidays: string[];
	busy: Record<string, RepBusy>;
	calendarFailure: 'assumeBusy' | 'assumeFree';
	/**
	 * The span the calendars in `busy` were read for. Outside it a calendar says nothing, so it is
	 * treated like one that could not be read. Unset: the calendars cover every time asked about.
	 */
	calendarWindow?: CalendarWindow;
}

export type Unavailability =
	| 'inactive'
	| 'outside working hours'
	| 'holiday'
	| 'out of office'
	| 'busy in calendar'
	| 'calendar unreadable'
	| 'calendar not read for this time';

const MINUTE_MS = 60_000;
/** UTC offsets only change on quarter-hour instants, so one lookup serves a whole quarter hour. */
const OFFSET_BUCKET_MS = 15 * MINUTE_MS;

const toMinutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/**
 * A rep's roster entry turned into numbers once, since the slot search asks thousands of times.
 * Cached per Rep object: treat a Rep as immutable once it has been asked about (parseRoster
 * makes fresh objects for every execution).
 */
interface CompiledRep {
	zone: IANAZone;
	/** weekday (1 = Monday ... 7) -> [startMinute, endMinute) blocks of local time. */
	hoursByWeekday: Array<Array<[number, number]>>;
	outOfOffice: Interval[];
}

const compiledReps = new WeakMap<Rep, CompiledRep>();
const offsetCache = new Map<string, number>();

function outOfOfficeInterval(range: DateRange, zone: string): Interval {
	// A bare date covers the whole day on the rep's own calendar.
	const start = DateTime.fromISO(range.start, { zone });
	const end = DateTime.fromISO(range.end, { zone });
	return {
		start: (range.start.length <= 10 ? start.startOf('day') : start).toMillis(),
		end: (range.end.length <= 10 ? end.endOf('day') : end).toMillis(),
	};
}

function compile(rep: Rep): CompiledRep {
	let compiled = compiledReps.get(rep);
	if (!compiled) {
		const hoursByWeekday: CompiledRep['hoursByWeekday'] = Array.from({ length: 8 }, () => []);
		for (const block of rep.workingHours)
			for (const day of block.days)
				hoursByWeekday[day]?.push([toMinutes(block.start), toMinutes(block.end)]);
		compiled = {
			zone: IANAZone.create(rep.timeZone),
			hoursByWeekday,
			outOfOffice: (rep.outOfOffice ?? []).map((range) => outOfOfficeInterval(range, rep.timeZone)),
		};
		compiledReps.set(rep, compiled);
	}
	return compiled;
}

/** The wall clock of `ms` in `zone`: its date, weekday and minute of the day. DST-correct. */
function wallClock(
	zone: IANAZone,
	ms: number,
): { date: string; weekday: number; minuteOfDay: number } {
	const key = `${zone.name}|${Math.floor(ms / OFFSET_BUCKET_MS)}`;
	let offsetMinutes = offsetCache.get(key);
	if (offsetMinutes === undefined) {
		if (offsetCache.size > 100_000) offsetCache.clear();
		offsetMinutes = zone.offset(ms);
		offsetCache.set(key, offsetMinutes);
	}
	const local = new Date(ms + offsetMinutes * MINUTE_MS);
	return {
		date: local.toISOString().slice(0, 10),
		weekday: local.getUTCDay() || 7,
		minuteOfDay: local.getUTCHours() * 60 + local.getUTCMinutes(),
	};
}

/** Whether [start, end) lies inside the span the calendars were read for. */
export function coveredByCalendars(
	context: AvailabilityContext,
	start: number,
	end: number,
): boolean {
	const window = context.calendarWindow;
	return !window || (start >= window.start && end <= window.end);
}

/** The yyyy-MM-dd that `ms` falls on in the rep's own time zone (their "today" at that instant). */
export function repLocalDate(rep: Rep, ms: number): string {
	return wallClock(compile(rep).zone, ms).date;
}

/**
 * Why a rep cannot take a lead during [start, end), or null when they can. The instants are
 * read on the rep's own wall clock, so working hours stay 09:00-17:00 local across DST changes.
 */
export function unavailability(
	rep: Rep,
	start: number,
	end: number,
	context: AvailabilityContext,
): Unavailability | null {
	if (rep.active === false) return 'inactive';
	const compiled = compile(rep);
	const local = wallClock(compiled.zone, start);
	if (context.teamHolidays.includes(local.date) || rep.holidays?.includes(local.date))
		return 'holiday';
	const localEnd = wallClock(compiled.zone, end - 1);
	// The last minute of the window, inclusive; a window past midnight never fits a day's block.
	const endMinute = localEnd.date === local.date ? localEnd.minuteOfDay + 1 : 24 * 60 + 1;
	const inHours = compiled.hoursByWeekday[local.weekday].some(
		([blockStart, blockEnd]) => local.minuteOfDay >= blockStart && endMinute <= blockEnd,
	);
	if (!inHours) return 'outside working hours';
	if (compiled.outOfOffice.some((range) => start < range.end && range.start < end))
		return 'out of office';
	const calendar = context.busy[rep.id];
	if (calendar?.error)
		return context.calendarFailure === 'assumeBusy' ? 'calendar unreadable' : null;
	if (calendar && !coveredByCalendars(context, start, end))
		return context.calendarFailure === 'assumeBusy' ? 'calendar not read for this time' : null;
	if (calendar?.busy.some((interval) => interval.start < end && start < interval.end))
		return 'busy in calendar';
	return null;
}
