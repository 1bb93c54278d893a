/**
 * The Redis store's shared connection, against a real redis-server: executions (a store opened,
 * used once and closed, as the node does per execution) share one connection per credential;
 * it is quit when idle and replaced after the server drops it; scripts go by EVALSHA.
 */
import { createServer, type Server, type Socket } from 'node:net';

import { RedisCapacityStore, type Candidate, type RedisConnection } from '../../../engine/capacity';
import { poolKey, redisConnectionPool } from '../../../engine/capacity/stores/redisConnections';
import {
	startRedisServer,
	waitUntil,
	watchRedis,
	type RedisServer,
	type RedisWatcher,
} from '../../helpers/redisServer';

const CLIENT_NAME = 'n8n-intent-funnel';
const DAY = '2026-11-25';
const AT = Date.parse('2026-11-25T15:00:00Z');
const CANDIDATES: Candidate[] = [
	{ id: 'a', weight: 1, priority: 0, day: DAY },
	{ id: 'b', weight: 1, priority: 1, day: DAY },
];

/** One execution as the node runs it: open a store, assign one lead, close the store. */
async function execute(connection: RedisConnection, keyPrefix: string) {
	const store = new RedisCapacityStore(connection, { keyPrefix });
	try {
		return await store.assign({
			pool: 'p',
			strategy: 'roundRobin',
			candidates: CANDIDATES,
			at: AT,
		});
	} finally {
		await store.close();
	}
}

async function leadsCounted(connection: RedisConnection, keyPrefix: string): Promise<number> {
	const store = new RedisCapacityStore(connection, { keyPrefix });
	try {
		const counts = await store.counts(['a', 'b'], DAY);
		return counts.a.leadsToday + counts.b.leadsToday;
	} finally {
		await store.close();
	}
}

afterEach(async () => {
	redisConnectionPool.idleCloseMs = 30_000;
	redisConnectionPool.connectTimeoutMs = 5000;
	redisConnectionPool.commandTimeoutMs = 10_000;
	await RedisCapacityStore.closeSharedConnections();
});

