/**
 * Time travel: availability, free slots and SMS timing evaluated at fixed instants around DST
 * changes (US and EU, spring and fall), on both sides of the date line, on holidays and weekends.
 */
import type { AssignRequest, CapacityStateStore, Rep } from '../../../engine/capacity';
import {
	composeSms,
	nextAllowedSendTime,
	routeLead,
	StaticDataCapacityStore,
	unavailability,
} from '../../../engine/capacity';
import { hotIntent } from '../../helpers/capacityStores';
import { capacityConfig } from '../../helpers/capacityConfig';
import { at, context, freeSlotsFrom, HOUR, MINUTE, rep, slotOptions } from './fixtures';

const EVERY_DAY = [{ days: [1, 2, 3, 4, 5, 6, 7], start: '09:00', end: '17:00' }];
const freeFor30 = (person: Rep, iso: string, ctx = context()) =>
	unavailability(person, at(iso), at(iso) + 30 * MINUTE, ctx);

describe("working hours follow each zone's DST changes", () => {
	const newYork = rep({ id: 'ny', workingHours: EVERY_DAY });
	const berlin = rep({ id: 'berlin', timeZone: 'Europe/Berlin', workingHours: EVERY_DAY });

	it.each([
		// US spring forward, Sunday 2027-03-14: 09:00 is 14:00 UTC the day before, 13:00 UTC that day.
		['2027-03-13T14:00:00Z', null],
		['2027-03-14T13:00:00Z', null],
		['2027-03-14T12:30:00Z', 'outside working hours'],
		// US fall back, Sunday 2026-11-01: 09:00 is 13:00 UTC the day before, 14:00 UTC that day.
		['2026-10-31T13:00:00Z', null],
		['2026-11-01T14:00:00Z', null],
		['2026-11-01T13:30:00Z', 'outside working hours'],
		['2026-11-01T21:45:00Z', 'outside working hours'], // 16:45 EST: the 30 minutes run past 17:00
	])('New York at %s: %s', (iso, expected) => expect(freeFor30(newYork, iso)).toBe(expected));

	it.each([
		// EU spring forward, Sunday 2027-03-28: 09:00 is 08:00 UTC the day before, 07:00 UTC that day.
		['2027-03-27T08:00:00Z', null],
		['2027-03-28T07:00:00Z', null],
		['2027-03-28T06:30:00Z', 'outside working hours'],
		// EU fall back, Sunday 2026-10-25: 09:00 is 07:00 UTC the day before, 08:00 UTC that day.
		['2026-10-24T07:00:00Z', null],
		['2026-10-25T08:00:00Z', null],
		['2026-10-25T07:30:00Z', 'outside working hours'],
	])('Berlin at %s: %s', (iso, expected) => expect(freeFor30(berlin, iso)).toBe(expected));

	it('finds the first slot after a weekend that contains the US spring-forward', () => {
		// Friday 17:00 EST -> Monday 09:00 EDT, which is 13:00 UTC (not 14:00 as before the change).
		const [slot] = freeSlotsFrom(
			'2027-03-12T22:00:00Z',
			[rep({ id: 'ny' })],
			slotOptions(1, 30, 7),
		);
		expect(slot).toMatchObject({
			repId: 'ny',
			start: '2027-03-15T13:00:00.000Z',
			label: 'Mon 15 Mar, 9:00 AM EDT',
		});
	});

	it('finds the first slot after a weekend that contains the EU fall-back', () => {
		const [slot] = freeSlotsFrom(
			'2026-10-23T15:00:00Z',
			[rep({ id: 'berlin', timeZone: 'Europe/Berlin' })],
			slotOptions(1, 30, 7),
		);
		expect(slot).toMatchObject({
			start: '2026-10-26T08:00:00.000Z',
			label: 'Mon 26 Oct, 9:00 AM GMT+1',
		});
	});

	it('offers no slot in the hour that does not exist on spring-forward night', () => {
		// A night shift 01:00-04:00 on 2027-03-14 in New York lasts two real hours: 02:00-03:00 is skipped.
		const nightShift = rep({
			id: 'night',
			workingHours: [{ days: [7], start: '01:00', end: '04:00' }],
		});
		const slots = freeSlotsFrom('2027-03-14T05:00:00Z', [nightShift], slotOptions(5, 60, 1));
		expect(slots.map((slot) => slot.start)).toEqual([
			'2027-03-14T06:00:00.000Z',
			'2027-03-14T07:00:00.000Z',
		]);
		expect(slots.map((slot) => slot.label)).toEqual([
			'Sun 14 Mar, 1:00 AM EST',
			'Sun 14 Mar, 3:00 AM EDT',
		]);
	});
});

