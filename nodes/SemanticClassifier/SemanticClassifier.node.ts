import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import type { IntentResult } from '../../engine';
import { timeZoneLoadOptions } from '../shared/timeZones';
import { configuredOutputs, properties } from './description';
import { classifyItems } from './classifyItems';

/** What a tool call answers: the path and why, with each signal's quote from the lead. */
function toolResult(item: INodeExecutionData): INodeExecutionData {
	const intent = item.json.intent as IntentResult | undefined;
	if (!intent)
		return {
			json: { error: item.json.error ?? 'The lead was not classified' },
			pairedItem: item.pairedItem,
		};
	return {
		json: {
			path: intent.path,
			score: intent.score,
			confidence: intent.confidence,
			reasons: intent.reasons,
			signals: intent.signals.map((signal) => ({
				type: signal.type,
				quote: signal.evidence?.quote ?? null,
			})),
			engine: intent.engine,
		},
		pairedItem: item.pairedItem,
	};
}

export class SemanticClassifier implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Semantic Classifier',
		name: 'semanticClassifier',
		icon: { light: 'file:semanticClassifier.svg', dark: 'file:semanticClassifier.dark.svg' },
		group: ['transform'],
		// Version 2: failures go to n8n's error output instead of a "Failed" output of our own.
		version: [1, 2],
		defaultVersion: 2,
		subtitle:
			'={{ $parameter["engine"] === "openAiCompatible" ? "built-in + model" : "intent score and path" }}',
		description:
			"Reads an inbound lead's message, finds intent signals with evidence (budget, deadline, pain, authority, scale, buying actions, and spam or support negatives) and routes it by Semantic Score",
		defaults: { name: 'Semantic Classifier' },
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
		outputs: `={{(${configuredOutputs})($parameter, $nodeVersion)}}`,
		credentials: [
			{
				name: 'intentFunnelOpenAiApi',
				required: true,
				displayOptions: { show: { engine: ['openAiCompatible'] } },
			},
		],
		builderHint: {
			searchHint:
				"Scores an inbound lead's message (budget, deadline, pain, authority, buying actions; spam, pitches, support requests) and routes it to one output per path: hot, warm, nurture, support, junk. Offline; a chat model on the optional Model input adds judgement.",
			inputs: { [NodeConnectionTypes.AiLanguageModel]: { required: false } },
			relatedNodes: [
				{
					nodeType: 'n8n-nodes-intent-funnel.confidenceGate',
					relationHint: 'Sends leads the classifier is unsure of to a human',
				},
				{
					nodeType: 'n8n-nodes-intent-funnel.capacityCheck',
					relationHint: 'Assigns hot and warm leads to a rep who can take them now',
				},
			],
		},
		hints: [
			{
				message:
					'Items that cannot be classified go to the "Failed" output when the node is set to continue on error; otherwise the execution stops with the reason.',
				type: 'info',
				location: 'outputPane',
				whenToDisplay: 'beforeExecution',
				displayCondition: '={{ $nodeVersion === 1 }}',
			},
		],
		properties,
	};

	methods = { loadOptions: timeZoneLoadOptions };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const outputs = await classifyItems(this);
		// An AI Agent reads only the first output of a tool call (n8n-core makeHandleToolInvocation),
		// so as a tool every result goes there, reduced to what the agent can act on.
		return this.isToolExecution?.() ? [outputs.flat().map(toolResult)] : outputs;
	}
}