describe('executions on one redis-server', () => {
	let server: RedisServer;
	let watcher: RedisWatcher;
	const connection = () => ({ host: server.host, port: server.port });
	/** Connections the server accepted while `run` ran (the watcher's own is older). */
	const connectionsDuring = async (run: () => Promise<unknown>) => {
		const before = await watcher.connectionsReceived();
		await run();
		return (await watcher.connectionsReceived()) - before;
	};

	beforeAll(async () => {
		server = await startRedisServer();
		watcher = await watchRedis(server);
	});
	afterAll(async () => {
		await watcher.close();
		await server.stop();
	});

	it('50 sequential executions use one connection, which stays open for the next', async () => {
		const opened = await connectionsDuring(async () => {
			for (let i = 0; i < 50; i++) await execute(connection(), 'sequential');
		});
		expect(opened).toBe(1);
		expect(await watcher.openConnections(CLIENT_NAME)).toHaveLength(1);
		expect(await leadsCounted(connection(), 'sequential')).toBe(50);
	});

	it('20 executions that start together, before any connection exists, connect once', async () => {
		expect(redisConnectionPool.size).toBe(0);
		const opened = await connectionsDuring(
			async () =>
				await Promise.all(Array.from({ length: 20 }, () => execute(connection(), 'concurrent'))),
		);
		expect(opened).toBe(1);
		expect(await watcher.openConnections(CLIENT_NAME)).toHaveLength(1);
		expect(await leadsCounted(connection(), 'concurrent')).toBe(20);
	});

	it('other credentials get their own connection; another key prefix or store does not', async () => {
		const opened = await connectionsDuring(async () => {
			await execute(connection(), 'prefix-one');
			await execute(connection(), 'prefix-two');
			await execute({ ...connection(), database: 3 }, 'prefix-one');
		});
		expect(opened).toBe(2);
		expect(await watcher.openConnections(CLIENT_NAME)).toHaveLength(2);
	});

	it('sends the scripts by SHA1, and loads them again after SCRIPT FLUSH', async () => {
		await execute(connection(), 'scripts');
		const [evalShaBefore, evalBefore] = [
			await watcher.calls('evalsha'),
			await watcher.calls('eval'),
		];
		for (let i = 0; i < 10; i++) await execute(connection(), 'scripts');
		expect((await watcher.calls('evalsha')) - evalShaBefore).toBe(10);
		expect((await watcher.calls('eval')) - evalBefore).toBe(0);

		await watcher.command(['SCRIPT', 'FLUSH']);
		expect(await watcher.command(['SCRIPT', 'EXISTS', '0'.repeat(40)])).toEqual([0]);
		expect((await execute(connection(), 'scripts')).repId).toBe('b');
		// The EVALSHA answered NOSCRIPT; one EVAL ran the script and loaded it again.
		expect((await watcher.calls('eval')) - evalBefore).toBe(1);
		await execute(connection(), 'scripts');
		expect((await watcher.calls('eval')) - evalBefore).toBe(1);
		expect(await leadsCounted(connection(), 'scripts')).toBe(13);
	});

	it('quits a connection nobody has used for the idle time, and the next execution reconnects', async () => {
		redisConnectionPool.idleCloseMs = 300;
		await execute(connection(), 'idle');
		expect(await watcher.openConnections(CLIENT_NAME)).toHaveLength(1);
		await waitUntil(
			async () => (await watcher.openConnections(CLIENT_NAME)).length === 0,
			'the idle connection is quit',
		);
		expect(redisConnectionPool.size).toBe(0);
		expect(await connectionsDuring(async () => await execute(connection(), 'idle'))).toBe(1);
		expect(await leadsCounted(connection(), 'idle')).toBe(2);
	});

	it('keeps the connection of a store that has not been closed, however long it waits', async () => {
		redisConnectionPool.idleCloseMs = 100;
		const store = new RedisCapacityStore(connection(), { keyPrefix: 'held' });
		await store.counts(['a'], DAY);
		const [id] = await watcher.openConnections(CLIENT_NAME);
		await new Promise((resolve) => setTimeout(resolve, 500));
		expect(await watcher.openConnections(CLIENT_NAME)).toEqual([id]);
		await store.close();
		await waitUntil(
			async () => (await watcher.openConnections(CLIENT_NAME)).length === 0,
			'the connection is quit once the store is closed',
		);
	});

	it('reconnects after CLIENT KILL, also for a store that held the killed connection', async () => {
		const holder = new RedisCapacityStore(connection(), { keyPrefix: 'killed' });
		await holder.counts(['a'], DAY);
		const [id] = await watcher.openConnections(CLIENT_NAME);
		expect(await watcher.command(['CLIENT', 'KILL', 'ID', id])).toBe(1);
		await waitUntil(() => redisConnectionPool.size === 0, 'the killed connection leaves the pool');

		expect(await connectionsDuring(async () => await execute(connection(), 'killed'))).toBe(1);
		expect(
			(await holder.assign({ pool: 'p', strategy: 'roundRobin', candidates: CANDIDATES, at: AT }))
				.repId,
		).toBe('b');
		await holder.close();
		const ids = await watcher.openConnections(CLIENT_NAME);
		expect(ids).toHaveLength(1);
		expect(ids).not.toContain(id);
	});

	it('cuts the connection of a server that stops answering, and connects again once it answers', async () => {
		redisConnectionPool.commandTimeoutMs = 300;
		await execute(connection(), 'hung');
		server.pause();
		try {
			const started = Date.now();
			// Five executions queued on the silent connection: all fail together, with one message.
			const outcomes = await Promise.allSettled(
				Array.from({ length: 5 }, () => execute(connection(), 'hung')),
			);
			expect(Date.now() - started).toBeLessThan(3000);
			for (const outcome of outcomes)
				expect((outcome as PromiseRejectedResult).reason?.message).toBe(
					`Redis at 127.0.0.1:${server.port} did not answer within 300 ms`,
				);
			expect(redisConnectionPool.size).toBe(0);
		} finally {
			server.resume();
		}
		expect(await connectionsDuring(async () => await execute(connection(), 'hung'))).toBe(1);
		expect(await watcher.openConnections(CLIENT_NAME)).toHaveLength(1);
	});

	it('fails fast while the server is down and works again once it is back on its port', async () => {
		await execute(connection(), 'restart');
		await server.stop();
		await waitUntil(() => redisConnectionPool.size === 0, 'the closed connection leaves the pool');

		const started = Date.now();
		await expect(execute(connection(), 'restart')).rejects.toThrow(
			new RegExp(`^Could not connect to Redis at 127\\.0\\.0\\.1:${server.port}: .*ECONNREFUSED`),
		);
		expect(Date.now() - started).toBeLessThan(3000);

		server = await startRedisServer({ port: server.port });
		// A fresh server: no state (the test server does not persist) and no script loaded.
		expect((await execute(connection(), 'restart')).repId).toBe('a');
		expect((await execute(connection(), 'restart')).repId).toBe('b');
		expect(await watcher.openConnections(CLIENT_NAME)).toHaveLength(1);
	});
});

