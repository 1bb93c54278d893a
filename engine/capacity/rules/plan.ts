import type { IntentResult, LeadFields, RoutingRulesApplied } from '../../contract';
import { encodeLeadValue, FIELD_LIMITS } from '../../encode';
import type { AssignmentStrategy, Rep } from '../types';
import type { AccountIndex, OwnerFallback } from './ownerMatch';
import { matchOwner, repForOwner } from './ownerMatch';
import type { TerritoryRule } from './territories';
import { matchTerritory } from './territories';
import { hasSkills, languageName, leadLanguage, requiredSkills, speaks } from './languages';

/** When no rep with the lead's language or skills can take it: any rep of the tier, or wait for one. */
export type PreferenceFallback = 'anyRep' | 'holdForMatch';

/** The rules applied before rotation; every part is optional, and without any routing is as before. */
export interface RoutingRules {
	/** Known contacts and accounts: a lead of one goes to its owner. */
	accounts?: AccountIndex;
	/** When the owner cannot take the lead now; default the normal pool. */
	ownerFallback?: OwnerFallback;
	/** Ordered territory rules picking the tier; none matching: the path's tier. */
	territories?: TerritoryRule[];
	/** Prefer reps who speak the lead's language (reps listing none speak `teamLanguage`). */
	language?: { fallback: PreferenceFallback; teamLanguage: string };
	/** When the lead names skills: what to do when no rep who has them can take it; default any rep. */
	skillFallback?: PreferenceFallback;
}

/** What a lead brings to the rules beyond its contract fields, each from a mapped field (any type). */
export interface LeadFacts {
	website?: unknown;
	country?: unknown;
	region?: unknown;
	employees?: unknown;
	industry?: unknown;
	/** The language the lead wrote in, when a field says so; else the classifier's signals tell. */
	language?: unknown;
	/** Skills the lead needs ("payroll, api"). */
	skills?: unknown;
}

export type StageKind = 'owner' | 'backup' | 'preferred' | 'pool';

/**
 * One try at assigning the lead: its reps, in one atomic store call. Stages run in order until
 * one assigns; a final stage that cannot assign means no capacity (free slots of its reps).
 */
export interface Stage {
	kind: StageKind;
	reps: Rep[];
	/** Who these reps are, for reasons: "closers", "the account owner", "Spanish speakers of closers". */
	label: string;
	final: boolean;
	/** The store's rotation and record key: the tier itself for the normal pool, else marked (see poolFor). */
	pool: string;
	strategy: AssignmentStrategy;
}

/** What the rules decided about a lead, for `routing.rules`. */
export type RulesApplied = RoutingRulesApplied;

export interface RoutingPlan {
	tier: string;
	stages: Stage[];
	/** Audit lines of the rules, in the order they were applied. */
	notes: Array<{ decision: string; reason: string }>;
	warnings: string[];
	applied: RulesApplied;
}

/**
 * The store key of a stage. The normal pool keeps the tier, so rotation pointers and saved state
 * are those of before. Other stages get their own key: an owner or backup assignment must not
 * move the tier's round robin, and a record of a stage that falls through is marked so that a
 * resubmission knows the first one went on to the next stage. Tiers never hold a newline (the
 * roster splits on it), so the marks cannot collide with a tier.
 */
const STAGE_MARK = '\n';
const FALLS_THROUGH = `${STAGE_MARK}>`;
export function poolFor(tier: string, kind: StageKind, detail: string, final: boolean): string {
	if (kind === 'pool') return tier;
	return `${tier}${STAGE_MARK}${kind}:${detail}${final ? '' : FALLS_THROUGH}`;
}
export const tierOfPool = (pool: string): string => pool.split(STAGE_MARK)[0];
export const fallsThrough = (pool: string): boolean => pool.endsWith(FALLS_THROUGH);
/** The duplicate key of the next stage: each stage's store record is kept under its own key. */
export const nextStageKey = (key: string | undefined): string | undefined =>
	key === undefined ? undefined : `${key}${FALLS_THROUGH}`;

const shown = (value: string) => encodeLeadValue('plain', value, FIELD_LIMITS.label);

/**
 * Applies territories (the tier), then owner match and language and skills (who of it first),
 * to one lead, and lists the stages the assignment tries. Pure: availability and caps are
 * checked when the stages run, each in one atomic store operation.
 */
