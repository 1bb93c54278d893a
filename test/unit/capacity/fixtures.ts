/**
 * The reps and availability contexts the capacity unit tests start from, so that each test
 * file states only what its case changes.
 */
import type { AvailabilityContext, Rep } from '../../../engine/capacity';
import { nextFreeSlots } from '../../../engine/capacity';

export const at = (iso: string) => Date.parse(iso);
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;

/** Monday to Friday, 09:00 to 17:00. */
export const WEEKDAYS = [{ days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' }];

/** A New York closer on weekday hours, named by its id unless the test names it. */
export const rep = (overrides: Partial<Rep> & { id: string }): Rep => ({
	name: overrides.id,
	tiers: ['closers'],
	timeZone: 'America/New_York',
	workingHours: WEEKDAYS,
	...overrides,
});

/** No team holidays, no calendar read, and a calendar that cannot be read counts as busy. */
export const context = (overrides: Partial<AvailabilityContext> = {}): AvailabilityContext => ({
	teamHolidays: [],
	busy: {},
	calendarFailure: 'assumeBusy',
	...overrides,
});

/** Options of `nextFreeSlots`: `count` slots of `slotMinutes` minutes within `horizonDays` days. */
export const slotOptions = (count: number, slotMinutes: number, horizonDays: number) => ({
	count,
	slotMinutes,
	horizonDays,
});

/** The free slots of `reps` from `iso` on, with no calendar read unless `ctx` says otherwise. */
export const freeSlotsFrom = (
	iso: string,
	reps: Rep[],
	options: Parameters<typeof nextFreeSlots>[3],
	ctx = context(),
) => nextFreeSlots(reps, at(iso), ctx, options);
