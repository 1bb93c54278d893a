import type { INode, IDataObject } from 'n8n-workflow';

import { runWorkflow } from '../harness/runWorkflow';
import { auto, funnelItem } from '../helpers/funnelItems';
import { repRows } from '../helpers/reportRows';

const PERIOD = {
	period: 'custom',
	periodStart: '2026-11-30T00:00:00Z',
	periodEnd: '2026-12-01T00:00:00Z',
};

function reportWorkflow(parameters: Record<string, unknown>, extra: Partial<INode> = {}) {
	const nodes: INode[] = [
		{
			id: 't',
			name: 'Start',
			type: 'n8n-nodes-base.manualTrigger',
			typeVersion: 1,
			position: [0, 0],
			parameters: {},
		},
		{
			id: 'r',
			name: 'Funnel Report',
			type: 'n8n-nodes-intent-funnel.funnelReport',
			typeVersion: 1,
			position: [200, 0],
			parameters: { stateStorage: 'none', ...parameters },
			...extra,
		},
	];
	return {
		nodes,
		connections: {
			Start: { main: [[{ node: 'Funnel Report', type: 'main' as const, index: 0 }]] },
		},
	};
}

const hot = funnelItem({
	path: 'hot',
	submitted: '2026-11-30T10:00:00Z',
	gate: auto,
	routing: { status: 'assigned', rep: 'ana', assignedAt: '2026-11-30T10:03:00Z' },
}) as IDataObject;

describe('Funnel Report node', () => {
	it('reads funnel items and rows whose record column holds one; unreadable rows are counted, not lost', async () => {
		const run = await runWorkflow(
			reportWorkflow({
				...PERIOD,
				repCaps: {
					rep: [
						{ repId: 'ana', name: 'Ana', maxLeadsPerDay: 2, maxOpenLeads: 0, timeZone: 'UTC' },
						{ repId: '  ' },
					],
				},
			}),
			{
				startNode: 'Funnel Report',
				triggerItems: [
					{ json: hot },
					{ json: { log: JSON.stringify(hot) } },
					{ json: { record: '{not json' } },
					{ json: { record: JSON.stringify(hot) } },
					{ json: {} },
				],
			},
		);
		const [item] = run.output('Funnel Report');
		const report = item.json.report as Record<string, unknown>;
		expect(report).toMatchObject({ leads: 2, unreadable: 2, routing: { assigned: 2 } });
		// The name typed under Rep Caps wins over the one the items carry.
		expect(report.reps).toEqual(
			repRows([['ana', 'Ana', 2, { day: '2026-11-30', leads: 2 }, 2, null, null]]),
		);
		expect(item.pairedItem).toEqual([0, 1, 2, 3, 4].map((index) => ({ item: index })));
		expect(String(item.json.html)).toContain('<svg');
	});

	it('a custom period that is not one is a clear error on the node, or an error item with Continue On Fail', async () => {
		const failing = await runWorkflow(
			reportWorkflow({ period: 'custom', periodStart: 'soon', periodEnd: '2026-12-01T00:00:00Z' }),
			{ startNode: 'Funnel Report', triggerItems: [{ json: hot }] },
		);
		expect(failing.nodeError('Funnel Report')?.message).toMatch(/start is not a date/);
		const continuing = await runWorkflow(
			reportWorkflow(
				{ period: 'custom', periodStart: 'soon', periodEnd: '2026-12-01T00:00:00Z' },
				{ continueOnFail: true },
			),
			{ startNode: 'Funnel Report', triggerItems: [{ json: hot }, { json: hot }] },
		);
		expect(continuing.output('Funnel Report')).toEqual([
			{
				json: { error: expect.stringMatching(/start is not a date/) },
				pairedItem: [{ item: 0 }, { item: 1 }],
			},
		]);
	});
});
