import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { isSupportedCountry } from 'libphonenumber-js';

import type {
	AccountFieldMapping,
	CalendarFailurePolicy,
	CalendarKind,
	CapacityConfig,
	DuplicateKeySource,
	LeadFacts,
	OwnerFallback,
	PreferenceFallback,
	Rep,
	RoutingRules,
} from '../../../../engine';
import {
	buildAccountIndex,
	CAPACITY_DEFAULTS,
	isIanaZone,
	parseHolidayList,
	parseRoster,
	parseTerritoryRules,
	problemsPerRow,
	rosterProblemsForTiers,
} from '../../../../engine';
import { configuredOutputs } from '../outputs';

/** The "Options" collection of Assign, as n8n hands it over (unset options are absent). */
interface AssignOptions {
	bookingLink?: string;
	defaultCountry?: string;
	slotCount?: number;
	quietEnd?: number;
	quietStart?: number;
	responseMinutes?: number;
	horizonDays?: number;
	slotMinutes?: number;
	smsTemplate?: string;
	timeZone?: string;
	duplicateWindow?: number;
	duplicateKey?: DuplicateKeySource;
}

/** A setting that makes the whole Assign run impossible (bad roster, unknown tier...). */
export class ConfigurationProblem extends Error {
	constructor(
		message: string,
		readonly hint: string,
	) {
		super(message);
	}
}

/** The settings of one Assign run, read from item 0, checked and with defaults filled in. */
export interface AssignSettings {
	reps: Rep[];
	config: CapacityConfig;
	/** 0 when duplicate detection is off. */
	duplicateWindowMs: number;
	teamHolidays: string[];
	/** Set when Owner Match is on. */
	ownerMatch?: OwnerMatchSettings;
}

function readReps(context: IExecuteFunctions): Rep[] {
	const source = context.getNodeParameter('rosterSource', 0, 'node') as string;
	const raw =
		source === 'input'
			? context.getNodeParameter('rosterData', 0)
			: (context.getNodeParameter('reps.rep', 0, []) as IDataObject[]).map(
					({ advanced, ...rep }) => {
						// From version 3 the rarely used fields sit in the rep's "Advanced" group.
						const fields: IDataObject = {
							...rep,
							...(advanced && typeof advanced === 'object' ? (advanced as IDataObject) : {}),
						};
						// 0 in the form means "no cap".
						return {
							...fields,
							maxOpenLeads: fields.maxOpenLeads ? fields.maxOpenLeads : undefined,
							maxLeadsPerDay: fields.maxLeadsPerDay ? fields.maxLeadsPerDay : undefined,
						};
					},
				);
	const parsed = parseRoster(raw);
	const reps = parsed.reps;
	// A table or sheet of twenty reps reads best with one message per bad row.
	const problems = source === 'input' ? problemsPerRow(parsed.problems) : parsed.problems;
	if (reps.length === 0) problems.push('it has no reps');
	if (problems.length) {
		throw new ConfigurationProblem(
			`The roster is not usable: ${problems.join('; ')}`,
			source === 'input'
				? 'Check the list given in "Roster" (one entry per rep).'
				: 'Check the reps under "Reps".',
		);
	}
	return reps;
}

export const readStrategy = (context: IExecuteFunctions) =>
	context.getNodeParameter('strategy', 0, CAPACITY_DEFAULTS.strategy) as CapacityConfig['strategy'];

/** The Options readConfig uses. Lead ID and Exclude Reps are per item, read where they are used. */
const CONFIG_OPTIONS = [
	'bookingLink',
	'defaultCountry',
	'slotCount',
	'quietEnd',
	'quietStart',
	'responseMinutes',
	'horizonDays',
	'slotMinutes',
	'smsTemplate',
	'timeZone',
] as const;

/**
 * Reads each option alone: reading the whole collection would also evaluate the per-item
 * expressions in it (Lead ID is usually one) for item 0, and one expression costs n8n 2.40.7's
 * sandboxed expression engine about as much as the rest of Assign (measured in bench:n8n).
 */
function readConfigOptions(context: IExecuteFunctions): AssignOptions {
	const options: Record<string, unknown> = {};
	for (const name of CONFIG_OPTIONS) {
		const value = context.getNodeParameter(`options.${name}`, 0, null);
		if (value !== null && value !== undefined) options[name] = value;
	}
	return options as AssignOptions;
}

