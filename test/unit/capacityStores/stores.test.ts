import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

import { createClient } from '@redis/client';

import type { AssignmentStrategy, CapacityState, CapacityStateStore, Candidate } from '../../../engine/capacity';
import { RedisCapacityStore, StaticDataCapacityStore } from '../../../engine/capacity';
import { useCapacityStores } from '../../helpers/capacityStores';

const run = promisify(execFile);
const { stores, redisStore, redis } = useCapacityStores('conformance');

const DAY = '2026-11-25';
const AT = Date.parse('2026-11-25T15:00:00Z');
const CANDIDATES: Candidate[] = [
	{ id: 'a', weight: 3, priority: 2, day: DAY },
	{ id: 'b', weight: 1, priority: 1, day: DAY },
	{ id: 'c', weight: 1, priority: 3, maxLeadsPerDay: 2, day: DAY },
];

describe.each(stores)('%s store (one conformance suite for every store)', (_name, makeStore) => {
	const picks = async (store: CapacityStateStore, strategy: AssignmentStrategy, times: number, candidates = CANDIDATES) => {
		const result: Array<string | null> = [];
		for (let i = 0; i < times; i++) result.push((await store.assign({ pool: 'p', strategy, candidates, at: AT })).repId);
		return result;
	};

	it('round robin rotates and skips a rep at a daily cap', async () => expect(await picks(makeStore(), 'roundRobin', 7)).toEqual(['a', 'b', 'c', 'a', 'b', 'c', 'a']));
	it('weighted round robin is smooth and proportional', async () => expect(await picks(makeStore(), 'weightedRoundRobin', 5)).toEqual(['a', 'b', 'a', 'c', 'a']));
	it('priority order fills the master closer first', async () => expect(await picks(makeStore(), 'priorityOrder', 3)).toEqual(['b', 'b', 'b']));
	it('least loaded balances open leads', async () => expect(await picks(makeStore(), 'leastLoaded', 4)).toEqual(['a', 'b', 'c', 'a']));

	it('round robin follows the full roster order when the last rep is unavailable now', async () => {
		const store = makeStore();
		const rosterOrder = ['a', 'b', 'c'];
		const all = CANDIDATES.map((candidate) => ({ ...candidate, maxLeadsPerDay: undefined }));
		const assign = (ids: string[]) => store.assign({ pool: 'rr', strategy: 'roundRobin', candidates: all.filter((c) => ids.includes(c.id)), at: AT, rosterOrder });
		expect((await assign(['a', 'b', 'c'])).repId).toBe('a');
		expect((await assign(['a', 'b', 'c'])).repId).toBe('b');
		// b is busy now: the turn passes to c, not back to a.
		expect((await assign(['a', 'c'])).repId).toBe('c');
		expect((await assign(['a', 'b', 'c'])).repId).toBe('a');
	});

	it('reports caps, counts, and releases without going below zero', async () => {
		const store = makeStore();
		const capped: Candidate[] = [{ id: 'x', weight: 1, priority: 0, maxOpenLeads: 1, day: DAY }];
		expect(await store.assign({ pool: 'p', strategy: 'roundRobin', candidates: capped, at: AT })).toEqual({ repId: 'x', atCap: [], openLeads: 1, leadsToday: 1 });
		expect(await store.assign({ pool: 'p', strategy: 'roundRobin', candidates: capped, at: AT })).toEqual({ repId: null, atCap: [{ repId: 'x', cap: 'maxOpenLeads', value: 1 }] });
		expect(await store.counts(['x'], DAY)).toEqual({ x: { openLeads: 1, leadsToday: 1 } });
		expect(await store.release('x')).toEqual({ openLeads: 0, alreadyReleased: false });
		expect(await store.release('x')).toEqual({ openLeads: 0, alreadyReleased: false });
	});

	it('counts each rep\'s daily cap on the date given for that rep, several dates in one call', async () => {
		const store = makeStore();
		// 2026-11-25 07:30 UTC is 23:30 on the 24th in Los Angeles and 20:30 on the 25th in Auckland.
		const la: Candidate = { id: 'la', weight: 1, priority: 0, maxLeadsPerDay: 1, day: '2026-11-24' };
		const akl: Candidate = { id: 'akl', weight: 1, priority: 1, maxLeadsPerDay: 1, day: '2026-11-25' };
		const assign = (iso: string, candidates: Candidate[]) => store.assign({ pool: 'zones', strategy: 'priorityOrder', candidates, at: Date.parse(iso) });
		expect(await assign('2026-11-25T07:30:00Z', [la, akl])).toEqual({ repId: 'la', atCap: [], openLeads: 1, leadsToday: 1 });
		expect(await assign('2026-11-25T07:35:00Z', [la, akl])).toEqual({ repId: 'akl', atCap: [{ repId: 'la', cap: 'maxLeadsPerDay', value: 1 }], openLeads: 1, leadsToday: 1 });
		// 00:10 in Los Angeles, still the 25th in UTC and in Auckland: only la starts a new day.
		expect(await assign('2026-11-25T08:10:00Z', [{ ...la, day: '2026-11-25' }, akl])).toEqual({ repId: 'la', atCap: [{ repId: 'akl', cap: 'maxLeadsPerDay', value: 1 }], openLeads: 2, leadsToday: 1 });
		expect(await store.counts(['la', 'akl'], '2026-11-24')).toEqual({ la: { openLeads: 2, leadsToday: 1 }, akl: { openLeads: 1, leadsToday: 0 } });
		expect(await store.counts(['la', 'akl'], '2026-11-25')).toEqual({ la: { openLeads: 2, leadsToday: 1 }, akl: { openLeads: 1, leadsToday: 1 } });
	});

	it('keeps the counters of every date a rep can still be living in: two days before the submission\'s UTC date', async () => {
		const store = makeStore();
		const pagoPago: Candidate = { id: 'ppg', weight: 1, priority: 0, maxLeadsPerDay: 5, day: '2026-11-24' };
		await store.assign({ pool: 'p', strategy: 'roundRobin', candidates: [pagoPago], at: Date.parse('2026-11-25T10:00:00Z') });
		// Late on the 26th in UTC: the 24th is two days back, still kept.
		await store.assign({ pool: 'p', strategy: 'roundRobin', candidates: [{ ...pagoPago, id: 'other', day: '2026-11-26' }], at: Date.parse('2026-11-26T23:00:00Z') });
		expect(await store.counts(['ppg'], '2026-11-24')).toEqual({ ppg: { openLeads: 1, leadsToday: 1 } });
	});

	it('counts a batch of old leads, processed late, against the caps of their own day', async () => {
		const store = makeStore();
		const capped: Candidate[] = [{ id: 'x', weight: 1, priority: 0, maxLeadsPerDay: 2, day: '2020-01-06' }];
		const outcomes = [];
		for (const minute of [0, 1, 2]) outcomes.push(await store.assign({ pool: 'p', strategy: 'roundRobin', candidates: capped, at: Date.parse(`2020-01-06T15:0${minute}:00Z`) }));
		expect(outcomes.map((outcome) => outcome.repId)).toEqual(['x', 'x', null]);
		expect(outcomes[2].atCap).toEqual([{ repId: 'x', cap: 'maxLeadsPerDay', value: 2 }]);
	});
});

