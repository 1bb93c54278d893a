/**
 * Starts a real redis-server (Debian's package; .ci/run installs it) on a free loopback port for
 * a test suite, and stops it afterwards. A missing redis-server fails the suite with a clear
 * message: these tests are never skipped.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

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
}

export async function startRedisServer(): Promise<RedisServer> {
	if (spawnSync('redis-server', ['--version']).error) {
		throw new Error(
			'redis-server is not installed: run `apt-get install -y redis-server` (.ci/run does this)',
		);
	}
	const port = await freePort();
	const child: ChildProcess = spawn(
		'redis-server',
		['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
		{ stdio: 'ignore' },
	);
	const deadline = Date.now() + 10_000;
	while (
		spawnSync('redis-cli', ['-p', String(port), 'ping'])
			.stdout?.toString()
			.trim() !== 'PONG'
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
				child.kill('SIGTERM');
			});
		},
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