export function readConfig(context: IExecuteFunctions): CapacityConfig {
	const options = readConfigOptions(context);
	const mapping = context.getNodeParameter('tierMapping.mapping', 0, []) as Array<{
		path: string;
		tier: string;
	}>;
	const unknownProspectZone = options.timeZone?.trim() || undefined;
	const defaultCountry = (options.defaultCountry || CAPACITY_DEFAULTS.defaultCountry)
		.trim()
		.toUpperCase();
	const problems = [
		unknownProspectZone &&
			!isIanaZone(unknownProspectZone) &&
			`"Time Zone for Unknown Prospects" is "${unknownProspectZone}", not an IANA time zone (e.g. America/New_York)`,
		!isSupportedCountry(defaultCountry) &&
			`"Default Phone Country" is "${defaultCountry}", not a two-letter country code (e.g. US, GB, DE)`,
	].filter((problem): problem is string => typeof problem === 'string');
	if (problems.length)
		throw new ConfigurationProblem(problems.join('; '), 'Fix the values under "Options".');
	return {
		tierByPath: Object.fromEntries(
			mapping
				.filter((entry) => entry.path && entry.tier)
				.map((entry) => [entry.path.trim(), entry.tier.trim().toLowerCase()]),
		),
		strategy: readStrategy(context),
		responseMinutes: options.responseMinutes ?? CAPACITY_DEFAULTS.responseMinutes,
		slots: {
			count: options.slotCount ?? CAPACITY_DEFAULTS.slotCount,
			slotMinutes: options.slotMinutes ?? CAPACITY_DEFAULTS.slotMinutes,
			horizonDays: options.horizonDays ?? CAPACITY_DEFAULTS.horizonDays,
			labelTimeZone: unknownProspectZone,
		},
		sms: {
			defaultCountry,
			template: options.smsTemplate || CAPACITY_DEFAULTS.smsTemplate,
			bookingLink: options.bookingLink ?? '',
			quietStart: options.quietStart ?? CAPACITY_DEFAULTS.quietStart,
			quietEnd: options.quietEnd ?? CAPACITY_DEFAULTS.quietEnd,
			fallbackTimeZone: unknownProspectZone ?? context.getTimezone(),
		},
	};
}

/**
 * The Duplicate Window in ms; 0 when off. The same rule as the node's outputs: on by default from
 * version 2, off in version 1 unless set, so existing workflows keep their three outputs.
 */
function readDuplicateWindowMs(context: IExecuteFunctions): number {
	const node = context.getNode();
	const outputs = configuredOutputs(
		node.typeVersion,
		node.parameters as Parameters<typeof configuredOutputs>[1],
	);
	if (!outputs.some((output) => output.displayName === 'Duplicate')) return 0;
	const minutes = context.getNodeParameter(
		'options.duplicateWindow',
		0,
		CAPACITY_DEFAULTS.duplicateWindowMinutes,
	) as unknown;
	const max = CAPACITY_DEFAULTS.maxDuplicateWindowMinutes;
	if (typeof minutes !== 'number' || !Number.isFinite(minutes) || minutes < 0 || minutes > max) {
		throw new ConfigurationProblem(
			`"Duplicate Window (Minutes)" is ${JSON.stringify(minutes)}, not a number of minutes from 0 to ${max} (30 days)`,
			'Set it under "Options" (0 turns duplicate detection off).',
		);
	}
	return minutes * 60_000;
}

function readTeamHolidays(context: IExecuteFunctions): string[] {
	const problems: string[] = [];
	const holidays = parseHolidayList(
		context.getNodeParameter('teamHolidays', 0, ''),
		'Team holidays',
		problems,
	);
	if (problems.length)
		throw new ConfigurationProblem(
			problems.join('; '),
			'Write dates as yyyy-MM-dd, separated by commas.',
		);
	return holidays;
}

/** How owner match reads known records: the mapping, and whether each item brings its own. */
export interface OwnerMatchSettings {
	mapping: AccountFieldMapping;
	perItem: boolean;
}

export function readOwnerMatch(context: IExecuteFunctions): OwnerMatchSettings | undefined {
	if (context.getNodeParameter('ownerMatch', 0, 'off') !== 'accounts') return undefined;
	const field = (name: string, fallback: string) =>
		String(context.getNodeParameter(name, 0, fallback) ?? '').trim();
	const mapping: AccountFieldMapping = {
		owner: field('ownerField', 'owner'),
		email: field('emailField', 'email'),
		domain: field('domainField', 'domain'),
		company: field('companyField', 'company'),
	};
	if (!mapping.owner)
		throw new ConfigurationProblem(
			'"Owner Field" is empty: Owner Match needs the field of a record\'s owner',
			'Set it, e.g. owner, OwnerId or properties.hubspot_owner_id.',
		);
	mapping.label = mapping.company || mapping.domain || mapping.email;
	return {
		mapping,
		perItem: context.getNodeParameter('knownAccountsScope', 0, 'perItem') !== 'once',
	};
}