describe('both sides of the date line', () => {
	const auckland = rep({ id: 'akl', timeZone: 'Pacific/Auckland' });
	const pagoPago = rep({ id: 'ppg', timeZone: 'Pacific/Pago_Pago' });
	const kiritimati = rep({ id: 'kir', timeZone: 'Pacific/Kiritimati' });

	it("reads a team holiday on each rep's own calendar day", () => {
		// 2026-12-24 20:00 UTC is Friday 25 December 09:00 in Auckland (UTC+13) and 10:00 on
		// Kiritimati (UTC+14), but still Thursday 24 December 09:00 in Pago Pago (UTC-11).
		const christmas = context({ teamHolidays: ['2026-12-25'] });
		expect(freeFor30(auckland, '2026-12-24T20:00:00Z', christmas)).toBe('holiday');
		expect(freeFor30(kiritimati, '2026-12-24T20:00:00Z', christmas)).toBe('holiday');
		expect(freeFor30(pagoPago, '2026-12-24T20:00:00Z', christmas)).toBeNull();
	});

	it("labels a Pago Pago rep's Friday slot as Saturday for a prospect in Auckland", () => {
		// Thursday 17:00 in Pago Pago; the next slot is Friday 09:00 there, Saturday 09:00 in Auckland.
		const [slot] = freeSlotsFrom('2026-11-27T04:00:00Z', [pagoPago], {
			...slotOptions(1, 30, 7),
			labelTimeZone: 'Pacific/Auckland',
		});
		expect(slot).toMatchObject({
			start: '2026-11-27T20:00:00.000Z',
			label: 'Sat 28 Nov, 9:00 AM GMT+13',
		});
	});

	it('treats the same instant as a weekday in Pago Pago and a weekend in Kiritimati', () => {
		// Friday 2026-11-27 21:00 UTC: Friday 10:00 in Pago Pago, Saturday 11:00 on Kiritimati.
		expect(freeFor30(pagoPago, '2026-11-27T21:00:00Z')).toBeNull();
		expect(freeFor30(kiritimati, '2026-11-27T21:00:00Z')).toBe('outside working hours');
	});
});

