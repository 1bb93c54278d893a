/**
 * Starts a real redis-server (Debian's package; .ci/run installs it) on a free loopback port for
 * a test suite, and stops it afterwards. A missing redis-server fails the suite with a clear
 * message: these tests are never skipped.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

import { createClient } from '@redis/client';

async function freePort(): Promise<number> {
	return await new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
	});
}

export interface RedisServer {
	host: string;
	port: number;
	stop(): Promise<void>;
	/** SIGSTOP: the server keeps its connections and answers nothing, like a hung Redis. */
	pause(): void;
	/** SIGCONT after pause(). */
	resume(): void;
}

export interface RedisServerOptions {
	/** A free one unless given (a restart reuses the port the clients know). */
	port?: number;
	/** More redis-server arguments, e.g. ['--requirepass', 'secret']. */
	args?: string[];
}

export async function startRedisServer(options: RedisServerOptions = {}): Promise<RedisServer> {
	if (spawnSync('redis-server', ['--version']).error) {
		throw new Error(
			'redis-server is not installed: run `apt-get install -y redis-server` (.ci/run does this)',
		);
	}
	const port = options.port ?? (await freePort());
	const args = options.args ?? [];
	const child: ChildProcess = spawn(
		'redis-server',
		['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', ...args],
		{ stdio: 'ignore' },
	);
	// A password-protected server answers PING with NOAUTH: any answer means it is up.
	const deadline = Date.now() + 10_000;
	while (
		!/^(PONG|NOAUTH)/.test(
			spawnSync('redis-cli', ['-p', String(port), 'ping'])
				.stdout?.toString()
				.trim() ?? '',
		)
	) {
		if (Date.now() > deadline) {
			child.kill('SIGKILL');
			throw new Error(`redis-server did not answer on port ${port} within 10 s`);
		}
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
	return {
		host: '127.0.0.1',
		port,
		stop: async () => {
			if (child.exitCode !== null) return;
			await new Promise<void>((resolve) => {
				child.once('exit', () => resolve());
				child.kill('SIGCONT');
				child.kill('SIGTERM');
			});
		},
		pause: () => child.kill('SIGSTOP'),
		resume: () => child.kill('SIGCONT'),
	};
}

/** A redis-server for the tests of the enclosing describe block (or file): read it inside a test. */
export function useRedisServer(): () => RedisServer {
	let server: RedisServer | undefined;
	beforeAll(async () => {
		server = await startRedisServer();
	});
	afterAll(async () => await server?.stop());
	return () => server!;
}

/**
 * Looks at a server through one connection of its own, opened once: how many connections the
 * server has accepted so far (its own included once, before any count is taken), and which are
 * open under a client name. It reconnects by itself after the server restarts.
 */
export interface RedisWatcher {
	/** INFO stats total_connections_received: every connection ever accepted. */
	connectionsReceived(): Promise<number>;
	/** Client ids of the open connections that set this name (CLIENT LIST). */
	openConnections(name: string): Promise<string[]>;
	/** cmdstat_<command>:calls from INFO commandstats (0 before the first call). */
	calls(command: string): Promise<number>;
	command(args: string[]): Promise<unknown>;
	close(): Promise<void>;
}

export async function watchRedis(server: { host: string; port: number }): Promise<RedisWatcher> {
	const client = createClient({ socket: { host: server.host, port: server.port } });
	client.on('error', () => {
		// A restart of the server under test: the client reconnects, the next command waits for it.
	});
	await client.connect();
	const infoField = async (section: string, pattern: RegExp) =>
		Number(pattern.exec(await client.info(section))?.[1] ?? 0);
	return {
		connectionsReceived: async () => await infoField('stats', /^total_connections_received:(\d+)/m),
		openConnections: async (name) =>
			String(await client.sendCommand(['CLIENT', 'LIST']))
				.split('\n')
				.filter((line) => line.includes(` name=${name} `))
				.map((line) => /^id=(\d+)/.exec(line)![1]),
		calls: async (command) =>
			await infoField('commandstats', new RegExp(`^cmdstat_${command}:calls=(\\d+)`, 'm')),
		command: async (args) => await client.sendCommand(args),
		close: async () => {
			await client.quit();
		},
	};
}

/** Polls until `condition` holds; fails with `what` after `ms`. */
export async function waitUntil(
	condition: () => boolean | Promise<boolean>,
	what: string,
	ms = 5000,
): Promise<void> {
	const deadline = Date.now() + ms;
	while (!(await condition())) {
		if (Date.now() > deadline) throw new Error(`Timed out after ${ms} ms waiting until ${what}`);
		await new Promise((resolve) => setTimeout(resolve, 20));
	}
}
