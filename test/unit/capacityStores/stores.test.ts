import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

import { createClient } from '@redis/client';
import { build } from 'esbuild';

import type {
	AssignmentStrategy,
	CapacityState,
	CapacityStateStore,
	Candidate,
	LeadIdentity,
} from '../../../engine/capacity';
import { RedisCapacityStore, StaticDataCapacityStore } from '../../../engine/capacity';
import { useCapacityStores } from '../../helpers/capacityStores';

const run = promisify(execFile);
const { stores, redisStore, sqliteStore, redis, folder } = useCapacityStores('conformance');

const DAY = '2026-11-25';
const AT = Date.parse('2026-11-25T15:00:00Z');
const CANDIDATES: Candidate[] = [
	{ id: 'a', weight: 3, priority: 2, day: DAY },
	{ id: 'b', weight: 1, priority: 1, day: DAY },
	{ id: 'c', weight: 1, priority: 3, maxLeadsPerDay: 2, day: DAY },
];
/** A rep of weight 1 and first priority whose daily counts go on `day`, changed where a test says. */
const candidate = (id: string, day: string, changes: Partial<Candidate> = {}): Candidate => ({
	id,
	weight: 1,
	priority: 0,
	day,
	...changes,
});
/** One assignment in pool p, submitted at `iso`. */
const assignAt = (
	store: CapacityStateStore,
	iso: string,
	candidates: Candidate[],
	strategy: AssignmentStrategy = 'roundRobin',
) => store.assign({ pool: 'p', strategy, candidates, at: Date.parse(iso) });

