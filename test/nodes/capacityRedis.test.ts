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
});
