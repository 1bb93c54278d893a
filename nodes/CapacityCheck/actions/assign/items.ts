import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import type { LeadFields, RoutingResult } from '../../../../engine';
import { appendAudit, CONTRACT_VERSION, readIntent } from '../../../../engine';
import { detectLeadFields } from '../../../shared/leadFields';

/** An input item read for routing. */
export interface PreparedLead {
	intent: ReturnType<typeof readIntent>;
	lead: LeadFields;
	/** Submission time: intent.lead.submittedAt, else the item's own field, else now. */
	at: number;
}

export function prepareLead(json: IDataObject, now: number): PreparedLead {
	const intent = readIntent(json.intent);
	// The classifier's normalised fields win, but a field it left empty keeps the item's own value.
	const classified = Object.fromEntries(
		Object.entries((intent.ok && intent.intent.lead) || {}).filter(
			([, value]) => value !== undefined && value !== null && value !== '',
		),
	);
	const lead: LeadFields = { ...detectLeadFields(json), ...classified };
	const submitted = Date.parse(lead.submittedAt ?? '');
	return { intent, lead, at: Number.isNaN(submitted) ? now : submitted };
}

/** The input item with its routing and the routing's last audit entry. */
export function withRouting(
	item: INodeExecutionData,
	itemIndex: number,
	routing: RoutingResult,
): INodeExecutionData {
	return {
		json: {
			...item.json,
			routing: routing as unknown as IDataObject,
			audit: appendAudit(
				item.json.audit,
				routing.audit[routing.audit.length - 1],
			) as unknown as IDataObject[],
		},
		binary: item.binary,
		pairedItem: { item: itemIndex },
	};
}

/** The routing of an item that could not be routed (continue-on-fail): it leaves on Not Routed. */
export function errorRouting(message: string, strategy: string, now: number): RoutingResult {
	return {
		status: 'error',
		rep: null,
		tier: null,
		strategy,
		reason: message,
		assignedAt: null,
		audit: [
			{
				at: new Date(now).toISOString(),
				node: 'capacityCheck',
				decision: 'error',
				reason: message,
			},
		],
		version: CONTRACT_VERSION,
	};
}