describe.each(stores)('%s store (one conformance suite for every store)', (_name, makeStore) => {
	const picks = async (
		store: CapacityStateStore,
		strategy: AssignmentStrategy,
		times: number,
		candidates = CANDIDATES,
	) => {
		const result: Array<string | null> = [];
		for (let i = 0; i < times; i++)
			result.push((await store.assign({ pool: 'p', strategy, candidates, at: AT })).repId);
		return result;
	};

	it('round robin rotates and skips a rep at a daily cap', async () =>
		expect(await picks(makeStore(), 'roundRobin', 7)).toEqual(['a', 'b', 'c', 'a', 'b', 'c', 'a']));
	it('weighted round robin is smooth and proportional', async () =>
		expect(await picks(makeStore(), 'weightedRoundRobin', 5)).toEqual(['a', 'b', 'a', 'c', 'a']));
	it('priority order fills the master closer first', async () =>
		expect(await picks(makeStore(), 'priorityOrder', 3)).toEqual(['b', 'b', 'b']));
	it('least loaded balances open leads', async () =>
		expect(await picks(makeStore(), 'leastLoaded', 4)).toEqual(['a', 'b', 'c', 'a']));

	it('round robin follows the full roster order when the last rep is unavailable now', async () => {
		const store = makeStore();
		const rosterOrder = ['a', 'b', 'c'];
		const all = CANDIDATES.map((candidate) => ({ ...candidate, maxLeadsPerDay: undefined }));
		const assign = (ids: string[]) =>
			store.assign({
				pool: 'rr',
				strategy: 'roundRobin',
				candidates: all.filter((c) => ids.includes(c.id)),
				at: AT,
				rosterOrder,
			});
		expect((await assign(['a', 'b', 'c'])).repId).toBe('a');
		expect((await assign(['a', 'b', 'c'])).repId).toBe('b');
		// b is busy now: the turn passes to c, not back to a.
		expect((await assign(['a', 'c'])).repId).toBe('c');
		expect((await assign(['a', 'b', 'c'])).repId).toBe('a');
	});

	it('reports caps, counts, and releases without going below zero', async () => {
		const store = makeStore();
		const capped: Candidate[] = [{ id: 'x', weight: 1, priority: 0, maxOpenLeads: 1, day: DAY }];
		expect(
			await store.assign({ pool: 'p', strategy: 'roundRobin', candidates: capped, at: AT }),
		).toEqual({ repId: 'x', atCap: [], openLeads: 1, leadsToday: 1 });
		expect(
			await store.assign({ pool: 'p', strategy: 'roundRobin', candidates: capped, at: AT }),
		).toEqual({ repId: null, atCap: [{ repId: 'x', cap: 'maxOpenLeads', value: 1 }] });
		expect(await store.counts(['x'], DAY)).toEqual({ x: { openLeads: 1, leadsToday: 1 } });
		expect(await store.release('x')).toEqual({ openLeads: 0, alreadyReleased: false });
		expect(await store.release('x')).toEqual({ openLeads: 0, alreadyReleased: false });
	});

	it("counts each rep's daily cap on the date given for that rep, several dates in one call", async () => {
		const store = makeStore();
		// 2026-11-25 07:30 UTC is 23:30 on the 24th in Los Angeles and 20:30 on the 25th in Auckland.
		const la = candidate('la', '2026-11-24', { maxLeadsPerDay: 1 });
		const akl = candidate('akl', '2026-11-25', { priority: 1, maxLeadsPerDay: 1 });
		const assign = (iso: string, candidates: Candidate[]) =>
			store.assign({ pool: 'zones', strategy: 'priorityOrder', candidates, at: Date.parse(iso) });
		expect(await assign('2026-11-25T07:30:00Z', [la, akl])).toEqual({
			repId: 'la',
			atCap: [],
			openLeads: 1,
			leadsToday: 1,
		});
		expect(await assign('2026-11-25T07:35:00Z', [la, akl])).toEqual({
			repId: 'akl',
			atCap: [{ repId: 'la', cap: 'maxLeadsPerDay', value: 1 }],
			openLeads: 1,
			leadsToday: 1,
		});
		// 00:10 in Los Angeles, still the 25th in UTC and in Auckland: only la starts a new day.
		expect(await assign('2026-11-25T08:10:00Z', [{ ...la, day: '2026-11-25' }, akl])).toEqual({
			repId: 'la',
			atCap: [{ repId: 'akl', cap: 'maxLeadsPerDay', value: 1 }],
			openLeads: 2,
			leadsToday: 1,
		});
		expect(await store.counts(['la', 'akl'], '2026-11-24')).toEqual({
			la: { openLeads: 2, leadsToday: 1 },
			akl: { openLeads: 1, leadsToday: 0 },
		});
		expect(await store.counts(['la', 'akl'], '2026-11-25')).toEqual({
			la: { openLeads: 2, leadsToday: 1 },
			akl: { openLeads: 1, leadsToday: 1 },
		});
	});

	it("keeps the counters of every date a rep can still be living in: two days before the submission's UTC date", async () => {
		const store = makeStore();
		const pagoPago = candidate('ppg', '2026-11-24', { maxLeadsPerDay: 5 });
		await assignAt(store, '2026-11-25T10:00:00Z', [pagoPago]);
		// Late on the 26th in UTC: the 24th is two days back, still kept.
		await assignAt(store, '2026-11-26T23:00:00Z', [
			{ ...pagoPago, id: 'other', day: '2026-11-26' },
		]);
		expect(await store.counts(['ppg'], '2026-11-24')).toEqual({
			ppg: { openLeads: 1, leadsToday: 1 },
		});
	});

	describe('duplicates and release per lead', () => {
		const HOUR = 3_600_000;
		const lead = (
			id: string,
			duplicateKey: string | undefined,
			extra: Partial<LeadIdentity> = {},
		): LeadIdentity => ({
			id,
			duplicateKey,
			windowMs: HOUR,
			executionId: `exec-${id}`,
			itemIndex: 0,
			...extra,
		});
		const assign = (
			store: CapacityStateStore,
			identity: LeadIdentity,
			at = AT,
			candidates = CANDIDATES,
		) => store.assign({ pool: 'dup', strategy: 'roundRobin', candidates, at, lead: identity });

		it("gives a repeat of a lead within the window the first one's rep and lead id, counting it once", async () => {
			const store = makeStore();
			expect(await assign(store, lead('first', 'k1'))).toEqual({
				repId: 'a',
				atCap: [],
				openLeads: 1,
				leadsToday: 1,
				leadId: 'first',
			});
			// 59 minutes later, from another execution: the same lead.
			expect(await assign(store, lead('second', 'k1'), AT + 59 * 60_000)).toEqual({
				repId: 'a',
				atCap: [],
				leadId: 'first',
				duplicateOf: { leadId: 'first', firstAt: AT, pool: 'dup', replay: false, delivered: [] },
			});
			// A repeat submitted before the first one (a queue delivering out of order) is the same lead too.
			expect((await assign(store, lead('third', 'k1'), AT - 30 * 60_000)).duplicateOf).toEqual({
				leadId: 'first',
				firstAt: AT,
				pool: 'dup',
				replay: false,
				delivered: [],
			});
			expect(await store.counts(['a', 'b'], DAY)).toEqual({
				a: { openLeads: 1, leadsToday: 1 },
				b: { openLeads: 0, leadsToday: 0 },
			});
			// The rotation did not move: the next new lead goes to b.
			expect((await assign(store, lead('other', 'k2'))).repId).toBe('b');
		});

		it('treats the same key outside the window, or without a key, as a new lead', async () => {
			const store = makeStore();
			await assign(store, lead('first', 'k1'));
			const later = await assign(store, lead('later', 'k1'), AT + HOUR + 1);
			expect(later).toEqual({
				repId: 'b',
				atCap: [],
				openLeads: 1,
				leadsToday: 1,
				leadId: 'later',
			});
			// The record now belongs to the later lead: a repeat of it is its duplicate.
			expect((await assign(store, lead('again', 'k1'), AT + HOUR + 2)).duplicateOf?.leadId).toBe(
				'later',
			);
			expect((await assign(store, lead('keyless', undefined))).duplicateOf).toBeUndefined();
			expect((await assign(store, lead('keyless2', undefined))).duplicateOf).toBeUndefined();
		});

		it('marks the same execution and item asking again as a replay', async () => {
			const store = makeStore();
			await assign(store, lead('first', 'k1', { executionId: '42', itemIndex: 3 }));
			expect(
				(await assign(store, lead('retry', 'k1', { executionId: '42', itemIndex: 3 }))).duplicateOf,
			).toEqual({ leadId: 'first', firstAt: AT, pool: 'dup', replay: true, delivered: [] });
			// Same execution, another item (the lead twice in one batch): a duplicate, not a replay.
			expect(
				(await assign(store, lead('twin', 'k1', { executionId: '42', itemIndex: 4 }))).duplicateOf
					?.replay,
			).toBe(false);
		});

		it('remembers a lead nobody could take, so its repeat is not offered slots again', async () => {
			const store = makeStore();
			const full: Candidate[] = [{ id: 'x', weight: 1, priority: 0, maxOpenLeads: 0, day: DAY }];
			expect(await assign(store, lead('first', 'k1'), AT, full)).toEqual({
				repId: null,
				atCap: [{ repId: 'x', cap: 'maxOpenLeads', value: 0 }],
				leadId: 'first',
			});
			expect(await assign(store, lead('second', 'k1'), AT, [])).toEqual({
				repId: null,
				atCap: [],
				leadId: 'first',
				duplicateOf: { leadId: 'first', firstAt: AT, pool: 'dup', replay: false, delivered: [] },
			});
		});

		it('releases a lead once: a second release of it changes nothing, and no release goes below zero', async () => {
			const store = makeStore();
			await assign(store, lead('one', 'k1'));
			await assign(store, lead('two', 'k2', {}), AT, [CANDIDATES[0]]);
			expect(await store.counts(['a'], DAY)).toEqual({ a: { openLeads: 2, leadsToday: 2 } });
			// In order: each lead released twice; 'unknown' is a lead the store never counted (or
			// forgot), which still releases at most one, never below zero.
			const released: Array<[string, Awaited<ReturnType<CapacityStateStore['release']>>]> = [];
			for (const leadId of ['one', 'one', 'two', 'unknown', 'unknown'])
				released.push([leadId, await store.release('a', { leadId })]);
			expect(released).toEqual([
				['one', { openLeads: 1, alreadyReleased: false }],
				['one', { openLeads: 1, alreadyReleased: true }],
				['two', { openLeads: 0, alreadyReleased: false }],
				['unknown', { openLeads: 0, alreadyReleased: false }],
				['unknown', { openLeads: 0, alreadyReleased: true }],
			]);
			// The daily count is history, not load: releases leave it.
			expect(await store.counts(['a'], DAY)).toEqual({ a: { openLeads: 0, leadsToday: 2 } });
		});
	});

	describe('delivery confirmations per lead', () => {
		const HOUR = 3_600_000;
		const lead = (id: string, duplicateKey: string): LeadIdentity => ({
			id,
			duplicateKey,
			windowMs: HOUR,
			executionId: `exec-${id}`,
			itemIndex: 0,
		});
		const assign = (store: CapacityStateStore, identity: LeadIdentity, candidates = CANDIDATES) =>
			store.assign({ pool: 'deliver', strategy: 'roundRobin', candidates, at: AT, lead: identity });

		it('a duplicate names what the first submission confirmed: nothing, then the rep notification', async () => {
			const store = makeStore();
			await assign(store, lead('first', 'k1'));
			// The first execution died before its Slack node: nothing confirmed, the retry must say so.
			expect((await assign(store, lead('retry', 'k1'))).duplicateOf?.delivered).toEqual([]);
			expect(await store.confirmDelivery('first', 'repNotification', { now: AT })).toEqual({
				confirmedAt: AT,
				alreadyConfirmed: false,
			});
			expect((await assign(store, lead('retry2', 'k1'))).duplicateOf?.delivered).toEqual([
				'repNotification',
			]);
			// Confirmations are the first lead's: a lead with another key knows none of them.
			await assign(store, lead('other', 'k2'));
			expect((await assign(store, lead('other-retry', 'k2'))).duplicateOf?.delivered).toEqual([]);
		});

		it('confirms once per lead and channel: a second confirmation keeps the first time and changes nothing', async () => {
			const store = makeStore();
			const full: Candidate[] = [{ id: 'x', weight: 1, priority: 0, maxOpenLeads: 0, day: DAY }];
			await assign(store, lead('first', 'k1'), full);
			expect(await store.confirmDelivery('first', 'prospectSms', { now: AT + 5 })).toEqual({
				confirmedAt: AT + 5,
				alreadyConfirmed: false,
			});
			expect(await store.confirmDelivery('first', 'prospectSms', { now: AT + 9 })).toEqual({
				confirmedAt: AT + 5,
				alreadyConfirmed: true,
			});
			expect(await store.confirmDelivery('first', 'repNotification', { now: AT + 9 })).toEqual({
				confirmedAt: AT + 9,
				alreadyConfirmed: false,
			});
			// Listed in one fixed order whichever was confirmed first.
			expect((await assign(store, lead('again', 'k1'), full)).duplicateOf?.delivered).toEqual([
				'repNotification',
				'prospectSms',
			]);
			// Counting is untouched by confirmations.
			expect(await store.counts(['x'], DAY)).toEqual({ x: { openLeads: 0, leadsToday: 0 } });
		});

		it('takes hostile lead ids as plain data', async () => {
			const store = makeStore();
			for (const leadId of [
				'__proto__',
				'constructor',
				"'; DROP TABLE capacity_state; --",
				'\u200b\u202e',
				'x'.repeat(10_000),
			]) {
				expect(
					(await store.confirmDelivery(leadId, 'repNotification', { now: AT })).alreadyConfirmed,
				).toBe(false);
				expect(
					(await store.confirmDelivery(leadId, 'repNotification', { now: AT + 1 }))
						.alreadyConfirmed,
				).toBe(true);
			}
			expect(({} as Record<string, unknown>).channels).toBeUndefined();
			expect((await assign(store, lead('still', 'k9'))).repId).toBe('a');
		});
	});

	it('counts a batch of old leads, processed late, against the caps of their own day', async () => {
		const store = makeStore();
		const capped: Candidate[] = [
			{ id: 'x', weight: 1, priority: 0, maxLeadsPerDay: 2, day: '2020-01-06' },
		];
		const outcomes = [];
		for (const minute of [0, 1, 2])
			outcomes.push(
				await store.assign({
					pool: 'p',
					strategy: 'roundRobin',
					candidates: capped,
					at: Date.parse(`2020-01-06T15:0${minute}:00Z`),
				}),
			);
		expect(outcomes.map((outcome) => outcome.repId)).toEqual(['x', 'x', null]);
		expect(outcomes[2].atCap).toEqual([{ repId: 'x', cap: 'maxLeadsPerDay', value: 2 }]);
	});
});

