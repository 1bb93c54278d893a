import type { Rep, RepBusy } from '../types';
import type { BusyWindow, CalendarHttp, CalendarProvider } from './provider';
import { calendarIdOf, fetchInBatches, postJson, toIntervals } from './provider';

const CREDENTIAL_TYPE = 'microsoftOutlookOAuth2Api';
/** Graph getSchedule: a conservative number of mailboxes per request. */
const BATCH_SIZE = 20;

/** The documented answer of POST /me/calendar/getSchedule, times asked for in UTC. */
interface ScheduleAnswer {
	value?: Array<{
		scheduleId: string;
		scheduleItems?: Array<{
			status: string;
			start: { dateTime: string };
			end: { dateTime: string };
		}>;
		error?: { message?: string; responseCode?: string };
	}>;
}

/** Graph writes UTC date-times without a zone designator: read them as UTC, not local time. */
const asUtc = (dateTime: string) => `${dateTime.replace(/Z$/, '')}Z`;

/** Reads one getSchedule answer into each rep's busy intervals or error. */
export function readSchedules(
	answer: ScheduleAnswer | undefined,
	batch: Rep[],
	byRep: Record<string, RepBusy>,
): void {
	const bySchedule = new Map(
		(answer?.value ?? []).map((schedule) => [schedule.scheduleId.toLowerCase(), schedule]),
	);
	for (const rep of batch) {
		const schedule = bySchedule.get(calendarIdOf(rep).toLowerCase());
		if (!schedule) byRep[rep.id] = { busy: [], error: 'missing from the getSchedule answer' };
		else if (schedule.error)
			byRep[rep.id] = {
				busy: [],
				error:
					`Microsoft 365: ${schedule.error.responseCode ?? ''} ${schedule.error.message ?? ''}`.trim(),
			};
		else {
			// "free" and "workingElsewhere" leave the rep available.
			const items = (schedule.scheduleItems ?? []).filter(
				(item) => !['free', 'workingElsewhere'].includes(item.status),
			);
			byRep[rep.id] = {
				busy: toIntervals(
					items.map((item) => ({
						start: asUtc(item.start.dateTime),
						end: asUtc(item.end.dateTime),
					})),
				),
			};
		}
	}
}

export const microsoft365: CalendarProvider = {
	option: {
		name: 'Microsoft 365',
		description: "Outlook schedules of each rep's mailbox (Calendar ID, else email)",
	},
	credentialType: CREDENTIAL_TYPE,
	async fetchBusy(reps: Rep[], window: BusyWindow, http: CalendarHttp) {
		const utc = (ms: number) => ({
			dateTime: new Date(ms).toISOString().replace('Z', ''),
			timeZone: 'UTC',
		});
		return await fetchInBatches(
			reps,
			BATCH_SIZE,
			'Microsoft 365',
			'no mailbox (email) to look up',
			async (batch, byRep) => {
				const answer = (await postJson(http, CREDENTIAL_TYPE, {
					url: 'https://graph.microsoft.com/v1.0/me/calendar/getSchedule',
					headers: { Prefer: 'outlook.timezone="UTC"' },
					body: {
						schedules: batch.map(calendarIdOf),
						startTime: utc(window.start),
						endTime: utc(window.end),
						availabilityViewInterval: 30,
					},
				})) as ScheduleAnswer | undefined;
				readSchedules(answer, batch, byRep);
			},
		);
	},
};
