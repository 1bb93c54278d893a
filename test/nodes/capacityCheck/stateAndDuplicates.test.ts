/**
 * Capacity Check version 2 through n8n's real WorkflowExecute: the SQLite file as the default
 * state storage, the Duplicate Window and its output, idempotent Release, and the counts of a
 * version 1 node's static data carried into the file.
 *
 * The harness gives every run the same execution id, so the same item index in two runs is a
 * replay of one execution; a second submission is another item (or another lead's position).
 */
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';

import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { configuredOutputs } from '../../../nodes/CapacityCheck/actions/outputs';
import { CAPACITY_DEFAULTS, defaultStateFile, STATE_FILE_ENV } from '../../../engine/capacity';
import { runWorkflow, type WorkflowJson } from '../../harness/runWorkflow';
import {
	capacityCheckNode,
	HOT_TO_CLOSERS,
	hotLeadItem as hotLead,
	repRow,
	routingOf,
	SATURDAY,
	WEDNESDAY_MORNING,
} from '../../helpers/capacityNode';
import { useTemporaryStateFile } from '../../helpers/stateFile';
import { leadsWorkflow } from '../../helpers/workflows';

const stateFile = useTemporaryStateFile();

const REPS = {
	rep: [
		repRow({ id: 'ana', name: 'Ana', maxOpenLeads: 1 }),
		repRow({ id: 'ben', name: 'Ben', maxOpenLeads: 2 }),
	],
};

const assignWorkflow = (
	leads: object[],
	typeVersion = 2,
	parameters: INodeParameters = {},
): WorkflowJson =>
	leadsWorkflow(
		leads,
		capacityCheckNode(
			{ reps: REPS, tierMapping: HOT_TO_CLOSERS, strategy: 'priorityOrder', ...parameters },
			typeVersion,
		),
	);
/** Rep id per output: [assigned, noCapacity, notRouted, duplicate]. */
const repsByOutput = (outputs: Array<Array<{ json: IDataObject }>>) =>
	outputs.map((items) => items.map((item) => routingOf(item.json).rep?.id ?? null));

