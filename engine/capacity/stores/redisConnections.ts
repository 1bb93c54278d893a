/**
 * One Redis connection per distinct credential, shared by every execution in the process.
 *
 * Why: an n8n queue-mode worker runs thousands of executions, and opening a connection for each
 * one (connect, CLIENT SETINFO/AUTH/SELECT round trips, the call, QUIT) cost 1.9 ms of CPU
 * against 0.4 ms for the call alone, plus localhost round trips that wait on a busy scheduler.
 * Executions borrow a connection (a lease) and give it back; a connection nobody has borrowed for
 * `idleCloseMs` is quit, so an idle worker holds no socket and a process is never kept alive by
 * one (the socket is unref'd while nobody holds a lease, the idle timer always).
 *
 * A connection that errors or is closed by the server (restart, CLIENT KILL, timeout) leaves the
 * pool at once, and the next borrower connects again: it does not reconnect by itself
 * (reconnectStrategy false), so a lead never waits on a Redis that is down, it fails fast with
 * "Could not connect to Redis at host:port: ...".
 */
import { createHmac, randomBytes } from 'node:crypto';

import { createClient, ErrorReply } from '@redis/client';

/** n8n's built-in Redis credential fields. */
export interface RedisConnection {
	host: string;
	port: number;
	password?: string;
	user?: string;
	database?: number;
	ssl?: boolean;
	disableTlsVerification?: boolean;
}

export type RedisClient = ReturnType<typeof createClient>;

/**
 * Pool keys hold an HMAC of the password under a key made fresh for each process: two
 * credentials with different passwords never share a connection, and neither the password nor a
 * hash that could be checked against guesses outside this process sits in the map.
 */
const passwordKey = randomBytes(32);

/** What makes two credentials share a connection. */
export function poolKey(connection: RedisConnection): string {
	const password = connection.password
		? createHmac('sha256', passwordKey).update(connection.password).digest('hex')
		: '';
	return JSON.stringify([
		connection.host,
		Number(connection.port),
		connection.user || '',
		password,
		Number(connection.database ?? 0),
		connection.ssl === true,
		connection.disableTlsVerification === true,
	]);
}

/**
 * Runs `action` once `ms` have passed, unless the returned cancel is called first. Timers go
 * through AbortSignal.timeout: n8n's community-node rules restrict the timer globals (and
 * n8n-workflow's sleep cannot be used in this n8n-free module); like an unref'd timer, it never
 * keeps the process alive.
 */
function after(ms: number, action: () => void): () => void {
	const signal = AbortSignal.timeout(ms);
	signal.addEventListener('abort', action, { once: true });
	return () => signal.removeEventListener('abort', action);
}

/** `work`, or a rejection with `message` once `ms` have passed (after `onTimeout` has run). */
async function within<T>(
	work: Promise<T>,
	ms: number,
	message: string,
	onTimeout: () => void = () => undefined,
): Promise<T> {
	let cancel = () => {};
	const timeout = new Promise<never>((_resolve, reject) => {
		cancel = after(ms, () => {
			onTimeout();
			reject(new Error(message));
		});
	});
	try {
		return await Promise.race([work, timeout]);
	} finally {
		cancel();
	}
}

/** One pooled connection; `ready` is shared, so executions that start together connect once. */
export class SharedRedisConnection {
	readonly client: RedisClient;

	readonly ready: Promise<RedisClient>;

	private leases = 0;

	private cancelIdleClose: (() => void) | undefined;

	private dropped = false;

	/** Why this connection was cut, for every command that fails with it. */
	private cutReason: string | undefined;

	private readonly address: string;

	constructor(
		private readonly pool: RedisConnectionPool,
		private readonly key: string,
		connection: RedisConnection,
	) {
		this.address = `${connection.host}:${connection.port}`;
		this.client = createClient({
			// Shows in CLIENT LIST, so whoever runs Redis sees what holds these connections.
			name: 'n8n-intent-funnel',
			socket: {
				host: connection.host,
				port: connection.port,
				tls: connection.ssl === true,
				rejectUnauthorized: connection.disableTlsVerification !== true,
				connectTimeout: pool.connectTimeoutMs,
				reconnectStrategy: false,
			},
			username: connection.user || undefined,
			password: connection.password || undefined,
			database: connection.database ?? 0,
		});
		// The command that failed reports the error; listening keeps a socket error from crashing n8n.
		this.client.on('error', () => this.drop());
		this.client.on('end', () => this.drop());
		this.ready = this.connect();
		// Nobody may await `ready` (a borrower can give back before using it): no unhandled rejection.
		this.ready.catch(() => undefined);
	}

