import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';

import type { FunnelReportInput, ReportRep } from '../../engine';
import {
	buildFunnelReport,
	defaultStateFile,
	funnelReportHtml,
	funnelReportSlack,
	SqliteCapacityStore,
} from '../../engine';
import { properties } from './description';

const HOUR_MS = 3_600_000;
const PERIOD_LENGTH_MS: Record<string, number> = {
	lastDay: 24 * HOUR_MS,
	lastWeek: 7 * 24 * HOUR_MS,
};

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A funnel item from an input item: its json when it carries the funnel's keys, else the JSON
 * text in the record field (a Data Table or Sheet row). What cannot be read is passed on as it
 * is, and the report counts it as not a funnel item.
 */
function funnelRecord(json: IDataObject, recordField: string): unknown {
	if ('intent' in json || 'gate' in json || 'routing' in json) return json;
	const record = json[recordField];
	if (typeof record !== 'string') return isObject(record) ? record : json;
	try {
		return JSON.parse(record) as unknown;
	} catch {
		return json;
	}
}

/** The caps typed into the node; a rep without an ID cannot be matched to a lead and is left out. */
function readRepCaps(context: IExecuteFunctions): ReportRep[] {
	const reps = (context.getNodeParameter('repCaps.rep', 0, []) as IDataObject[]) ?? [];
	const text = (value: unknown) =>
		typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
	const cap = (value: unknown) => (typeof value === 'number' && value > 0 ? value : undefined);
	return reps.flatMap((rep) => {
		const id = text(rep.repId);
		return id
			? [
					{
						id,
						name: text(rep.name),
						maxLeadsPerDay: cap(rep.maxLeadsPerDay),
						maxOpenLeads: cap(rep.maxOpenLeads),
						timeZone: text(rep.timeZone),
					},
				]
			: [];
	});
}

function readPeriod(context: IExecuteFunctions): { start: number | string; end: number | string } {
	const period = context.getNodeParameter('period', 0) as string;
	if (period === 'custom')
		return {
			start: context.getNodeParameter('periodStart', 0) as string,
			end: context.getNodeParameter('periodEnd', 0) as string,
		};
	const end = Date.now();
	return { start: end - (PERIOD_LENGTH_MS[period] ?? PERIOD_LENGTH_MS.lastDay), end };
}

export class FunnelReport implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Funnel Report',
		name: 'funnelReport',
		icon: { light: 'file:funnelReport.svg', dark: 'file:funnelReport.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle:
			'={{ $parameter["period"] === "lastWeek" ? "last 7 days" : $parameter["period"] === "custom" ? "custom period" : "last 24 hours" }}',
		description:
			'Reports what the lead funnel did over a period: leads per path, gate reviews, assignments per rep against caps, time to assignment, prospect SMS',
		defaults: { name: 'Funnel Report' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		builderHint: {
			searchHint:
				'Reads the funnel items (or logged rows) of a period and returns one report item with report, slack.blocks and html, for a daily Slack post or email.',
			relatedNodes: [
				{
					nodeType: 'n8n-nodes-intent-funnel.capacityCheck',
					relationHint: 'Its routing and counts are what the report shows',
				},
			],
		},
		properties,
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = this.getInputData();
		// The report summarises every input item, so it pairs with all of them.
		const pairedItem = items.map((_, item) => ({ item }));
		try {
			const options = this.getNodeParameter('options', 0, {}) as {
				recordField?: string;
				salesPaths?: string;
			};
			const recordField = options.recordField?.trim() || 'record';
			const input: FunnelReportInput = {
				...readPeriod(this),
				// An empty item is what a Data Table with no rows passes on ("Always Output Data"): no lead.
				items: items
					.filter((item) => Object.keys(item.json).length > 0)
					.map((item) => funnelRecord(item.json, recordField)),
				reps: readRepCaps(this),
				salesPaths:
					options.salesPaths === undefined
						? undefined
						: options.salesPaths
								.split(',')
								.map((path) => path.trim())
								.filter(Boolean),
			};
			let report = buildFunnelReport(input);
			if (this.getNodeParameter('stateStorage', 0) === 'sqlite') {
				const keyPrefix = (this.getNodeParameter('stateKey', 0, '') as string).trim() || undefined;
				const store = new SqliteCapacityStore(defaultStateFile(), { keyPrefix });
				const storeCounts = await store.counts(
					report.reps.map((rep) => rep.id),
					new Date().toISOString().slice(0, 10),
				);
				report = buildFunnelReport({ ...input, storeCounts });
			}
			const slack = funnelReportSlack(report);
			const json = {
				report,
				subject: slack.text,
				slack,
				html: funnelReportHtml(report),
			};
			return [[{ json: json as unknown as IDataObject, pairedItem }]];
		} catch (error) {
			if (this.continueOnFail())
				return [[{ json: { error: (error as Error).message }, pairedItem }]];
			throw new NodeOperationError(this.getNode(), error as Error, { itemIndex: 0 });
		}
	}
}