describe('Capacity Check version 2: SQLite state by default', () => {
	it('keeps counts in the SQLite file, not in workflow static data, across executions', async () => {
		const staticData: IDataObject = {};
		const first = await runWorkflow(assignWorkflow([hotLead('a@x.test'), hotLead('b@x.test')]), {
			staticData,
		});
		expect(first.error).toBeUndefined();
		expect(repsByOutput(first.outputs('Capacity Check'))).toEqual([['ana', 'ben'], [], [], []]);
		expect(existsSync(stateFile())).toBe(true);
		expect(staticData.global).toEqual({});
		// A fresh static data object: only the file remembers that Ana is at her cap.
		const second = await runWorkflow(
			assignWorkflow([hotLead('c@x.test'), hotLead('d@x.test'), hotLead('e@x.test')]),
			{ staticData: {} },
		);
		expect(repsByOutput(second.outputs('Capacity Check'))).toEqual([['ben'], [null, null], [], []]);
		expect(routingOf(second.output('Capacity Check', 1)[0].json).reason).toMatch(
			/Ana \(at maxOpenLeads\), Ben \(at maxOpenLeads\)/,
		);
	});

	it('holds the caps when 30 executions run at once', async () => {
		const runs = await Promise.all(
			Array.from({ length: 30 }, (_, index) =>
				runWorkflow(assignWorkflow([hotLead(`lead${index}@x.test`)]), { staticData: {} }),
			),
		);
		const assigned = runs.flatMap((run) =>
			run.output('Capacity Check', 0).map((item) => routingOf(item.json).rep?.id),
		);
		expect(assigned.sort()).toEqual(['ana', 'ben', 'ben']);
		expect(runs.reduce((sum, run) => sum + run.output('Capacity Check', 1).length, 0)).toBe(27);
	});

	it("carries the counts of a version 1 node's static data into the file the first time", async () => {
		const staticData: IDataObject = {};
		const v1 = await runWorkflow(assignWorkflow([hotLead('a@x.test')], 1), { staticData });
		expect(repsByOutput(v1.outputs('Capacity Check'))).toEqual([['ana'], [], []]);
		expect(staticData.global).toMatchObject({ 'intentFunnel:capacity': { open: { ana: 1 } } });
		// The same workflow with its node switched to the SQLite file: Ana is still at her cap.
		const switched = await runWorkflow(
			assignWorkflow([hotLead('b@x.test')], 1, { stateStorage: 'sqlite' }),
			{ staticData },
		);
		expect(repsByOutput(switched.outputs('Capacity Check'))).toEqual([['ben'], [], []]);
		// Static data is read, never written by the file's store.
		expect(staticData.global).toMatchObject({ 'intentFunnel:capacity': { open: { ana: 1 } } });
		expect((staticData.global as IDataObject)['intentFunnel:capacity']).not.toMatchObject({
			open: { ben: expect.anything() },
		});
		// From then on the file is the truth: static data is no longer read.
		const later = await runWorkflow(assignWorkflow([hotLead('c@x.test')], 2), { staticData: {} });
		expect(repsByOutput(later.outputs('Capacity Check'))).toEqual([['ben'], [], [], []]);
	});

	it("names the file it uses: the override, else n8n's folder", () => {
		expect(
			defaultStateFile({ [STATE_FILE_ENV]: '/data/capacity.sqlite', N8N_USER_FOLDER: '/srv/n8n' }),
		).toBe('/data/capacity.sqlite');
		expect(defaultStateFile({ N8N_USER_FOLDER: '/srv/n8n' })).toBe(
			'/srv/n8n/.n8n/intent-funnel-capacity.sqlite',
		);
		expect(defaultStateFile({})).toBe(
			path.join(homedir(), '.n8n', 'intent-funnel-capacity.sqlite'),
		);
	});

	it('keeps workflow static data for version 1 nodes that never chose a storage', async () => {
		const staticData: IDataObject = {};
		await runWorkflow(assignWorkflow([hotLead('a@x.test')], 1), { staticData });
		expect(staticData.global).toMatchObject({ 'intentFunnel:capacity': { open: { ana: 1 } } });
		expect(existsSync(stateFile())).toBe(false);
	});
});

