/**
 * Capacity Check's Confirm Delivery through n8n's real WorkflowExecute, wired as the templates
 * wire it: Assign -> (stand-in for Slack) -> Confirm Delivery. A sender's retry of a lead whose
 * first execution died before the confirmation leaves on Duplicate asking for the rep
 * notification; once confirmed it asks for nothing; a prospect is never owed a second SMS.
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { runWorkflow, type WorkflowJson } from '../../harness/runWorkflow';
import {
	CAPACITY_CHECK_TYPE,
	capacityCheckNode,
	HOT_TO_CLOSERS,
	hotLeadItem,
	repRow,
	routingOf,
	SATURDAY,
	WEDNESDAY_MORNING,
} from '../../helpers/capacityNode';
import { useTemporaryStateFile } from '../../helpers/stateFile';
import { leadsWorkflow, workflowNode } from '../../helpers/workflows';

useTemporaryStateFile();

const hotLead = (leadId: string, submittedAt = WEDNESDAY_MORNING) =>
	hotLeadItem(`${leadId}@x.test`, submittedAt, { leadId });

const assignNode = (maxOpenLeads: number) =>
	capacityCheckNode(
		{
			reps: { rep: [repRow({ id: 'ana', name: 'Ana', maxOpenLeads })] },
			tierMapping: HOT_TO_CLOSERS,
			options: { duplicateKey: 'leadId', leadId: '={{ $json.leadId }}' },
		},
		2,
	);

/** Assign -> "Slack" (a Set that answers like an API: nothing of the lead) -> Confirm Delivery, on Assigned; the same for SMS on No Capacity. */
function funnel(leads: object[], maxOpenLeads: number, confirm: boolean): WorkflowJson {
	const sent = (name: string, x: number) =>
		workflowNode(
			name,
			'n8n-nodes-base.set',
			3.4,
			{ mode: 'raw', jsonOutput: '{ "ok": true }', options: {} },
			x,
		);
	const confirmNode = (name: string, channel: string, x: number) =>
		workflowNode(
			name,
			CAPACITY_CHECK_TYPE,
			2,
			{
				operation: 'confirmDelivery',
				channel,
				leadId: "={{ $('Capacity Check').item.json.routing.leadId }}",
			},
			x,
		);
	const extra = [
		sent('Slack', 800),
		sent('SMS', 800),
		...(confirm
			? [
					confirmNode('Confirm Slack', 'repNotification', 1000),
					confirmNode('Confirm SMS', 'prospectSms', 1000),
				]
			: []),
	];
	const connections: WorkflowJson['connections'] = {
		'Capacity Check': {
			main: [
				[{ node: 'Slack', type: 'main', index: 0 }],
				[{ node: 'SMS', type: 'main', index: 0 }],
				[],
				[],
			],
		},
		...(confirm && {
			Slack: { main: [[{ node: 'Confirm Slack', type: 'main', index: 0 }]] },
			SMS: { main: [[{ node: 'Confirm SMS', type: 'main', index: 0 }]] },
		}),
	};
	return leadsWorkflow(leads, assignNode(maxOpenLeads), extra, connections);
}

describe('Capacity Check: Confirm Delivery', () => {
	it('a retry of a lead whose rep was never confirmed as told asks for the notification; a confirmed one does not', async () => {
		// The first execution "died" after Assign: no confirmation ran.
		const died = await runWorkflow(funnel([hotLead('lost')], 5, false), { executionId: 'e1' });
		expect(died.error).toBeUndefined();
		const retry = await runWorkflow(funnel([hotLead('lost')], 5, true), { executionId: 'e2' });
		const [duplicate] = retry.output('Capacity Check', 3);
		expect(routingOf(duplicate.json)).toMatchObject({
			status: 'assigned',
			rep: { id: 'ana' },
			pendingDeliveries: ['repNotification'],
			confirmedDeliveries: [],
		});

		const whole = await runWorkflow(funnel([hotLead('told')], 5, true), { executionId: 'e3' });
		const [confirmation] = whole.output('Confirm Slack', 0);
		const leadId = routingOf(whole.output('Capacity Check', 0)[0].json).leadId;
		expect(confirmation.json).toMatchObject({
			ok: true,
			delivery: { leadId, channel: 'repNotification', alreadyConfirmed: false },
		});
		expect(confirmation.pairedItem).toEqual({ item: 0 });
		const again = await runWorkflow(funnel([hotLead('told')], 5, true), { executionId: 'e4' });
		expect(routingOf(again.output('Capacity Check', 3)[0].json)).toMatchObject({
			pendingDeliveries: [],
			confirmedDeliveries: ['repNotification'],
		});
		expect(again.output('Confirm Slack', 0)).toHaveLength(0);
	});

	it('confirms a prospect SMS once, and never owes a second one', async () => {
		const first = await runWorkflow(funnel([hotLead('full', SATURDAY)], 5, true), {
			executionId: 'e1',
		});
		expect(first.output('Confirm SMS', 0)[0].json).toMatchObject({
			delivery: { channel: 'prospectSms', alreadyConfirmed: false },
		});
		const retry = await runWorkflow(funnel([hotLead('full', SATURDAY)], 5, true), {
			executionId: 'e2',
		});
		expect(routingOf(retry.output('Capacity Check', 3)[0].json)).toMatchObject({
			status: 'no_capacity',
			pendingDeliveries: [],
			confirmedDeliveries: ['prospectSms'],
		});
		expect(retry.output('SMS', 0)).toHaveLength(0);
	});

	it('says what is missing when an item has no lead ID, and continues on fail with the item kept', async () => {
		const confirm = (parameters: INodeParameters) =>
			capacityCheckNode({ operation: 'confirmDelivery', ...parameters }, 2, 'Confirm');
		const failing = await runWorkflow(leadsWorkflow([{ routing: {} }], confirm({})));
		expect(failing.error?.message).toMatch(/No lead ID to confirm/);
		const kept = await runWorkflow(
			leadsWorkflow(
				[{ routing: {} }, { routing: { leadId: 'x'.repeat(501) } }, { routing: { leadId: 'ok' } }],
				{ ...confirm({}), continueOnFail: true },
			),
		);
		const items = kept.output('Confirm', 0);
		expect(
			items.map((item) => item.json.error ?? (item.json.delivery as IDataObject).leadId),
		).toEqual([expect.stringMatching(/No lead ID/), expect.stringMatching(/501 characters/), 'ok']);
		expect(items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
	});
});
