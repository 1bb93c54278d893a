import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import type { BriefingResult } from '../../engine';
import { classifyLead } from '../../engine';
import { detectLeadFields } from '../shared/leadFields';

import { properties } from './description';
import { briefItems } from './briefItems';

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
			{
				displayName: 'Model',
				type: NodeConnectionTypes.AiLanguageModel,
				required: false,
				maxConnections: 1,
			},
		],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{
				name: 'intentFunnelOpenAiApi',
				required: true,
				displayOptions: { show: { engine: ['openAiCompatible'] } },
			},
		],
		builderHint: {
			searchHint:
				"Writes a rep briefing from a classified lead (after Semantic Classifier): why it matters in the lead's words, a first question, SMS, Slack blocks, email HTML and a CRM note.",
			inputs: { [NodeConnectionTypes.AiLanguageModel]: { required: false } },
			relatedNodes: [
				{
					nodeType: 'n8n-nodes-intent-funnel.semanticClassifier',
					relationHint: 'Classifies the lead the briefing is about',
				},
			],
		},
		properties,
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		if (!this.isToolExecution?.()) return await briefItems(this);
		// As an AI Agent tool the call brings the lead, not a classified item: the built-in
		// classifier reads it first, and the agent gets one briefing per call on the one output it reads.
		const classified = this.getInputData().map((item, itemIndex): INodeExecutionData => {
			const lead = detectLeadFields(item.json);
			const intent = classifyLead(lead, { timeZone: this.getTimezone() });
			return {
				json: { ...item.json, intent: { ...intent, lead } as unknown as IDataObject },
				pairedItem: { item: itemIndex },
			};
		});
		const [briefed] = await briefItems(this, classified);
		return [
			briefed.map((item) => {
				const briefing = item.json.briefing as unknown as BriefingResult;
				const intent = (item.json.intent ?? {}) as IDataObject;
				return {
					json: {
						briefing: briefing.text,
						firstQuestion: briefing.firstQuestion,
						sms: briefing.sms,
						path: intent.path,
						score: intent.score,
						mode: briefing.mode,
					},
					pairedItem: item.pairedItem,
				};
			}),
		];
	}
}
