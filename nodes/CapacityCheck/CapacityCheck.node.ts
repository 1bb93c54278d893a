import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { timeZoneLoadOptions } from '../shared/timeZones';
import { configuredOutputs } from './actions/outputs';
import { properties } from './actions/properties';
import { router } from './actions/router';

export class CapacityCheck implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Capacity Check',
		name: 'capacityCheck',
		icon: { light: 'file:capacityCheck.svg', dark: 'file:capacityCheck.dark.svg' },
		group: ['transform'],
		version: [1, 2, 3],
		defaultVersion: 3,
		subtitle:
			'={{ $parameter["operation"] === "release" ? "Release an open lead" : $parameter["operation"] === "confirmDelivery" ? "Confirm " + ($parameter["channel"] === "prospectSms" ? "prospect SMS" : "rep notification") : "Assign: " + ({ priorityOrder: "priority order", roundRobin: "round robin", weightedRoundRobin: "weighted round robin", leastLoaded: "least loaded" }[$parameter["strategy"]] ?? $parameter["strategy"]) }}',
		description:
			'Routes each lead to a rep who can take it now (tiers, working hours, time zones, holidays, caps, fair rotation), or texts the prospect real free slots',
		defaults: { name: 'Capacity Check' },
		inputs: [NodeConnectionTypes.Main],
		outputs: `={{(${configuredOutputs})($nodeVersion, $parameter)}}`,
		// Written out, not built from CALENDAR_PROVIDERS: n8n's scanner reads the credentials as a
		// literal. test/nodes/capacityCheck/defaults.test.ts checks that this list matches the providers.
		credentials: [
			{
				name: 'googleCalendarOAuth2Api',
				required: true,
				displayOptions: { show: { operation: ['assign'], calendarSource: ['googleCalendar'] } },
			},
			{
				name: 'microsoftOutlookOAuth2Api',
				required: true,
				displayOptions: { show: { operation: ['assign'], calendarSource: ['microsoft365'] } },
			},
			{ name: 'redis', required: true, displayOptions: { show: { stateStorage: ['redis'] } } },
		],
		builderHint: {
			searchHint:
				"Assigns a classified lead to a rep who can take it now (tiers, working hours, calendars, caps, rotation), or gives the prospect free slots and an SMS on No Capacity; Release lowers a rep's open-lead count; Confirm Delivery records that the rep was told or the prospect texted, so a retried lead is not lost or texted twice.",
			relatedNodes: [
				{
					nodeType: 'n8n-nodes-intent-funnel.semanticClassifier',
					relationHint: 'Its path picks the tier of reps',
				},
				{
					nodeType: 'n8n-nodes-intent-funnel.intentBriefing',
					relationHint: 'Tells the assigned rep why the lead matters',
				},
			],
		},
		hints: [
			{
				message:
					'Manual test runs do not save workflow static data: every test run starts with zero open leads and a fresh rotation. Use "SQLite File on This Host" or Redis to keep counts.',
				type: 'info',
				location: 'outputPane',
				whenToDisplay: 'afterExecution',
				displayCondition: '={{ $parameter["stateStorage"] === "staticData" }}',
			},
			{
				message:
					'Leads nobody can take now leave on "No Capacity" with free slots and a ready SMS in routing.sms: connect it to Twilio (To: {{ $json.routing.sms.to }}, Message: {{ $json.routing.sms.body }}).',
				type: 'info',
				location: 'ndv',
				whenToDisplay: 'always',
				displayCondition:
					'={{ !["release", "confirmDelivery"].includes($parameter["operation"]) }}',
			},
		],
		properties,
	};

	methods = { loadOptions: timeZoneLoadOptions };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
