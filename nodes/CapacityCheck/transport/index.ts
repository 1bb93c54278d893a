import type { IExecuteFunctions } from 'n8n-workflow';

import type { CalendarKind, Interval, Rep, RepBusy } from '../../../engine/capacity';
import { icsToBusy } from '../../../engine/capacity/calendars/ics';

export interface BusyWindow {
	start: number;
	end: number;
}

export interface FetchedBusy {
	byRep: Record<string, RepBusy>;
	/** HTTP requests made, so users (and the benchmark) can see calendars are read once. */
	requests: number;
}

/** Google's free/busy accepts up to 50 calendars per request. */
const GOOGLE_BATCH = 50;
/** Graph getSchedule: a conservative number of mailboxes per request. */
const GRAPH_BATCH = 20;
const REQUEST_TIMEOUT_MS = 15_000;

const chunks = <T>(items: T[], size: number): T[][] => Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, i * size + size));

const describeError = (error: unknown): string => {
	const candidate = error as { httpCode?: string; message?: string; description?: string };
	return [candidate.httpCode && `HTTP ${candidate.httpCode}`, candidate.message].filter(Boolean).join(': ') || 'unknown error';
};

/** Every rep's calendar id: the configured one, else the email. */
const calendarIdOf = (rep: Rep) => rep.calendarId || rep.email || '';

/** Splits the reps a calendar can be asked about from those without an id (an error each). */
function repsWithCalendarId(reps: Rep[], missing: string): { byRep: Record<string, RepBusy>; lookedUp: Rep[] } {
	const byRep: Record<string, RepBusy> = {};
	const lookedUp = reps.filter((rep) => {
		if (calendarIdOf(rep)) return true;
		byRep[rep.id] = { busy: [], error: missing };
		return false;
	});
	return { byRep, lookedUp };
}

/**
 * Reads free/busy for all reps once per execution. A calendar that cannot be read becomes an
 * error on that rep (the node then applies its policy); it never fails the execution.
 */
export async function fetchBusyForReps(this: IExecuteFunctions, source: CalendarKind, reps: Rep[], window: BusyWindow): Promise<FetchedBusy> {
	if (source === 'googleCalendar') return await fetchGoogle.call(this, reps, window);
	if (source === 'microsoft365') return await fetchMicrosoft.call(this, reps, window);
	if (source === 'ics') return await fetchIcs.call(this, reps, window);
	return { byRep: {}, requests: 0 };
}

async function fetchGoogle(this: IExecuteFunctions, reps: Rep[], window: BusyWindow): Promise<FetchedBusy> {
	const { byRep, lookedUp: withCalendar } = repsWithCalendarId(reps, 'no calendar id or email to look up');
	let requests = 0;
	for (const batch of chunks(withCalendar, GOOGLE_BATCH)) {
		requests++;
		try {
			const response = (await this.helpers.httpRequestWithAuthentication.call(this, 'googleCalendarOAuth2Api', {
				method: 'POST',
				url: 'https://www.googleapis.com/calendar/v3/freeBusy',
				body: { timeMin: new Date(window.start).toISOString(), timeMax: new Date(window.end).toISOString(), items: batch.map((rep) => ({ id: calendarIdOf(rep) })) },
				json: true,
				timeout: REQUEST_TIMEOUT_MS,
			})) as { calendars?: Record<string, { busy?: Array<{ start: string; end: string }>; errors?: Array<{ domain?: string; reason?: string }> }> };
			for (const rep of batch) {
				const calendar = response?.calendars?.[calendarIdOf(rep)];
				if (!calendar) byRep[rep.id] = { busy: [], error: 'missing from the free/busy answer' };
				else if (calendar.errors?.length) byRep[rep.id] = { busy: [], error: `Google Calendar: ${calendar.errors.map((error) => error.reason).join(', ')}` };
				else byRep[rep.id] = { busy: toIntervals(calendar.busy ?? []) };
			}
		} catch (error) {
			for (const rep of batch) byRep[rep.id] = { busy: [], error: `Google Calendar: ${describeError(error)}` };
		}
	}
	return { byRep, requests };
}

