/**
 * The Funnel Report: what the funnel did over a period, read from the items it produced (their
 * `intent`, `gate`, `routing` and `audit`) and, when given, the state store's current counts.
 * Pure: no n8n imports, no I/O. Channels (Slack, HTML) are in ./render.ts.
 */
import { DateTime, IANAZone } from 'luxon';

import type { AuditEntry } from '../contract';

/** A rep as the report knows it: the roster's caps, for "assigned against caps". */
export interface ReportRep {
	id: string;
	name?: string;
	maxOpenLeads?: number;
	maxLeadsPerDay?: number;
	timeZone?: string;
}

export interface FunnelReportInput {
	/** The funnel items' json (or anything: what cannot be read is counted as unreadable). */
	items: readonly unknown[];
	/** Epoch ms or ISO; items submitted in [start, end) are counted. */
	start: number | string;
	end: number | string;
	/** The roster, for caps and names; reps seen only in items are listed too. */
	reps?: readonly ReportRep[];
	/** Open and today's counts per rep id, as the state store's `counts` returns them (read-only). */
	storeCounts?: Record<string, { openLeads: number; leadsToday: number }>;
	/** Paths whose leads are for sales, when an item's intent has no `route`; default hot and warm. */
	salesPaths?: readonly string[];
}

/** What the reviewer made of a lead the gate held. */
export type ReviewOutcome = 'approved' | 'dropped' | 'rerouted' | 'no_decision';

export interface RepLine {
	id: string;
	name: string;
	/** Leads assigned to the rep in the period (duplicates not counted). */
	assigned: number;
	/** Most leads assigned on one day of the rep's own calendar in the period. */
	busiestDay: { day: string; leads: number } | null;
	maxLeadsPerDay: number | null;
	maxOpenLeads: number | null;
	/** Open leads now, from the state store; null when the report was given no counts. */
	openNow: number | null;
}

export interface FunnelReport {
	period: { start: string; end: string };
	/** Items submitted in the period (new leads; duplicates and replays are counted apart). */
	leads: number;
	/** Items outside the period, or with no time to place them. */
	outsidePeriod: number;
	/** Items that are not funnel items (no intent, gate or routing). */
	unreadable: number;
	duplicates: number;
	/** Leads per classifier path, most first; "unclassified" for leads the classifier could not read. */
	paths: Array<{ path: string; leads: number }>;
	gate: {
		reviewed: number;
		/** Share of leads reviewed, 0-1 (0 when there were no leads). */
		reviewRate: number;
		/** Why they were held, by the gate rule that decided. */
		byRule: Array<{ rule: string; leads: number }>;
		outcomes: Record<ReviewOutcome, number>;
		/** Leads on a non-sales path that a reviewer sent on to a rep. */
		rescuedBuyers: number;
	};
	routing: { assigned: number; noCapacity: number; passedThrough: number; errors: number };
	reps: RepLine[];
	/** Minutes from submission to assignment over the assigned leads; null without any. */
	timeToAssignMinutes: { median: number; p90: number; count: number } | null;
	/** Texts to prospects nobody could take: sent at once, or held until quiet hours end. */
	prospectSms: { sent: number; heldForQuietHours: number };
}

const DEFAULT_SALES_PATHS = ['hot', 'warm'];

/** The audit node name a review step writes (see the templates): decision approved | dropped | rerouted. */
export const REVIEW_AUDIT_NODE = 'humanReview';

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

const text = (value: unknown): string | undefined =>
	typeof value === 'string' && value !== '' ? value : undefined;

/**
 * A name the report groups by (path, rule, rep id and name), cut to its first 500 characters:
 * a 1 MB name would otherwise be hashed and carried whole through every count and channel.
 */
const label = (value: unknown): string | undefined => text(value)?.slice(0, 500);

function epoch(value: unknown): number | undefined {
	if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
	if (typeof value !== 'string') return undefined;
	const parsed = Date.parse(value);
	return Number.isFinite(parsed) ? parsed : undefined;
}

