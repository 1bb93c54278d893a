import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';

import type { GateResult } from '../../engine';
import {
	appendAudit,
	CONTRACT_VERSION,
	encodeLeadValue,
	evaluateGate,
	FIELD_LIMITS,
} from '../../engine';
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
		const autoRoute: INodeExecutionData[] = [];
		const humanReview: INodeExecutionData[] = [];
		const items = this.getInputData();
		items.forEach((item, itemIndex) => {
			let gate: GateResult;
			try {
				// The engine decides for any input, malformed ones included, so no item can be lost here.
				gate = evaluateGate(item.json, config);
			} catch (error) {
				// Should the engine ever fail on an item, a person looks at it: never lost, never auto-routed.
				if (!this.continueOnFail())
					throw new NodeOperationError(this.getNode(), error as Error, { itemIndex });
				gate = {
					decision: 'human_review',
					reasons: [
						`The gate could not evaluate this item: ${encodeLeadValue('plain', (error as Error).message, FIELD_LIMITS.reason)}`,
					],
					rule: 'error',
					version: CONTRACT_VERSION,
				};
			}
			const json: IDataObject = {
				...item.json,
				gate: gate as unknown as IDataObject,
				audit: appendAudit(item.json.audit, {
					at: new Date().toISOString(),
					node: 'confidenceGate',
					decision: gate.decision,
					reason: gate.reasons.join('; '),
				}) as unknown as IDataObject[],
			};
			(gate.decision === 'auto_route' ? autoRoute : humanReview).push({
				json,
				binary: item.binary,
				pairedItem: { item: itemIndex },
			});
		});
		return [autoRoute, humanReview];
	}
}
