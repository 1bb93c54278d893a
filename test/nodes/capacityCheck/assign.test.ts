/**
 * Capacity Check run through n8n's real WorkflowExecute: Manual Trigger -> Set (leads) ->
 * Semantic Classifier (or a Set that writes `intent`) -> Capacity Check -> Release.
 */
import type { IConnections, INode, INodeParameters } from 'n8n-workflow';

import { runWorkflow, type WorkflowJson } from '../../harness/runWorkflow';
import {
	ACME_TEAM,
	capacityCheckNode,
	REDIS_CREDENTIAL,
	redisCredentials,
	routingOf,
	WEDNESDAY_MORNING,
} from '../../helpers/capacityNode';
import { intentAt } from '../../helpers/intents';
import { useRedisServer } from '../../helpers/redisServer';
import { classifiedLeadsWorkflow, leadsWorkflow } from '../../helpers/workflows';

const [ana, ben, sara] = ACME_TEAM;
const REPS = {
	rep: [
		{ ...ana, id: 'ana' },
		{ ...ben, id: 'ben' },
		{ ...sara, id: 'sara' },
	],
};

const intentFor = (
	path: string,
	submittedAt: string,
	phone = '+1 415 555 0101',
	timeZone?: string,
) =>
	intentAt(
		{ text: 'We need a demo', name: 'Dana Reyes', phone, submittedAt, timeZone },
		{ score: path === 'hot' ? 85 : 50, path, confidence: 0.8 },
	);

const assignNode = (capacity: INodeParameters = {}) =>
	capacityCheckNode({
		reps: REPS,
		options: { bookingLink: 'https://cal.example/acme' },
		...capacity,
	});

const workflow = (
	leads: object[],
	capacity: INodeParameters = {},
	extraNodes: INode[] = [],
	extraConnections: IConnections = {},
): WorkflowJson => leadsWorkflow(leads, assignNode(capacity), extraNodes, extraConnections);

/** The workflow with n8n's Redis credential selected on the Capacity Check node. */
function withRedisCredential(json: WorkflowJson): WorkflowJson {
	json.nodes.find((node) => node.name === 'Capacity Check')!.credentials = REDIS_CREDENTIAL;
	return json;
}

