/**
 * Capacity Check as the node and template suites put it into a workflow: the node, rows of its
 * reps form, lead items that carry an intent, and n8n's Redis credential for a test redis-server.
 */
import type { IDataObject, INode, INodeParameters } from 'n8n-workflow';

import type { IntentResult, RoutingResult } from '../../engine/contract';
import { intentAt } from './intents';

export const CAPACITY_CHECK_TYPE = 'n8n-nodes-intent-funnel.capacityCheck';

/** Wednesday 2026-11-25 11:00 in New York: the closers there work; London's day is over. */
export const WEDNESDAY_MORNING = '2026-11-25T16:00:00Z';
/** Saturday 2026-11-28: nobody works, so a lead gets free slots and an SMS. */
export const SATURDAY = '2026-11-28T16:00:00Z';

/** The tier mapping every suite starts from: hot leads go to the closers. */
export const HOT_TO_CLOSERS = { mapping: [{ path: 'hot', tier: 'closers' }] };

/** A Capacity Check node: Assign unless the parameters choose another operation. */
export function capacityCheckNode(
	parameters: INodeParameters,
	typeVersion = 1,
	name = 'Capacity Check',
): Omit<INode, 'id' | 'position'> {
	return { name, type: CAPACITY_CHECK_TYPE, typeVersion, parameters };
}

/**
 * A row of the reps form (versions 1 and 2): a closer in New York on weekdays 9 to 5 with no caps,
 * changed where a test says. Fields left out get the form's defaults from n8n.
 */
export function repRow(changes: INodeParameters): INodeParameters {
	return {
		tiers: 'closers',
		timeZone: 'America/New_York',
		workingHours: 'Mon-Fri 09:00-17:00',
		maxOpenLeads: 0,
		maxLeadsPerDay: 0,
		weight: 1,
		active: true,
		...changes,
	};
}

/** Two closers (Ana holds one open lead at most, Ben is in Chicago) and Sara, an SDR in London. */
export const ACME_TEAM: readonly INodeParameters[] = [
	repRow({ name: 'Ana Closer', email: 'ana@acme.test', maxOpenLeads: 1 }),
	repRow({ name: 'Ben Closer', email: 'ben@acme.test', timeZone: 'America/Chicago' }),
	repRow({
		name: 'Sara SDR',
		email: 'sara@acme.test',
		tiers: 'sdrs',
		timeZone: 'Europe/London',
		workingHours: 'Mon-Fri 08:00-16:00',
	}),
];

/** The item of a hot lead that asked for a demo, classified when it was submitted. */
export function hotLeadItem(
	email: string,
	submittedAt = WEDNESDAY_MORNING,
	extra: IDataObject = {},
): { email: string; phone: string; intent: IntentResult } & IDataObject {
	return {
		email,
		phone: '+1 415 555 0101',
		intent: intentAt({ text: 'Book a demo', submittedAt }),
		...extra,
	};
}

/** The node's reference to n8n's Redis credential (its data comes with the run). */
export const REDIS_CREDENTIAL = { redis: { id: '1', name: 'Redis' } };

/** n8n's Redis credential for a server at this address. */
export function redisCredentials(server: { host: string; port: number }) {
	return {
		redis: {
			host: server.host,
			port: server.port,
			password: '',
			user: '',
			database: 0,
			ssl: false,
		},
	};
}

/** What Capacity Check wrote on an item. */
export const routingOf = (json: IDataObject) => json.routing as unknown as RoutingResult;