function periodBound(value: number | string, name: string): number {
	const parsed = epoch(value);
	if (parsed === undefined)
		throw new Error(
			`The report's ${name} is not a date: ${JSON.stringify(String(value)).slice(0, 80)}`,
		);
	return parsed;
}

function auditOf(item: Record<string, unknown>): AuditEntry[] {
	return Array.isArray(item.audit)
		? (item.audit.filter((entry) => isRecord(entry)) as unknown as AuditEntry[])
		: [];
}

/** When the lead came in: its submission time, else when it was classified, else its first audit line. */
function submittedAt(item: Record<string, unknown>, audit: AuditEntry[]): number | undefined {
	const intent = isRecord(item.intent) ? item.intent : undefined;
	const lead = intent && isRecord(intent.lead) ? intent.lead : undefined;
	return (
		epoch(lead?.submittedAt) ??
		epoch(intent?.classifiedAt) ??
		audit.map((entry) => epoch(entry.at)).find((at) => at !== undefined)
	);
}

function reviewOutcome(audit: AuditEntry[], routed: boolean): ReviewOutcome {
	const recorded = [...audit].reverse().find((entry) => entry.node === REVIEW_AUDIT_NODE);
	const decision = text(recorded?.decision)?.toLowerCase();
	if (decision === 'approved' || decision === 'dropped' || decision === 'rerouted') return decision;
	// No review line: a held lead that reached Capacity Check was let through.
	return routed ? 'approved' : 'no_decision';
}

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: number[], p: number): number {
	return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

function median(sorted: number[]): number {
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const round1 = (value: number) => Math.round(value * 10) / 10;

function localDay(at: number, timeZone: string | undefined): string {
	const zone = timeZone && IANAZone.isValidZone(timeZone) ? timeZone : 'UTC';
	return DateTime.fromMillis(at, { zone }).toISODate() ?? new Date(at).toISOString().slice(0, 10);
}

const countInto = (counts: Map<string, number>, key: string) =>
	counts.set(key, (counts.get(key) ?? 0) + 1);

const byCountThenName = (entries: Map<string, number>) =>
	[...entries].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));

const positiveCap = (value: unknown) =>
	typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : null;

