import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { RoutingResult } from '../../../engine';
import { CONTRACT_VERSION } from '../../../engine';
import { changeEachItem } from '../helpers/eachItem';

const properties: INodeProperties[] = [
	{
		displayName: 'Rep ID',
		name: 'repId',
		type: 'string',
		default: '={{ $json.routing?.rep?.id }}',
		required: true,
		description: 'The rep whose open-lead count goes down by one',
	},
	{
		displayName: 'Lead ID',
		name: 'leadId',
		type: 'string',
		default: '={{ $json.routing?.leadId }}',
		description:
			'The lead being released, as Assign wrote it in routing.leadId: a lead released twice (a retried execution) counts once. Empty: every release counts.',
	},
];

export const description = updateDisplayOptions({ show: { operation: ['release'] } }, properties);

function readRepId(context: IExecuteFunctions, itemIndex: number): string {
	const value = context.getNodeParameter('repId', itemIndex, '') as unknown;
	return value === undefined || value === null ? '' : String(value).trim();
}

function readLeadId(context: IExecuteFunctions, itemIndex: number): string | undefined {
	const value = context.getNodeParameter('leadId', itemIndex, '') as unknown;
	const text = value === undefined || value === null ? '' : String(value).trim();
	return text || undefined;
}

/**
 * Lowers the open-lead count of each item's rep, so caps reflect reality. With the lead's id
 * (routing.leadId, written by Assign) a lead is released once: a second release changes nothing.
 * One output: Released.
 */
export async function execute(context: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await changeEachItem(context, async (store, item, itemIndex, at) => {
		const repId = readRepId(context, itemIndex);
		if (!repId)
			throw new Error(
				'No rep ID to release: set "Rep ID" (default: the routing.rep.id that Assign wrote on the item)',
			);
		const leadId = readLeadId(context, itemIndex);
		const { openLeads, alreadyReleased } = await store.release(repId, { leadId });
		const reason = alreadyReleased
			? `Lead ${leadId} was released before: nothing changed (${repId}: ${openLeads} open)`
			: `Released one open lead of ${repId}: ${openLeads} open now`;
		const previous = (item.json.routing ?? {}) as Partial<RoutingResult>;
		const routing: RoutingResult = {
			rep: previous.rep ?? { id: repId, name: repId },
			tier: previous.tier ?? null,
			strategy: previous.strategy ?? '',
			assignedAt: previous.assignedAt ?? null,
			...previous,
			status: 'released',
			reason,
			audit: [
				...(previous.audit ?? []),
				{ at, node: 'capacityCheck', decision: 'released', reason },
			],
			version: CONTRACT_VERSION,
		};
		return {
			fields: { routing: routing as unknown as IDataObject },
			decision: 'released',
			reason,
		};
	});
}
