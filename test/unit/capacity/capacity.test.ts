import {
	composeSms,
	emptyState,
	nextFreeSlots,
	pickAndCount,
	routeLead,
	StaticDataCapacityStore,
	unavailability,
} from '../../../engine/capacity';
import { hotIntent } from '../../helpers/capacityStores';
import { capacityConfig } from '../../helpers/capacityConfig';
import { at, context, HOUR, rep, slotOptions } from './fixtures';
const CONFIG = capacityConfig({
	tierByPath: { hot: 'closers', warm: 'sdrs' },
	sms: {
		template: 'Hi {{firstName}}, our team can talk {{slots}}. Book: {{bookingLink}}',
		bookingLink: 'https://cal.example/acme',
	},
});

describe('availability, evaluated at the submission time', () => {
	const ana = rep({ id: 'ana' });
	it.each([
		['2026-11-25T14:00:00Z', null], // Wed 09:00 New York
		['2026-11-25T13:59:00Z', 'outside working hours'], // 08:59
		['2026-11-25T21:45:00Z', 'outside working hours'], // 16:45: the 30-minute window runs past 17:00
		['2026-11-28T15:00:00Z', 'outside working hours'], // Saturday
	])('at %s: %s', (iso, expected) => {
		expect(unavailability(ana, at(iso), at(iso) + 30 * 60_000, context())).toBe(expected);
	});

	it('follows DST: 09:00 local is 14:00 UTC in winter and 13:00 UTC in summer (US and EU)', () => {
		expect(
			unavailability(ana, at('2027-03-12T14:00:00Z'), at('2027-03-12T14:30:00Z'), context()),
		).toBeNull(); // Fri before spring-forward
		expect(
			unavailability(ana, at('2027-03-15T13:00:00Z'), at('2027-03-15T13:30:00Z'), context()),
		).toBeNull(); // Mon after: EDT
		expect(
			unavailability(ana, at('2027-03-12T13:00:00Z'), at('2027-03-12T13:30:00Z'), context()),
		).toBe('outside working hours');
		const berlin = rep({ id: 'b', timeZone: 'Europe/Berlin' });
		expect(
			unavailability(berlin, at('2026-10-26T08:00:00Z'), at('2026-10-26T08:30:00Z'), context()),
		).toBeNull(); // CET after fall-back
		expect(
			unavailability(berlin, at('2026-10-23T07:00:00Z'), at('2026-10-23T07:30:00Z'), context()),
		).toBeNull(); // CEST before
	});

	it("reads days on both sides of the date line in the rep's own zone", () => {
		// Friday 2026-11-27 20:00 UTC is Saturday 09:00 in Auckland and Friday 09:00 in Pago Pago.
		const instant = at('2026-11-27T20:00:00Z');
		expect(
			unavailability(
				rep({ id: 'akl', timeZone: 'Pacific/Auckland' }),
				instant,
				instant + 60_000,
				context(),
			),
		).toBe('outside working hours');
		expect(
			unavailability(
				rep({ id: 'ppg', timeZone: 'Pacific/Pago_Pago' }),
				instant,
				instant + 60_000,
				context(),
			),
		).toBeNull();
		// Kiritimati is UTC+14: Thursday 19:00 UTC is already Friday 09:00 there.
		expect(
			unavailability(
				rep({ id: 'kir', timeZone: 'Pacific/Kiritimati' }),
				at('2026-11-26T19:00:00Z'),
				at('2026-11-26T19:30:00Z'),
				context(),
			),
		).toBeNull();
	});

	it('honours team and rep holidays, out-of-office and calendars', () => {
		const instant = at('2026-11-25T15:00:00Z');
		expect(
			unavailability(ana, instant, instant + 60_000, context({ teamHolidays: ['2026-11-25'] })),
		).toBe('holiday');
		expect(
			unavailability(
				rep({ id: 'x', holidays: ['2026-11-25'] }),
				instant,
				instant + 60_000,
				context(),
			),
		).toBe('holiday');
		expect(
			unavailability(
				rep({ id: 'x', outOfOffice: [{ start: '2026-11-24', end: '2026-11-26' }] }),
				instant,
				instant + 60_000,
				context(),
			),
		).toBe('out of office');
		expect(
			unavailability(
				ana,
				instant,
				instant + 60_000,
				context({ busy: { ana: { busy: [{ start: instant - HOUR, end: instant + HOUR }] } } }),
			),
		).toBe('busy in calendar');
		expect(
			unavailability(
				ana,
				instant,
				instant + 60_000,
				context({ busy: { ana: { busy: [], error: '403' } } }),
			),
		).toBe('calendar unreadable');
		expect(
			unavailability(
				ana,
				instant,
				instant + 60_000,
				context({ busy: { ana: { busy: [], error: '403' } }, calendarFailure: 'assumeFree' }),
			),
		).toBeNull();
	});
});

