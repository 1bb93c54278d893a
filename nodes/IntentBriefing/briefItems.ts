import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { BriefingResult, BriefingTemplates, RoutingResult } from '../../engine';
import {
	appendAudit,
	briefWithModel,
	buildBriefing,
	createConcurrencyLimiter,
	encodeLeadValue,
	FIELD_LIMITS,
	readIntent,
	unclassifiedIntent,
} from '../../engine';
import { detectLeadFields } from '../shared/leadFields';
import type { ConnectedModel } from '../shared/model';
import { getConnectedModel } from '../shared/model';
import type { ModelCallOptions } from '../shared/modelOptions';
import { modelCallSettings } from '../shared/modelOptions';

async function briefItem(
	item: INodeExecutionData,
	templates: BriefingTemplates,
	model: ConnectedModel | undefined,
	options: ModelCallOptions,
): Promise<BriefingResult> {
	const read = readIntent(item.json.intent);
	const intent = read.ok ? read.intent : unclassifiedIntent(read.problem);
	const lead = { ...detectLeadFields(item.json), ...(read.ok ? intent.lead : {}) };
	const routing = (
		item.json.routing && typeof item.json.routing === 'object' ? item.json.routing : undefined
	) as RoutingResult | undefined;
	const input = { intent, routing, lead };
	if (!model || !read.ok) return buildBriefing(input, { templates });
	const { timeoutMs, maxRetries, redactContactDetails } = modelCallSettings(options);
	return await briefWithModel(input, model.invoke, {
		modelName: model.name,
		templates,
		timeoutMs,
		maxRetries,
		redactContactDetails,
	});
}

export async function briefItems(
	context: IExecuteFunctions,
	items = context.getInputData(),
): Promise<INodeExecutionData[][]> {
	const templates: BriefingTemplates = {
		text: context.getNodeParameter('textTemplate', 0) as string,
		sms: (context.getNodeParameter('smsTemplate', 0) as string)
			.split('\n')
			.map((line) => line.trim())
			.filter(Boolean),
	};
	const options = context.getNodeParameter('options', 0, {}) as ModelCallOptions;
	const model = await getConnectedModel(context);
	const limit = createConcurrencyLimiter(modelCallSettings(options).concurrency);
	// Model failures fall back to the template inside briefWithModel, so every item gets a briefing;
	// anything else that goes wrong with one item is that item's error, not the batch's.
	const briefings = await Promise.all(
		items.map(
			async (item) =>
				await limit(
					async () =>
						await briefItem(item, templates, model, options).catch(
							(error: unknown) => error as Error,
						),
				),
		),
	);
	return [
		briefings.map((briefing, itemIndex) => {
			if (briefing instanceof Error) {
				if (!context.continueOnFail())
					throw new NodeOperationError(context.getNode(), briefing, { itemIndex });
				const error =
					encodeLeadValue('plain', briefing.message, FIELD_LIMITS.reason) ||
					'The briefing could not be written';
				return {
					json: { ...items[itemIndex].json, error },
					binary: items[itemIndex].binary,
					pairedItem: { item: itemIndex },
				};
			}
			return {
				json: {
					...items[itemIndex].json,
					briefing: briefing as unknown as IDataObject,
					audit: appendAudit(items[itemIndex].json.audit, {
						at: new Date().toISOString(),
						node: 'intentBriefing',
						decision: briefing.mode,
						reason:
							briefing.fallbackReason ??
							`Briefing written (${briefing.mode}): ${briefing.firstQuestion}`,
					}) as unknown as IDataObject[],
				},
				binary: items[itemIndex].binary,
				pairedItem: { item: itemIndex },
			};
		}),
	];
}
