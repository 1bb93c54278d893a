/**
 * Calendar sources for Capacity Check: one module per provider (request and answer together),
 * all behind `CalendarProvider`. A new source is a module here plus one entry below; the node's
 * "Calendar" options and credentials are built from this table.
 */
import type { CalendarKind, Rep, RepBusy } from '../types';
import { googleCalendar } from './googleCalendar';
import { icsFeed } from './ics';
import { microsoft365 } from './microsoft365';
import type { BusyWindow, CalendarHttp, CalendarProvider } from './provider';

export type { BusyWindow, CalendarHttp, CalendarProvider, CalendarRequest } from './provider';
export { icsToBusy } from './ics';

export const CALENDAR_PROVIDERS: Record<Exclude<CalendarKind, 'none'>, CalendarProvider> = {
	googleCalendar,
	microsoft365,
	ics: icsFeed,
};

/** Reads free/busy for all reps once per execution; 'none' reads nothing. */
export async function fetchBusyForReps(
	source: CalendarKind,
	reps: Rep[],
	window: BusyWindow,
	http: CalendarHttp,
): Promise<Record<string, RepBusy>> {
	// Own keys only: a source read from an expression could be "toString".
	const provider = Object.hasOwn(CALENDAR_PROVIDERS, source)
		? CALENDAR_PROVIDERS[source as keyof typeof CALENDAR_PROVIDERS]
		: undefined;
	return provider ? await provider.fetchBusy(reps, window, http) : {};
}