describe.each(stores.filter(([name]) => name !== 'Redis'))(
	'%s store forgets by the wall clock it is given',
	(_name, makeStore) => {
		const lead: LeadIdentity = { id: 'first', duplicateKey: 'k', windowMs: 3_600_000 };
		const assign = (store: CapacityStateStore, id: string, now: number) =>
			store.assign({
				pool: 'p',
				strategy: 'roundRobin',
				candidates: CANDIDATES,
				at: AT,
				now,
				lead: { ...lead, id },
			});

		it('a lead record a day after its window, a release after seven days', async () => {
			const store = makeStore();
			const now = Date.parse('2026-12-01T00:00:00Z');
			await assign(store, 'first', now);
			// Within the window plus a day of grace the repeat is caught, however late it is processed.
			expect((await assign(store, 'again', now + 25 * 3_600_000 - 1)).duplicateOf?.leadId).toBe(
				'first',
			);
			expect((await assign(store, 'later', now + 25 * 3_600_000)).duplicateOf).toBeUndefined();
			expect(await store.release('a', { leadId: 'first', now })).toEqual({
				openLeads: 0,
				alreadyReleased: false,
			});
			expect(
				(await store.release('a', { leadId: 'first', now: now + 7 * 86_400_000 - 1 }))
					.alreadyReleased,
			).toBe(true);
			expect(
				(await store.release('a', { leadId: 'first', now: now + 7 * 86_400_000 })).alreadyReleased,
			).toBe(false);
		});

		it('a delivery confirmation after 31 days, the longest window and its day of grace', async () => {
			const store = makeStore();
			const now = Date.parse('2026-12-01T00:00:00Z');
			await store.confirmDelivery('first', 'repNotification', { now });
			expect(
				await store.confirmDelivery('first', 'repNotification', { now: now + 31 * 86_400_000 - 1 }),
			).toEqual({ confirmedAt: now, alreadyConfirmed: true });
			expect(
				await store.confirmDelivery('first', 'repNotification', { now: now + 31 * 86_400_000 }),
			).toEqual({ confirmedAt: now + 31 * 86_400_000, alreadyConfirmed: false });
		});
	},
);