describe('routing at the submission time', () => {
	const config = capacityConfig({
		sms: {
			template: 'Hi {{firstName}}, we can talk {{slots}}. {{bookingLink}}',
			bookingLink: 'https://cal.example/x',
		},
	});
	const lead = { text: 'demo please', name: 'Dana Reyes', phone: '+1 415 555 0101' };
	const wednesday = at('2026-11-25T15:00:00Z'); // 10:00 in New York
	const ana = rep({ id: 'ana', name: 'Ana' });
	const ben = rep({ id: 'ben', name: 'Ben' });

	it('offers slots after the busy meetings when every closer is busy', async () => {
		const busy = {
			ana: { busy: [{ start: wednesday - HOUR, end: wednesday + 2 * HOUR }] },
			ben: { busy: [{ start: wednesday, end: wednesday + HOUR }] },
		};
		const { output, routing } = await routeLead(
			{ intent: hotIntent, lead, at: wednesday },
			[ana, ben],
			context({ busy }),
			new StaticDataCapacityStore({}),
			config,
		);
		expect(output).toBe('noCapacity');
		expect(routing.nextSlots?.map((slot) => [slot.repId, slot.start])).toEqual([
			['ben', '2026-11-25T16:00:00.000Z'],
			['ben', '2026-11-25T16:30:00.000Z'],
			['ana', '2026-11-25T17:00:00.000Z'],
		]);
		// Prospect zone unknown and no label zone configured: labels in each slot's rep's zone.
		expect(routing.nextSlots?.[0].label).toBe('Wed 25 Nov, 11:00 AM EST');
	});

	it('assigns the rep under the cap when the other is at it, and offers slots when both are', async () => {
		const capped = [
			rep({ id: 'ana', name: 'Ana', maxOpenLeads: 1 }),
			rep({ id: 'ben', name: 'Ben', maxLeadsPerDay: 1 }),
		];
		const store = new StaticDataCapacityStore({});
		const route = () =>
			routeLead({ intent: hotIntent, lead, at: wednesday }, capped, context(), store, config);
		expect((await route()).routing.rep?.id).toBe('ana');
		const second = await route();
		expect(second.routing.rep?.id).toBe('ben');
		expect(second.routing.audit.map((entry) => entry.reason)).toContain('Ana: at maxOpenLeads (1)');
		const third = await route();
		expect(third.output).toBe('noCapacity');
		expect(third.routing.reason).toMatch(
			/^No closers rep can take the lead now: Ana \(at maxOpenLeads\), Ben \(at maxLeadsPerDay\)\. 3 free slot\(s\) offered by SMS to \+14155550101$/,
		);
	});

	it("counts out-of-office given with times in the rep's zone", () => {
		const away = rep({
			id: 'away',
			outOfOffice: [{ start: '2026-11-25T09:00', end: '2026-11-25T12:00' }],
		});
		expect(unavailability(away, wednesday, wednesday + 30 * MINUTE, context())).toBe(
			'out of office',
		);
		expect(
			unavailability(away, at('2026-11-25T17:00:00Z'), at('2026-11-25T17:30:00Z'), context()),
		).toBeNull(); // 12:00 local
	});

	it('warns on the item about an unreadable calendar, whichever way the policy goes', async () => {
		const busy = { ana: { busy: [], error: 'Google Calendar: notFound' } };
		const assumedFree = await routeLead(
			{ intent: hotIntent, lead, at: wednesday },
			[ana],
			context({ busy, calendarFailure: 'assumeFree' }),
			new StaticDataCapacityStore({}),
			config,
		);
		expect(assumedFree.output).toBe('assigned');
		expect(assumedFree.routing.warnings).toEqual([
			'The calendar of Ana could not be read (Google Calendar: notFound): assumed free',
		]);
		const assumedBusy = await routeLead(
			{ intent: hotIntent, lead, at: wednesday },
			[ana],
			context({ busy }),
			new StaticDataCapacityStore({}),
			config,
		);
		expect(assumedBusy.output).toBe('noCapacity');
		expect(assumedBusy.routing.warnings).toEqual([
			'The calendar of Ana could not be read (Google Calendar: notFound): assumed busy',
		]);
	});

	it('judges availability at submission but never offers slots or texts in the past', async () => {
		// Submitted Saturday night, routed on Monday at 10:10: slots start after the routing time.
		const { output, routing } = await routeLead(
			{
				intent: hotIntent,
				lead: { ...lead, timeZone: 'America/New_York' },
				at: at('2026-11-29T02:00:00Z'),
				now: at('2026-11-30T15:10:00Z'),
			},
			[ana],
			context(),
			new StaticDataCapacityStore({}),
			config,
		);
		expect(output).toBe('noCapacity');
		expect(routing.nextSlots?.[0].start).toBe('2026-11-30T15:30:00.000Z');
		expect(routing.sms).toMatchObject({ allowedNow: true, sendAt: '2026-11-30T15:10:00.000Z' });
	});

	it('asks the store with only the available reps, roster positions as priorities and the whole pool order', async () => {
		const requests: AssignRequest[] = [];
		const recordingStore: CapacityStateStore = {
			assign: async (request) => (
				requests.push(request),
				{ repId: request.candidates[0].id, atCap: [], openLeads: 1, leadsToday: 1 }
			),
			release: async () => ({ openLeads: 0, alreadyReleased: false }),
			confirmDelivery: async () => ({ confirmedAt: 0, alreadyConfirmed: false }),
			counts: async () => ({}),
		};
		const roster = [
			rep({ id: 'sdr', tiers: ['sdrs'] }),
			rep({ id: 'off', active: false }),
			rep({ id: 'busy' }),
			rep({ id: 'free', weight: 2, maxOpenLeads: 4 }),
		];
		const busy = { busy: { busy: [{ start: wednesday, end: wednesday + HOUR }] } };
		await routeLead(
			{ intent: hotIntent, lead, at: wednesday },
			roster,
			context({ busy }),
			recordingStore,
			config,
		);
		expect(requests).toEqual([
			{
				pool: 'closers',
				strategy: 'roundRobin',
				at: wednesday,
				candidates: [
					{
						id: 'free',
						weight: 2,
						priority: 3,
						maxOpenLeads: 4,
						maxLeadsPerDay: undefined,
						day: '2026-11-25',
					},
				],
				rosterOrder: ['off', 'busy', 'free'],
			},
		]);
	});

	it('says why an item without a readable intent is not routed', async () => {
		const { output, routing } = await routeLead(
			{ intent: null, problem: '"intent.path" must be a non-empty string', lead, at: wednesday },
			[ana],
			context(),
			new StaticDataCapacityStore({}),
			config,
		);
		expect(output).toBe('notRouted');
		expect(routing).toMatchObject({
			status: 'error',
			reason: '"intent.path" must be a non-empty string',
			rep: null,
		});
	});
});