describe('routing a lead', () => {
	const reps = [
		rep({ id: 'ana', name: 'Ana Closer', maxOpenLeads: 1 }),
		rep({ id: 'ben', name: 'Ben Closer' }),
		rep({ id: 'sara', name: 'Sara SDR', tiers: ['sdrs'] }),
	];
	const lead = {
		text: 'x',
		name: 'Dana Reyes',
		phone: '(415) 555-0101',
		timeZone: 'America/Los_Angeles',
	};

	it('assigns in rotation, never past a cap, with a readable reason and audit', async () => {
		const store = new StaticDataCapacityStore({});
		const route = () =>
			routeLead(
				{ intent: hotIntent, lead, at: at('2026-11-25T15:00:00Z') },
				reps,
				context(),
				store,
				CONFIG,
			);
		const first = await route();
		expect(first.output).toBe('assigned');
		expect(first.routing.rep?.id).toBe('ana');
		expect(first.routing.reason).toMatch(
			/^Ana Closer \(closers\) is in working hours and free, chosen by roundRobin/,
		);
		const second = await route();
		expect(second.routing.rep?.id).toBe('ben');
		const third = await route();
		expect(third.routing.rep?.id).toBe('ben'); // Ana is at her cap of 1
		expect(third.routing.audit.map((line) => line.reason)).toContain(
			'Ana Closer: at maxOpenLeads (1)',
		);
		await store.release('ana');
		expect((await route()).routing.rep?.id).toBe('ana');
	});

	it("offers free slots by SMS when every closer is busy, in the prospect's zone", async () => {
		const instant = at('2026-11-25T15:00:00Z');
		const busy = {
			ana: { busy: [{ start: instant - HOUR, end: instant + 3 * HOUR }] },
			ben: { busy: [{ start: instant - HOUR, end: instant + 2 * HOUR }] },
		};
		const result = await routeLead(
			{ intent: hotIntent, lead, at: instant },
			reps,
			context({ busy }),
			new StaticDataCapacityStore({}),
			CONFIG,
		);
		expect(result.output).toBe('noCapacity');
		expect(result.routing.nextSlots?.[0]).toMatchObject({
			repId: 'ben',
			start: '2026-11-25T17:00:00.000Z',
			label: 'Wed 25 Nov, 9:00 AM PST',
		});
		// 07:00 in Los Angeles: inside quiet hours, so the text waits until 08:00 there.
		expect(result.routing.sms).toMatchObject({
			to: '+14155550101',
			allowedNow: false,
			sendAt: '2026-11-25T16:00:00.000Z',
		});
		expect(result.routing.sms?.body).toBe(
			'Hi Dana, our team can talk Wed 25 Nov at 9:00 AM, 9:30 AM or 10:00 AM (PST). Book: https://cal.example/acme',
		);
		expect(result.routing.reason).toMatch(
			/Ana Closer \(busy in calendar\), Ben Closer \(busy in calendar\)/,
		);
	});

	it('lets other paths pass through untouched with a reason', async () => {
		const result = await routeLead(
			{ intent: { ...hotIntent, path: 'nurture' }, lead, at: Date.now() },
			reps,
			context(),
			new StaticDataCapacityStore({}),
			CONFIG,
		);
		expect(result.output).toBe('notRouted');
		expect(result.routing.reason).toMatch(/Path "nurture" is not routed to reps/);
	});
});