describe('SQLite file store', () => {
	it('starts from an empty file when the file was deleted to reset the counts, without a restart', async () => {
		const file = path.join(folder, 'reset.sqlite');
		const candidates: Candidate[] = [
			{ id: 'x', weight: 1, priority: 0, maxOpenLeads: 1, day: DAY },
		];
		expect(
			(await sqliteStore(file).assign({ pool: 'p', strategy: 'roundRobin', candidates, at: AT }))
				.repId,
		).toBe('x');
		expect(
			(await sqliteStore(file).assign({ pool: 'p', strategy: 'roundRobin', candidates, at: AT }))
				.repId,
		).toBeNull();
		for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
		expect(
			await sqliteStore(file).assign({ pool: 'p', strategy: 'roundRobin', candidates, at: AT }),
		).toMatchObject({ repId: 'x', openLeads: 1 });
	});

	it('says which Node.js it needs when node:sqlite cannot be loaded', () => {
		try {
			expect(() =>
				jest.isolateModules(() => {
					jest.doMock('node:sqlite', () => {
						throw new Error('No such built-in module: node:sqlite');
					});
					const { SqliteCapacityStore: Isolated } =
						// eslint-disable-next-line @typescript-eslint/no-require-imports -- a fresh copy of the module, under the mock
						require('../../../engine/capacity/stores/sqliteStore') as typeof import('../../../engine/capacity/stores/sqliteStore');
					new Isolated(path.join(folder, 'never.sqlite'));
				}),
			).toThrow(
				/^The SQLite state storage needs Node.js 22.13 or later \(node:sqlite\); this n8n runs on Node.js \d+/,
			);
		} finally {
			// A mock registered with doMock outlives isolateModules: later stores need the real module.
			jest.dontMock('node:sqlite');
		}
	});
});

