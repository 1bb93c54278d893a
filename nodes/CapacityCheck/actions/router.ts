import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import * as assign from './assign.operation';
import * as confirmDelivery from './confirmDelivery.operation';
import * as release from './release.operation';

/** One entry per operation: its module holds its parameters and its execute. */
export const operations = { assign, release, confirmDelivery };

export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const operation = this.getNodeParameter('operation', 0) as string;
	// Assign is the default operation, and the node's outputs (configuredOutputs) are Assign's for
	// anything but "release" and "confirmDelivery": an unknown value runs Assign so items and outputs match.
	const chosen = Object.hasOwn(operations, operation)
		? operations[operation as keyof typeof operations]
		: assign;
	return await chosen.execute(this);
}