describe('Duplicate Window', () => {
	it("sends a second submission of a lead to the Duplicate output with the first one's rep, counted once", async () => {
		const run = await runWorkflow(
			assignWorkflow([
				hotLead('Dana@Acme.test'),
				hotLead(' dana@acme.test\u200b', '2026-11-25T16:20:00Z'),
				hotLead('eli@acme.test'),
			]),
		);
		expect(run.error).toBeUndefined();
		const [assigned, noCapacity, notRouted, duplicate] = run.outputs('Capacity Check');
		expect(repsByOutput([assigned, noCapacity, notRouted, duplicate])).toEqual([
			['ana', 'ben'],
			[],
			[],
			['ana'],
		]);
		const routing = routingOf(duplicate[0].json);
		expect(routing.duplicateOf).toEqual({
			leadId: routingOf(assigned[0].json).leadId,
			firstSubmittedAt: '2026-11-25T16:00:00.000Z',
			replay: false,
			key: 'email',
		});
		expect(routing).toMatchObject({
			status: 'assigned',
			leadId: routingOf(assigned[0].json).leadId,
		});
		expect(routing.reason).toBe(
			'Duplicate of the lead submitted 2026-11-25T16:00:00.000Z (same email within 60 min): stays with Ana, not counted again; its rep notification was never confirmed: send it (routing.pendingDeliveries)',
		);
		expect(duplicate[0].pairedItem).toEqual({ item: 1 });
		expect(
			(duplicate[0].json.audit as Array<{ decision: string }>).map((entry) => entry.decision),
		).toEqual(['duplicate']);
	});

	it('gives the repeat of a lead nobody could take no second SMS', async () => {
		const run = await runWorkflow(
			assignWorkflow([hotLead('dana@acme.test', SATURDAY), hotLead('dana@acme.test', SATURDAY)]),
		);
		const [, noCapacity, , duplicate] = run.outputs('Capacity Check');
		expect(noCapacity).toHaveLength(1);
		expect(routingOf(noCapacity[0].json).sms?.to).toBe('+14155550101');
		expect(duplicate).toHaveLength(1);
		expect(routingOf(duplicate[0].json)).toMatchObject({
			status: 'no_capacity',
			rep: null,
			duplicateOf: { replay: false, key: 'email' },
		});
		expect(routingOf(duplicate[0].json).sms).toBeUndefined();
		expect(routingOf(duplicate[0].json).reason).toMatch(
			/no closers rep could take it then and its prospect was offered free slots \(not confirmed sent; never sent twice\); no second SMS$/,
		);
	});

	it('lets a re-run of the same execution leave as the first run did, without counting again', async () => {
		const leads = [hotLead('dana@acme.test', SATURDAY), hotLead('eli@acme.test')];
		const first = await runWorkflow(assignWorkflow(leads));
		expect(repsByOutput(first.outputs('Capacity Check'))).toEqual([['ana'], [null], [], []]);
		// The harness reuses the execution id: to the store this is n8n re-running the same job.
		const replay = await runWorkflow(assignWorkflow(leads));
		const [assigned, noCapacity, , duplicate] = replay.outputs('Capacity Check');
		expect(repsByOutput([assigned, noCapacity, [], duplicate])).toEqual([['ana'], [null], [], []]);
		expect(routingOf(assigned[0].json).duplicateOf?.replay).toBe(true);
		expect(routingOf(assigned[0].json).reason).toMatch(
			/^A re-run of execution test-execution item 1, .*not counted again: Ana \(closers\), the rep it got then$/,
		);
		// The SMS the first attempt may never have sent is there again.
		expect(routingOf(noCapacity[0].json).sms?.to).toBe('+14155550101');
		// Ana was counted once: Ben takes the next lead.
		const next = await runWorkflow(assignWorkflow([hotLead('fay@acme.test')]));
		expect(repsByOutput(next.outputs('Capacity Check'))).toEqual([['ben'], [], [], []]);
	});

	it('keeps a resubmission the classifier now reads differently with the rep and tier it got first', async () => {
		const warm = (email: string) => {
			const lead = hotLead(email);
			return { ...lead, intent: { ...lead.intent, path: 'warm', score: 60 } };
		};
		const reps = {
			rep: [...REPS.rep, repRow({ id: 'sara', name: 'Sara', tiers: 'sdrs' })],
		};
		const parameters = {
			reps,
			tierMapping: {
				mapping: [
					{ path: 'hot', tier: 'closers' },
					{ path: 'warm', tier: 'sdrs' },
				],
			},
		};
		const run = await runWorkflow(
			assignWorkflow([warm('dana@acme.test'), hotLead('dana@acme.test')], 2, parameters),
		);
		const [assigned, , , duplicate] = run.outputs('Capacity Check');
		expect(repsByOutput(run.outputs('Capacity Check'))).toEqual([['sara'], [], [], ['sara']]);
		expect(routingOf(assigned[0].json).tier).toBe('sdrs');
		expect(routingOf(duplicate[0].json).tier).toBe('sdrs');
	});

	it('takes the key from the Lead ID option, and is off at 0 minutes (three outputs)', async () => {
		const byId = await runWorkflow(
			assignWorkflow(
				[
					hotLead('a@x.test', WEDNESDAY_MORNING, { formId: 'F-1' }),
					hotLead('b@x.test', WEDNESDAY_MORNING, { formId: 'F-1' }),
				],
				2,
				{ options: { leadId: '={{ $json.formId }}' } },
			),
		);
		expect(repsByOutput(byId.outputs('Capacity Check'))).toEqual([['ana'], [], [], ['ana']]);
		expect(routingOf(byId.output('Capacity Check', 3)[0].json).duplicateOf?.key).toBe('lead ID');

		const off = await runWorkflow(
			assignWorkflow([hotLead('z@x.test'), hotLead('z@x.test')], 2, {
				options: { duplicateWindow: 0 },
			}),
		);
		expect(repsByOutput(off.outputs('Capacity Check'))).toEqual([['ben', 'ben'], [], []]);
	});

	it('does not send a deliberate re-route (Exclude Reps) back to the rep it came from', async () => {
		await runWorkflow(assignWorkflow([hotLead('dana@acme.test')]));
		const rerouted = await runWorkflow(
			assignWorkflow([hotLead('other@acme.test'), hotLead('dana@acme.test')], 2, {
				options: { excludeRepIds: 'ana' },
			}),
		);
		expect(repsByOutput(rerouted.outputs('Capacity Check'))).toEqual([['ben', 'ben'], [], [], []]);
	});

	it('refuses a window that is not a number of minutes up to 30 days', async () => {
		for (const [duplicateWindow, shown] of [
			[-5, '-5'],
			[1e12, '1000000000000'],
			['={{ "an hour" }}', '"an hour"'],
		] as const) {
			const run = await runWorkflow(
				assignWorkflow([hotLead('a@x.test')], 2, { options: { duplicateWindow } }),
			);
			expect(run.nodeError('Capacity Check')?.message).toBe(
				`"Duplicate Window (Minutes)" is ${shown}, not a number of minutes from 0 to 43200 (30 days)`,
			);
		}
	});

	it('has its Duplicate output from version 2, or when a version 1 node sets a window', () => {
		const names = (version: number, parameters: Parameters<typeof configuredOutputs>[1]) =>
			configuredOutputs(version, parameters).map((output) => output.displayName);
		expect(names(1, {})).toEqual(['Assigned', 'No Capacity', 'Not Routed']);
		expect(names(2, {})).toEqual(['Assigned', 'No Capacity', 'Not Routed', 'Duplicate']);
		expect(names(1, { options: { duplicateWindow: 15 } })).toContain('Duplicate');
		expect(names(2, { options: { duplicateWindow: 0 } })).not.toContain('Duplicate');
		expect(names(2, { options: { duplicateWindow: '={{ 30 }}' } })).toContain('Duplicate');
		expect(names(2, { operation: 'release' })).toEqual(['Released']);
		// configuredOutputs runs in n8n's sandbox with its own copy of the default.
		expect(configuredOutputs.toString()).toContain(
			`nodeVersion >= 2 ? ${CAPACITY_DEFAULTS.duplicateWindowMinutes} : 0`,
		);
	});
});

