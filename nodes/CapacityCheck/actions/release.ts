import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { CapacityStateStore } from '../../../engine/capacity';
import { appendAudit } from '../../../engine/contract';
import { openStore } from './store';

/** Lowers the open-lead count of each item's rep, so caps reflect reality. */
export async function release(context: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const { store, close } = await openStore(context);
	try {
		return [await releaseItems(context, store)];
	} finally {
		await close();
	}
}

async function releaseItems(context: IExecuteFunctions, store: CapacityStateStore): Promise<INodeExecutionData[]> {
	const items = context.getInputData();
	const released: INodeExecutionData[] = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		const item = items[itemIndex];
		const repId = String(context.getNodeParameter('repId', itemIndex, '') ?? '').trim();
		if (!repId) {
			const message = 'No rep ID to release: set "Rep ID" (default: the routing.rep.id of the item)';
			if (!context.continueOnFail()) throw new NodeOperationError(context.getNode(), message, { itemIndex });
			released.push({ json: { ...item.json, error: message }, pairedItem: { item: itemIndex } });
			continue;
		}
		const openLeads = await store.release(repId);
		const reason = `Released one open lead of ${repId}: ${openLeads} open now`;
		const at = new Date().toISOString();
		const routing = { ...((item.json.routing as IDataObject) ?? {}), status: 'released', releasedAt: at, reason };
		released.push({
			json: { ...item.json, routing, audit: appendAudit(item.json.audit, { at, node: 'capacityCheck', decision: 'released', reason }) as unknown as IDataObject[] },
			pairedItem: { item: itemIndex },
		});
	}
	return released;
}
