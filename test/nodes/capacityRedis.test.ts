import { RedisCapacityStore } from '../../engine/capacity';
import {
	capacityCheckNode,
	HOT_TO_CLOSERS,
	REDIS_CREDENTIAL,
	redisCredentials,
	repRow,
} from '../helpers/capacityNode';
import { intentResult } from '../helpers/intents';
import { useRedisServer, watchRedis } from '../helpers/redisServer';
import { leadsWorkflow } from '../helpers/workflows';
import { runWorkflow } from '../harness/runWorkflow';
import {
	CREDENTIAL_REUSE_MS,
	forgetReusedCredentials,
} from '../../nodes/CapacityCheck/helpers/stateStore';

const intent = intentResult({ lead: { text: 'x', submittedAt: '2026-11-25T16:00:00Z' } });
const REDIS = { stateStorage: 'redis', stateKey: 'node-test' };
const withRedis = <T extends object>(node: T) => ({ ...node, credentials: REDIS_CREDENTIAL });

describe('Capacity Check with Redis state (real redis-server)', () => {
	const redis = useRedisServer();

	it("shares caps across executions through n8n's Redis credential, and Release frees them", async () => {
		const workflow = leadsWorkflow(
			[{ name: 'Dana', intent }],
			withRedis(
				capacityCheckNode({
					...REDIS,
					tierMapping: HOT_TO_CLOSERS,
					reps: {
						rep: [
							repRow({ name: 'Ana', email: 'ana@x.test', maxOpenLeads: 1 }),
							repRow({ name: 'Ben', email: 'ben@x.test', maxOpenLeads: 1 }),
						],
					},
				}),
			),
		);
		const credentials = redisCredentials(redis());
		const repOf = async () => {
			const run = await runWorkflow(workflow, { credentials });
			expect(run.error).toBeUndefined();
			const [assigned, noCapacity] = run.outputs('Capacity Check');
			return assigned[0]
				? (assigned[0].json.routing as { rep: { name: string } }).rep.name
				: `no capacity: ${(noCapacity[0].json.routing as { reason: string }).reason}`;
		};
		expect(await repOf()).toBe('Ana');
		expect(await repOf()).toBe('Ben');
		expect(await repOf()).toMatch(
			/^no capacity: No closers rep can take the lead now: Ana \(at maxOpenLeads\), Ben \(at maxOpenLeads\)/,
		);

		const release = leadsWorkflow(
			[{ name: 'Dana', routing: { rep: { id: 'ana@x.test' } } }],
			withRedis(capacityCheckNode({ operation: 'release', ...REDIS }, 1, 'Release')),
		);
		const released = await runWorkflow(release, { credentials });
		expect((released.output('Release')[0].json.routing as { reason: string }).reason).toBe(
			'Released one open lead of ana@x.test: 0 open now',
		);
		expect(await repOf()).toBe('Ana');
	});

	it('n8n executions share one connection: 50 one after another, 20 at once', async () => {
		const workflow = leadsWorkflow(
			[{ name: 'Dana', intent }],
			withRedis(
				capacityCheckNode({
					...REDIS,
					stateKey: 'shared-connection',
					tierMapping: HOT_TO_CLOSERS,
					reps: {
						rep: [
							repRow({ name: 'Ana', email: 'ana@x.test' }),
							repRow({ name: 'Ben', email: 'ben@x.test' }),
						],
					},
				}),
			),
		);
		const credentials = redisCredentials(redis());
		const repOf = async (execution: number) => {
			const run = await runWorkflow(workflow, { credentials, executionId: `shared-${execution}` });
			expect(run.error).toBeUndefined();
			return (run.output('Capacity Check')[0].json.routing as { rep: { name: string } }).rep.name;
		};
		const tally = (names: string[]) =>
			names.reduce<Record<string, number>>(
				(counts, name) => ({ ...counts, [name]: (counts[name] ?? 0) + 1 }),
				{},
			);
		const watcher = await watchRedis(redis());
		try {
			// From an empty pool, as in a worker that has just started.
			await RedisCapacityStore.closeSharedConnections();
			const before = await watcher.connectionsReceived();
			const sequential: string[] = [];
			for (let execution = 0; execution < 50; execution++) sequential.push(await repOf(execution));
			expect(tally(sequential)).toEqual({ Ana: 25, Ben: 25 });
			expect((await watcher.connectionsReceived()) - before).toBe(1);

			await RedisCapacityStore.closeSharedConnections();
			const concurrent = await Promise.all(
				Array.from({ length: 20 }, async (_, execution) => await repOf(100 + execution)),
			);
			expect(tally(concurrent)).toEqual({ Ana: 10, Ben: 10 });
			expect((await watcher.connectionsReceived()) - before).toBe(2);
			expect(await watcher.openConnections('n8n-intent-funnel')).toHaveLength(1);
		} finally {
			await watcher.close();
		}
	}, 60_000);

	describe("reading n8n's Redis credential", () => {
		// The harness serves credentials from this object: each read of `redis` is one
		// getCredentials of the node, as a database read and decryption would be in n8n.
		const countingCredentials = (serve: () => ReturnType<typeof redisCredentials>['redis']) => {
			const reads = { count: 0 };
			const credentials = {
				get redis() {
					reads.count++;
					return serve();
				},
			};
			return { reads, credentials };
		};
		const workflow = leadsWorkflow(
			[{ name: 'Dana', intent }],
			withRedis(
				capacityCheckNode({
					...REDIS,
					stateKey: 'credential-reads',
					tierMapping: HOT_TO_CLOSERS,
					reps: { rep: [repRow({ name: 'Ana', email: 'ana@x.test' })] },
				}),
			),
		);
		beforeEach(() => forgetReusedCredentials());
		afterEach(() => jest.restoreAllMocks());

		it('a production execution reuses the credential its node read moments ago; a manual run reads it every time', async () => {
			const { reads, credentials } = countingCredentials(() => redisCredentials(redis()).redis);
			for (let execution = 0; execution < 10; execution++) {
				const run = await runWorkflow(workflow, { credentials, mode: 'webhook' });
				expect(run.error).toBeUndefined();
				expect(run.outputs('Capacity Check')[0]).toHaveLength(1);
			}
			expect(reads.count).toBe(1);

			for (let execution = 0; execution < 3; execution++) {
				const run = await runWorkflow(workflow, { credentials, mode: 'manual' });
				expect(run.error).toBeUndefined();
			}
			expect(reads.count).toBe(4);
		});

		it(`reads it again once ${CREDENTIAL_REUSE_MS / 1000} s have passed`, async () => {
			const { reads, credentials } = countingCredentials(() => redisCredentials(redis()).redis);
			const start = Date.now();
			const clock = jest.spyOn(Date, 'now').mockReturnValue(start);
			await runWorkflow(workflow, { credentials, mode: 'webhook' });
			clock.mockReturnValue(start + CREDENTIAL_REUSE_MS - 1);
			await runWorkflow(workflow, { credentials, mode: 'webhook' });
			expect(reads.count).toBe(1);
			clock.mockReturnValue(start + CREDENTIAL_REUSE_MS);
			await runWorkflow(workflow, { credentials, mode: 'webhook' });
			expect(reads.count).toBe(2);
		});

		it('a credential that fails is read again by the next execution, so a fixed credential works at once', async () => {
			let address = { host: '127.0.0.1', port: 1 }; // nothing listens there: connection refused
			const { reads, credentials } = countingCredentials(() => redisCredentials(address).redis);
			const failed = await runWorkflow(workflow, { credentials, mode: 'webhook' });
			// n8n words a refused connection its own way.
			expect(failed.error?.message).toMatch(/refused the connection/);

			address = redis(); // the user fixes the credential
			const fixed = await runWorkflow(workflow, { credentials, mode: 'webhook' });
			expect(fixed.error).toBeUndefined();
			expect(fixed.outputs('Capacity Check')[0]).toHaveLength(1);
			expect(reads.count).toBe(2);
		});
	});
});