/** Known records for one item (or for all, when read once): a wrong value matches nothing. */
export function readKnownAccounts(
	context: IExecuteFunctions,
	itemIndex: number,
	settings: OwnerMatchSettings,
) {
	const raw = context.getNodeParameter('knownAccounts', itemIndex, []);
	return buildAccountIndex(
		typeof raw === 'string' && raw.trim() ? parseJsonList(raw) : raw,
		settings.mapping,
	);
}

/** A list typed into the JSON field; text that is not JSON is handed on as it is, and matches nothing. */
function parseJsonList(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		return text;
	}
}

/** Territory rules, language and skills, and the owner fallback; known records are added per run or item. */
function readRoutingRules(
	context: IExecuteFunctions,
	reps: Rep[],
	ownerMatch: OwnerMatchSettings | undefined,
): RoutingRules | undefined {
	const rules: RoutingRules = {};
	const territories = parseTerritoryRules(
		(context.getNodeParameter('territoryRules.rule', 0, []) as IDataObject[]).map((rule) => ({
			...rule,
			// 0 in the form means "no limit".
			minEmployees: rule.minEmployees ? rule.minEmployees : undefined,
			maxEmployees: rule.maxEmployees ? rule.maxEmployees : undefined,
		})),
	);
	const unknownTiers = territories.rules
		.filter((rule) => !reps.some((rep) => rep.tiers.includes(rule.tier)))
		.map(
			(rule) =>
				`No rep in the roster has tier "${rule.tier}", which territory rule "${rule.name}" needs`,
		);
	if (territories.problems.length || unknownTiers.length)
		throw new ConfigurationProblem(
			[...territories.problems, ...unknownTiers].join('; '),
			'Fix the rule under "Territory Rules", or add a rep with that tier.',
		);
	if (territories.rules.length) rules.territories = territories.rules;
	const preference = context.getNodeParameter('languagePreference', 0, 'off') as
		| 'off'
		| PreferenceFallback;
	if (preference !== 'off') {
		rules.language = {
			fallback: preference,
			teamLanguage: String(context.getNodeParameter('teamLanguage', 0, 'en') || 'en'),
		};
		rules.skillFallback = preference;
	}
	if (ownerMatch) {
		rules.ownerFallback = context.getNodeParameter('ownerFallback', 0, 'pool') as OwnerFallback;
		if (!ownerMatch.perItem) rules.accounts = readKnownAccounts(context, 0, ownerMatch);
	}
	return Object.keys(rules).length ? rules : undefined;
}

/** What one item brings to the rules (Lead Fields for Rules). */
export function readLeadFacts(context: IExecuteFunctions, itemIndex: number): LeadFacts {
	return context.getNodeParameter('ruleFields', itemIndex, {}) as LeadFacts;
}

/** Reads and checks every run-wide setting; throws a ConfigurationProblem on the first bad one. */
export function readAssignSettings(context: IExecuteFunctions): AssignSettings {
	const reps = readReps(context);
	const ownerMatch = readOwnerMatch(context);
	const config = { ...readConfig(context), rules: readRoutingRules(context, reps, ownerMatch) };
	const duplicateWindowMs = readDuplicateWindowMs(context);
	const tierProblems = rosterProblemsForTiers(reps, config.tierByPath);
	if (tierProblems.length)
		throw new ConfigurationProblem(
			tierProblems.join('; '),
			'Add a rep with that tier, or change "Tier per Path".',
		);
	const teamHolidays = readTeamHolidays(context);
	return { reps, config, duplicateWindowMs, teamHolidays, ownerMatch };
}

export const readCalendarSource = (context: IExecuteFunctions) =>
	context.getNodeParameter('calendarSource', 0, CAPACITY_DEFAULTS.calendarSource) as CalendarKind;
export const readCalendarFailure = (context: IExecuteFunctions) =>
	context.getNodeParameter(
		'calendarFailure',
		0,
		CAPACITY_DEFAULTS.calendarFailure,
	) as CalendarFailurePolicy;
export const readDuplicateKeySource = (context: IExecuteFunctions) =>
	context.getNodeParameter(
		'options.duplicateKey',
		0,
		CAPACITY_DEFAULTS.duplicateKey,
	) as DuplicateKeySource;
/** Slot and SMS timing from now (leads processed late) instead of each submission time. */
export const readSlotsFromNow = (context: IExecuteFunctions) =>
	context.getNodeParameter('options.slotsFrom', 0, 'submission') === 'now';

/** Rep IDs this item must not go to. */
export const readExcludedRepIds = (context: IExecuteFunctions, itemIndex: number) =>
	String(context.getNodeParameter('options.excludeRepIds', itemIndex, '') ?? '')
		.split(',')
		.map((id) => id.trim())
		.filter(Boolean);
