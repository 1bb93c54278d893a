import type { AuditEntry, IntentResult, LeadFields, RepRef, RoutingResult } from '../contract';
import { CONTRACT_VERSION } from '../contract';
import { encodeLeadValue, FIELD_LIMITS } from '../encode';
import type { AvailabilityContext, Unavailability } from './availability';
import { coveredByCalendars, repLocalDate, unavailability } from './availability';
import { nextFreeSlots } from './slots';
import type { SmsOptions } from './sms';
import { composeSms, prospectZone } from './sms';
import type { LeadFacts, RoutingRules, Stage } from './rules/plan';
import { fallsThrough, nextStageKey, planRouting, tierOfPool } from './rules/plan';
import type {
	AssignmentStrategy,
	AssignOutcome,
	CapacityStateStore,
	DuplicateMatch,
	LeadIdentity,
	Rep,
} from './types';

export interface CapacityConfig {
	/** Which tier a path needs: { hot: 'closers', warm: 'sdrs' }. Other paths pass through. */
	tierByPath: Record<string, string>;
	strategy: AssignmentStrategy;
	/** Minutes a rep must be free from the submission time to take the lead now. */
	responseMinutes: number;
	/** labelTimeZone: zone for slot labels of prospects without a known zone; unset: the rep's. */
	slots: { count: number; slotMinutes: number; horizonDays: number; labelTimeZone?: string };
	sms: SmsOptions;
	/** Owner match, territories, language and skills, applied before rotation; absent: none. */
	rules?: RoutingRules;
}

export type RoutingOutput = 'assigned' | 'noCapacity' | 'notRouted' | 'duplicate';

export interface RouteInput {
	intent: IntentResult | null;
	/** Why there is no readable intent, when there is none. */
	problem?: string;
	lead: LeadFields;
	/** Epoch ms the availability is evaluated at: the lead's submission time. */
	at: number;
	/** Epoch ms of the routing itself (default `at`): free slots and the SMS cannot lie in the past. */
	now?: number;
	/** Reps this lead must not go to, e.g. the rep who missed the SLA when re-routing. */
	excludeRepIds?: string[];
	/** Who the lead is, for duplicates and Release; `keyField` names the duplicate key's field in reasons. */
	identity?: LeadIdentity & { keyField?: string };
	/** What the routing rules read beyond the contract's lead fields (website, country, size, ...). */
	facts?: LeadFacts;
}

export interface RouteDecision {
	routing: RoutingResult;
	output: RoutingOutput;
}

/**
 * Problems that stop a whole execution: a mapped tier nobody in the roster has (a typo, most
 * likely). A tier whose reps are all inactive is not one: its leads get free slots instead.
 */
export function rosterProblemsForTiers(reps: Rep[], tierByPath: Record<string, string>): string[] {
	return Object.entries(tierByPath)
		.filter(([, tier]) => !reps.some((rep) => rep.tiers.includes(tier)))
		.map(([path, tier]) => `No rep in the roster has tier "${tier}", which path "${path}" needs`);
}

const auditEntry = (at: number, decision: string, reason: string): AuditEntry => ({
	at: new Date(at).toISOString(),
	node: 'capacityCheck',
	decision,
	reason,
});

const repRef = (rep: Rep): RepRef => ({
	id: rep.id,
	name: rep.name,
	email: rep.email,
	phone: rep.phone,
	timeZone: rep.timeZone,
});

/** Warnings for the reps of this tier whose calendar could not be read. */
function calendarWarnings(reps: Rep[], availability: AvailabilityContext): string[] {
	const assumed = availability.calendarFailure === 'assumeBusy' ? 'busy' : 'free';
	return reps
		.filter((rep) => availability.busy[rep.id]?.error)
		.map(
			(rep) =>
				`The calendar of ${rep.name} could not be read (${availability.busy[rep.id].error}): assumed ${assumed}`,
		);
}

/**
 * A warning when the lead's submission lies outside the span this run read calendars for (a
 * lead too old for it, most often): its reps' calendars were not consulted at that time.
 */
function calendarWindowWarning(
	reps: Rep[],
	at: number,
	responseMinutes: number,
	availability: AvailabilityContext,
): string | undefined {
	const window = availability.calendarWindow;
	const readCalendar = reps.some(
		(rep) => availability.busy[rep.id] && !availability.busy[rep.id].error,
	);
	if (
		!window ||
		!readCalendar ||
		coveredByCalendars(availability, at, at + responseMinutes * 60_000)
	)
		return undefined;
	const iso = (ms: number) => new Date(ms).toISOString();
	const assumed = availability.calendarFailure === 'assumeBusy' ? 'busy' : 'free';
	const when =
		at < window.start
			? `more than a day before ${window.referenceIs} (${iso(window.reference)})`
			: `after the end of the calendar span of this run`;
	return `Submitted ${iso(at)}, ${when}: calendars were read from ${iso(window.start)} to ${iso(window.end)} only, so they were assumed ${assumed} at the submission time`;
}

