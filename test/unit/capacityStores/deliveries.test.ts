/**
 * What a duplicate says about the first submission's messages: the rep is told again when nobody
 * confirmed telling them (at least once), a prospect is never texted twice (at most once). Run on
 * every store through routeLead, as Capacity Check runs it.
 */
import type {
	AvailabilityContext,
	CapacityStateStore,
	LeadIdentity,
	Rep,
} from '../../../engine/capacity';
import { routeLead } from '../../../engine/capacity';
import { hotIntent, useCapacityStores } from '../../helpers/capacityStores';
import { capacityConfig } from '../../helpers/capacityConfig';

const { stores } = useCapacityStores('deliveries');

const AT = Date.parse('2026-11-25T15:00:00Z'); // 10:00 in New York
const HOUR = 3_600_000;
const closer = (id: string, maxOpenLeads?: number): Rep => ({
	id,
	name: id.toUpperCase(),
	tiers: ['closers'],
	timeZone: 'America/New_York',
	workingHours: [{ days: [1, 2, 3, 4, 5, 6, 7], start: '09:00', end: '17:00' }],
	maxOpenLeads,
});
const availability: AvailabilityContext = {
	teamHolidays: [],
	busy: {},
	calendarFailure: 'assumeBusy',
};
const config = capacityConfig({
	slots: { count: 2, horizonDays: 7 },
	sms: {
		template: 'Hi {{firstName}}, pick a time: {{bookingLink}}',
		bookingLink: 'https://cal.example/x',
	},
});
const lead = { text: 'We need a demo this week', name: 'Dana Reyes', phone: '+1 415 555 0101' };

describe.each(stores)('%s store: deliveries a duplicate still owes', (_name, makeStore) => {
	const route = (store: CapacityStateStore, reps: Rep[], id: string, executionId: string) => {
		const identity: LeadIdentity & { keyField: string } = {
			id,
			duplicateKey: 'lead-42',
			windowMs: HOUR,
			executionId,
			itemIndex: 0,
			keyField: 'lead ID',
		};
		return routeLead(
			{ intent: hotIntent, lead, at: AT, identity },
			reps,
			availability,
			store,
			config,
		);
	};

	it('tells the rep again until the first notification is confirmed, then not', async () => {
		const store = makeStore();
		const first = await route(store, [closer('ana')], 'L1', 'e1');
		expect(first.output).toBe('assigned');
		expect(first.routing).not.toHaveProperty('pendingDeliveries');
		// The first execution died before its Slack node: the sender's retry owes the rep a notification.
		const retry = await route(store, [closer('ana')], 'L2', 'e2');
		expect(retry.output).toBe('duplicate');
		expect(retry.routing).toMatchObject({
			status: 'assigned',
			rep: { id: 'ana' },
			leadId: 'L1',
			confirmedDeliveries: [],
			pendingDeliveries: ['repNotification'],
		});
		expect(retry.routing.reason).toContain(
			'its rep notification was never confirmed: send it (routing.pendingDeliveries)',
		);
		await store.confirmDelivery('L1', 'repNotification');
		const again = await route(store, [closer('ana')], 'L3', 'e3');
		expect(again.routing).toMatchObject({
			status: 'assigned',
			confirmedDeliveries: ['repNotification'],
			pendingDeliveries: [],
		});
		expect(again.routing.reason).toContain('the rep was notified');
	});

	it('never owes a prospect a second SMS, confirmed or not, and says which it was', async () => {
		const store = makeStore();
		const full = [closer('ana', 0)];
		expect((await route(store, full, 'L1', 'e1')).output).toBe('noCapacity');
		const unconfirmed = await route(store, full, 'L2', 'e2');
		expect(unconfirmed.output).toBe('duplicate');
		expect(unconfirmed.routing).toMatchObject({
			status: 'no_capacity',
			confirmedDeliveries: [],
			pendingDeliveries: [],
		});
		expect(unconfirmed.routing.sms).toBeUndefined();
		expect(unconfirmed.routing.reason).toContain(
			'(not confirmed sent; never sent twice); no second SMS',
		);
		await store.confirmDelivery('L1', 'prospectSms');
		const confirmed = await route(store, full, 'L3', 'e3');
		expect(confirmed.routing).toMatchObject({
			confirmedDeliveries: ['prospectSms'],
			pendingDeliveries: [],
		});
		expect(confirmed.routing.reason).toContain('free slots (sent); no second SMS');
	});
});
