import type {
	AssignRequest,
	AssignOutcome,
	Candidate,
	DeliveryChannel,
	ReleaseOutcome,
} from '../types';
import { DELIVERY_CHANNELS } from '../types';

/** The counters and rotation state one store keeps. */
export interface CapacityState {
	open: Record<string, number>;
	/** `${day}|${repId}` -> leads assigned on that date of the rep's own calendar. */
	daily: Record<string, number>;
	/** pool -> id of the rep who got the pool's last lead. */
	lastAssigned: Record<string, string>;
	/** pool -> repId -> current weight of smooth weighted round robin. */
	currentWeights: Record<string, Record<string, number>>;
}

export const emptyState = (): CapacityState => ({
	open: {},
	daily: {},
	lastAssigned: {},
	currentWeights: {},
});

/** What a store remembers of a lead with a duplicate key, under that key. */
export interface LeadRecord {
	leadId: string;
	/** The rep it went to; null when nobody could take it (its prospect was offered slots). */
	repId: string | null;
	/** Epoch ms of its submission. */
	at: number;
	/** The pool (tier) it was routed in. */
	pool: string;
	executionId?: string;
	itemIndex?: number;
	/** Wall-clock epoch ms after which the record is forgotten. */
	expiresAt: number;
}

/**
 * A lead record is kept a day past its window: long enough for a job n8n re-runs after a worker
 * died, short enough that a store does not grow with every lead ever seen.
 */
export const LEAD_RECORD_GRACE_MS = 86_400_000;

/** How long a released lead is remembered, so that a second release of it changes nothing. */
export const RELEASE_MEMORY_MS = 7 * 86_400_000;

/** The longest Duplicate Window Capacity Check accepts (30 days). */
export const MAX_DUPLICATE_WINDOW_MS = 30 * 86_400_000;

/**
 * How long a confirmed delivery is remembered: as long as the longest-lived lead record (the
 * longest window and its day of grace), so no duplicate of the lead can outlive it.
 */
export const DELIVERY_MEMORY_MS = MAX_DUPLICATE_WINDOW_MS + LEAD_RECORD_GRACE_MS;

/** The confirmed channels among `confirmed`, in the fixed channel order (stores list them in any order). */
export const deliveredChannels = (confirmed: Iterable<string>): DeliveryChannel[] => {
	const set = new Set(confirmed);
	return DELIVERY_CHANNELS.filter((channel) => set.has(channel));
};

const wallClock = (request: { now?: number }) => request.now ?? Date.now();

/**
 * The outcome for a request that repeats the lead of `record`, or undefined when it is a new lead.
 * `deliveredOf` reads the channels confirmed for the first lead (inside the caller's lock).
 */
export function duplicateOutcome(
	record: LeadRecord | undefined,
	request: AssignRequest,
	deliveredOf: (leadId: string) => DeliveryChannel[],
): AssignOutcome | undefined {
	const lead = request.lead;
	if (
		!record ||
		!lead?.duplicateKey ||
		record.expiresAt <= wallClock(request) ||
		Math.abs(request.at - record.at) > lead.windowMs
	)
		return undefined;
	const replay =
		lead.executionId !== undefined &&
		record.executionId === lead.executionId &&
		record.itemIndex === lead.itemIndex;
	return {
		repId: record.repId,
		atCap: [],
		leadId: record.leadId,
		duplicateOf: {
			leadId: record.leadId,
			firstAt: record.at,
			pool: record.pool,
			replay,
			delivered: deliveredOf(record.leadId),
		},
	};
}

/** The record a store keeps of a new lead, when the lead has a duplicate key. */
export function leadRecordOf(
	outcome: AssignOutcome,
	request: AssignRequest,
): LeadRecord | undefined {
	const lead = request.lead;
	if (!lead?.duplicateKey) return undefined;
	return {
		leadId: lead.id,
		repId: outcome.repId,
		at: request.at,
		pool: request.pool,
		executionId: lead.executionId,
		itemIndex: lead.itemIndex,
		expiresAt: wallClock(request) + lead.windowMs + LEAD_RECORD_GRACE_MS,
	};
}

/**
 * One whole assignment on a loaded state: the duplicate check against the key's record, else
 * the pick and count. Pure; the caller runs it under its lock (a SQLite transaction) and saves
 * the state and, when there is one, the new record.
 */
export function assignLead(
	state: CapacityState,
	record: LeadRecord | undefined,
	request: AssignRequest,
	deliveredOf: (leadId: string) => DeliveryChannel[],
): { outcome: AssignOutcome; record?: LeadRecord } {
	const duplicate = duplicateOutcome(record, request, deliveredOf);
	if (duplicate) return { outcome: duplicate };
	pruneDailyCounters(state, request.at);
	const picked = pickAndCount(state, request);
	const outcome = request.lead ? { ...picked, leadId: request.lead.id } : picked;
	return { outcome, record: leadRecordOf(outcome, request) };
}