export function buildFunnelReport(input: FunnelReportInput): FunnelReport {
	const start = periodBound(input.start, 'start');
	const end = periodBound(input.end, 'end');
	if (end <= start) throw new Error('The report period ends before it starts');
	const salesPaths = new Set(input.salesPaths ?? DEFAULT_SALES_PATHS);

	const report: FunnelReport = {
		period: { start: new Date(start).toISOString(), end: new Date(end).toISOString() },
		leads: 0,
		outsidePeriod: 0,
		unreadable: 0,
		duplicates: 0,
		paths: [],
		gate: {
			reviewed: 0,
			reviewRate: 0,
			byRule: [],
			outcomes: { approved: 0, dropped: 0, rerouted: 0, no_decision: 0 },
			rescuedBuyers: 0,
		},
		routing: { assigned: 0, noCapacity: 0, passedThrough: 0, errors: 0 },
		reps: [],
		timeToAssignMinutes: null,
		prospectSms: { sent: 0, heldForQuietHours: 0 },
	};
	const paths = new Map<string, number>();
	const rules = new Map<string, number>();
	const waits: number[] = [];
	const repSeen = new Map<
		string,
		{ name?: string; timeZone?: string; assigned: number; days: Map<string, number> }
	>();
	const repEntry = (id: string) => {
		let entry = repSeen.get(id);
		if (!entry) repSeen.set(id, (entry = { assigned: 0, days: new Map() }));
		return entry;
	};
	for (const rep of input.reps ?? [])
		if (text(rep.id)) Object.assign(repEntry(rep.id), { name: rep.name, timeZone: rep.timeZone });

	for (const raw of input.items) {
		if (!isRecord(raw) || !(isRecord(raw.intent) || isRecord(raw.gate) || isRecord(raw.routing))) {
			report.unreadable++;
			continue;
		}
		const audit = auditOf(raw);
		const at = submittedAt(raw, audit);
		if (at === undefined || at < start || at >= end) {
			report.outsidePeriod++;
			continue;
		}
		const routing = isRecord(raw.routing) ? raw.routing : undefined;
		// A second submission or a re-run job is a lead already counted once.
		if (routing && isRecord(routing.duplicateOf)) {
			report.duplicates++;
			continue;
		}
		report.leads++;
		const intent = isRecord(raw.intent) ? raw.intent : undefined;
		const path = label(intent?.path) ?? 'unclassified';
		countInto(paths, path);
		const forSales = text(intent?.route) ? intent?.route === 'sales' : salesPaths.has(path);

		const status = text(routing?.status);
		const reachedRep = status === 'assigned' || status === 'no_capacity';
		const gate = isRecord(raw.gate) ? raw.gate : undefined;
		if (gate?.decision === 'human_review') {
			report.gate.reviewed++;
			countInto(rules, label(gate.rule) ?? 'unknown');
			const outcome = reviewOutcome(audit, routing !== undefined);
			report.gate.outcomes[outcome]++;
			if (!forSales && (outcome === 'rerouted' || (outcome === 'approved' && reachedRep)))
				report.gate.rescuedBuyers++;
		}

		if (status === 'assigned') report.routing.assigned++;
		else if (status === 'no_capacity') report.routing.noCapacity++;
		else if (status === 'passed_through') report.routing.passedThrough++;
		else if (status === 'error') report.routing.errors++;

		const rep = routing && isRecord(routing.rep) ? routing.rep : undefined;
		const repId = label(rep?.id);
		if (status === 'assigned' && repId) {
			const entry = repEntry(repId);
			entry.name ??= label(rep?.name);
			entry.timeZone ??= label(rep?.timeZone);
			entry.assigned++;
			const assignedAt = epoch(routing?.assignedAt);
			countInto(entry.days, localDay(assignedAt ?? at, entry.timeZone));
			if (assignedAt !== undefined && assignedAt >= at) waits.push((assignedAt - at) / 60_000);
		}
		const sms = routing && isRecord(routing.sms) ? routing.sms : undefined;
		if (status === 'no_capacity' && sms) {
			if (sms.allowedNow === false) report.prospectSms.heldForQuietHours++;
			else report.prospectSms.sent++;
		}
	}

	report.paths = byCountThenName(paths).map(([path, leads]) => ({ path, leads }));
	report.gate.byRule = byCountThenName(rules).map(([rule, leads]) => ({ rule, leads }));
	report.gate.reviewRate = report.leads ? report.gate.reviewed / report.leads : 0;
	if (waits.length) {
		const sorted = [...waits].sort((a, b) => a - b);
		report.timeToAssignMinutes = {
			median: round1(median(sorted)),
			p90: round1(percentile(sorted, 90)),
			count: sorted.length,
		};
	}
	const roster = new Map((input.reps ?? []).map((rep) => [rep.id, rep]));
	report.reps = [...repSeen]
		.map(([id, seen]): RepLine => {
			const caps = roster.get(id);
			const busiest = byCountThenName(seen.days)[0];
			const counts = input.storeCounts?.[id];
			return {
				id,
				name: seen.name ?? id,
				assigned: seen.assigned,
				busiestDay: busiest ? { day: busiest[0], leads: busiest[1] } : null,
				maxLeadsPerDay: positiveCap(caps?.maxLeadsPerDay),
				maxOpenLeads: positiveCap(caps?.maxOpenLeads),
				openNow:
					counts && Number.isFinite(counts.openLeads)
						? counts.openLeads
						: input.storeCounts
							? 0
							: null,
			};
		})
		.sort((a, b) => b.assigned - a.assigned || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
	return report;
}
