import type { INodeProperties } from 'n8n-workflow';

import * as assign from './assign.operation';
import * as confirmDelivery from './confirmDelivery.operation';
import * as release from './release.operation';
import { stateStorageProperties } from './stateStorage.description';

const operationProperty: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	default: 'assign',
	options: [
		{
			name: 'Assign',
			value: 'assign',
			action: 'Assign a lead to an available rep',
			description: 'Route each lead to a rep who can take it now, or offer free slots by SMS',
		},
		{
			name: 'Release',
			value: 'release',
			action: 'Release an open lead of a rep',
			description:
				"Lower a rep's open-lead count when a lead is handled or re-routed, so caps reflect reality",
		},
		{
			name: 'Confirm Delivery',
			value: 'confirmDelivery',
			action: 'Confirm a lead message was sent',
			description:
				'After the node that tells the rep or texts the prospect: a retried lead whose first run died before it then asks for the rep notification again, never for a second SMS',
		},
	],
};

/** The node's parameters in display order: each operation's own, the shared storage, Assign's Options last. */
export const properties: INodeProperties[] = [
	operationProperty,
	...assign.description,
	...stateStorageProperties,
	...release.description,
	...confirmDelivery.description,
	...assign.options,
];