describe('workflow static data store', () => {
	const KEY = 'intentFunnel:capacity';

	it('drops daily counters of dates more than two days before the submission\'s UTC date', async () => {
		const staticData: Record<string, unknown> = {};
		const store = new StaticDataCapacityStore(staticData);
		const rep = (day: string): Candidate => ({ id: 'la', weight: 1, priority: 0, day });
		await store.assign({ pool: 'p', strategy: 'roundRobin', candidates: [rep('2026-11-24')], at: Date.parse('2026-11-25T07:30:00Z') });
		await store.assign({ pool: 'p', strategy: 'roundRobin', candidates: [rep('2026-11-25')], at: Date.parse('2026-11-25T08:10:00Z') });
		await store.assign({ pool: 'p', strategy: 'roundRobin', candidates: [rep('2026-11-27')], at: Date.parse('2026-11-27T20:00:00Z') });
		expect((staticData[KEY] as CapacityState).daily).toEqual({ '2026-11-25|la': 1, '2026-11-27|la': 1 });
	});

	it('reads the counts that earlier versions saved (same keys, UTC dates then)', async () => {
		const staticData: Record<string, unknown> = { [KEY]: { open: { x: 1 }, daily: { '2026-11-25|x': 2 }, lastAssigned: { p: 'x' }, currentWeights: {} } };
		const store = new StaticDataCapacityStore(staticData);
		const outcome = await store.assign({ pool: 'p', strategy: 'roundRobin', candidates: [{ id: 'x', weight: 1, priority: 0, maxLeadsPerDay: 2, day: DAY }], at: AT });
		expect(outcome).toEqual({ repId: null, atCap: [{ repId: 'x', cap: 'maxLeadsPerDay', value: 2 }] });
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
		const la: Candidate = { id: 'la', weight: 1, priority: 0, day: '2026-11-24' };
		const akl: Candidate = { id: 'akl', weight: 1, priority: 1, day: '2026-11-25' };
		await store.assign({ pool: 'p', strategy: 'priorityOrder', candidates: [la, akl], at: Date.parse('2026-11-25T07:30:00Z') });
		await store.assign({ pool: 'p', strategy: 'priorityOrder', candidates: [akl], at: Date.parse('2026-11-25T07:35:00Z') });
		expect(await client.hGetAll('keys:ttl:daily:2026-11-24')).toEqual({ la: '1' });
		expect(await client.hGetAll('keys:ttl:daily:2026-11-25')).toEqual({ akl: '1' });
		for (const key of ['keys:ttl:daily:2026-11-24', 'keys:ttl:daily:2026-11-25']) {
			const ttl = await client.ttl(key);
			expect(ttl).toBeGreaterThan(3 * 86_400 - 60);
			expect(ttl).toBeLessThanOrEqual(3 * 86_400);
		}
	});

	it('reads the counts that earlier versions saved (same keys, UTC dates then)', async () => {
		await client.hSet('keys:old:daily:2026-11-25', 'x', '2');
		await client.hSet('keys:old:open', 'x', '1');
		const store = redisStore('keys:old');
		const outcome = await store.assign({ pool: 'p', strategy: 'roundRobin', candidates: [{ id: 'x', weight: 1, priority: 0, maxLeadsPerDay: 2, day: DAY }], at: AT });
		expect(outcome).toEqual({ repId: null, atCap: [{ repId: 'x', cap: 'maxLeadsPerDay', value: 2 }] });
	});
});