/** Earlier versions saved x at 2 leads on DAY under the same keys: x, capped at 2 a day, is full. */
async function expectEarlierCountsRead(store: CapacityStateStore) {
	const outcome = await store.assign({
		pool: 'p',
		strategy: 'roundRobin',
		candidates: [{ id: 'x', weight: 1, priority: 0, maxLeadsPerDay: 2, day: DAY }],
		at: AT,
	});
	expect(outcome).toEqual({
		repId: null,
		atCap: [{ repId: 'x', cap: 'maxLeadsPerDay', value: 2 }],
	});
}

describe('workflow static data store', () => {
	const KEY = 'intentFunnel:capacity';

	it("drops daily counters of dates more than two days before the submission's UTC date", async () => {
		const staticData: Record<string, unknown> = {};
		const store = new StaticDataCapacityStore(staticData);
		await assignAt(store, '2026-11-25T07:30:00Z', [candidate('la', '2026-11-24')]);
		await assignAt(store, '2026-11-25T08:10:00Z', [candidate('la', '2026-11-25')]);
		await assignAt(store, '2026-11-27T20:00:00Z', [candidate('la', '2026-11-27')]);
		expect((staticData[KEY] as CapacityState).daily).toEqual({
			'2026-11-25|la': 1,
			'2026-11-27|la': 1,
		});
	});

	it('reads the counts that earlier versions saved (same keys, UTC dates then)', async () => {
		const staticData: Record<string, unknown> = {
			[KEY]: {
				open: { x: 1 },
				daily: { '2026-11-25|x': 2 },
				lastAssigned: { p: 'x' },
				currentWeights: {},
			},
		};
		const store = new StaticDataCapacityStore(staticData);
		await expectEarlierCountsRead(store);
	});
});