async function fetchMicrosoft(this: IExecuteFunctions, reps: Rep[], window: BusyWindow): Promise<FetchedBusy> {
	const { byRep, lookedUp: withMailbox } = repsWithCalendarId(reps, 'no mailbox (email) to look up');
	let requests = 0;
	const utc = (ms: number) => ({ dateTime: new Date(ms).toISOString().replace('Z', ''), timeZone: 'UTC' });
	for (const batch of chunks(withMailbox, GRAPH_BATCH)) {
		requests++;
		try {
			const response = (await this.helpers.httpRequestWithAuthentication.call(this, 'microsoftOutlookOAuth2Api', {
				method: 'POST',
				url: 'https://graph.microsoft.com/v1.0/me/calendar/getSchedule',
				headers: { Prefer: 'outlook.timezone="UTC"' },
				body: { schedules: batch.map(calendarIdOf), startTime: utc(window.start), endTime: utc(window.end), availabilityViewInterval: 30 },
				json: true,
				timeout: REQUEST_TIMEOUT_MS,
			})) as { value?: Array<{ scheduleId: string; scheduleItems?: Array<{ status: string; start: { dateTime: string }; end: { dateTime: string } }>; error?: { message?: string; responseCode?: string } }> };
			const bySchedule = new Map((response?.value ?? []).map((schedule) => [schedule.scheduleId.toLowerCase(), schedule]));
			for (const rep of batch) {
				const schedule = bySchedule.get(calendarIdOf(rep).toLowerCase());
				if (!schedule) byRep[rep.id] = { busy: [], error: 'missing from the getSchedule answer' };
				else if (schedule.error) byRep[rep.id] = { busy: [], error: `Microsoft 365: ${schedule.error.responseCode ?? ''} ${schedule.error.message ?? ''}`.trim() };
				else {
					// "free" and "workingElsewhere" leave the rep available.
					const items = (schedule.scheduleItems ?? []).filter((item) => !['free', 'workingElsewhere'].includes(item.status));
					byRep[rep.id] = { busy: toIntervals(items.map((item) => ({ start: `${item.start.dateTime.replace(/Z$/, '')}Z`, end: `${item.end.dateTime.replace(/Z$/, '')}Z` }))) };
				}
			}
		} catch (error) {
			for (const rep of batch) byRep[rep.id] = { busy: [], error: `Microsoft 365: ${describeError(error)}` };
		}
	}
	return { byRep, requests };
}

async function fetchIcs(this: IExecuteFunctions, reps: Rep[], window: BusyWindow): Promise<FetchedBusy> {
	const byRep: Record<string, RepBusy> = {};
	const texts = new Map<string, Promise<string>>();
	for (const rep of reps) {
		if (!rep.icsUrl) {
			byRep[rep.id] = { busy: [], error: 'no ICS URL' };
			continue;
		}
		// One request per distinct feed, shared by every rep that uses it.
		if (!texts.has(rep.icsUrl)) {
			texts.set(rep.icsUrl, this.helpers.httpRequest({ method: 'GET', url: rep.icsUrl, json: false, encoding: 'text', timeout: REQUEST_TIMEOUT_MS }) as Promise<string>);
		}
	}
	for (const rep of reps) {
		if (!rep.icsUrl) continue;
		try {
			const text = await texts.get(rep.icsUrl)!;
			if (typeof text !== 'string' || !text.includes('BEGIN:VCALENDAR')) throw new Error('the URL did not return an iCalendar feed');
			byRep[rep.id] = { busy: icsToBusy(text, window, rep.timeZone) };
		} catch (error) {
			byRep[rep.id] = { busy: [], error: `ICS feed: ${describeError(error)}` };
		}
	}
	return { byRep, requests: texts.size };
}

function toIntervals(ranges: Array<{ start: string; end: string }>): Interval[] {
	return ranges
		.map((range) => ({ start: Date.parse(range.start), end: Date.parse(range.end) }))
		.filter((interval) => !Number.isNaN(interval.start) && !Number.isNaN(interval.end) && interval.end > interval.start);
}