describe('Redis store under concurrency', () => {
	const workers = async (strategy: string, candidates: Candidate[], perWorker: number) => {
		const worker = path.join(__dirname, 'assignWorker.ts');
		const outputs = await Promise.all(
			Array.from({ length: 4 }, () =>
				run(process.execPath, ['-r', 'ts-node/register/transpile-only', worker, String(redis().port), String(perWorker), strategy, JSON.stringify(candidates)], { cwd: path.join(__dirname, '../../..') }),
			),
		);
		return outputs.flatMap((output) => JSON.parse(output.stdout) as Array<string | null>);
	};
	const tally = (picks: Array<string | null>) => picks.reduce<Record<string, number>>((counts, id) => ({ ...counts, [String(id)]: (counts[String(id)] ?? 0) + 1 }), {});

	it('400 assignments from 4 processes never exceed a cap', async () => {
		const candidates = ['a', 'b', 'c', 'd'].map((id, index) => ({ id, weight: 1, priority: index, maxOpenLeads: 90, day: DAY }));
		const counts = tally(await workers('leastLoaded', candidates, 100));
		expect(counts).toEqual({ a: 90, b: 90, c: 90, d: 90, null: 40 });
	}, 60_000);

	it('round robin from 4 processes stays fair to within one lead per rep', async () => {
		const candidates = ['a', 'b', 'c'].map((id, index) => ({ id, weight: 1, priority: index, day: DAY }));
		const counts = tally(await workers('roundRobin', candidates, 100));
		const values = Object.values(counts);
		expect(values.reduce((sum, value) => sum + value, 0)).toBe(400);
		expect(Math.max(...values) - Math.min(...values)).toBeLessThanOrEqual(1);
	}, 60_000);
});

describe('Redis connection errors', () => {
	it('say where the store tried to connect', async () => {
		const store = new RedisCapacityStore({ host: '127.0.0.1', port: 1 });
		await expect(store.assign({ pool: 'p', strategy: 'roundRobin', candidates: CANDIDATES, at: AT })).rejects.toThrow(/^Could not connect to Redis at 127.0.0.1:1: /);
	});
});
