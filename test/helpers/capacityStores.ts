/**
 * Fixtures for suites that hold both capacity stores to the same behaviour: workflow static data
 * and Redis on a real redis-server (started before the suite, stopped after it, with every store
 * the suite opened).
 */
import type { CapacityStateStore } from '../../engine/capacity';
import { RedisCapacityStore, StaticDataCapacityStore } from '../../engine/capacity';
import type { IntentResult } from '../../engine/contract';
import { startRedisServer, type RedisServer } from './redisServer';

/** A hot lead's intent: the capacity tests route on the path only. */
export const hotIntent = { score: 90, path: 'hot', confidence: 0.9, signals: [], reasons: [], engine: 'builtin', model: null, version: '1.0', classifiedAt: '', latencyMs: 0 } as IntentResult;

/** Registers the suite's redis-server hooks; each Redis store gets its own key prefix unless given one. */
export function useCapacityStores(keyPrefix: string) {
	let server: RedisServer;
	const opened: RedisCapacityStore[] = [];
	let counter = 0;
	beforeAll(async () => {
		server = await startRedisServer();
	});
	afterAll(async () => {
		await Promise.all(opened.map((store) => store.close()));
		await server?.stop();
	});
	const redisStore = (prefix = `${keyPrefix}:${counter++}`): RedisCapacityStore => {
		const store = new RedisCapacityStore({ host: server.host, port: server.port }, { keyPrefix: prefix });
		opened.push(store);
		return store;
	};
	const stores: Array<[string, () => CapacityStateStore]> = [
		['workflow static data', () => new StaticDataCapacityStore({})],
		['Redis', () => redisStore()],
	];
	return { stores, redisStore, redis: () => server };
}