describe('SMS to the prospect', () => {
	const options = CONFIG.sms;
	it("respects quiet hours in the prospect's local time", () => {
		const late = composeSms(
			{ name: 'Dana', phone: '+1 415 555 0101', timeZone: 'America/Los_Angeles' },
			[],
			at('2026-11-26T06:30:00Z'),
			options,
		); // 22:30 PST
		expect(late).toMatchObject({ allowedNow: false, sendAt: '2026-11-26T16:00:00.000Z' }); // 08:00 PST next day
		const early = composeSms(
			{ phone: '+1 415 555 0101', timeZone: 'America/Los_Angeles' },
			[],
			at('2026-11-26T14:00:00Z'),
			options,
		); // 06:00 PST
		expect(early.sendAt).toBe('2026-11-26T16:00:00.000Z');
	});

	it('gives an invalid phone number as a reason, not an error', () => {
		expect(composeSms({ phone: '12345' }, [], Date.now(), options)).toMatchObject({
			to: null,
			reason: expect.stringMatching(/not a valid phone number/),
		});
		expect(composeSms({}, [], Date.now(), options)).toMatchObject({
			to: null,
			reason: 'The lead has no phone number',
		});
		expect(
			composeSms({ phone: '020 7946 0958' }, [], Date.now(), { ...options, defaultCountry: 'GB' })
				.to,
		).toBe('+442079460958');
	});
});

describe('assignment strategies', () => {
	const candidates = [
		{ id: 'a', weight: 3, priority: 2, day: '2026-11-25' },
		{ id: 'b', weight: 1, priority: 1, day: '2026-11-25' },
		{ id: 'c', weight: 1, priority: 3, maxLeadsPerDay: 2, day: '2026-11-25' },
	];
	const run = (
		strategy: 'roundRobin' | 'weightedRoundRobin' | 'priorityOrder' | 'leastLoaded',
		times: number,
	) => {
		const state = emptyState();
		return Array.from(
			{ length: times },
			() =>
				pickAndCount(state, { pool: 'p', strategy, candidates, at: at('2026-11-25T15:00:00Z') })
					.repId,
		);
	};
	it('round robin rotates and skips a rep at a daily cap', () =>
		expect(run('roundRobin', 7)).toEqual(['a', 'b', 'c', 'a', 'b', 'c', 'a']));
	it('weighted round robin spreads by weight', () => {
		const picks = run('weightedRoundRobin', 10);
		expect(picks.filter((id) => id === 'a')).toHaveLength(6);
		expect(picks.slice(0, 5)).toEqual(['a', 'b', 'a', 'c', 'a']);
	});
	it('priority order fills the master closer first', () =>
		expect(run('priorityOrder', 3)).toEqual(['b', 'b', 'b']));
	it('least loaded balances open leads', () =>
		expect(run('leastLoaded', 4)).toEqual(['a', 'b', 'c', 'a']));
	it('returns no rep when everyone is at a cap', () => {
		const state = emptyState();
		const request = {
			pool: 'p',
			strategy: 'roundRobin' as const,
			candidates: [{ id: 'x', weight: 1, priority: 0, maxOpenLeads: 1, day: '2026-11-25' }],
			at: at('2026-11-25T15:00:00Z'),
		};
		pickAndCount(state, request);
		expect(pickAndCount(state, request)).toEqual({
			repId: null,
			atCap: [{ repId: 'x', cap: 'maxOpenLeads', value: 1 }],
		});
	});
	it('next free slots skip weekends and holidays', () => {
		const slots = nextFreeSlots(
			[rep({ id: 'ana' })],
			at('2026-11-27T21:50:00Z'),
			context({ teamHolidays: ['2026-11-30'] }),
			{ ...slotOptions(1, 30, 7), labelTimeZone: 'America/New_York' },
		);
		expect(slots[0]).toMatchObject({
			start: '2026-12-01T14:00:00.000Z',
			label: 'Tue 1 Dec, 9:00 AM EST',
		});
	});
});