function capSummary(rep: Rep, outcome: AssignOutcome): string {
	const open =
		rep.maxOpenLeads !== undefined
			? `${outcome.openLeads}/${rep.maxOpenLeads} open`
			: `${outcome.openLeads} open`;
	return rep.maxLeadsPerDay !== undefined
		? `${open}, ${outcome.leadsToday}/${rep.maxLeadsPerDay} today`
		: open;
}

/**
 * Decides one lead: the tier its path needs, who of that tier can take it at its submission
 * time, and who of those the strategy picks within caps; when nobody can, real free slots and an
 * SMS. Items without a readable intent or with an unrouted path come back as 'notRouted'.
 */
export async function routeLead(
	input: RouteInput,
	reps: Rep[],
	availability: AvailabilityContext,
	store: CapacityStateStore,
	config: CapacityConfig,
): Promise<RouteDecision> {
	const now = Math.max(input.now ?? input.at, input.at);
	const base = { strategy: config.strategy, version: CONTRACT_VERSION };
	const notRouted = (status: 'passed_through' | 'error', reason: string): RouteDecision => ({
		output: 'notRouted',
		routing: {
			...base,
			status,
			rep: null,
			tier: null,
			reason,
			assignedAt: null,
			audit: [auditEntry(now, status, reason)],
		},
	});
	if (!input.intent) return notRouted('error', input.problem ?? 'The item has no readable intent');
	// Own keys only: a path named "__proto__" or "constructor" is data, not a way into Object.prototype.
	const pathTier = Object.prototype.hasOwnProperty.call(config.tierByPath, input.intent.path)
		? config.tierByPath[input.intent.path]
		: undefined;
	if (!pathTier) {
		const routed = Object.entries(config.tierByPath)
			.map(([path, mappedTier]) => `${path} -> ${mappedTier}`)
			.join(', ');
		// The path name comes from the item: shown as inert plain text, capped.
		return notRouted(
			'passed_through',
			`Path "${encodeLeadValue('plain', input.intent.path, FIELD_LIMITS.label)}" is not routed to reps (routed paths: ${routed || 'none'})`,
		);
	}

	const excluded = new Set(input.excludeRepIds ?? []);
	// Excluding reps is a deliberate re-route (the rep missed the SLA): not a duplicate to send back.
	const identity =
		input.identity && excluded.size
			? { ...input.identity, duplicateKey: undefined }
			: input.identity;
	const plan = planRouting(
		pathTier,
		input.intent,
		input.lead,
		input.facts ?? {},
		reps,
		excluded,
		config.rules,
		config.strategy,
		config.sms.defaultCountry,
	);
	const involved = [...new Set(plan.stages.flatMap((stage) => stage.reps))];
	const windowWarning = calendarWindowWarning(
		involved,
		input.at,
		config.responseMinutes,
		availability,
	);
	const warnings = [
		...(windowWarning ? [windowWarning] : []),
		...plan.warnings,
		...calendarWarnings(involved, availability),
	];
	const whyUnavailable = new Map<string, Unavailability>();
	for (const rep of involved) {
		const reason = unavailability(
			rep,
			input.at,
			input.at + config.responseMinutes * 60_000,
			availability,
		);
		if (reason) whyUnavailable.set(rep.id, reason);
	}
	// Territory rules may pick another tier than the path's.
	const tier = plan.tier;
	const poolStage = plan.stages[plan.stages.length - 1];
	const audit: AuditEntry[] = [
		auditEntry(
			now,
			'tier',
			`Path "${input.intent.path}" needs tier "${pathTier}" (${reps.filter((rep) => rep.tiers.includes(pathTier) && !excluded.has(rep.id)).length} reps)`,
		),
	];
	for (const note of plan.notes) audit.push(auditEntry(now, note.decision, note.reason));
	if (windowWarning) audit.push(auditEntry(now, 'calendar_not_read', windowWarning));
	for (const [repId, reason] of whyUnavailable)
		audit.push(
			auditEntry(
				now,
				'unavailable',
				`${reps.find((rep) => rep.id === repId)?.name ?? repId}: ${reason}`,
			),
		);
	const nameOf = (repId: string) => reps.find((rep) => rep.id === repId)?.name ?? repId;

	// Each stage is one atomic store operation (duplicate check, pick within caps, count); the
	// first that assigns ends the lead. A stage that falls through is remembered under its own key,
	// so a resubmission follows the first submission's path and a lead is counted once.
	let stage: Stage = poolStage;
	let outcome: AssignOutcome = { repId: null, atCap: [], leadId: identity?.id };
	/** Why each of these reps cannot take the lead: off, away, busy, or at a cap of this attempt. */
	const unavailableSummary = (reps: Rep[]) =>
		reps
			.map(
				(rep) =>
					`${rep.name} (${whyUnavailable.get(rep.id) ?? `at ${outcome.atCap.find((cap) => cap.repId === rep.id)?.cap ?? 'a cap'}`})`,
			)
			.join(', ');
	let available: Rep[] = [];
	let duplicateKey = identity?.duplicateKey;
	for (const [position, candidateStage] of plan.stages.entries()) {
		stage = candidateStage;
		available = stage.reps.filter((rep) => !whyUnavailable.has(rep.id));
		const lead = identity && { ...identity, id: outcome.leadId ?? identity.id, duplicateKey };
		const last = position === plan.stages.length - 1;
		// With a duplicate key the store is asked even when nobody is available: a lead nobody could
		// take is remembered too, so its repeat is not texted a second time.
		outcome =
			available.length || duplicateKey
				? await store.assign({
						pool: stage.pool,
						strategy: stage.strategy,
						at: input.at,
						candidates: available.map((rep) => ({
							id: rep.id,
							weight: rep.weight ?? 1,
							// Without an explicit priority, a rep's place in the roster is its priority.
							priority: rep.priority ?? reps.indexOf(rep),
							maxOpenLeads: rep.maxOpenLeads,
							maxLeadsPerDay: rep.maxLeadsPerDay,
							// "Per day" is the rep's own day: the date of the submission where the rep lives.
							day: repLocalDate(rep, input.at),
						})),
						rosterOrder: stage.reps.map((rep) => rep.id),
						lead,
					})
				: { repId: null, atCap: [], leadId: lead?.id };
		const firstWentOn =
			outcome.duplicateOf && !outcome.repId && fallsThrough(outcome.duplicateOf.pool);
		if ((outcome.duplicateOf && !firstWentOn) || outcome.repId || stage.final || last) break;
		if (!firstWentOn) {
			for (const cap of outcome.atCap)
				audit.push(auditEntry(now, 'at_cap', `${nameOf(cap.repId)}: at ${cap.cap} (${cap.value})`));
			const why = unavailableSummary(stage.reps);
			audit.push(
				auditEntry(
					now,
					'fallback',
					`The ${stage.label} cannot take the lead now: ${why}; next: ${plan.stages[position + 1].label}`,
				),
			);
		}
		duplicateKey = nextStageKey(duplicateKey);
	}
	const tierReps = stage.reps;
	const rulesApplied = Object.keys(plan.applied).length ? { rules: plan.applied } : {};
	const leadFields = outcome.leadId ? { leadId: outcome.leadId } : {};
	// A duplicate's pool is the store key of the stage it was assigned in: the tier is its first part.
	const duplicate = outcome.duplicateOf && {
		...outcome.duplicateOf,
		pool: tierOfPool(outcome.duplicateOf.pool),
	};
	const duplicateNote = duplicate && {
		duplicateOf: {
			leadId: duplicate.leadId,
			firstSubmittedAt: new Date(duplicate.firstAt).toISOString(),
			replay: duplicate.replay,
			key: identity?.keyField ?? 'key',
		},
	};
	if (duplicate && !duplicate.replay)
		return duplicateDecision(duplicate, outcome.repId, reps, identity!, now, {
			...base,
			...leadFields,
			...duplicateNote,
			...rulesApplied,
		});
	for (const cap of outcome.atCap)
		audit.push(auditEntry(now, 'at_cap', `${nameOf(cap.repId)}: at ${cap.cap} (${cap.value})`));
	// What every routing of this item carries after its audit, in this order.
	const itemNotes = {
		...leadFields,
		...duplicateNote,
		...(warnings.length ? { warnings } : {}),
		...rulesApplied,
	};
	/** The routing of a lead someone took, or that nobody could take now, with its audit line. */
	const decided = (
		output: 'assigned' | 'noCapacity',
		decision: Pick<RoutingResult, 'rep' | 'reason' | 'assignedAt' | 'nextSlots' | 'sms'>,
	): RouteDecision => {
		const status = output === 'assigned' ? 'assigned' : 'no_capacity';
		audit.push(auditEntry(now, status, decision.reason));
		const { rep, reason, assignedAt, ...offered } = decision;
		return {
			output,
			routing: { ...base, status, rep, tier, reason, assignedAt, ...offered, audit, ...itemNotes },
		};
	};

	const replayNote = duplicate
		? `A re-run of execution ${identity?.executionId} item ${identity?.itemIndex}, first routed for the submission of ${new Date(duplicate.firstAt).toISOString()}, not counted again: `
		: '';
	if (outcome.repId) {
		// A replay's rep may have left the roster since: it still has the lead.
		const chosen = reps.find((rep) => rep.id === outcome.repId);
		const name = chosen?.name ?? outcome.repId;
		const caps = chosen ? capSummary(chosen, outcome) : '';
		const reason = duplicate
			? `${replayNote}${name} (${tier}), the rep it got then`
			: stage.kind === 'owner' || stage.kind === 'backup'
				? `${name} (${stage.label}) is in working hours and free (${caps})`
				: `${name} (${stage.kind === 'pool' ? tier : stage.label}) is in working hours and free, chosen by ${config.strategy} among ${available.length - outcome.atCap.length} available (${caps})`;
		return decided('assigned', {
			rep: chosen ? repRef(chosen) : { id: outcome.repId, name },
			reason,
			assignedAt: new Date(now).toISOString(),
		});
	}

	const knownProspectZone = prospectZone(input.lead.timeZone, '') || undefined;
	const nextSlots = nextFreeSlots(tierReps, now, availability, {
		...config.slots,
		labelTimeZone: knownProspectZone ?? config.slots.labelTimeZone,
	});
	const sms = composeSms(input.lead, nextSlots, now, config.sms);
	const unavailable = unavailableSummary(tierReps);
	const smsPart = sms.to
		? ` by SMS to ${sms.to}${sms.allowedNow ? '' : ` at ${sms.sendAt} (quiet hours)`}`
		: `; no SMS: ${sms.reason}`;
	const nobody =
		stage.kind === 'owner'
			? `Held for the account owner, who cannot take the lead now: ${unavailable}`
			: stage.kind === 'pool'
				? `No ${tier} rep can take the lead now: ${unavailable || 'none in the roster'}`
				: `None of the ${stage.label} can take the lead now: ${unavailable}`;
	const reason = duplicate
		? `${replayNote}no ${tier} rep could take it then. ${nextSlots.length} free slot(s) offered${smsPart}`
		: `${nobody}. ${nextSlots.length} free slot(s) offered${smsPart}`;
	return decided('noCapacity', { rep: null, reason, assignedAt: null, nextSlots, sms });
}

