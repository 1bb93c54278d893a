/**
 * Time travel for daily caps: "max N leads a day" resets at midnight in the rep's own time zone,
 * not at midnight UTC. Every scenario runs routeLead against both stores (workflow static data
 * and a real redis-server), which must agree.
 */
import type { AvailabilityContext, CapacityStateStore, Rep } from '../../../engine/capacity';
import { routeLead } from '../../../engine/capacity';
import { hotIntent, useCapacityStores } from '../../helpers/capacityStores';
import { capacityConfig } from '../../helpers/capacityConfig';

const { stores } = useCapacityStores('localDays');

const config = capacityConfig({
	responseMinutes: 15,
	slots: { count: 1, horizonDays: 2 },
	sms: { fallbackTimeZone: 'UTC' },
});
const context: AvailabilityContext = { teamHolidays: [], busy: {}, calendarFailure: 'assumeBusy' };
/** Round the clock, every day: only the cap decides. */
const ALWAYS = [{ days: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '24:00' }];
const rep = (id: string, timeZone: string, maxLeadsPerDay: number): Rep => ({
	id,
	name: id,
	tiers: ['closers'],
	timeZone,
	workingHours: ALWAYS,
	maxLeadsPerDay,
});

/** Routes one lead submitted at `iso`; the rep's id, or why nobody took it. */
async function routeAt(store: CapacityStateStore, reps: Rep[], iso: string): Promise<string> {
	const { output, routing } = await routeLead(
		{ intent: hotIntent, lead: { text: 'demo please' }, at: Date.parse(iso) },
		reps,
		context,
		store,
		config,
	);
	return output === 'assigned'
		? `${routing.rep!.id}: ${routing.reason.replace(/^.*\((.*)\)$/, '$1')}`
		: routing.reason.replace(/\. .*$/, '');
}

describe.each(stores)("daily caps per rep's own day, %s store", (_name, makeStore) => {
	it('America/Los_Angeles: at the cap at 23:30 local, leads again at 00:10 local, which is still the same UTC day', async () => {
		const store = makeStore();
		const ana = [rep('ana', 'America/Los_Angeles', 2)];
		// Wednesday 2026-11-25 in Los Angeles (PST, UTC-8); 23:00 local is already Thursday 07:00 UTC.
		expect(await routeAt(store, ana, '2026-11-25T19:00:00Z')).toBe('ana: 1 open, 1/2 today'); // 11:00 PST
		expect(await routeAt(store, ana, '2026-11-26T07:00:00Z')).toBe('ana: 2 open, 2/2 today'); // 23:00 PST, a new UTC day
		expect(await routeAt(store, ana, '2026-11-26T07:30:00Z')).toBe(
			'No closers rep can take the lead now: ana (at maxLeadsPerDay)',
		); // 23:30 PST
		// 00:10 on Thursday in Los Angeles, 08:10 UTC: the same UTC day as 23:00 and 23:30 local.
		expect(await routeAt(store, ana, '2026-11-26T08:10:00Z')).toBe('ana: 3 open, 1/2 today');
		expect(await store.counts(['ana'], '2026-11-25')).toEqual({
			ana: { openLeads: 3, leadsToday: 2 },
		});
		expect(await store.counts(['ana'], '2026-11-26')).toEqual({
			ana: { openLeads: 3, leadsToday: 1 },
		});
	});

	it('Pacific/Auckland: the cap holds across midnight UTC (13:00 local) and resets at 00:00 local', async () => {
		const store = makeStore();
		const kiri = [rep('kiri', 'Pacific/Auckland', 2)];
		// Thursday 2026-11-26 in Auckland (NZDT, UTC+13): 09:00 local is 20:00 UTC on the 25th.
		expect(await routeAt(store, kiri, '2026-11-25T20:00:00Z')).toBe('kiri: 1 open, 1/2 today'); // 09:00 NZDT
		expect(await routeAt(store, kiri, '2026-11-25T23:50:00Z')).toBe('kiri: 2 open, 2/2 today'); // 12:50 NZDT
		// 13:10 in Auckland is a new UTC day, but not a new day for Kiri.
		expect(await routeAt(store, kiri, '2026-11-26T00:10:00Z')).toBe(
			'No closers rep can take the lead now: kiri (at maxLeadsPerDay)',
		);
		expect(await routeAt(store, kiri, '2026-11-26T10:30:00Z')).toBe(
			'No closers rep can take the lead now: kiri (at maxLeadsPerDay)',
		); // 23:30 NZDT
		// 00:10 on Friday in Auckland, 11:10 UTC: still Thursday in UTC.
		expect(await routeAt(store, kiri, '2026-11-26T11:10:00Z')).toBe('kiri: 3 open, 1/2 today');
	});

	it("counts one instant on each rep's own date when the tier spans the date line", async () => {
		const store = makeStore();
		const team = [rep('ana', 'America/Los_Angeles', 1), rep('kiri', 'Pacific/Auckland', 1)];
		// 2026-11-26 10:30 UTC: 02:30 Thursday in Los Angeles, 23:30 Thursday in Auckland.
		expect(await routeAt(store, team, '2026-11-26T10:30:00Z')).toBe('ana: 1 open, 1/1 today');
		expect(await routeAt(store, team, '2026-11-26T10:35:00Z')).toBe('kiri: 1 open, 1/1 today');
		expect(await routeAt(store, team, '2026-11-26T10:40:00Z')).toBe(
			'No closers rep can take the lead now: ana (at maxLeadsPerDay), kiri (at maxLeadsPerDay)',
		);
		// 00:10 Friday in Auckland: Kiri's new day; Ana's Thursday goes on.
		expect(await routeAt(store, team, '2026-11-26T11:10:00Z')).toBe('kiri: 2 open, 1/1 today');
		expect(await routeAt(store, team, '2026-11-26T11:15:00Z')).toBe(
			'No closers rep can take the lead now: ana (at maxLeadsPerDay), kiri (at maxLeadsPerDay)',
		);
	});
});
