import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

import type { AssignmentStrategy, CapacityStateStore, Candidate } from '../../../engine/capacity';
import { RedisCapacityStore, StaticDataCapacityStore } from '../../../engine/capacity';
import { startRedisServer, type RedisServer } from '../../helpers/redisServer';

const run = promisify(execFile);
let redis: RedisServer;
const opened: RedisCapacityStore[] = [];
let prefixCounter = 0;

beforeAll(async () => {
	redis = await startRedisServer();
});
afterAll(async () => {
	await Promise.all(opened.map((store) => store.close()));
	await redis?.stop();
});

const stores: Array<[string, () => CapacityStateStore]> = [
	['workflow static data', () => new StaticDataCapacityStore({})],
	[
		'Redis',
		() => {
			const store = new RedisCapacityStore({ host: redis.host, port: redis.port }, { keyPrefix: `conformance:${prefixCounter++}` });
			opened.push(store);
			return store;
		},
	],
];

const CANDIDATES: Candidate[] = [
	{ id: 'a', weight: 3, priority: 2 },
	{ id: 'b', weight: 1, priority: 1 },
	{ id: 'c', weight: 1, priority: 3, maxLeadsPerDay: 2 },
];

describe.each(stores)('%s store (one conformance suite for both)', (_name, makeStore) => {
	const picks = async (store: CapacityStateStore, strategy: AssignmentStrategy, times: number, candidates = CANDIDATES) => {
		const result: Array<string | null> = [];
		for (let i = 0; i < times; i++) result.push((await store.assign({ pool: 'p', strategy, candidates, day: '2026-11-25' })).repId);
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
		const assign = (ids: string[]) => store.assign({ pool: 'rr', strategy: 'roundRobin', candidates: all.filter((c) => ids.includes(c.id)), day: '2026-11-25', rosterOrder });
		expect((await assign(['a', 'b', 'c'])).repId).toBe('a');
		expect((await assign(['a', 'b', 'c'])).repId).toBe('b');
		// b is busy now: the turn passes to c, not back to a.
		expect((await assign(['a', 'c'])).repId).toBe('c');
		expect((await assign(['a', 'b', 'c'])).repId).toBe('a');
	});

	it('reports caps, counts, and releases without going below zero', async () => {
		const store = makeStore();
		const capped: Candidate[] = [{ id: 'x', weight: 1, priority: 0, maxOpenLeads: 1 }];
		expect(await store.assign({ pool: 'p', strategy: 'roundRobin', candidates: capped, day: '2026-11-25' })).toEqual({ repId: 'x', atCap: [], openLeads: 1, leadsToday: 1 });
		expect(await store.assign({ pool: 'p', strategy: 'roundRobin', candidates: capped, day: '2026-11-25' })).toEqual({ repId: null, atCap: [{ repId: 'x', cap: 'maxOpenLeads', value: 1 }] });
		expect(await store.counts(['x'], '2026-11-25')).toEqual({ x: { openLeads: 1, leadsToday: 1 } });
		expect(await store.release('x')).toBe(0);
		expect(await store.release('x')).toBe(0);
	});
});

describe('Redis store under concurrency', () => {
	const workers = async (strategy: string, candidates: Candidate[], perWorker: number) => {
		const worker = path.join(__dirname, 'assignWorker.ts');
		const outputs = await Promise.all(
			Array.from({ length: 4 }, () =>
				run(process.execPath, ['-r', 'ts-node/register/transpile-only', worker, String(redis.port), String(perWorker), strategy, JSON.stringify(candidates)], { cwd: path.join(__dirname, '../../..') }),
			),
		);
		return outputs.flatMap((output) => JSON.parse(output.stdout) as Array<string | null>);
	};
	const tally = (picks: Array<string | null>) => picks.reduce<Record<string, number>>((counts, id) => ({ ...counts, [String(id)]: (counts[String(id)] ?? 0) + 1 }), {});

	it('400 assignments from 4 processes never exceed a cap', async () => {
		const candidates = ['a', 'b', 'c', 'd'].map((id, index) => ({ id, weight: 1, priority: index, maxOpenLeads: 90 }));
		const counts = tally(await workers('leastLoaded', candidates, 100));
		expect(counts).toEqual({ a: 90, b: 90, c: 90, d: 90, null: 40 });
	}, 60_000);

	it('round robin from 4 processes stays fair to within one lead per rep', async () => {
		const candidates = ['a', 'b', 'c'].map((id, index) => ({ id, weight: 1, priority: index }));
		const counts = tally(await workers('roundRobin', candidates, 100));
		const values = Object.values(counts);
		expect(values.reduce((sum, value) => sum + value, 0)).toBe(400);
		expect(Math.max(...values) - Math.min(...values)).toBeLessThanOrEqual(1);
	}, 60_000);
});

describe('Redis connection errors', () => {
	it('say where the store tried to connect', async () => {
		const store = new RedisCapacityStore({ host: '127.0.0.1', port: 1 });
		await expect(store.assign({ pool: 'p', strategy: 'roundRobin', candidates: CANDIDATES, day: 'd' })).rejects.toThrow(/^Could not connect to Redis at 127.0.0.1:1: /);
	});
});
