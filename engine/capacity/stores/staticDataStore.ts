import type { AssignOutcome, AssignRequest, CapacityStateStore } from '../types';
import type { CapacityState } from './pick';
import { emptyState, oldestKeptDay, pickAndCount } from './pick';

/**
 * Keeps rotation and counts in n8n's workflow static data (a plain object that n8n saves after
 * each production execution): right for a single n8n instance. Node.js runs one item at a time
 * here, so pick-and-count needs no lock.
 */
export class StaticDataCapacityStore implements CapacityStateStore {
	private readonly state: CapacityState;

	constructor(staticData: Record<string, unknown>, options: { keyPrefix?: string } = {}) {
		const key = `${options.keyPrefix ?? 'intentFunnel'}:capacity`;
		const existing = staticData[key] as Partial<CapacityState> | undefined;
		this.state = { ...emptyState(), ...(existing ?? {}) };
		staticData[key] = this.state;
	}

	async assign(request: AssignRequest): Promise<AssignOutcome> {
		this.pruneOldDays(request.at);
		return pickAndCount(this.state, request);
	}

	async release(repId: string): Promise<number> {
		this.state.open[repId] = Math.max(0, (this.state.open[repId] ?? 0) - 1);
		return this.state.open[repId];
	}

	async counts(repIds: string[], day: string) {
		return Object.fromEntries(repIds.map((id) => [id, { openLeads: this.state.open[id] ?? 0, leadsToday: this.state.daily[`${day}|${id}`] ?? 0 }]));
	}

	/**
	 * Drops daily counters of dates that no rep can still be living in, so static data does not
	 * grow forever. Keys are `${yyyy-MM-dd}|${repId}`, as they always were: saved state stays valid.
	 */
	private pruneOldDays(at: number) {
		const oldest = oldestKeptDay(at);
		for (const key of Object.keys(this.state.daily)) if (key.split('|')[0] < oldest) delete this.state.daily[key];
	}
}
