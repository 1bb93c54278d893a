import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { properties } from './description';
import { briefItems } from './processItem';

export class IntentBriefing implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Intent Briefing',
		name: 'intentBriefing',
		icon: { light: 'file:intentBriefing.svg', dark: 'file:intentBriefing.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{ $parameter["engine"] === "template" ? "template" : "model, checked quotes" }}',
		description:
			"Tells the rep why a lead matters in the lead's own words, with a suggested first question, formatted for SMS, Slack, email and CRM notes",
		defaults: { name: 'Intent Briefing' },
		usableAsTool: true,
		inputs: [
			{ displayName: '', type: NodeConnectionTypes.Main },
			{ displayName: 'Model', type: NodeConnectionTypes.AiLanguageModel, required: false, maxConnections: 1 },
		],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{
				name: 'intentFunnelOpenAiApi',
				required: true,
				displayOptions: { show: { engine: ['openAiCompatible'] } },
			},
		],
		properties,
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await briefItems(this);
	}
}
