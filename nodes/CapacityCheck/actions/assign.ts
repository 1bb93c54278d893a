import { randomUUID } from 'node:crypto';

import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { isSupportedCountry } from 'libphonenumber-js';
import { IANAZone } from 'luxon';
import { NodeOperationError } from 'n8n-workflow';

import type { CalendarFailurePolicy, CalendarKind, CapacityConfig, DuplicateKeySource, Rep, RoutingOutput } from '../../../engine/capacity';
import { calendarWindow, duplicateKeyOf, parseHolidayList, parseRoster, rosterProblemsForTiers, routeLead } from '../../../engine/capacity';
import type { LeadFields, RoutingResult } from '../../../engine/contract';
import { appendAudit, CONTRACT_VERSION, readIntent } from '../../../engine/contract';
import { errorOutputItem, sendsFailuresToErrorOutput } from '../../shared/errorOutput';
import { detectLeadFields } from '../../shared/leadFields';
import { configuredOutputs, DEFAULT_DUPLICATE_WINDOW_MINUTES } from '../description';
import type { OpenedStore } from '../helpers/stateStore';
import { openStateStore } from '../helpers/stateStore';
import { fetchBusyForReps } from '../transport';

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

const OUTPUT_INDEX: Record<RoutingOutput, number> = { assigned: 0, noCapacity: 1, notRouted: 2, duplicate: 3 };
export const DEFAULT_SMS_TEMPLATE =
	'Hi {{firstName}}, thanks for reaching out! Our team is with other customers right now. We can talk {{slots}}. Pick a time: {{bookingLink}}';

