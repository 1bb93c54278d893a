import type * as capacity from '../types';
import * as pick from './pick';

/** The saved state plus what static data remembers of recent leads (kept beside the counts). */
interface StaticState extends pick.CapacityState {
	/** duplicate key -> the lead that key last belonged to. */
	leads?: Record<string, pick.LeadRecord>;
	/** lead id -> wall-clock epoch ms until which its release is remembered. */
	released?: Record<string, number>;
	/** lead id -> epoch ms each channel was confirmed, and when the lead's confirmations are forgotten. */
	delivered?: Record<
		string,
		{ channels: Partial<Record<capacity.DeliveryChannel, number>>; expiresAt: number }
	>;
}

/** The key under which a state key prefix lives in workflow static data. */
export const staticDataKey = (keyPrefix?: string) => `${keyPrefix ?? 'intentFunnel'}:capacity`;

/**
 * Keeps rotation and counts in n8n's workflow static data, a plain object each execution loads
 * and n8n saves when a production execution ends. Executions that overlap each load their own
 * copy and the last to end overwrites the others: caps and rotation are lost under concurrency.
 * Kept for manual test runs (which do not save it) and for nodes of version 1.
 */
export class StaticDataCapacityStore implements capacity.CapacityStateStore {
	private readonly state: StaticState;

	constructor(staticData: Record<string, unknown>, options: { keyPrefix?: string } = {}) {
		const key = staticDataKey(options.keyPrefix);
		const existing = staticData[key] as Partial<StaticState> | undefined;
		this.state = { ...pick.emptyState(), ...(existing ?? {}) };
		staticData[key] = this.state;
	}

	async assign(request: capacity.AssignRequest): Promise<capacity.AssignOutcome> {
		const now = request.now ?? Date.now();
		const leads = this.forgetExpired(now);
		const duplicateKey = request.lead?.duplicateKey;
		const { outcome, record } = pick.assignLead(
			this.state,
			duplicateKey ? leads[duplicateKey] : undefined,
			request,
			(leadId) =>
				pick.deliveredChannels(
					this.state.delivered && Object.prototype.hasOwnProperty.call(this.state.delivered, leadId)
						? Object.keys(this.state.delivered[leadId].channels)
						: [],
				),
		);
		if (duplicateKey && record) {
			leads[duplicateKey] = record;
			this.state.leads = leads;
		}
		return outcome;
	}

	async release(
		repId: string,
		options: capacity.ReleaseOptions = {},
	): Promise<capacity.ReleaseOutcome> {
		const now = options.now ?? Date.now();
		this.forgetExpired(now);
		const released = (this.state.released ??= {});
		const outcome = pick.releaseLead(
			this.state,
			repId,
			options.leadId !== undefined && released[options.leadId] !== undefined,
		);
		if (options.leadId !== undefined && !outcome.alreadyReleased)
			released[options.leadId] = now + pick.RELEASE_MEMORY_MS;
		return outcome;
	}

	async confirmDelivery(
		leadId: string,
		channel: capacity.DeliveryChannel,
		options: capacity.DeliveryOptions = {},
	): Promise<capacity.DeliveryOutcome> {
		const now = options.now ?? Date.now();
		this.forgetExpired(now);
		const delivered = (this.state.delivered ??= {});
		// Own keys only, defined rather than assigned: a lead id is data from the item, and "__proto__" must not reach Object.prototype.
		if (!Object.prototype.hasOwnProperty.call(delivered, leadId)) {
			Object.defineProperty(delivered, leadId, {
				value: { channels: {}, expiresAt: now + pick.DELIVERY_MEMORY_MS },
				enumerable: true,
				writable: true,
				configurable: true,
			});
		}
		const entry = delivered[leadId];
		const before = entry.channels[channel];
		if (before !== undefined) return { confirmedAt: before, alreadyConfirmed: true };
		entry.channels[channel] = now;
		return { confirmedAt: now, alreadyConfirmed: false };
	}

	async counts(repIds: string[], day: string) {
		return pick.countsOf(this.state, repIds, day);
	}

	/** Drops lead records, release marks and delivery confirmations past their time; returns the lead records. */
	private forgetExpired(now: number): Record<string, pick.LeadRecord> {
		const leads = this.state.leads ?? {};
		for (const [key, record] of Object.entries(leads))
			if (record.expiresAt <= now) delete leads[key];
		for (const [leadId, until] of Object.entries(this.state.released ?? {}))
			if (until <= now) delete this.state.released![leadId];
		for (const [leadId, entry] of Object.entries(this.state.delivered ?? {}))
			if (entry.expiresAt <= now) delete this.state.delivered![leadId];
		return leads;
	}
}
