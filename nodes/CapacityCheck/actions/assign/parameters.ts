import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { isSupportedCountry } from 'libphonenumber-js';
import { IANAZone } from 'luxon';

import type { CalendarFailurePolicy, CalendarKind, CapacityConfig, DuplicateKeySource, Rep } from '../../../../engine/capacity';
import { CAPACITY_DEFAULTS, parseHolidayList, parseRoster, rosterProblemsForTiers } from '../../../../engine/capacity';
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
}

function readReps(context: IExecuteFunctions): Rep[] {
	const source = context.getNodeParameter('rosterSource', 0, 'node') as string;
	const raw =
		source === 'input'
			? context.getNodeParameter('rosterData', 0)
			: (context.getNodeParameter('reps.rep', 0, []) as IDataObject[]).map((rep) => ({
					...rep,
					// 0 in the form means "no cap".
					maxOpenLeads: rep.maxOpenLeads ? rep.maxOpenLeads : undefined,
					maxLeadsPerDay: rep.maxLeadsPerDay ? rep.maxLeadsPerDay : undefined,
				}));
	const { reps, problems } = parseRoster(raw);
	if (reps.length === 0) problems.push('it has no reps');
	if (problems.length) {
		throw new ConfigurationProblem(
			`The roster is not usable: ${problems.join('; ')}`,
			source === 'input' ? 'Check the list given in "Roster" (one entry per rep).' : 'Check the reps under "Reps".',
		);
	}
	return reps;
}

export const readStrategy = (context: IExecuteFunctions) => context.getNodeParameter('strategy', 0, CAPACITY_DEFAULTS.strategy) as CapacityConfig['strategy'];

export function readConfig(context: IExecuteFunctions): CapacityConfig {
	const options = context.getNodeParameter('options', 0, {}) as AssignOptions;
	const mapping = context.getNodeParameter('tierMapping.mapping', 0, []) as Array<{ path: string; tier: string }>;
	const unknownProspectZone = options.timeZone?.trim() || undefined;
	const defaultCountry = (options.defaultCountry || CAPACITY_DEFAULTS.defaultCountry).trim().toUpperCase();
	const problems = [
		unknownProspectZone && !IANAZone.isValidZone(unknownProspectZone) && `"Time Zone for Unknown Prospects" is "${unknownProspectZone}", not an IANA time zone (e.g. America/New_York)`,
		!isSupportedCountry(defaultCountry) && `"Default Phone Country" is "${defaultCountry}", not a two-letter country code (e.g. US, GB, DE)`,
	].filter((problem): problem is string => typeof problem === 'string');
	if (problems.length) throw new ConfigurationProblem(problems.join('; '), 'Fix the values under "Options".');
	return {
		tierByPath: Object.fromEntries(mapping.filter((entry) => entry.path && entry.tier).map((entry) => [entry.path.trim(), entry.tier.trim().toLowerCase()])),
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
	const outputs = configuredOutputs(node.typeVersion, node.parameters as Parameters<typeof configuredOutputs>[1]);
	if (!outputs.some((output) => output.displayName === 'Duplicate')) return 0;
	const minutes = context.getNodeParameter('options.duplicateWindow', 0, CAPACITY_DEFAULTS.duplicateWindowMinutes) as unknown;
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
	const holidays = parseHolidayList(context.getNodeParameter('teamHolidays', 0, ''), 'Team holidays', problems);
	if (problems.length) throw new ConfigurationProblem(problems.join('; '), 'Write dates as yyyy-MM-dd, separated by commas.');
	return holidays;
}

/** Reads and checks every run-wide setting; throws a ConfigurationProblem on the first bad one. */
export function readAssignSettings(context: IExecuteFunctions): AssignSettings {
	const reps = readReps(context);
	const config = readConfig(context);
	const duplicateWindowMs = readDuplicateWindowMs(context);
	const tierProblems = rosterProblemsForTiers(reps, config.tierByPath);
	if (tierProblems.length) throw new ConfigurationProblem(tierProblems.join('; '), 'Add a rep with that tier, or change "Tier per Path".');
	const teamHolidays = readTeamHolidays(context);
	return { reps, config, duplicateWindowMs, teamHolidays };
}

export const readCalendarSource = (context: IExecuteFunctions) => context.getNodeParameter('calendarSource', 0, CAPACITY_DEFAULTS.calendarSource) as CalendarKind;
export const readCalendarFailure = (context: IExecuteFunctions) => context.getNodeParameter('calendarFailure', 0, CAPACITY_DEFAULTS.calendarFailure) as CalendarFailurePolicy;
export const readDuplicateKeySource = (context: IExecuteFunctions) => context.getNodeParameter('options.duplicateKey', 0, CAPACITY_DEFAULTS.duplicateKey) as DuplicateKeySource;
/** Slot and SMS timing from now (leads processed late) instead of each submission time. */
export const readSlotsFromNow = (context: IExecuteFunctions) => context.getNodeParameter('options.slotsFrom', 0, 'submission') === 'now';

/** Rep IDs this item must not go to. */
export const readExcludedRepIds = (context: IExecuteFunctions, itemIndex: number) =>
	String(context.getNodeParameter('options.excludeRepIds', itemIndex, '') ?? '')
		.split(',')
		.map((id) => id.trim())
		.filter(Boolean);