describe('Release per lead', () => {
	it('releases a lead once, however many times Release runs on it', async () => {
		const first = await runWorkflow(
			assignWorkflow([hotLead('a@x.test'), hotLead('b@x.test'), hotLead('c@x.test')]),
		);
		const [ana, benFirst] = first.output('Capacity Check', 0);
		expect(repsByOutput(first.outputs('Capacity Check'))).toEqual([
			['ana', 'ben', 'ben'],
			[],
			[],
			[],
		]);
		const release = (item: IDataObject) =>
			runWorkflow(leadsWorkflow([item], capacityCheckNode({ operation: 'release' }, 2, 'Release')));
		const leadId = routingOf(benFirst.json).leadId;
		expect(routingOf((await release(benFirst.json)).output('Release')[0].json).reason).toBe(
			'Released one open lead of ben: 1 open now',
		);
		// A retried execution releases the same lead again: nothing changes.
		expect(routingOf((await release(benFirst.json)).output('Release')[0].json).reason).toBe(
			`Lead ${leadId} was released before: nothing changed (ben: 1 open)`,
		);
		// Ben has one free slot, not two; Ana is still at her cap.
		const next = await runWorkflow(assignWorkflow([hotLead('d@x.test'), hotLead('e@x.test')]));
		expect(repsByOutput(next.outputs('Capacity Check'))).toEqual([['ben'], [null], [], []]);
		expect(routingOf(ana.json).leadId).not.toBe(leadId);
	});
});
