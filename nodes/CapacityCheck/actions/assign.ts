import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { CalendarFailurePolicy, CalendarKind, CapacityConfig, Rep, RoutingOutput } from '../../../engine/capacity';
import { parseHolidayList, parseRoster, rosterProblemsForTiers, routeLead } from '../../../engine/capacity';
import { appendAudit, readIntent } from '../../../engine/contract';
import { detectLeadFields } from '../../shared/leadFields';
import { fetchBusyForReps } from '../transport';
import { openStore } from './store';

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
}

const OUTPUT_INDEX: Record<RoutingOutput, number> = { assigned: 0, noCapacity: 1, notRouted: 2 };
const DEFAULT_SMS =
	'Hi {{firstName}}, thanks for reaching out! Our team is with other customers right now. We can talk {{slots}}. Pick a time: {{bookingLink}}';

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
	if (problems.length || reps.length === 0) {
		throw new NodeOperationError(context.getNode(), `The roster is not usable: ${[...problems, ...(reps.length ? [] : ['it has no reps'])].join('; ')}`, {
			description: source === 'input' ? 'Check the list given in "Roster".' : 'Check the reps under "Reps".',
		});
	}
	return reps;
}

function readConfig(context: IExecuteFunctions): CapacityConfig {
	const options = context.getNodeParameter('options', 0, {}) as AssignOptions;
	const mapping = context.getNodeParameter('tierMapping.mapping', 0, []) as Array<{ path: string; tier: string }>;
	return {
		tierByPath: Object.fromEntries(mapping.filter((entry) => entry.path && entry.tier).map((entry) => [entry.path.trim(), entry.tier.trim().toLowerCase()])),
		strategy: context.getNodeParameter('strategy', 0, 'roundRobin') as CapacityConfig['strategy'],
		responseMinutes: options.responseMinutes ?? 30,
		slots: { count: options.slotCount ?? 3, slotMinutes: options.slotMinutes ?? 30, horizonDays: options.horizonDays ?? 14 },
		sms: {
			defaultCountry: (options.defaultCountry || 'US').toUpperCase(),
			template: options.smsTemplate || DEFAULT_SMS,
			bookingLink: options.bookingLink ?? '',
			quietStart: options.quietStart ?? 21,
			quietEnd: options.quietEnd ?? 8,
			fallbackTimeZone: options.timeZone || context.getTimezone(),
		},
	};
}

/** Routes every item; each leaves on Assigned, No Capacity or Not Routed. */
export async function assign(context: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = context.getInputData();
	const reps = readReps(context);
	const config = readConfig(context);
	const tierProblems = rosterProblemsForTiers(reps, config.tierByPath);
	if (tierProblems.length)
		throw new NodeOperationError(context.getNode(), tierProblems.join('; '), { description: 'Add a rep with that tier, or change "Tier per Path".' });
	const holidayProblems: string[] = [];
	const teamHolidays = parseHolidayList(context.getNodeParameter('teamHolidays', 0, ''), 'Team holidays', holidayProblems);
	if (holidayProblems.length) throw new NodeOperationError(context.getNode(), holidayProblems.join('; '));

	const leads = items.map((item) => {
		const read = readIntent(item.json.intent);
		const lead = { ...detectLeadFields(item.json), ...(read.ok ? read.intent.lead : {}) };
		const submitted = Date.parse(lead.submittedAt ?? '');
		return { read, lead, at: Number.isNaN(submitted) ? Date.now() : submitted };
	});
	// Free/busy is read once for every rep and item of the execution: from the earliest
	// submission to the end of the slot search horizon after the latest one.
	const calendarSource = context.getNodeParameter('calendarSource', 0, 'none') as CalendarKind;
	const times = leads.map((lead) => lead.at);
	const window = { start: Math.min(...times, Date.now()) - 3_600_000, end: Math.max(...times, Date.now()) + config.slots.horizonDays * 86_400_000 };
	const { byRep: busy } = items.length ? await fetchBusyForReps.call(context, calendarSource, reps, window) : { byRep: {} };
	const calendarFailure = context.getNodeParameter('calendarFailure', 0, 'assumeBusy') as CalendarFailurePolicy;
	const availability = { teamHolidays, busy, calendarFailure };
	const outputs: INodeExecutionData[][] = [[], [], []];
	const { store, close } = await openStore(context);
	try {
		await routeItems();
	} finally {
		await close();
	}
	return outputs;

	async function routeItems() {
		for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
			const item = items[itemIndex];
			try {
				const { read, lead, at } = leads[itemIndex];
				const { routing, output } = await routeLead(
					{ intent: read.ok ? read.intent : null, problem: read.ok ? undefined : read.problem, lead, at },
					reps,
					availability,
					store,
					config,
				);
				const last = routing.audit[routing.audit.length - 1];
				outputs[OUTPUT_INDEX[output]].push({
					json: { ...item.json, routing: routing as unknown as IDataObject, audit: appendAudit(item.json.audit, last) as unknown as IDataObject[] },
					binary: item.binary,
					pairedItem: { item: itemIndex },
				});
			} catch (error) {
				if (!context.continueOnFail()) throw new NodeOperationError(context.getNode(), error as Error, { itemIndex });
				outputs[OUTPUT_INDEX.notRouted].push({ json: { ...item.json, error: (error as Error).message }, pairedItem: { item: itemIndex } });
			}
		}
	}
}