/** A setting that makes the whole Assign run impossible (bad roster, unknown tier...). */
class ConfigurationProblem extends Error {
	constructor(
		message: string,
		readonly hint: string,
	) {
		super(message);
	}
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

function readConfig(context: IExecuteFunctions): CapacityConfig {
	const options = context.getNodeParameter('options', 0, {}) as AssignOptions;
	const mapping = context.getNodeParameter('tierMapping.mapping', 0, []) as Array<{ path: string; tier: string }>;
	const unknownProspectZone = options.timeZone?.trim() || undefined;
	const defaultCountry = (options.defaultCountry || 'US').trim().toUpperCase();
	const problems = [
		unknownProspectZone && !IANAZone.isValidZone(unknownProspectZone) && `"Time Zone for Unknown Prospects" is "${unknownProspectZone}", not an IANA time zone (e.g. America/New_York)`,
		!isSupportedCountry(defaultCountry) && `"Default Phone Country" is "${defaultCountry}", not a two-letter country code (e.g. US, GB, DE)`,
	].filter((problem): problem is string => typeof problem === 'string');
	if (problems.length) throw new ConfigurationProblem(problems.join('; '), 'Fix the values under "Options".');
	return {
		tierByPath: Object.fromEntries(mapping.filter((entry) => entry.path && entry.tier).map((entry) => [entry.path.trim(), entry.tier.trim().toLowerCase()])),
		strategy: context.getNodeParameter('strategy', 0, 'roundRobin') as CapacityConfig['strategy'],
		responseMinutes: options.responseMinutes ?? 30,
		slots: { count: options.slotCount ?? 3, slotMinutes: options.slotMinutes ?? 30, horizonDays: options.horizonDays ?? 14, labelTimeZone: unknownProspectZone },
		sms: {
			defaultCountry,
			template: options.smsTemplate || DEFAULT_SMS_TEMPLATE,
			bookingLink: options.bookingLink ?? '',
			quietStart: options.quietStart ?? 21,
			quietEnd: options.quietEnd ?? 8,
			fallbackTimeZone: unknownProspectZone ?? context.getTimezone(),
		},
	};
}

/** Every store keeps a lead this long past its window: 30 days bounds what a store holds. */
const MAX_DUPLICATE_WINDOW_MINUTES = 43_200;

/**
 * The Duplicate Window in ms; 0 when off. The same rule as the node's outputs: on by default from
 * version 2, off in version 1 unless set, so existing workflows keep their three outputs.
 */
function readDuplicateWindowMs(context: IExecuteFunctions): number {
	const node = context.getNode();
	const outputs = configuredOutputs(node.typeVersion, node.parameters as Parameters<typeof configuredOutputs>[1]);
	if (!outputs.some((output) => output.displayName === 'Duplicate')) return 0;
	const minutes = context.getNodeParameter('options.duplicateWindow', 0, DEFAULT_DUPLICATE_WINDOW_MINUTES) as unknown;
	if (typeof minutes !== 'number' || !Number.isFinite(minutes) || minutes < 0 || minutes > MAX_DUPLICATE_WINDOW_MINUTES) {
		throw new ConfigurationProblem(
			`"Duplicate Window (Minutes)" is ${JSON.stringify(minutes)}, not a number of minutes from 0 to ${MAX_DUPLICATE_WINDOW_MINUTES} (30 days)`,
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

interface PreparedLead {
	intent: ReturnType<typeof readIntent>;
	lead: LeadFields;
	/** Submission time: intent.lead.submittedAt, else the item's own field, else now. */
	at: number;
}

function prepareLead(json: IDataObject, now: number): PreparedLead {
	const intent = readIntent(json.intent);
	// The classifier's normalised fields win, but a field it left empty keeps the item's own value.
	const classified = Object.fromEntries(Object.entries((intent.ok && intent.intent.lead) || {}).filter(([, value]) => value !== undefined && value !== null && value !== ''));
	const lead: LeadFields = { ...detectLeadFields(json), ...classified };
	const submitted = Date.parse(lead.submittedAt ?? '');
	return { intent, lead, at: Number.isNaN(submitted) ? now : submitted };
}

function withRouting(item: INodeExecutionData, itemIndex: number, routing: RoutingResult): INodeExecutionData {
	return {
		json: {
			...item.json,
			routing: routing as unknown as IDataObject,
			audit: appendAudit(item.json.audit, routing.audit[routing.audit.length - 1]) as unknown as IDataObject[],
		},
		binary: item.binary,
		pairedItem: { item: itemIndex },
	};
}

function errorRouting(message: string, strategy: string, now: number): RoutingResult {
	return {
		status: 'error',
		rep: null,
		tier: null,
		strategy,
		reason: message,
		assignedAt: null,
		audit: [{ at: new Date(now).toISOString(), node: 'capacityCheck', decision: 'error', reason: message }],
		version: CONTRACT_VERSION,
	};
}

/** Routes every item; each leaves on exactly one of Assigned, No Capacity or Not Routed. */
export async function assign(context: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = context.getInputData();
	const node = context.getNode();
	const outputs: INodeExecutionData[][] = configuredOutputs(node.typeVersion, node.parameters as Parameters<typeof configuredOutputs>[1]).map(() => []);
	const now = Date.now();
	const strategy = context.getNodeParameter('strategy', 0, 'roundRobin') as string;

	/** A problem no item can be routed past: stop, or on continue-on-fail send every item to Not Routed. */
	const failAll = (error: unknown, fallbackHint: string): INodeExecutionData[][] => {
		const problem = error instanceof ConfigurationProblem ? error : new ConfigurationProblem((error as Error).message, fallbackHint);
		if (!context.continueOnFail()) throw new NodeOperationError(context.getNode(), problem.message, { description: problem.hint });
		if (sendsFailuresToErrorOutput(context)) {
			outputs[OUTPUT_INDEX.assigned] = items.map((_, itemIndex) => errorOutputItem(problem.message, itemIndex));
			return outputs;
		}
		outputs[OUTPUT_INDEX.notRouted] = items.map((item, itemIndex) => withRouting(item, itemIndex, errorRouting(problem.message, strategy, now)));
		return outputs;
	};

	let reps: Rep[];
	let config: CapacityConfig;
	let teamHolidays: string[];
	let duplicateWindowMs: number;
	try {
		reps = readReps(context);
		config = readConfig(context);
		duplicateWindowMs = readDuplicateWindowMs(context);
		const tierProblems = rosterProblemsForTiers(reps, config.tierByPath);
		if (tierProblems.length) throw new ConfigurationProblem(tierProblems.join('; '), 'Add a rep with that tier, or change "Tier per Path".');
		teamHolidays = readTeamHolidays(context);
	} catch (error) {
		return failAll(error, 'Check the node settings.');
	}

	const leads = items.map((item) => prepareLead(item.json, now));
	// By default the submission time is the clock for slots and quiet hours too, so re-running an
	// execution gives the same answer; late processing (a queue, a sheet import) can use now.
	const slotsFromNow = context.getNodeParameter('options.slotsFrom', 0, 'submission') === 'now';
	// Free/busy is read once for every rep and item of the execution, over one capped span;
	// leads submitted before it are judged with their calendars unknown, and say so.
	const calendarSource = context.getNodeParameter('calendarSource', 0, 'none') as CalendarKind;
	const window = calendarWindow({ submissions: leads.map((lead) => lead.at), now, slotsFromNow, horizonDays: config.slots.horizonDays, responseMinutes: config.responseMinutes });
	const { byRep: busy } = items.length ? await fetchBusyForReps.call(context, calendarSource, reps, window) : { byRep: {} };
	const calendarFailure = context.getNodeParameter('calendarFailure', 0, 'assumeBusy') as CalendarFailurePolicy;
	const availability = { teamHolidays, busy, calendarFailure, calendarWindow: window };

	let opened: OpenedStore;
	try {
		opened = await openStateStore(context);
	} catch (error) {
		return failAll(error, 'Check "State Storage": a Redis credential for Redis, Node.js 22.13 or later and a writable n8n folder for the SQLite file.');
	}
	const duplicateKeySource = context.getNodeParameter('options.duplicateKey', 0, 'auto') as DuplicateKeySource;
	const executionId = context.getExecutionId();
	const { store, close } = opened;
	try {
		for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
			const { intent, lead, at } = leads[itemIndex];
			try {
				const duplicateKey = duplicateWindowMs > 0 ? duplicateKeyOf(lead, duplicateKeySource, context.getNodeParameter('options.leadId', itemIndex, ''), config.sms.defaultCountry) : undefined;
				const { routing, output } = await routeLead(
					{
						intent: intent.ok ? intent.intent : null,
						problem: intent.ok ? undefined : intent.problem,
						lead,
						at,
						now: slotsFromNow ? now : at,
						excludeRepIds: String(context.getNodeParameter('options.excludeRepIds', itemIndex, '') ?? '')
							.split(',')
							.map((id) => id.trim())
							.filter(Boolean),
						identity: { id: randomUUID(), duplicateKey: duplicateKey?.hash, keyField: duplicateKey?.field, windowMs: duplicateWindowMs, executionId, itemIndex },
					},
					reps,
					availability,
					store,
					config,
				);
				outputs[OUTPUT_INDEX[output]].push(withRouting(items[itemIndex], itemIndex, routing));
			} catch (error) {
				// The state store failed (Redis down...): the lead was not assigned.
				const message = `Could not assign the lead: ${(error as Error).message}`;
				if (!context.continueOnFail()) throw new NodeOperationError(context.getNode(), message, { itemIndex, description: 'Check the state storage (Redis credential) and try again.' });
				if (sendsFailuresToErrorOutput(context)) {
					outputs[OUTPUT_INDEX.assigned].push(errorOutputItem(message, itemIndex));
					continue;
				}
				outputs[OUTPUT_INDEX.notRouted].push(withRouting(items[itemIndex], itemIndex, errorRouting(message, config.strategy, now)));
			}
		}
	} finally {
		await close();
	}
	return outputs;
}