describe('connections that cannot be made', () => {
	it('a closed port fails at once with where it tried to connect', async () => {
		const started = Date.now();
		await expect(execute({ host: '127.0.0.1', port: 1 }, 'x')).rejects.toThrow(
			/^Could not connect to Redis at 127\.0\.0\.1:1: connect ECONNREFUSED/,
		);
		expect(Date.now() - started).toBeLessThan(3000);
		expect(redisConnectionPool.size).toBe(0);
	});

	describe('a server that requires a password', () => {
		let server: RedisServer;
		beforeAll(async () => {
			server = await startRedisServer({ args: ['--requirepass', 'right horse battery'] });
		});
		afterAll(async () => await server.stop());

		it('a wrong password fails fast and clearly, without the password, and does not share the right one', async () => {
			const at = { host: server.host, port: server.port };
			const started = Date.now();
			const failure = execute({ ...at, password: 'wrong staple' }, 'auth');
			await expect(failure).rejects.toThrow(
				new RegExp(`^Could not connect to Redis at 127\\.0\\.0\\.1:${server.port}: WRONGPASS`),
			);
			await expect(failure).rejects.not.toThrow(/staple/);
			expect(Date.now() - started).toBeLessThan(3000);

			expect((await execute({ ...at, password: 'right horse battery' }, 'auth')).repId).toBe('a');
			// The right password's connection is open now; the wrong one still may not use it.
			await expect(execute({ ...at, password: 'wrong staple' }, 'auth')).rejects.toThrow(
				/WRONGPASS/,
			);
			expect((await execute({ ...at, password: 'right horse battery' }, 'auth')).repId).toBe('b');
		});
	});

	describe('a port that accepts connections and never answers', () => {
		let silent: Server;
		const accepted: Socket[] = [];
		beforeAll(async () => {
			silent = createServer((socket) => {
				accepted.push(socket);
				// Reads (and ignores) what the client sends, so that its close is seen here.
				socket.resume();
			});
			await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
		});
		afterAll(async () => {
			for (const socket of accepted) socket.destroy();
			await new Promise((resolve) => silent.close(resolve));
		});

		it('20 executions that start together make one attempt, and all fail after the connect timeout', async () => {
			redisConnectionPool.connectTimeoutMs = 300;
			const { port } = silent.address() as { port: number };
			const started = Date.now();
			const outcomes = await Promise.allSettled(
				Array.from({ length: 20 }, () => execute({ host: '127.0.0.1', port }, 'silent')),
			);
			expect(Date.now() - started).toBeLessThan(3000);
			expect(new Set(outcomes.map((outcome) => outcome.status))).toEqual(new Set(['rejected']));
			for (const outcome of outcomes)
				expect((outcome as PromiseRejectedResult).reason.message).toBe(
					`Could not connect to Redis at 127.0.0.1:${port}: no answer within 300 ms`,
				);
			expect(accepted).toHaveLength(1);
			expect(redisConnectionPool.size).toBe(0);
			// The attempt's socket is closed, not left open to a server that may answer later.
			await waitUntil(() => accepted[0].closed, 'the silent connection is closed');
		});
	});
});

describe('pool keys', () => {
	const base = { host: 'redis.internal', port: 6379, user: 'n8n', database: 0 };

	it('never hold the password, and tell different passwords apart', () => {
		const key = poolKey({ ...base, password: 'hunter2-secret' });
		expect(key).not.toContain('hunter2');
		expect(key).toBe(poolKey({ ...base, password: 'hunter2-secret' }));
		expect(key).not.toBe(poolKey({ ...base, password: 'hunter3-secret' }));
		expect(key).not.toBe(poolKey(base));
	});

	it("treat n8n's empty credential fields as absent, and every other field as distinct", () => {
		expect(poolKey({ ...base, password: '' })).toBe(poolKey(base));
		expect(poolKey({ host: 'h', port: 1, user: '' })).toBe(poolKey({ host: 'h', port: 1 }));
		expect(poolKey({ host: 'h', port: 1, database: 0 })).toBe(poolKey({ host: 'h', port: 1 }));
		const variants = [
			base,
			{ ...base, host: 'other' },
			{ ...base, port: 6380 },
			{ ...base, user: 'admin' },
			{ ...base, database: 1 },
			{ ...base, ssl: true },
			{ ...base, ssl: true, disableTlsVerification: true },
		];
		expect(new Set(variants.map(poolKey)).size).toBe(variants.length);
	});
});
