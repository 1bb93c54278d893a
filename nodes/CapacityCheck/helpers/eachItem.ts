import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import type { CapacityStateStore } from '../../../engine';
import { appendAudit } from '../../../engine';
import { failedItem } from '../../shared/errorOutput';
import { openStateStore } from './stateStore';

/** What one item's state-store operation adds to it: its own fields and the audit line's words. */
export interface ItemChange {
	fields: IDataObject;
	decision: string;
	reason: string;
}

/**
 * Runs a state-store operation (Release, Confirm Delivery) on every item, in order, with the store
 * opened once and closed whatever happens. Each item leaves on the one output with the operation's
 * fields and its audit line, or, when its operation fails, as n8n's continue-on-fail says.
 */
export async function changeEachItem(
	context: IExecuteFunctions,
	change: (
		store: CapacityStateStore,
		item: INodeExecutionData,
		itemIndex: number,
		at: string,
	) => Promise<ItemChange>,
): Promise<INodeExecutionData[][]> {
	const items = context.getInputData();
	const out: INodeExecutionData[] = [];
	const { store, close } = await openStateStore(context);
	try {
		for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
			const item = items[itemIndex];
			const at = new Date().toISOString();
			try {
				const { fields, decision, reason } = await change(store, item, itemIndex, at);
				out.push({
					json: {
						...item.json,
						...fields,
						audit: appendAudit(item.json.audit, {
							at,
							node: 'capacityCheck',
							decision,
							reason,
						}) as unknown as IDataObject[],
					},
					binary: item.binary,
					pairedItem: { item: itemIndex },
				});
			} catch (error) {
				out.push(failedItem(context, item, itemIndex, error as Error));
			}
		}
	} finally {
		await close();
	}
	return [out];
}