describe('Capacity Check with a Set node writing intent', () => {
	it('sends every item out on exactly one output, with routing and audit', async () => {
		const leads = [
			{ ref: 1, intent: intentFor('hot', WEDNESDAY_MORNING) },
			{ ref: 2, intent: intentFor('warm', WEDNESDAY_MORNING) },
			{ ref: 3, intent: intentFor('nurture', WEDNESDAY_MORNING) },
			{ ref: 4, message: 'no intent on this one' },
			{ ref: 5, intent: { score: 'high' } },
		];
		const run = await runWorkflow(workflow(leads));
		expect(run.error).toBeUndefined();
		const [assigned, noCapacity, notRouted] = run.outputs('Capacity Check');
		expect(assigned.map((item) => [item.json.ref, routingOf(item.json).rep?.id])).toEqual([
			[1, 'ana'],
		]);
		// Sara, the only SDR, finished at 16:00 London time.
		expect(noCapacity.map((item) => item.json.ref)).toEqual([2]);
		expect(routingOf(noCapacity[0].json).reason).toMatch(
			/^No sdrs rep can take the lead now: Sara SDR \(outside working hours\)/,
		);
		expect(notRouted.map((item) => [item.json.ref, routingOf(item.json).status])).toEqual([
			[3, 'passed_through'],
			[4, 'error'],
			[5, 'error'],
		]);
		expect(routingOf(notRouted[1].json).reason).toMatch(
			/run it through the Semantic Classifier first/,
		);
		expect(routingOf(notRouted[2].json).reason).toBe(
			'"intent.score" must be a number from 0 to 100',
		);
		// Input fields are kept, pairing points back to the input item, the audit trail grows.
		expect(notRouted[1].json.message).toBe('no intent on this one');
		expect([...assigned, ...noCapacity, ...notRouted].map((item) => item.pairedItem)).toEqual([
			{ item: 0 },
			{ item: 1 },
			{ item: 2 },
			{ item: 3 },
			{ item: 4 },
		]);
		expect(
			(assigned[0].json.audit as Array<{ node: string; decision: string }>).map(
				(entry) => entry.decision,
			),
		).toEqual(['assigned']);
	});

	it("evaluates availability at intent.lead.submittedAt, else at the item's own submission field", async () => {
		const { submittedAt: _dropped, ...leadWithoutTime } = intentFor('hot', WEDNESDAY_MORNING).lead!;
		const saturday = '2026-11-28T16:00:00Z';
		const run = await runWorkflow(
			workflow([
				{
					ref: 'classifier time',
					submittedAt: saturday,
					intent: intentFor('hot', WEDNESDAY_MORNING),
				},
				{
					ref: 'item time',
					submittedAt: saturday,
					intent: { ...intentFor('hot', WEDNESDAY_MORNING), lead: leadWithoutTime },
				},
			]),
		);
		const [assigned, noCapacity] = run.outputs('Capacity Check');
		expect(assigned.map((item) => item.json.ref)).toEqual(['classifier time']);
		expect(noCapacity.map((item) => item.json.ref)).toEqual(['item time']);
		expect(routingOf(noCapacity[0].json).reason).toMatch(
			/Ana Closer \(outside working hours\), Ben Closer \(outside working hours\)/,
		);
	});

	it("labels free slots in the prospect's zone and holds the SMS through quiet hours", async () => {
		// Saturday 2026-11-28 05:00 UTC: nobody works; it is 21:00 on Friday in Los Angeles.
		const run = await runWorkflow(
			workflow([
				{
					intent: intentFor('hot', '2026-11-28T05:00:00Z', '(415) 555-0101', 'America/Los_Angeles'),
				},
			]),
		);
		const routing = routingOf(run.output('Capacity Check', 1)[0].json);
		expect(routing.nextSlots?.map((slot) => slot.label)).toEqual([
			'Mon 30 Nov, 6:00 AM PST',
			'Mon 30 Nov, 6:30 AM PST',
			'Mon 30 Nov, 7:00 AM PST',
		]);
		expect(routing.sms).toMatchObject({
			to: '+14155550101',
			allowedNow: false,
			sendAt: expect.any(String),
		});
		expect(routing.sms?.body).toBe(
			'Hi Dana, thanks for reaching out! Our team is with other customers right now. We can talk Mon 30 Nov at 6:00 AM, 6:30 AM or 7:00 AM (PST). Pick a time: https://cal.example/acme',
		);
	});

	it('offers slots from the submission time by default, and never in the past when set to "From Now"', async () => {
		// A lead submitted on Saturday 2020-01-04, processed years later.
		const old = [
			{ intent: intentFor('hot', '2020-01-04T15:00:00Z', '+1 415 555 0101', 'America/New_York') },
		];
		const reproducible = routingOf(
			(await runWorkflow(workflow(old))).output('Capacity Check', 1)[0].json,
		);
		expect(reproducible.nextSlots?.[0].start).toBe('2020-01-06T14:00:00.000Z'); // Monday 09:00 EST
		expect(reproducible.sms).toMatchObject({
			allowedNow: true,
			sendAt: '2020-01-04T15:00:00.000Z',
		});
		const startedAt = Date.now();
		const late = routingOf(
			(await runWorkflow(workflow(old, { options: { slotsFrom: 'now' } }))).output(
				'Capacity Check',
				1,
			)[0].json,
		);
		expect(Date.parse(late.nextSlots![0].start)).toBeGreaterThanOrEqual(startedAt);
		expect(Date.parse(late.sms!.sendAt)).toBeGreaterThanOrEqual(startedAt);
	});

	it('stops with a message that names the rep and field, or routes every item to Not Routed on continue-on-fail', async () => {
		const roster = [
			{ name: 'Zed', tiers: 'closers', timeZone: 'Moon/Base', workingHours: 'Mon-Fri 09:00-17:00' },
		];
		const parameters = { rosterSource: 'input', rosterData: `={{ ${JSON.stringify(roster)} }}` };
		const leads = [
			{ intent: intentFor('hot', WEDNESDAY_MORNING) },
			{ intent: intentFor('warm', WEDNESDAY_MORNING) },
		];
		const stopped = await runWorkflow(workflow(leads, parameters));
		expect(stopped.nodeError('Capacity Check')?.message).toMatch(
			/Rep 1 \(Zed\), time zone: "Moon\/Base" is not an IANA time zone/,
		);

		const continued = workflow(leads, parameters);
		continued.nodes.find((node) => node.name === 'Capacity Check')!.onError =
			'continueRegularOutput';
		const run = await runWorkflow(continued);
		expect(run.error).toBeUndefined();
		const [assigned, noCapacity, notRouted] = run.outputs('Capacity Check');
		expect(assigned.length + noCapacity.length).toBe(0);
		expect(notRouted.map((item) => routingOf(item.json).status)).toEqual(['error', 'error']);
		expect(routingOf(notRouted[0].json).reason).toMatch(/Moon\/Base/);
	});

	it('names a bad option instead of writing "Invalid DateTime" into the SMS', async () => {
		const run = await runWorkflow(
			workflow([{ intent: intentFor('hot', WEDNESDAY_MORNING) }], {
				options: { timeZone: 'Pacific/Atlantis', defaultCountry: 'XX' },
			}),
		);
		expect(run.nodeError('Capacity Check')?.message).toBe(
			'"Time Zone for Unknown Prospects" is "Pacific/Atlantis", not an IANA time zone (e.g. America/New_York); "Default Phone Country" is "XX", not a two-letter country code (e.g. US, GB, DE)',
		);
	});

	it('reads a roster from sheet-style rows and refuses a mapped tier nobody has', async () => {
		const rows = [
			{
				Name: 'Ana',
				Email: 'ana@acme.test',
				Tiers: 'Closers',
				'Time Zone': 'America/New_York',
				'Working Hours': 'Mon-Fri 09:00-17:00',
				'Max Open Leads': '2',
				Active: 'TRUE',
			},
		];
		const parameters = { rosterSource: 'input', rosterData: '={{ $json.roster }}' };
		const ok = await runWorkflow(
			workflow([{ roster: rows, intent: intentFor('hot', WEDNESDAY_MORNING) }], {
				...parameters,
				tierMapping: { mapping: [{ path: 'hot', tier: 'closers' }] },
			}),
		);
		expect(routingOf(ok.output('Capacity Check', 0)[0].json).reason).toMatch(
			/^Ana \(closers\) .* \(1\/2 open\)$/,
		);
		const missingTier = await runWorkflow(
			workflow([{ roster: rows, intent: intentFor('hot', WEDNESDAY_MORNING) }], parameters),
		);
		expect(missingTier.nodeError('Capacity Check')?.message).toBe(
			'No rep in the roster has tier "sdrs", which path "warm" needs',
		);
	});
});

