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
	routing?: {
		status: string;
		rep?: keyof typeof reps;
		assignedAt?: string;
		smsAllowedNow?: boolean;
		duplicate?: boolean;
	};
}

/** A funnel item as the nodes write it: intent, gate, routing and one audit line per node. */
export function funnelItem(fixture: Fixture) {
	const audit: Array<Record<string, string>> = [];
	const item: Record<string, unknown> = { email: 'lead@example.com' };
	if (fixture.path) {
		item.intent = {
			score: 50,
			path: fixture.path,
			confidence: 0.8,
			...(fixture.route && { route: fixture.route }),
			signals: [],
			reasons: [],
			version: '1.0',
			classifiedAt: fixture.submitted,
			lead: { submittedAt: fixture.submitted },
		};
		audit.push({
			at: fixture.submitted,
			node: 'semanticClassifier',
			decision: fixture.path,
			reason: 'Score 50',
		});
	}
	if (fixture.gate) {
		item.gate = { ...fixture.gate, reasons: ['why'], version: '1.0' };
		audit.push({
			at: fixture.submitted,
			node: 'confidenceGate',
			decision: fixture.gate.decision,
			reason: 'why',
		});
	}
	if (fixture.review)
		audit.push({
			at: fixture.submitted,
			node: 'humanReview',
			decision: fixture.review,
			reason: 'Triage manager',
		});
	const routing = fixture.routing;
	if (routing) {
		item.routing = {
			status: routing.status,
			rep: routing.rep ? reps[routing.rep] : null,
			tier: 'closers',
			strategy: 'roundRobin',
			reason: 'r',
			assignedAt: routing.assignedAt ?? null,
			...(routing.smsAllowedNow !== undefined && {
				sms: {
					to: '+14155550101',
					body: 'Hi',
					allowedNow: routing.smsAllowedNow,
					sendAt: fixture.submitted,
				},
			}),
			...(routing.duplicate && {
				duplicateOf: {
					leadId: 'l1',
					firstSubmittedAt: fixture.submitted,
					replay: false,
					key: 'email',
				},
			}),
			audit: [],
			version: '1.0',
		};
		audit.push({
			at: routing.assignedAt ?? fixture.submitted,
			node: 'capacityCheck',
			decision: routing.status,
			reason: 'r',
		});
	}
	item.audit = audit;
	return item;
}

export const auto = { decision: 'auto_route', rule: 'none' } as const;
export const held = (rule: string) => ({ decision: 'human_review', rule }) as const;

/** An item the gate let through and Capacity Check assigned to this rep. */
const assignedBy = (
	path: string,
	submitted: string,
	rep: keyof typeof reps,
	assignedAt: string,
): Fixture => ({ path, submitted, gate: auto, routing: { status: 'assigned', rep, assignedAt } });

/** One day of a funnel, each item's story in its comment. */
export const SAMPLE_DAY: Fixture[] = [
	// Ana: three on 30 Nov in New York, one on the evening of the 29th there (03:00 UTC).
	assignedBy('hot', '2026-11-30T10:00:00Z', 'ana', '2026-11-30T10:02:00Z'),
	assignedBy('hot', '2026-11-30T11:00:00Z', 'ana', '2026-11-30T11:10:00Z'),
	assignedBy('hot', '2026-11-30T20:00:00Z', 'ana', '2026-11-30T21:00:00Z'),
	assignedBy('hot', '2026-11-30T03:00:00Z', 'ana', '2026-11-30T03:01:00Z'),
	assignedBy('warm', '2026-11-30T12:00:00Z', 'sara', '2026-11-30T12:05:00Z'),
	// A nurture lead with buying signals: held, the reviewer approved, it reached Ben: a rescued buyer.
	{
		path: 'nurture',
		route: 'nurture',
		submitted: '2026-11-30T13:00:00Z',
		gate: held('falseNegativeGuard'),
		review: 'approved',
		routing: { status: 'assigned', rep: 'ben', assignedAt: '2026-11-30T13:30:00Z' },
	},
	// Junk held for low confidence, dropped by the reviewer.
	{
		path: 'junk',
		submitted: '2026-11-30T14:00:00Z',
		gate: held('lowConfidence'),
		review: 'dropped',
	},
	// A VIP on the hot path: held, then routed (no review line: reaching Capacity Check is the approval); nobody free, SMS held for quiet hours.
	{
		path: 'hot',
		submitted: '2026-11-30T15:00:00Z',
		gate: held('vip'),
		routing: { status: 'no_capacity', smsAllowedNow: false },
	},
	{
		path: 'hot',
		submitted: '2026-11-30T16:00:00Z',
		gate: auto,
		routing: { status: 'no_capacity', smsAllowedNow: true },
	},
	// The warm lead submitted again: a duplicate, not a new lead.
	{
		path: 'warm',
		submitted: '2026-11-30T12:03:00Z',
		gate: auto,
		routing: { status: 'assigned', rep: 'sara', duplicate: true },
	},
	{
		path: 'support',
		submitted: '2026-11-30T17:00:00Z',
		gate: auto,
		routing: { status: 'passed_through' },
	},
	// Held near a boundary, still waiting for the reviewer.
	{ path: 'nurture', submitted: '2026-11-30T18:00:00Z', gate: held('nearBoundary') },
	// The day before the period.
	assignedBy('hot', '2026-11-29T23:59:59Z', 'ana', '2026-11-30T00:01:00Z'),
];

export const PERIOD = { start: '2026-11-30T00:00:00Z', end: '2026-12-01T00:00:00Z' };
export const ROSTER = [
	{ id: 'ana', name: 'Ana Closer', maxLeadsPerDay: 3, maxOpenLeads: 10, timeZone: NY },
	{ id: 'sara', name: 'Sara SDR', maxLeadsPerDay: 20, timeZone: NY },
	{ id: 'ben', name: 'Ben Closer', timeZone: 'Europe/Berlin' },
	{ id: 'idle', name: 'Idle Rep', maxLeadsPerDay: 5 },
];

/** Open leads per rep in the state store when the sample day's report is made. */
export const SAMPLE_STORE_COUNTS = {
	ana: { openLeads: 10, leadsToday: 0 },
	sara: { openLeads: 1, leadsToday: 0 },
};