export function planRouting(
	pathTier: string,
	intent: Pick<IntentResult, 'path' | 'signals'>,
	lead: LeadFields,
	facts: LeadFacts,
	reps: Rep[],
	excluded: Set<string>,
	rules: RoutingRules | undefined,
	strategy: AssignmentStrategy,
	defaultPhoneCountry?: string,
): RoutingPlan {
	const notes: RoutingPlan['notes'] = [];
	const warnings: string[] = [];
	const applied: RulesApplied = {};
	let tier = pathTier;
	if (rules?.territories?.length) {
		const territory = matchTerritory(
			rules.territories,
			{
				path: intent.path,
				country: facts.country,
				phone: lead.phone,
				region: facts.region,
				employees: facts.employees,
				industry: facts.industry,
			},
			pathTier,
			defaultPhoneCountry,
		);
		tier = territory.tier;
		applied.territory = {
			rule: territory.rule?.name ?? null,
			tier,
			country: territory.country || null,
		};
		notes.push({ decision: 'territory', reason: territory.reason });
	}
	const tierReps = reps.filter((rep) => rep.tiers.includes(tier) && !excluded.has(rep.id));
	const stages: Stage[] = [];

	if (rules?.accounts?.size) {
		const fallback = rules.ownerFallback ?? 'pool';
		const match = matchOwner(
			rules.accounts,
			{ email: lead.email, company: lead.company, website: facts.website },
			reps,
		);
		if (!match)
			notes.push({
				decision: 'owner_match',
				reason: `No known contact or account matches the lead (${rules.accounts.size} known)`,
			});
		else {
			const record = `"${shown(match.record.label)}" (known record ${match.record.row}, matched on ${match.matchedOn} ${shown(match.value)})`;
			const ambiguity = match.otherOwners
				? `; ${match.otherOwners} other owner(s) share it, the first record counts`
				: '';
			const owner = match.rep;
			// Normalised values (visible characters only, capped); the reasons above are the defanged form.
			applied.owner = {
				record: match.record.label.slice(0, FIELD_LIMITS.label),
				matchedOn: match.matchedOn,
				value: match.value.slice(0, FIELD_LIMITS.label),
				repId: owner?.id ?? null,
				fallback,
			};
			if (!owner)
				notes.push({
					decision: 'owner_match',
					reason: `${record} is owned by "${shown(match.record.owner)}", who is not in the roster: routed by the rules${ambiguity}`,
				});
			else if (excluded.has(owner.id))
				notes.push({
					decision: 'owner_match',
					reason: `${record} is owned by ${owner.name}, excluded from this routing: routed by the rules${ambiguity}`,
				});
			else {
				notes.push({
					decision: 'owner_match',
					reason: `${record} is owned by ${owner.name}${ambiguity}`,
				});
				stages.push({
					kind: 'owner',
					reps: [owner],
					label: 'account owner',
					final: fallback === 'waitForOwner',
					pool: poolFor(tier, 'owner', owner.id, fallback === 'waitForOwner'),
					strategy: 'priorityOrder',
				});
				if (fallback === 'ownerBackup') {
					const backup = owner.backup ? repForOwner(owner.backup, reps) : undefined;
					if (backup && backup.id !== owner.id && !excluded.has(backup.id)) {
						stages.push({
							kind: 'backup',
							reps: [backup],
							label: `backup of ${owner.name}`,
							final: false,
							pool: poolFor(tier, 'backup', backup.id, false),
							strategy: 'priorityOrder',
						});
					} else {
						warnings.push(
							owner.backup
								? `The backup "${owner.backup}" of ${owner.name} is not a rep of the roster: the tier's reps instead`
								: `${owner.name} has no backup in the roster: the tier's reps instead`,
						);
					}
				}
			}
		}
	}

	const { language, source } = rules?.language
		? leadLanguage(intent, facts.language)
		: { language: '', source: 'none' as const };
	const skills = requiredSkills(facts.skills);
	// Waiting for the owner ends the stages: who speaks the language does not matter then.
	if ((language || skills.length) && !stages.some((stage) => stage.final)) {
		const wanted = [
			language ? `speak ${languageName(language)}` : '',
			skills.length ? `have ${skills.join(', ')}` : '',
		]
			.filter(Boolean)
			.join(' and ');
		const needs = [
			language ? `speaks ${languageName(language)}` : '',
			skills.length ? `has ${skills.join(', ')}` : '',
		]
			.filter(Boolean)
			.join(' and ');
		const fits = (rep: Rep) =>
			(!language || speaks(rep, language, rules!.language!.teamLanguage)) && hasSkills(rep, skills);
		const preferred = tierReps.filter(fits);
		if (language)
			applied.language = {
				language,
				source: source as 'field' | 'classifier',
				speakers: preferred.length,
			};
		if (skills.length) applied.skills = skills;
		const hold =
			(language && rules?.language?.fallback === 'holdForMatch') ||
			(skills.length > 0 && rules?.skillFallback === 'holdForMatch');
		if (!preferred.length) {
			// Holding for a rep who does not exist would hold forever.
			warnings.push(`No ${tier} rep ${needs}: any ${tier} rep instead`);
		} else if (preferred.length < tierReps.length) {
			notes.push({
				decision: 'preference',
				reason: `The lead ${language ? `is in ${languageName(language)}${source === 'classifier' ? ' (from the classifier)' : ''}` : ''}${language && skills.length ? ' and ' : ''}${skills.length ? `needs ${skills.join(', ')}` : ''}: ${preferred.length} of ${tierReps.length} ${tier} reps ${wanted}${hold ? ', and it waits for one of them' : ', the others if none of them can'}`,
			});
			const detail = [language, ...skills].join(',');
			stages.push({
				kind: 'preferred',
				reps: preferred,
				label: `${tier} reps who ${wanted}`,
				final: hold,
				pool: poolFor(tier, 'preferred', detail, hold),
				strategy,
			});
		}
	}
	if (!stages.some((stage) => stage.final))
		stages.push({ kind: 'pool', reps: tierReps, label: tier, final: true, pool: tier, strategy });
	return { tier, stages, notes, warnings, applied };
}