	private async connect(): Promise<RedisClient> {
		// The library's connectTimeout covers only the TCP connect: a port that accepts but never
		// answers the handshake (a hung Redis, another service) would hold the lead forever.
		const ms = this.pool.connectTimeoutMs;
		const failure = await within(this.client.connect(), ms, `no answer within ${ms} ms`).then(
			() => undefined,
			(error: Error) => error,
		);
		if (!failure) return this.client;
		await this.close();
		throw new Error(`Could not connect to Redis at ${this.address}: ${failure.message}`);
	}

	/**
	 * One command (or a few sent together) on this connection once it is ready. A connection
	 * opened per execution met a Redis that had gone silent (a host gone without a reset, a
	 * paused server) with its connect timeout; a shared one would wait for TCP keepalive to
	 * notice, minutes, with every execution of the worker queued behind it. So a command that
	 * gets no answer in time cuts the connection (failing what was queued on it, with the same
	 * message) and the next execution connects again. A command that timed out may still run
	 * once that Redis wakes up: the lead fails, and a retry of it is caught by Duplicate Window.
	 */
	async send<T>(command: (client: RedisClient) => Promise<T>): Promise<T> {
		const client = await this.ready;
		const ms = this.pool.commandTimeoutMs;
		const silence = `Redis at ${this.address} did not answer within ${ms} ms`;
		return await within(command(client), ms, silence, () => this.cut(silence)).catch(
			(error: Error) => {
				// Redis's own answer (NOAUTH, OOM, a script error) says what is wrong as it is.
				if (error instanceof ErrorReply) throw error;
				throw new Error(
					this.cutReason ?? `Lost the connection to Redis at ${this.address}: ${error.message}`,
				);
			},
		);
	}

	/** False once it has left the pool: a borrower holding it must borrow again. */
	get usable(): boolean {
		return !this.dropped;
	}

	borrow(): this {
		this.leases++;
		this.cancelIdleClose?.();
		this.cancelIdleClose = undefined;
		this.client.ref();
		return this;
	}

	giveBack(): void {
		this.leases--;
		if (this.leases > 0 || this.dropped) return;
		this.client.unref();
		this.cancelIdleClose = after(this.pool.idleCloseMs, () => void this.close());
	}

	/** Out of the pool, so the next borrower connects again; commands in flight finish or fail. */
	private drop(): void {
		if (this.dropped) return;
		this.dropped = true;
		this.cancelIdleClose?.();
		this.pool.forget(this.key, this);
	}

	/** QUIT lets the commands already sent finish. */
	async close(): Promise<void> {
		this.drop();
		if (!this.client.isOpen) return;
		// A connection still in its handshake would never answer QUIT.
		if (this.client.isReady) await this.client.quit().catch(() => undefined);
		else this.cut('closed while connecting');
	}

	/** Closes the socket now; what was sent and not answered fails. */
	private cut(reason: string): void {
		this.cutReason ??= reason;
		this.drop();
		if (this.client.isOpen) this.client.disconnect().catch(() => undefined);
	}
}

export class RedisConnectionPool {
	/** How long a connection nobody has borrowed stays open (tests shorten it). */
	idleCloseMs = 30_000;

	/** The most a connect (TCP, TLS, handshake commands) may take before the lead fails. */
	connectTimeoutMs = 5000;

	/**
	 * The most a command may wait for its answer. The store's scripts take well under a
	 * millisecond in Redis; this only catches a Redis that has gone silent.
	 */
	commandTimeoutMs = 10_000;

	private readonly connections = new Map<string, SharedRedisConnection>();

	/** A lease on the connection for these credentials, opening it if there is none. */
	borrow(connection: RedisConnection): SharedRedisConnection {
		const key = poolKey(connection);
		let shared = this.connections.get(key);
		if (!shared) {
			shared = new SharedRedisConnection(this, key, connection);
			this.connections.set(key, shared);
		}
		return shared.borrow();
	}

	/** Connections in the pool now (open or connecting). */
	get size(): number {
		return this.connections.size;
	}

	forget(key: string, shared: SharedRedisConnection): void {
		if (this.connections.get(key) === shared) this.connections.delete(key);
	}

	/** Quits every pooled connection, leased or not: for tests and a process shutting down. */
	async closeAll(): Promise<void> {
		await Promise.all([...this.connections.values()].map(async (shared) => await shared.close()));
	}
}

/** The process-wide pool every RedisCapacityStore borrows from. */
export const redisConnectionPool = new RedisConnectionPool();
