/**
 * The one span a run reads calendars for: capped to a day before the run's clock plus the slot
 * horizon, however old the leads in the batch; leads older than that are judged with their
 * calendars unknown, and say so.
 */
import type { AvailabilityContext } from '../../../engine/capacity';
import {
	calendarWindow,
	routeLead,
	StaticDataCapacityStore,
	unavailability,
} from '../../../engine/capacity';
import { hotIntent } from '../../helpers/capacityStores';
import { capacityConfig } from '../../helpers/capacityConfig';
import { at, context as availability, freeSlotsFrom, MINUTE, rep, slotOptions } from './fixtures';

const iso = (ms: number) => new Date(ms).toISOString();
const DAY = 86_400_000;

const RUN = at('2026-11-25T15:00:00Z'); // Wednesday, 10:00 in New York
const WEEKS_AGO = at('2026-10-28T15:00:00Z'); // also a Wednesday, 11:00 EDT
const window = (submissions: number[], slotsFromNow = false, now = RUN) =>
	calendarWindow({ submissions, now, slotsFromNow, horizonDays: 14, responseMinutes: 30 });

describe('calendarWindow', () => {
	it('spans a day before the newest submission to the horizon after it, however old the batch', () => {
		const span = window(
			[WEEKS_AGO, at('2026-11-25T14:50:00Z'), at('2026-11-20T09:00:00Z')],
			false,
			at('2026-11-26T09:00:00Z'),
		);
		expect([iso(span.start), iso(span.end)]).toEqual([
			'2026-11-24T14:50:00.000Z',
			'2026-12-09T14:50:00.000Z',
		]);
		expect(span.end - span.start).toBe(15 * DAY);
		expect(span.referenceIs).toBe('the newest submission of this run');
	});

	it('is built around the time of the run with "From Now" timing', () => {
		const span = window([WEEKS_AGO], true);
		expect([iso(span.start), iso(span.end), span.referenceIs]).toEqual([
			'2026-11-24T15:00:00.000Z',
			'2026-12-09T15:00:00.000Z',
			'the time of this run',
		]);
	});

	it('ignores a submission more than a day after the run (a mistyped year), and falls back to now', () => {
		expect(iso(window([at('2062-11-25T15:00:00Z'), at('2026-11-25T14:00:00Z')]).reference)).toBe(
			'2026-11-25T14:00:00.000Z',
		);
		expect(iso(window([at('2062-11-25T15:00:00Z')]).reference)).toBe(iso(RUN));
		expect(iso(window([]).reference)).toBe(iso(RUN));
	});

	it('still covers the response window when the horizon is shorter', () => {
		const span = calendarWindow({
			submissions: [RUN],
			now: RUN,
			slotsFromNow: false,
			horizonDays: 0,
			responseMinutes: 45,
		});
		expect(span.end - RUN).toBe(45 * MINUTE);
	});
});

describe('a calendar outside the span it was read for', () => {
	const ana = rep({ id: 'ana', name: 'Ana' });
	const noCalendar = { ...ana, id: 'nocal', name: 'Noa' };
	/** Ana's calendar read, free, for this run's span only. */
	const context = (overrides: Partial<AvailabilityContext> = {}) =>
		availability({ busy: { ana: { busy: [] } }, calendarWindow: window([RUN]), ...overrides });

	it('is unknown: the failure policy applies, only to reps whose calendar was read', () => {
		expect(unavailability(ana, RUN, RUN + 30 * MINUTE, context())).toBeNull();
		expect(unavailability(ana, WEEKS_AGO, WEEKS_AGO + 30 * MINUTE, context())).toBe(
			'calendar not read for this time',
		);
		expect(
			unavailability(
				ana,
				WEEKS_AGO,
				WEEKS_AGO + 30 * MINUTE,
				context({ calendarFailure: 'assumeFree' }),
			),
		).toBeNull();
		expect(unavailability(noCalendar, WEEKS_AGO, WEEKS_AGO + 30 * MINUTE, context())).toBeNull();
	});

	it('offers no slot past the end of the span when calendars are assumed busy', () => {
		const slots = freeSlotsFrom('2026-12-08T22:00:00Z', [ana], slotOptions(3, 30, 7), context());
		// 2026-12-09 14:00 UTC is 09:00 in New York, but the span ends at 15:00 UTC: two slots only.
		expect(slots.map((slot) => slot.start)).toEqual([
			'2026-12-09T14:00:00.000Z',
			'2026-12-09T14:30:00.000Z',
		]);
	});

	describe('routing a lead too old for the span', () => {
		const config = capacityConfig();
		const route = (
			submitted: number,
			overrides: Partial<AvailabilityContext> = {},
			now = submitted,
		) =>
			routeLead(
				{ intent: hotIntent, lead: { text: 'x', phone: '+1 415 555 0101' }, at: submitted, now },
				[ana],
				context(overrides),
				new StaticDataCapacityStore({}),
				config,
			);
		const warning =
			'Submitted 2026-10-28T15:00:00.000Z, more than a day before the newest submission of this run (2026-11-25T15:00:00.000Z): calendars were read from 2026-11-24T15:00:00.000Z to 2026-12-09T15:00:00.000Z only, so they were assumed busy at the submission time';

		it('is judged at its submission time with the calendar assumed busy, and says why on the item', async () => {
			const { output, routing } = await route(WEEKS_AGO);
			expect(output).toBe('noCapacity');
			expect(routing.reason).toMatch(
				/^No closers rep can take the lead now: Ana \(calendar not read for this time\)\. 0 free slot\(s\) offered/,
			);
			expect(routing.warnings).toEqual([warning]);
			expect(routing.audit.find((entry) => entry.decision === 'calendar_not_read')?.reason).toBe(
				warning,
			);
		});

		it('gets real free slots from the span when its slots run from now', async () => {
			const { routing } = await route(WEEKS_AGO, {}, RUN);
			expect(routing.nextSlots?.map((slot) => slot.start)).toEqual([
				'2026-11-25T15:00:00.000Z',
				'2026-11-25T15:30:00.000Z',
				'2026-11-25T16:00:00.000Z',
			]);
		});

		it('is assigned on working hours alone when unreadable calendars are assumed free', async () => {
			const { output, routing } = await route(WEEKS_AGO, { calendarFailure: 'assumeFree' });
			expect(output).toBe('assigned');
			expect(routing.warnings?.[0]).toMatch(/so they were assumed free at the submission time$/);
		});

		it('says so, too, for a mistyped date after the span', async () => {
			const { routing } = await route(at('2062-11-25T15:00:00Z'));
			expect(routing.warnings).toEqual([
				'Submitted 2062-11-25T15:00:00.000Z, after the end of the calendar span of this run: calendars were read from 2026-11-24T15:00:00.000Z to 2026-12-09T15:00:00.000Z only, so they were assumed busy at the submission time',
			]);
		});

		it('adds no warning for a lead inside the span, nor when no calendar was read', async () => {
			expect((await route(RUN)).routing.warnings).toBeUndefined();
			expect((await route(WEEKS_AGO, { busy: {} })).routing.warnings).toBeUndefined();
		});
	});
});
