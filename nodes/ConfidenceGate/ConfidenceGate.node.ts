import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import type { GateResult } from '../../engine';
import { CONTRACT_VERSION, evaluateGate } from '../../engine';
import { splitTwoWays } from '../shared/twoWaySplit';
import { readGateConfig } from './config';
import { properties } from './description';

export class ConfidenceGate implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Confidence Gate',
		name: 'confidenceGate',
		icon: { light: 'file:confidenceGate.svg', dark: 'file:confidenceGate.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: 'auto-route or human review',
		description:
			'Sends every lead the system is not sure of to a human, so no high-value lead is silently dropped into nurture',
		defaults: { name: 'Confidence Gate' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [
			{ type: NodeConnectionTypes.Main, displayName: 'Auto-route' },
			{ type: NodeConnectionTypes.Main, displayName: 'Human review' },
		],
		outputNames: ['Auto-route', 'Human review'],
		builderHint: {
			searchHint:
				'Put after Semantic Classifier: routes each classified lead to Auto-route or Human review (low confidence, a buyer on a non-sales path, near a threshold, model fallback, VIPs, a QA sample).',
			relatedNodes: [
				{
					nodeType: 'n8n-nodes-intent-funnel.semanticClassifier',
					relationHint: 'Writes the intent this gate checks',
				},
			],
		},
		properties,
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const config = readGateConfig(this);
		return splitTwoWays<GateResult>(this, {
			auditNode: 'confidenceGate',
			// The engine decides for any input, malformed ones included, so no item can be lost here.
			decide: (json) => evaluateGate(json, config),
			// Should the engine ever fail on an item, a person looks at it: never lost, never auto-routed.
			onEngineError: (message) => ({
				decision: 'human_review',
				reasons: [`The gate could not evaluate this item: ${message}`],
				rule: 'error',
				version: CONTRACT_VERSION,
			}),
			fields: (gate) => ({ gate: gate as unknown as IDataObject }),
			audit: (gate) => ({ decision: gate.decision, reasons: gate.reasons }),
			takesFirstOutput: (gate) => gate.decision === 'auto_route',
		});
	}
}