describe('Release in another node frees the cap that Assign counted', () => {
	const release: INode = {
		id: 'r',
		position: [800, 0],
		...capacityCheckNode({ operation: 'release' }, 1, 'Release'),
	};
	const assignThenRelease = (leads: object[], capacity: INodeParameters = {}) =>
		workflow(leads, capacity, [release], {
			'Capacity Check': { main: [[{ node: 'Release', type: 'main', index: 0 }], [], []] },
		});

	it('with workflow static data', async () => {
		const staticData = {};
		// Strategy priority order: Ana first while she is under her cap of one open lead.
		const first = await runWorkflow(
			workflow(
				[
					{ intent: intentFor('hot', WEDNESDAY_MORNING) },
					{ intent: intentFor('hot', WEDNESDAY_MORNING) },
				],
				{ strategy: 'priorityOrder' },
			),
			{ staticData },
		);
		expect(first.output('Capacity Check', 0).map((item) => routingOf(item.json).rep?.id)).toEqual([
			'ana',
			'ben',
		]);
		const second = await runWorkflow(
			assignThenRelease([{ intent: intentFor('hot', WEDNESDAY_MORNING) }], {
				strategy: 'priorityOrder',
			}),
			{ staticData },
		);
		// Ana is still at her cap: Ben gets it; releasing Ben's lead does not touch Ana.
		expect(routingOf(second.output('Capacity Check', 0)[0].json).rep?.id).toBe('ben');
		expect(routingOf(second.output('Release')[0].json)).toMatchObject({
			status: 'released',
			reason: 'Released one open lead of ben: 1 open now',
		});

		const releaseAna = await runWorkflow(
			{
				...workflow([{ routing: { rep: { id: 'ana', name: 'Ana Closer' } } }], {
					operation: 'release',
				}),
			},
			{ staticData },
		);
		expect(routingOf(releaseAna.output('Capacity Check')[0].json).reason).toBe(
			'Released one open lead of ana: 0 open now',
		);
		const third = await runWorkflow(
			workflow([{ intent: intentFor('hot', WEDNESDAY_MORNING) }], { strategy: 'priorityOrder' }),
			{ staticData },
		);
		expect(routingOf(third.output('Capacity Check', 0)[0].json).rep?.id).toBe('ana');
	});

	it('keeps the items when Redis is chosen but no credential is selected (continue on fail)', async () => {
		const json = workflow([{ ref: 1, intent: intentFor('hot', WEDNESDAY_MORNING) }], {
			stateStorage: 'redis',
		});
		json.nodes.find((node) => node.name === 'Capacity Check')!.onError = 'continueRegularOutput';
		const notRouted = (await runWorkflow(json)).output('Capacity Check', 2);
		expect(notRouted.map((item) => [item.json.ref, routingOf(item.json).status])).toEqual([
			[1, 'error'],
		]);
		expect(routingOf(notRouted[0].json).reason).toMatch(/credentials/i);
	});

	it('says which item has no rep to release instead of failing silently', async () => {
		const run = await runWorkflow(workflow([{ note: 'never assigned' }], { operation: 'release' }));
		expect(run.nodeError('Capacity Check')?.message).toMatch(/No rep ID to release/);
	});

	describe('with Redis (a real redis-server)', () => {
		const redis = useRedisServer();

		it('keeps caps across executions and releases through the same key', async () => {
			const credentials = redisCredentials(redis());
			const capacity = { stateStorage: 'redis', stateKey: 'teamA', strategy: 'priorityOrder' };
			const leads = [
				{ intent: intentFor('hot', WEDNESDAY_MORNING) },
				{ intent: intentFor('hot', WEDNESDAY_MORNING) },
			];
			const first = await runWorkflow(withRedisCredential(workflow(leads, capacity)), {
				credentials,
			});
			expect(first.error).toBeUndefined();
			expect(first.output('Capacity Check', 0).map((item) => routingOf(item.json).rep?.id)).toEqual(
				['ana', 'ben'],
			);
			// A fresh static data object: only Redis remembers that Ana is at her cap.
			const second = await runWorkflow(
				withRedisCredential(workflow([{ intent: intentFor('hot', WEDNESDAY_MORNING) }], capacity)),
				{ credentials, staticData: {} },
			);
			expect(routingOf(second.output('Capacity Check', 0)[0].json).rep?.id).toBe('ben');
			const released = await runWorkflow(
				withRedisCredential(
					workflow([{ routing: { rep: { id: 'ana' } } }], { ...capacity, operation: 'release' }),
				),
				{ credentials },
			);
			expect(routingOf(released.output('Capacity Check')[0].json).reason).toBe(
				'Released one open lead of ana: 0 open now',
			);
			const third = await runWorkflow(
				withRedisCredential(workflow([{ intent: intentFor('hot', WEDNESDAY_MORNING) }], capacity)),
				{ credentials },
			);
			expect(routingOf(third.output('Capacity Check', 0)[0].json).rep?.id).toBe('ana');
		});

		it('puts items on Not Routed with the reason when Redis cannot be reached (continue on fail)', async () => {
			const credentials = redisCredentials({ host: '127.0.0.1', port: 1 });
			const broken = withRedisCredential(
				workflow([{ intent: intentFor('hot', WEDNESDAY_MORNING) }], { stateStorage: 'redis' }),
			);
			broken.nodes.find((node) => node.name === 'Capacity Check')!.onError =
				'continueRegularOutput';
			const run = await runWorkflow(broken, { credentials });
			const notRouted = run.output('Capacity Check', 2);
			expect(notRouted).toHaveLength(1);
			expect(routingOf(notRouted[0].json)).toMatchObject({
				status: 'error',
				reason: expect.stringMatching(
					/^Could not assign the lead: Could not connect to Redis at 127.0.0.1:1/,
				),
			});
		});
	});
});