/**
 * A second submission of a lead already routed: the rep it got then (or, when nobody could take
 * it, no second text to the prospect), nothing counted. It leaves on its own output so that the
 * nodes after Assigned and No Capacity (the rep's Slack, the CRM, the SMS) do not run twice.
 */
function duplicateDecision(
	duplicate: DuplicateMatch,
	repId: string | null,
	reps: Rep[],
	identity: LeadIdentity & { keyField?: string },
	now: number,
	base: Omit<RoutingResult, 'status' | 'rep' | 'tier' | 'reason' | 'assignedAt' | 'audit'>,
): RouteDecision {
	const rep = repId ? reps.find((candidate) => candidate.id === repId) : undefined;
	const same = `Duplicate of the lead submitted ${new Date(duplicate.firstAt).toISOString()} (same ${identity.keyField ?? 'key'} within ${identity.windowMs / 60_000} min)`;
	const confirmed = duplicate.delivered ?? [];
	// The rep is told again when nobody confirmed telling them (the first execution may have died
	// before its notification): at least once. The prospect's SMS never is: at most once.
	const pendingDeliveries: Array<'repNotification'> =
		repId && !confirmed.includes('repNotification') ? ['repNotification'] : [];
	const repPart = !repId
		? ''
		: pendingDeliveries.length
			? '; its rep notification was never confirmed: send it (routing.pendingDeliveries)'
			: '; the rep was notified';
	const smsPart = repId
		? ''
		: confirmed.includes('prospectSms')
			? ' (sent)'
			: ' (not confirmed sent; never sent twice)';
	const reason = repId
		? `${same}: stays with ${rep?.name ?? repId}, not counted again${repPart}`
		: `${same}: no ${duplicate.pool} rep could take it then and its prospect was offered free slots${smsPart}; no second SMS`;
	return {
		output: 'duplicate',
		routing: {
			...base,
			status: repId ? 'assigned' : 'no_capacity',
			rep: rep ? repRef(rep) : repId ? { id: repId, name: repId } : null,
			tier: duplicate.pool,
			reason,
			assignedAt: null,
			confirmedDeliveries: confirmed,
			pendingDeliveries,
			audit: [auditEntry(now, 'duplicate', reason)],
		},
	};
}
