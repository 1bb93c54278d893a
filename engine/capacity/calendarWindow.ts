import type { Interval } from './types';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/** The one span of time a run reads calendars for, and the time it is built around. */
export interface CalendarWindow extends Interval {
	/** Epoch ms the window is built around: the run's clock. */
	reference: number;
	/** What `reference` is, in words for warnings: "the newest submission of this run"... */
	referenceIs: string;
}

export interface CalendarWindowInput {
	/** Epoch ms of each lead's submission. */
	submissions: number[];
	/** Epoch ms of the run itself. */
	now: number;
	/** Slots and SMS timing run from now (leads processed late) rather than from each submission. */
	slotsFromNow: boolean;
	horizonDays: number;
	responseMinutes: number;
}

/**
 * The span calendars are read for, once per run: from a day before the run's clock to the slot
 * search horizon after it, never longer. The run's clock is now with "From Now" timing; by
 * default it is the newest submission, so re-running an execution reads the same span. A
 * submission more than a day after now is a wrong clock (a mistyped year): it must not drag the
 * window away from every other lead.
 *
 * Without the cap, a batch of leads from weeks ago asked for weeks of free/busy (Graph refuses
 * more than 62 days; ICS expands every recurrence in between). Leads older than the window are
 * still judged at their submission time, with their calendars unknown (see `unavailability`).
 */
export function calendarWindow(input: CalendarWindowInput): CalendarWindow {
	const plausible = input.submissions.filter((at) => at <= input.now + DAY_MS);
	const useNow = input.slotsFromNow || plausible.length === 0;
	const reference = useNow ? input.now : plausible.reduce((newest, at) => Math.max(newest, at));
	return {
		start: reference - DAY_MS,
		end: reference + Math.max(input.horizonDays * DAY_MS, input.responseMinutes * MINUTE_MS),
		reference,
		referenceIs: useNow ? 'the time of this run' : 'the newest submission of this run',
	};
}