describe("SMS quiet hours in the prospect's local time", () => {
	const options = {
		defaultCountry: 'US',
		template: 'Hi {{firstName}}, pick a time: {{bookingLink}}',
		bookingLink: 'https://cal.example/x',
		quietStart: 21,
		quietEnd: 8,
		fallbackTimeZone: 'Europe/London',
	};
	const LOS_ANGELES = 'America/Los_Angeles';
	/** When a text asked for at `iso` may go, quiet from `start` to `end` o'clock in `zone`. */
	const sendTime = (iso: string, zone: string, start: number, end: number) =>
		nextAllowedSendTime(at(iso), zone, start, end);
	const sentNow = (iso: string) => ({ allowedNow: true, sendAt: at(iso) });
	const heldUntil = (iso: string) => ({ allowedNow: false, sendAt: at(iso) });

	it('waits for 08:00 across the US spring-forward night', () => {
		// 01:30 PST on 2027-03-14; 08:00 that morning is already PDT (UTC-7).
		expect(sendTime('2027-03-14T09:30:00Z', LOS_ANGELES, 21, 8)).toEqual(
			heldUntil('2027-03-14T15:00:00Z'),
		);
	});

	it('allows a text at 20:59 and holds one at 21:00 until the next morning', () => {
		expect(sendTime('2026-11-26T04:59:00Z', LOS_ANGELES, 21, 8)).toEqual(
			sentNow('2026-11-26T04:59:00Z'),
		);
		expect(sendTime('2026-11-26T05:00:00Z', LOS_ANGELES, 21, 8)).toEqual(
			heldUntil('2026-11-26T16:00:00Z'),
		);
	});

	it('supports a same-day quiet window and no quiet hours at all', () => {
		expect(sendTime('2026-11-25T12:30:00Z', 'UTC', 12, 13.5)).toEqual(
			heldUntil('2026-11-25T13:30:00Z'),
		);
		expect(sendTime('2026-11-25T03:00:00Z', 'UTC', 0, 0)).toEqual(sentNow('2026-11-25T03:00:00Z'));
	});

	it("falls back to the configured zone when the prospect's zone is unknown or invalid", () => {
		// 07:00 in London: quiet until 08:00 London time.
		const sms = composeSms(
			{ name: 'Dana', phone: '+44 20 7946 0958', timeZone: 'Mars/Base' },
			[],
			at('2026-11-25T07:00:00Z'),
			options,
		);
		expect(sms).toMatchObject({
			to: '+442079460958',
			allowedNow: false,
			sendAt: '2026-11-25T08:00:00.000Z',
		});
	});

	it('leaves no stray punctuation when a placeholder is empty', () => {
		expect(
			composeSms({ phone: '+1 415 555 0101' }, [], at('2026-11-25T18:00:00Z'), {
				...options,
				fallbackTimeZone: 'America/New_York',
			}).body,
		).toBe('Hi, pick a time: https://cal.example/x');
	});

	it('still reads well when there is no free slot to offer', () => {
		const sms = composeSms(
			{ name: 'Dana', phone: '+1 415 555 0101' },
			[],
			at('2026-11-25T18:00:00Z'),
			{ ...options, template: 'Hi {{firstName}}, we can talk {{slots}}.' },
		);
		expect(sms.body).toBe('Hi Dana, we can talk soon.');
	});

	it.each([
		['030 12345678', 'DE', '+493012345678'],
		['+44 20 7946 0958', 'US', '+442079460958'],
		['(415) 555-0101', 'us', '+14155550101'],
	])('normalises %s (default country %s) to %s', (phone, defaultCountry, e164) => {
		expect(
			composeSms({ phone }, [], at('2026-11-25T18:00:00Z'), { ...options, defaultCountry }).to,
		).toBe(e164);
	});

	it.each(['555-0101', 'call me', '+1 000'])(
		'gives "%s" as a reason on the item, not a crash',
		(phone) => {
			const sms = composeSms({ phone }, [], at('2026-11-25T18:00:00Z'), options);
			expect(sms.to).toBeNull();
			expect(sms.reason).toBe(
				`"${phone}" is not a valid phone number (read with default country US; write it as +<country code> <number> if it is foreign)`,
			);
		},
	);
});