/**
 * Lowers a rep's open count unless the lead was released before (`alreadyReleased`); never
 * below zero. The caller remembers the lead as released when it has an id.
 */
export function releaseLead(
	state: CapacityState,
	repId: string,
	alreadyReleased: boolean,
): ReleaseOutcome {
	if (!alreadyReleased) state.open[repId] = Math.max(0, (state.open[repId] ?? 0) - 1);
	return { openLeads: state.open[repId] ?? 0, alreadyReleased };
}

/** Each rep's open leads and leads on `day` in a state, as CapacityStateStore.counts answers them. */
export function countsOf(state: CapacityState, repIds: string[], day: string) {
	return Object.fromEntries(
		repIds.map((id) => [
			id,
			{ openLeads: state.open[id] ?? 0, leadsToday: state.daily[`${day}|${id}`] ?? 0 },
		]),
	);
}

/**
 * Drops daily counters of dates that no rep can still be living in, so the state does not grow
 * forever. Keys are `${yyyy-MM-dd}|${repId}`, as they always were: saved state stays valid.
 */
export function pruneDailyCounters(state: CapacityState, at: number) {
	const oldest = oldestKeptDay(at);
	for (const key of Object.keys(state.daily))
		if (key.split('|')[0] < oldest) delete state.daily[key];
}

/**
 * How many days before the UTC date of a submission daily counters are kept. Each rep counts on
 * their own calendar, which is up to a day behind (Pago Pago) or ahead (Kiritimati) of UTC, so
 * "yesterday" in UTC can still be today for someone: two days is the safe margin.
 */
export const DAILY_COUNTER_KEEP_DAYS = 2;

/** The oldest yyyy-MM-dd whose daily counters are still kept for a submission at `at`. */
export function oldestKeptDay(at: number): string {
	return new Date(at - DAILY_COUNTER_KEEP_DAYS * 86_400_000).toISOString().slice(0, 10);
}

const dailyKey = (candidate: Candidate) => `${candidate.day}|${candidate.id}`;

/**
 * Picks a rep for one lead and updates the state: skip reps at a cap, then apply the strategy.
 * Pure and synchronous, so a store that holds a lock (or runs it inside Redis) keeps it atomic.
 */
export function pickAndCount(state: CapacityState, request: AssignRequest): AssignOutcome {
	const atCap: AssignOutcome['atCap'] = [];
	const eligible: Candidate[] = [];
	for (const candidate of request.candidates) {
		const open = state.open[candidate.id] ?? 0;
		const today = state.daily[dailyKey(candidate)] ?? 0;
		if (candidate.maxOpenLeads !== undefined && open >= candidate.maxOpenLeads)
			atCap.push({ repId: candidate.id, cap: 'maxOpenLeads', value: open });
		else if (candidate.maxLeadsPerDay !== undefined && today >= candidate.maxLeadsPerDay)
			atCap.push({ repId: candidate.id, cap: 'maxLeadsPerDay', value: today });
		else eligible.push(candidate);
	}
	if (eligible.length === 0) return { repId: null, atCap };

	let chosen: Candidate;
	switch (request.strategy) {
		case 'priorityOrder':
			chosen = [...eligible].sort((a, b) => a.priority - b.priority)[0];
			break;
		case 'leastLoaded':
			chosen = [...eligible].sort(
				(a, b) =>
					(state.open[a.id] ?? 0) - (state.open[b.id] ?? 0) ||
					(state.daily[dailyKey(a)] ?? 0) - (state.daily[dailyKey(b)] ?? 0),
			)[0];
			break;
		case 'weightedRoundRobin': {
			// Smooth weighted round robin (as in nginx): even spread, proportional to weights.
			const weights = (state.currentWeights[request.pool] ??= {});
			const total = eligible.reduce((sum, candidate) => sum + candidate.weight, 0);
			for (const candidate of eligible)
				weights[candidate.id] = (weights[candidate.id] ?? 0) + candidate.weight;
			chosen = eligible.reduce((best, candidate) =>
				weights[candidate.id] > weights[best.id] ? candidate : best,
			);
			weights[chosen.id] -= total;
			break;
		}
		default: {
			// Round robin over the roster order: the next candidate after the pool's last rep. The
			// full roster order counts, so a busy last rep does not send the turn back to the top.
			const last = state.lastAssigned[request.pool];
			const order = request.rosterOrder ?? request.candidates.map((candidate) => candidate.id);
			const lastIndex = last === undefined ? -1 : order.indexOf(last);
			chosen = eligible.find((candidate) => order.indexOf(candidate.id) > lastIndex) ?? eligible[0];
		}
	}
	state.lastAssigned[request.pool] = chosen.id;
	state.open[chosen.id] = (state.open[chosen.id] ?? 0) + 1;
	const chosenDayKey = dailyKey(chosen);
	state.daily[chosenDayKey] = (state.daily[chosenDayKey] ?? 0) + 1;
	return {
		repId: chosen.id,
		atCap,
		openLeads: state.open[chosen.id],
		leadsToday: state.daily[chosenDayKey],
	};
}
