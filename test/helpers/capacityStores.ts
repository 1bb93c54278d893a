/**
 * Fixtures for suites that hold every capacity store to the same behaviour: a SQLite file (in a
 * temporary folder, removed after the suite), workflow static data, and Redis on a real
 * redis-server (started before the suite, stopped after it, with every store the suite opened).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { CapacityStateStore } from '../../engine/capacity';
import {
	RedisCapacityStore,
	SqliteCapacityStore,
	StaticDataCapacityStore,
} from '../../engine/capacity';
import { intentResult } from './intents';
import { startRedisServer, type RedisServer } from './redisServer';

/** A hot lead's intent: the capacity tests route on the path only. */
export const hotIntent = intentResult();

/** Registers the suite's redis-server hooks; each Redis store gets its own key prefix unless given one. */
export function useCapacityStores(keyPrefix: string) {
	let server: RedisServer;
	const opened: Array<RedisCapacityStore | SqliteCapacityStore> = [];
	let counter = 0;
	const folder = mkdtempSync(path.join(tmpdir(), `capacity-${keyPrefix}-`));
	beforeAll(async () => {
		server = await startRedisServer();
	});
	afterAll(async () => {
		await Promise.all(opened.map((store) => store.close()));
		// close() gives back a lease; the process-wide connection itself is quit here.
		await RedisCapacityStore.closeSharedConnections();
		await server?.stop();
		rmSync(folder, { recursive: true, force: true });
	});
	/** A SQLite store on its own file unless given one (several stores on one file share state). */
	const sqliteStore = (
		file = path.join(folder, `state-${counter++}.sqlite`),
		options: ConstructorParameters<typeof SqliteCapacityStore>[1] = {},
	): SqliteCapacityStore => {
		const store = new SqliteCapacityStore(file, options);
		opened.push(store);
		return store;
	};
	const redisStore = (prefix = `${keyPrefix}:${counter++}`): RedisCapacityStore => {
		const store = new RedisCapacityStore(
			{ host: server.host, port: server.port },
			{ keyPrefix: prefix },
		);
		opened.push(store);
		return store;
	};
	const stores: Array<[string, () => CapacityStateStore]> = [
		['SQLite file', () => sqliteStore()],
		['workflow static data', () => new StaticDataCapacityStore({})],
		['Redis', () => redisStore()],
	];
	return { stores, redisStore, sqliteStore, redis: () => server, folder };
}
