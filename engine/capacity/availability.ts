import { DateTime } from 'luxon';

import type { Interval, Rep, RepBusy } from './types';

export interface AvailabilityContext {
	/** Team holidays (yyyy-MM-dd), read in each rep's own time zone. */
	teamHolidays: string[];
	busy: Record<string, RepBusy>;
	calendarFailure: 'assumeBusy' | 'assumeFree';
}

export type Unavailability = 'inactive' | 'outside working hours' | 'holiday' | 'out of office' | 'busy in calendar' | 'calendar unreadable';

const toMinutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** Why a rep cannot take a lead during [start, end), or null when they can. DST-correct: the
 * instant is converted to the rep's zone, and hours are compared on the local wall clock. */
export function unavailability(rep: Rep, start: number, end: number, context: AvailabilityContext): Unavailability | null {
	if (rep.active === false) return 'inactive';
	const local = DateTime.fromMillis(start, { zone: rep.timeZone });
	const localEnd = DateTime.fromMillis(end - 1, { zone: rep.timeZone });
	const date = local.toISODate()!;
	if (context.teamHolidays.includes(date) || rep.holidays?.includes(date)) return 'holiday';
	const minuteOfDay = local.hour * 60 + local.minute;
	const endMinute = localEnd.hasSame(local, 'day') ? localEnd.hour * 60 + localEnd.minute + 1 : 24 * 60 + 1;
	const inHours = rep.workingHours.some(
		(block) => block.days.includes(local.weekday) && minuteOfDay >= toMinutes(block.start) && endMinute <= toMinutes(block.end),
	);
	if (!inHours) return 'outside working hours';
	for (const range of rep.outOfOffice ?? []) {
		const rangeStart = DateTime.fromISO(range.start, { zone: rep.timeZone }).startOf(range.start.length <= 10 ? 'day' : 'minute');
		const rangeEnd = range.end.length <= 10 ? DateTime.fromISO(range.end, { zone: rep.timeZone }).endOf('day') : DateTime.fromISO(range.end, { zone: rep.timeZone });
		if (start < rangeEnd.toMillis() && rangeStart.toMillis() < end) return 'out of office';
	}
	const calendar = context.busy[rep.id];
	if (calendar?.error) return context.calendarFailure === 'assumeBusy' ? 'calendar unreadable' : null;
	if (calendar?.busy.some((interval: Interval) => interval.start < end && start < interval.end)) return 'busy in calendar';
	return null;
}
