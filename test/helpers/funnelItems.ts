/**
 * Funnel items as the nodes write them (intent, gate, routing, one audit line per node), from a
 * one-line story each, for the Funnel Report's tests.
 */
export const NY = 'America/New_York';
const reps = {
	ana: { id: 'ana', name: 'Ana Closer', timeZone: NY },
	sara: { id: 'sara', name: 'Sara SDR', timeZone: NY },
	ben: { id: 'ben', name: 'Ben Closer', timeZone: 'Europe/Berlin' },
};

export interface Fixture {
	path?: string;
	route?: string;
	submitted: string;
	gate?: { decision: 'auto_route' | 'human_review'; rule: string };
	review?: string;
	routing?: { status: string; rep?: keyof typeof reps; assignedAt?: string; smsAllowedNow?: boolean; duplicate?: boolean };
}

/** A funnel item as the nodes write it: intent, gate, routing and one audit line per node. */
export function funnelItem(fixture: Fixture) {
	const audit: Array<Record<string, string>> = [];
	const item: Record<string, unknown> = { email: 'lead@example.com' };
	if (fixture.path) {
		item.intent = { score: 50, path: fixture.path, confidence: 0.8, ...(fixture.route && { route: fixture.route }), signals: [], reasons: [], version: '1.0', classifiedAt: fixture.submitted, lead: { submittedAt: fixture.submitted } };
		audit.push({ at: fixture.submitted, node: 'semanticClassifier', decision: fixture.path, reason: 'Score 50' });
	}
	if (fixture.gate) {
		item.gate = { ...fixture.gate, reasons: ['why'], version: '1.0' };
		audit.push({ at: fixture.submitted, node: 'confidenceGate', decision: fixture.gate.decision, reason: 'why' });
	}
	if (fixture.review) audit.push({ at: fixture.submitted, node: 'humanReview', decision: fixture.review, reason: 'Triage manager' });
	const routing = fixture.routing;
	if (routing) {
		item.routing = {
			status: routing.status,
			rep: routing.rep ? reps[routing.rep] : null,
			tier: 'closers',
			strategy: 'roundRobin',
			reason: 'r',
			assignedAt: routing.assignedAt ?? null,
			...(routing.smsAllowedNow !== undefined && { sms: { to: '+14155550101', body: 'Hi', allowedNow: routing.smsAllowedNow, sendAt: fixture.submitted } }),
			...(routing.duplicate && { duplicateOf: { leadId: 'l1', firstSubmittedAt: fixture.submitted, replay: false, key: 'email' } }),
			audit: [],
			version: '1.0',
		};
		audit.push({ at: routing.assignedAt ?? fixture.submitted, node: 'capacityCheck', decision: routing.status, reason: 'r' });
	}
	item.audit = audit;
	return item;
}

export const auto = { decision: 'auto_route', rule: 'none' } as const;
export const held = (rule: string) => ({ decision: 'human_review', rule }) as const;
