import {
	capacityCheckNode,
	HOT_TO_CLOSERS,
	REDIS_CREDENTIAL,
	redisCredentials,
	repRow,
} from '../helpers/capacityNode';
import { intentResult } from '../helpers/intents';
import { useRedisServer } from '../helpers/redisServer';
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
});