describe('Manual Trigger -> Set -> Semantic Classifier -> Capacity Check', () => {
	it("routes the classifier's hot lead to a closer and passes a browsing lead through", async () => {
		const leads = [
			{
				name: 'Dana Reyes',
				message:
					'VP here. Budget of $60k/year approved, we need it by end of Q1. Please book a demo.',
				role: 'VP Operations',
				phone: '(415) 555-0101',
				submittedAt: WEDNESDAY_MORNING,
			},
			{ name: 'Gus', message: 'Just browsing, newsletter please', submittedAt: WEDNESDAY_MORNING },
		];
		const run = await runWorkflow(classifiedLeadsWorkflow(leads, assignNode()));
		expect(run.error).toBeUndefined();
		const [assigned, noCapacity, notRouted] = run.outputs('Capacity Check');
		expect(assigned.map((item) => [item.json.name, routingOf(item.json).rep?.name])).toEqual([
			['Dana Reyes', 'Ana Closer'],
		]);
		expect(noCapacity).toHaveLength(0);
		expect(notRouted.map((item) => [item.json.name, routingOf(item.json).status])).toEqual([
			['Gus', 'passed_through'],
		]);
		expect((assigned[0].json.audit as Array<{ node: string }>).map((entry) => entry.node)).toEqual([
			'semanticClassifier',
			'capacityCheck',
		]);
	});
});
