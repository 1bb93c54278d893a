import { DateTime } from 'luxon';
import ical, { type VEvent } from 'node-ical';

import type { Interval, Rep, RepBusy } from '../types';
import type { BusyWindow, CalendarHttp, CalendarProvider } from './provider';
import { describeError, REQUEST_TIMEOUT_MS } from './provider';

/**
 * Busy intervals of an ICS/iCal feed within a window: recurring events expanded (RRULE), EXDATE
 * exceptions removed, RECURRENCE-ID overrides applied, all-day events as whole days; transparent
 * ("free") and cancelled events ignored. All-day events are read in `allDayTimeZone` (the rep's). Parsing uses node-ical, a maintained parser.
 */
export function icsToBusy(
	icsText: string,
	window: { start: number; end: number },
	allDayTimeZone = 'UTC',
): Interval[] {
	const parsed = ical.sync.parseICS(icsText);
	const from = new Date(window.start);
	const to = new Date(window.end);
	const busy: Interval[] = [];
	for (const component of Object.values(parsed)) {
		if (!component || component.type !== 'VEVENT') continue;
		const event = component as VEvent;
		for (const instance of ical.expandRecurringEvent(event, { from, to, expandOngoing: true })) {
			const source = instance.event ?? event;
			if (source.transparency === 'TRANSPARENT' || source.status === 'CANCELLED') continue;
			let start = new Date(instance.start).getTime();
			let end = new Date(instance.end ?? instance.start).getTime();
			if (instance.isFullDay) {
				// An all-day event covers whole days on the rep's own calendar, not UTC days.
				const day = (ms: number) => DateTime.fromMillis(ms, { zone: 'utc' }).toISODate()!;
				start = DateTime.fromISO(day(start), { zone: allDayTimeZone }).toMillis();
				end = DateTime.fromISO(day(Math.max(end, start)), { zone: allDayTimeZone }).toMillis();
				if (end <= start) end = start + 86_400_000;
			}
			if (Number.isNaN(start) || Number.isNaN(end) || end <= window.start || start >= window.end)
				continue;
			busy.push({ start, end: Math.max(end, start + 1) });
		}
	}
	return busy.sort((a, b) => a.start - b.start);
}

export const icsFeed: CalendarProvider = {
	option: {
		name: 'ICS Feed per Rep',
		description: "Each rep's ICS URL (recurring events and exceptions included)",
	},
	async fetchBusy(reps: Rep[], window: BusyWindow, http: CalendarHttp) {
		const byRep: Record<string, RepBusy> = {};
		const texts = new Map<string, Promise<unknown>>();
		for (const rep of reps) {
			if (!rep.icsUrl) {
				byRep[rep.id] = { busy: [], error: 'no ICS URL' };
				continue;
			}
			// One request per distinct feed, shared by every rep that uses it; all feeds load at once.
			if (!texts.has(rep.icsUrl))
				texts.set(
					rep.icsUrl,
					http({
						method: 'GET',
						url: rep.icsUrl,
						json: false,
						encoding: 'text',
						timeout: REQUEST_TIMEOUT_MS,
					}),
				);
		}
		for (const rep of reps) {
			if (!rep.icsUrl) continue;
			try {
				const text = await texts.get(rep.icsUrl)!;
				if (typeof text !== 'string' || !text.includes('BEGIN:VCALENDAR'))
					throw new Error('the URL did not return an iCalendar feed');
				byRep[rep.id] = { busy: icsToBusy(text, window, rep.timeZone) };
			} catch (error) {
				byRep[rep.id] = { busy: [], error: `ICS feed: ${describeError(error)}` };
			}
		}
		return byRep;
	},
};
