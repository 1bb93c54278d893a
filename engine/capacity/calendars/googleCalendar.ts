import type { Rep, RepBusy } from '../types';
import type { BusyWindow, CalendarHttp, CalendarProvider } from './provider';
import { calendarIdOf, fetchInBatches, postJson, toIntervals } from './provider';

const CREDENTIAL_TYPE = 'googleCalendarOAuth2Api';
/** Google's free/busy accepts up to 50 calendars per request. */
const BATCH_SIZE = 50;

/** The documented answer of POST calendar/v3/freeBusy. */
interface FreeBusyAnswer {
	calendars?: Record<
		string,
		{
			busy?: Array<{ start: string; end: string }>;
			errors?: Array<{ domain?: string; reason?: string }>;
		}
	>;
}

/** Reads one free/busy answer into each rep's busy intervals or error. */
export function readFreeBusy(
	answer: FreeBusyAnswer | undefined,
	batch: Rep[],
	byRep: Record<string, RepBusy>,
): void {
	for (const rep of batch) {
		const calendar = answer?.calendars?.[calendarIdOf(rep)];
		if (!calendar) byRep[rep.id] = { busy: [], error: 'missing from the free/busy answer' };
		else if (calendar.errors?.length)
			byRep[rep.id] = {
				busy: [],
				error: `Google Calendar: ${calendar.errors.map((error) => error.reason).join(', ')}`,
			};
		else byRep[rep.id] = { busy: toIntervals(calendar.busy ?? []) };
	}
}

export const googleCalendar: CalendarProvider = {
	option: {
		name: 'Google Calendar',
		description: "Free/busy of each rep's calendar (Calendar ID, else email)",
	},
	credentialType: CREDENTIAL_TYPE,
	async fetchBusy(reps: Rep[], window: BusyWindow, http: CalendarHttp) {
		return await fetchInBatches(
			reps,
			BATCH_SIZE,
			'Google Calendar',
			'no calendar id or email to look up',
			async (batch, byRep) => {
				const answer = (await postJson(http, CREDENTIAL_TYPE, {
					url: 'https://www.googleapis.com/calendar/v3/freeBusy',
					body: {
						timeMin: new Date(window.start).toISOString(),
						timeMax: new Date(window.end).toISOString(),
						items: batch.map((rep) => ({ id: calendarIdOf(rep) })),
					},
				})) as FreeBusyAnswer | undefined;
				readFreeBusy(answer, batch, byRep);
			},
		);
	},
};
