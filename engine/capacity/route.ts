import { DateTime } from 'luxon';

import type { AuditEntry, IntentResult, LeadFields, RoutingResult } from '../contract';
import { CONTRACT_VERSION } from '../contract';
import type { AvailabilityContext, Unavailability } from './availability';
import { unavailability } from './availability';
import { nextFreeSlots } from './slots';
import type { SmsOptions } from './sms';
import { composeSms } from './sms';
import type { AssignmentStrategy, CapacityStateStore, Rep } from './types';

export interface CapacityConfig {
	/** Which tier a path needs: { hot: 'closers', warm: 'sdrs' }. Other paths pass through. */
	tierByPath: Record<string, string>;
	strategy: AssignmentStrategy;
	/** Minutes a rep must be free from the submission time to take the lead now. */
	responseMinutes: number;
	slots: { count: number; slotMinutes: number; horizonDays: number };
	sms: SmsOptions;
}

export type RoutingOutput = 'assigned' | 'noCapacity' | 'notRouted';

export interface RouteInput {
	intent: IntentResult | null;
	/** Why there is no readable intent, when there is none. */
	problem?: string;
	lead: LeadFields;
	/** Epoch ms the availability is evaluated at: the lead's submission time. */
	at: number;
}

/** Problems that stop a whole execution: a mapped tier with no rep. */
export function rosterProblemsForTiers(reps: Rep[], tierByPath: Record<string, string>): string[] {
	return Object.entries(tierByPath)
		.filter(([, tier]) => !reps.some((rep) => rep.tiers.includes(tier)))
		.map(([path, tier]) => `No rep in the roster has tier "${tier}", which path "${path}" needs`);
}

const entry = (at: number, decision: string, reason: string): AuditEntry => ({ at: new Date(at).toISOString(), node: 'capacityCheck', decision, reason });

export async function routeLead(
	input: RouteInput,
	reps: Rep[],
	availability: AvailabilityContext,
	store: CapacityStateStore,
	config: CapacityConfig,
): Promise<{ routing: RoutingResult; output: RoutingOutput }> {
	const base = { strategy: config.strategy, version: CONTRACT_VERSION };
	const warnings = reps.filter((rep) => availability.busy[rep.id]?.error).map((rep) => `Calendar of ${rep.name} could not be read (${availability.busy[rep.id].error}): assumed ${availability.calendarFailure === 'assumeBusy' ? 'busy' : 'free'}`);
	const notRouted = (reason: string) => ({
		output: 'notRouted' as const,
		routing: { ...base, status: 'passed_through' as const, rep: null, tier: null, reason, assignedAt: null, audit: [entry(input.at, 'passed_through', reason)] },
	});
	if (!input.intent) return notRouted(input.problem ?? 'The item has no readable intent');
	const tier = config.tierByPath[input.intent.path];
	if (!tier) {
		return notRouted(`Path "${input.intent.path}" is not routed to reps (routed paths: ${Object.entries(config.tierByPath).map(([path, t]) => `${path} -> ${t}`).join(', ')})`);
	}

	const tierReps = reps.filter((rep) => rep.tiers.includes(tier));
	const why = new Map<string, Unavailability>();
	const available = tierReps.filter((rep) => {
		const reason = unavailability(rep, input.at, input.at + config.responseMinutes * 60_000, availability);
		if (reason) why.set(rep.id, reason);
		return reason === null;
	});
	const audit: AuditEntry[] = [entry(input.at, 'tier', `Path "${input.intent.path}" needs tier "${tier}" (${tierReps.length} reps)`)];
	for (const rep of tierReps) if (why.has(rep.id)) audit.push(entry(input.at, 'unavailable', `${rep.name}: ${why.get(rep.id)}`));

	const day = DateTime.fromMillis(input.at, { zone: 'utc' }).toISODate()!;
	const outcome = available.length
		? await store.assign({
				pool: tier,
				strategy: config.strategy,
				day,
				candidates: available.map((rep, index) => ({ id: rep.id, weight: rep.weight ?? 1, priority: rep.priority ?? index, maxOpenLeads: rep.maxOpenLeads, maxLeadsPerDay: rep.maxLeadsPerDay })),
			})
		: { repId: null, atCap: [] };
	for (const cap of outcome.atCap) audit.push(entry(input.at, 'at_cap', `${reps.find((rep) => rep.id === cap.repId)?.name ?? cap.repId}: at ${cap.cap} (${cap.value})`));

	const chosen = outcome.repId ? reps.find((rep) => rep.id === outcome.repId) : undefined;
	if (chosen) {
		const caps = [
			chosen.maxOpenLeads !== undefined ? `${outcome.openLeads}/${chosen.maxOpenLeads} open` : `${outcome.openLeads} open`,
			chosen.maxLeadsPerDay !== undefined ? `${outcome.leadsToday}/${chosen.maxLeadsPerDay} today` : undefined,
		].filter(Boolean);
		const reason = `${chosen.name} (${tier}) is in working hours and free, chosen by ${config.strategy} among ${available.length - outcome.atCap.length} available (${caps.join(', ')})`;
		audit.push(entry(input.at, 'assigned', reason));
		return {
			output: 'assigned',
			routing: {
				...base,
				status: 'assigned',
				rep: { id: chosen.id, name: chosen.name, email: chosen.email, phone: chosen.phone, timeZone: chosen.timeZone },
				tier,
				reason,
				assignedAt: new Date(input.at).toISOString(),
				audit,
				...(warnings.length ? { warnings } : {}),
			},
		};
	}

	const labelZone = input.lead.timeZone && DateTime.local().setZone(input.lead.timeZone).isValid ? input.lead.timeZone : config.sms.fallbackTimeZone;
	const nextSlots = nextFreeSlots(tierReps, input.at, availability, { ...config.slots, labelTimeZone: labelZone });
	const sms = composeSms(input.lead, nextSlots, input.at, config.sms);
	const unavailableSummary = tierReps.map((rep) => `${rep.name} (${why.get(rep.id) ?? `at ${outcome.atCap.find((cap) => cap.repId === rep.id)?.cap ?? 'cap'}`})`).join(', ');
	const reason = `No ${tier} rep can take the lead now: ${unavailableSummary || 'none in the roster'}. ${nextSlots.length} free slot(s) offered${sms.to ? ` by SMS to ${sms.to}` : ''}${sms.reason ? `; SMS not possible: ${sms.reason}` : ''}`;
	audit.push(entry(input.at, 'no_capacity', reason));
	return {
		output: 'noCapacity',
		routing: { ...base, status: 'no_capacity', rep: null, tier, reason, assignedAt: null, nextSlots, sms, audit, ...(warnings.length ? { warnings } : {}) },
	};
}
