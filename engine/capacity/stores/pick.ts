import type { AssignRequest, AssignOutcome, Candidate } from '../types';

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

export const emptyState = (): CapacityState => ({ open: {}, daily: {}, lastAssigned: {}, currentWeights: {} });

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
		if (candidate.maxOpenLeads !== undefined && open >= candidate.maxOpenLeads) atCap.push({ repId: candidate.id, cap: 'maxOpenLeads', value: open });
		else if (candidate.maxLeadsPerDay !== undefined && today >= candidate.maxLeadsPerDay) atCap.push({ repId: candidate.id, cap: 'maxLeadsPerDay', value: today });
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
			for (const candidate of eligible) weights[candidate.id] = (weights[candidate.id] ?? 0) + candidate.weight;
			chosen = eligible.reduce((best, candidate) => (weights[candidate.id] > weights[best.id] ? candidate : best));
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
	return { repId: chosen.id, atCap, openLeads: state.open[chosen.id], leadsToday: state.daily[chosenDayKey] };
}