describe('Redis store keys', () => {
	let client: ReturnType<typeof createClient>;
	beforeAll(async () => {
		client = createClient({ socket: { host: redis().host, port: redis().port } });
		await client.connect();
	});
	afterAll(async () => await client.quit());

	it('keeps one hash per date, each expiring three days after the last lead counted on it', async () => {
		const store = redisStore('keys:ttl');
		const la = candidate('la', '2026-11-24');
		const akl = candidate('akl', '2026-11-25', { priority: 1 });
		await assignAt(store, '2026-11-25T07:30:00Z', [la, akl], 'priorityOrder');
		await assignAt(store, '2026-11-25T07:35:00Z', [akl], 'priorityOrder');
		expect(await client.hGetAll('keys:ttl:daily:2026-11-24')).toEqual({ la: '1' });
		expect(await client.hGetAll('keys:ttl:daily:2026-11-25')).toEqual({ akl: '1' });
		for (const key of ['keys:ttl:daily:2026-11-24', 'keys:ttl:daily:2026-11-25']) {
			const ttl = await client.ttl(key);
			expect(ttl).toBeGreaterThan(3 * 86_400 - 60);
			expect(ttl).toBeLessThanOrEqual(3 * 86_400);
		}
	});

	it('keeps a lead record for its window and a day, and a release mark for seven days, under hashed keys only', async () => {
		const store = redisStore('keys:lead');
		await store.assign({
			pool: 'p',
			strategy: 'roundRobin',
			candidates: CANDIDATES,
			at: AT,
			lead: {
				id: 'L1',
				duplicateKey: 'abc123',
				windowMs: 3_600_000,
				executionId: '7',
				itemIndex: 2,
			},
		});
		expect(await client.hGetAll('keys:lead:lead:abc123')).toEqual({
			leadId: 'L1',
			repId: 'a',
			at: String(AT),
			executionId: '7',
			itemIndex: '2',
			pool: 'p',
		});
		const leadTtl = await client.pTTL('keys:lead:lead:abc123');
		expect(leadTtl).toBeGreaterThan(25 * 3_600_000 - 60_000);
		expect(leadTtl).toBeLessThanOrEqual(25 * 3_600_000);
		await store.release('a', { leadId: 'L1' });
		const releaseTtl = await client.pTTL('keys:lead:released:L1');
		expect(releaseTtl).toBeGreaterThan(7 * 86_400_000 - 60_000);
		expect(await client.keys('keys:lead:*')).toEqual(
			expect.arrayContaining(['keys:lead:open', 'keys:lead:lead:abc123', 'keys:lead:released:L1']),
		);
	});

	it("keeps a lead's delivery confirmations in one hash for 31 days", async () => {
		const store = redisStore('keys:delivery');
		await store.confirmDelivery('L1', 'repNotification', { now: AT });
		await store.confirmDelivery('L1', 'prospectSms', { now: AT + 1 });
		expect(await client.hGetAll('keys:delivery:delivered:L1')).toEqual({
			repNotification: String(AT),
			prospectSms: String(AT + 1),
		});
		const ttl = await client.pTTL('keys:delivery:delivered:L1');
		expect(ttl).toBeGreaterThan(31 * 86_400_000 - 60_000);
		expect(ttl).toBeLessThanOrEqual(31 * 86_400_000);
	});

	it('reads the counts that earlier versions saved (same keys, UTC dates then)', async () => {
		await client.hSet('keys:old:daily:2026-11-25', 'x', '2');
		await client.hSet('keys:old:open', 'x', '1');
		const store = redisStore('keys:old');
		await expectEarlierCountsRead(store);
	});
});

