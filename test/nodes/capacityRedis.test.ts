import { leadsWorkflow } from '../helpers/workflows';
import { startRedisServer, type RedisServer } from '../helpers/redisServer';
import { runWorkflow } from '../harness/runWorkflow';

const intent = {
	score: 90,
	path: 'hot',
	confidence: 0.9,
	signals: [],
	reasons: [],
	engine: 'builtin',
	model: null,
	version: '1.0',
	classifiedAt: '',
	latencyMs: 0,
	lead: { text: 'x', submittedAt: '2026-11-25T16:00:00Z' },
};
const REP = {
	tiers: 'closers',
	timeZone: 'America/New_York',
	workingHours: 'Mon-Fri 09:00-17:00',
	maxOpenLeads: 1,
	maxLeadsPerDay: 0,
	weight: 1,
	active: true,
	id: '',
	outOfOffice: '',
	holidays: '',
	phone: '',
	calendarId: '',
	icsUrl: '',
};

describe('Capacity Check with Redis state (real redis-server)', () => {
	let redis: RedisServer;
	beforeAll(async () => (redis = await startRedisServer()));
	afterAll(async () => await redis.stop());

	it("shares caps across executions through n8n's Redis credential, and Release frees them", async () => {
		const workflow = leadsWorkflow([{ name: 'Dana', intent }], {
			name: 'Capacity Check',
			type: 'n8n-nodes-intent-funnel.capacityCheck',
			typeVersion: 1,
			parameters: {
				stateStorage: 'redis',
				stateKey: 'node-test',
				tierMapping: { mapping: [{ path: 'hot', tier: 'closers' }] },
				reps: {
					rep: [
						{ ...REP, name: 'Ana', email: 'ana@x.test' },
						{ ...REP, name: 'Ben', email: 'ben@x.test' },
					],
				},
			},
			credentials: { redis: { id: '1', name: 'Redis' } },
		});
		const credentials = {
			redis: {
				host: redis.host,
				port: redis.port,
				password: '',
				user: '',
				database: 0,
				ssl: false,
			},
		};
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

		const release = leadsWorkflow([{ name: 'Dana', routing: { rep: { id: 'ana@x.test' } } }], {
			name: 'Release',
			type: 'n8n-nodes-intent-funnel.capacityCheck',
			typeVersion: 1,
			parameters: { operation: 'release', stateStorage: 'redis', stateKey: 'node-test' },
			credentials: { redis: { id: '1', name: 'Redis' } },
		});
		const released = await runWorkflow(release, { credentials });
		expect((released.output('Release')[0].json.routing as { reason: string }).reason).toBe(
			'Released one open lead of ana@x.test: 0 open now',
		);
		expect(await repOf()).toBe('Ana');
	});
});
