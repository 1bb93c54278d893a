import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import type { DeliveryChannel } from '../../../engine';
import { DELIVERY_CHANNELS } from '../../../engine';
import { changeEachItem } from '../helpers/eachItem';

/** Lead ids are Assign's UUIDs or a form's submission id: anything longer is not one. */
const LEAD_ID_LIMIT = 500;

const properties: INodeProperties[] = [
	{
		displayName: 'Lead ID',
		name: 'leadId',
		type: 'string',
		default: '={{ $json.routing?.leadId }}',
		required: true,
		description:
			"The lead whose message went out, as Assign wrote it in routing.leadId. After a Slack or Twilio node the item is that service's answer: read it from the Capacity Check's item.",
		hint: "After a sending node: {{ $('Capacity Check').item.json.routing.leadId }}",
	},
	{
		displayName: 'Message',
		name: 'channel',
		type: 'options',
		default: 'repNotification',
		options: [
			{
				name: 'Rep Notification',
				value: 'repNotification',
				description:
					'The assigned rep was told (Slack, Teams, SMS to the rep). A duplicate of a lead whose rep was never confirmed as told asks for it again.',
			},
			{
				name: 'Prospect SMS',
				value: 'prospectSms',
				description:
					'The prospect got the SMS with free slots. Never sent twice; a duplicate says whether it was confirmed.',
			},
		],
		description: 'Which message this node confirms: place it right after the node that sends it',
	},
];

export const description = updateDisplayOptions(
	{ show: { operation: ['confirmDelivery'] } },
	properties,
);

function readLeadId(context: IExecuteFunctions, itemIndex: number): string {
	const value = context.getNodeParameter('leadId', itemIndex, '') as unknown;
	const text = typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
	if (!text)
		throw new Error(
			'No lead ID to confirm: set "Lead ID" to the routing.leadId that Assign wrote, e.g. {{ $(\'Capacity Check\').item.json.routing.leadId }}',
		);
	if (text.length > LEAD_ID_LIMIT)
		throw new Error(
			`"Lead ID" is ${text.length} characters long; a lead ID from Assign is at most ${LEAD_ID_LIMIT}`,
		);
	return text;
}

function readChannel(context: IExecuteFunctions): DeliveryChannel {
	const value = context.getNodeParameter('channel', 0, 'repNotification') as string;
	if (!(DELIVERY_CHANNELS as readonly string[]).includes(value))
		throw new NodeOperationError(
			context.getNode(),
			`"Message" is "${value}", not one of: ${DELIVERY_CHANNELS.join(', ')}`,
		);
	return value as DeliveryChannel;
}

const CHANNEL_NAMES: Record<DeliveryChannel, string> = {
	repNotification: 'rep notification',
	prospectSms: 'prospect SMS',
};

/**
 * Records, per lead, that a message went out, in the same state storage as Assign. A sender's
 * retry of a lead whose first execution died before this node (a killed queue-mode worker) then
 * leaves Assign's Duplicate output with routing.pendingDeliveries naming the rep notification, so
 * the workflow tells the rep after all. One output: Confirmed, the item unchanged plus `delivery`.
 */
export async function execute(context: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const channel = readChannel(context);
	return await changeEachItem(context, async (store, _item, itemIndex) => {
		const leadId = readLeadId(context, itemIndex);
		const { confirmedAt, alreadyConfirmed } = await store.confirmDelivery(leadId, channel);
		const reason = alreadyConfirmed
			? `The ${CHANNEL_NAMES[channel]} of lead ${leadId} was confirmed before (${new Date(confirmedAt).toISOString()}): nothing changed`
			: `Confirmed the ${CHANNEL_NAMES[channel]} of lead ${leadId}`;
		return {
			fields: {
				delivery: {
					leadId,
					channel,
					confirmedAt: new Date(confirmedAt).toISOString(),
					alreadyConfirmed,
				},
			},
			decision: 'delivery_confirmed',
			reason,
		};
	});
}