describe.each([
	['Redis', () => `redis:${redis().port}`],
	['SQLite file', () => `sqlite:${path.join(folder, 'shared.sqlite')}`],
])('%s store shared by 4 processes at once', (_name, storeSpec) => {
	type Pick = { repId: string | null; duplicate: boolean };
	// The worker bundled once to plain JavaScript: ts-node would compile it again in every process.
	let worker: string;
	beforeAll(async () => {
		worker = path.join(folder, 'assignWorker.js');
		await build({
			entryPoints: [path.join(__dirname, 'assignWorker.ts')],
			bundle: true,
			platform: 'node',
			target: 'node22',
			outfile: worker,
			logLevel: 'silent',
		});
	});
	/** Runs the worker in `processes` child processes at once; their picks, one list per process. */
	const workers = async (
		keyPrefix: string,
		strategy: string,
		candidates: Candidate[],
		leads: number | string[],
		processes = 4,
		spec: string = storeSpec(),
		env: NodeJS.ProcessEnv = process.env,
	) => {
		// The workers take a while to start: they meet here and begin together.
		const barrier = mkdtempSync(path.join(folder, 'barrier-'));
		const running = Promise.all(
			Array.from({ length: processes }, () =>
				run(
					process.execPath,
					[
						worker,
						spec,
						keyPrefix,
						strategy,
						JSON.stringify(candidates),
						JSON.stringify(leads),
						barrier,
					],
					{
						cwd: path.join(__dirname, '../../..'),
						env,
					},
				),
			),
		);
		let failed = false;
		running.catch(() => (failed = true));
		while (!failed && readdirSync(barrier).length < processes)
			await new Promise((resolve) => setTimeout(resolve, 20));
		writeFileSync(path.join(barrier, 'go'), '');
		return (await running).map((output) => JSON.parse(output.stdout) as Pick[]);
	};
	/** The store the workers wrote to, read from this process. */
	const sharedStore = (keyPrefix: string) =>
		storeSpec().startsWith('redis')
			? redisStore(keyPrefix)
			: sqliteStore(storeSpec().slice('sqlite:'.length), { keyPrefix });
	/** Reps counted on DAY, first of the list first in priority. */
	const inPriorityOrder = (ids: string[], changes: Partial<Candidate> = {}) =>
		ids.map((id, index) => candidate(id, DAY, { priority: index, ...changes }));
	const tally = (picks: Pick[]) =>
		picks.reduce<Record<string, number>>(
			(counts, pick) => ({
				...counts,
				[String(pick.repId)]: (counts[String(pick.repId)] ?? 0) + 1,
			}),
			{},
		);

	it('six processes opening the store at the same instant (a fresh SQLite file) all open it and assign', async () => {
		// A fresh file's first openers switch it to WAL and create the tables together; SQLite
		// answered some of them "database is locked" at once (3 of 36 opens before the retry).
		for (let round = 0; round < 3; round++) {
			const spec = storeSpec().startsWith('sqlite')
				? `sqlite:${path.join(folder, `fresh-${round}.sqlite`)}`
				: storeSpec();
			const picks = await workers(
				`fresh${round}`,
				'roundRobin',
				inPriorityOrder(['a', 'b', 'c']),
				1,
				6,
				spec,
				{
					...process.env,
					OPEN_AFTER_BARRIER: '1',
					OPEN_AT: String(Date.now() + 2_500),
				},
			);
			expect(picks.flat().filter((pick) => pick.repId !== null)).toHaveLength(6);
		}
	});

	it('400 assignments never exceed a cap, and the stored counts are exact', async () => {
		const candidates = inPriorityOrder(['a', 'b', 'c', 'd'], { maxOpenLeads: 90 });
		const counts = tally((await workers('caps', 'leastLoaded', candidates, 100)).flat());
		expect(counts).toEqual({ a: 90, b: 90, c: 90, d: 90, null: 40 });
		const store = sharedStore('caps');
		expect(await store.counts(['a', 'b', 'c', 'd'], DAY)).toEqual(
			Object.fromEntries(['a', 'b', 'c', 'd'].map((id) => [id, { openLeads: 90, leadsToday: 90 }])),
		);
	}, 90_000);

	it('round robin stays fair to within one lead per rep', async () => {
		const candidates = inPriorityOrder(['a', 'b', 'c']);
		const counts = tally((await workers('rr', 'roundRobin', candidates, 100)).flat());
		const values = Object.values(counts);
		expect(values.reduce((sum, value) => sum + value, 0)).toBe(400);
		expect(Math.max(...values) - Math.min(...values)).toBeLessThanOrEqual(1);
	}, 90_000);

	it('the same 60 leads sent by every process are each counted once and get one rep everywhere', async () => {
		const candidates = inPriorityOrder(['a', 'b', 'c'], { maxOpenLeads: 25 });
		const keys = Array.from({ length: 60 }, (_, index) => `lead-${index}`);
		const perProcess = await workers('dupes', 'roundRobin', candidates, keys);
		// Every lead has one rep, whichever process asked; exactly one process counted it.
		for (const [index] of keys.entries()) {
			expect(new Set(perProcess.map((picks) => picks[index].repId)).size).toBe(1);
			expect(perProcess.filter((picks) => !picks[index].duplicate)).toHaveLength(1);
		}
		expect(tally(perProcess[0])).toEqual({ a: 20, b: 20, c: 20 });
		const store = sharedStore('dupes');
		expect(await store.counts(['a', 'b', 'c'], DAY)).toEqual({
			a: { openLeads: 20, leadsToday: 20 },
			b: { openLeads: 20, leadsToday: 20 },
			c: { openLeads: 20, leadsToday: 20 },
		});
	}, 90_000);

	it('the same 60 delivery confirmations sent by every process are each first once', async () => {
		const leadIds = Array.from({ length: 60 }, (_, index) => `confirm-${index}`);
		const perProcess = await workers('confirm', 'confirmDelivery', [], leadIds);
		for (const [index] of leadIds.entries())
			expect(perProcess.filter((picks) => !picks[index].duplicate)).toHaveLength(1);
	}, 90_000);

	it('a process that closes its store ends at once, without closing anything else', async () => {
		// The worker only calls store.close(): the Redis connection it borrowed stays in the pool
		// for 30 s, and must not keep the process alive meanwhile.
		const started = Date.now();
		const [picks] = await workers('exit', 'roundRobin', inPriorityOrder(['a']), 1, 1);
		expect(picks).toEqual([{ repId: 'a', duplicate: false }]);
		expect(Date.now() - started).toBeLessThan(20_000);
	}, 60_000);

	it('keeps rotation and counts when the process ends and a new one starts', async () => {
		const candidates = inPriorityOrder(['a', 'b', 'c'], { maxOpenLeads: 2 });
		const [first] = await workers('restart', 'roundRobin', candidates, 4, 1);
		const [second] = await workers('restart', 'roundRobin', candidates, 4, 1);
		expect([...first, ...second].map((pick) => pick.repId)).toEqual([
			'a',
			'b',
			'c',
			'a',
			'b',
			'c',
			null,
			null,
		]);
	}, 60_000);
});

describe('Redis connection errors', () => {
	it('say where the store tried to connect', async () => {
		const store = new RedisCapacityStore({ host: '127.0.0.1', port: 1 });
		await expect(
			store.assign({ pool: 'p', strategy: 'roundRobin', candidates: CANDIDATES, at: AT }),
		).rejects.toThrow(/^Could not connect to Redis at 127.0.0.1:1: /);
	});
});
