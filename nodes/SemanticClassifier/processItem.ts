import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { classifyLead, validatePaths } from '../../engine/classifier';
import { classifyWithModel } from '../../engine/classifier/model';
import type { IntentResult, LeadFields, PathDefinition } from '../../engine/contract';
import { appendAudit, DEFAULT_PATH_DEFINITIONS } from '../../engine/contract';
import { createConcurrencyLimiter } from '../../engine/llm';
import { detectLeadFields, mergeLeadFields } from '../shared/leadFields';
import type { ConnectedModel } from '../shared/model';
import type { ModelCallOptions } from '../shared/modelOptions';
import { getConnectedModel } from '../shared/model';

interface ClassifierOptions extends ModelCallOptions {
	languages?: string[];
	timeZone?: string;
}

const MAPPED_FIELDS: Array<keyof LeadFields> = ['text', 'name', 'email', 'phone', 'company', 'role', 'source', 'submittedAt', 'timeZone'];

function readPaths(context: IExecuteFunctions): PathDefinition[] {
	const configured = context.getNodeParameter('paths.path', 0, []) as Array<Partial<PathDefinition>>;
	const paths = configured.length
		? configured.map((path) => ({
				name: String(path.name ?? '').trim(),
				rule: (path.rule ?? 'score') as PathDefinition['rule'],
				minScore: path.rule && path.rule !== 'score' ? 0 : Number(path.minScore ?? 0),
				description: path.description,
			}))
		: DEFAULT_PATH_DEFINITIONS.map((path) => ({ ...path }));
	const problems = validatePaths(paths);
	if (problems.length) {
		throw new NodeOperationError(context.getNode(), `The paths are not usable: ${problems.join('; ')}`, {
			description: 'Fix the "Paths" parameter: every path needs a unique name, and one "score" path must start at 0.',
		});
	}
	return paths;
}

function readLead(context: IExecuteFunctions, item: INodeExecutionData, itemIndex: number): LeadFields {
	const detected = detectLeadFields(item.json);
	if (context.getNodeParameter('fieldMapping', itemIndex, 'autoDetect') !== 'manual') return detected;
	const mapped: Partial<Record<keyof LeadFields, unknown>> = {};
	for (const field of MAPPED_FIELDS) mapped[field] = context.getNodeParameter(field, itemIndex, '');
	return mergeLeadFields(detected, mapped);
}

/** Classifies every item; each leaves on exactly one output (its path, or "Failed"). */
export async function classifyItems(context: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = context.getInputData();
	const paths = readPaths(context);
	const outputMode = context.getNodeParameter('outputMode', 0, 'perPath') as string;
	const options = context.getNodeParameter('options', 0, {}) as ClassifierOptions;
	const timeZone = options.timeZone || context.getTimezone();
	const model = await getConnectedModel(context);
	const limit = createConcurrencyLimiter(Math.max(1, options.concurrency ?? 4));

	const outputCount = outputMode === 'single' ? 2 : paths.length + 1;
	const outputs: INodeExecutionData[][] = Array.from({ length: outputCount }, () => []);
	const failedOutput = outputCount - 1;

	const results = await Promise.allSettled(
		items.map(async (item, itemIndex) => await limit(async () => await classifyItem(context, item, itemIndex, paths, timeZone, options, model))),
	);

	results.forEach((result, itemIndex) => {
		const item = items[itemIndex];
		if (result.status === 'rejected') {
			const error = result.reason as Error;
			if (!context.continueOnFail()) {
				throw new NodeOperationError(context.getNode(), error.message, { itemIndex });
			}
			outputs[failedOutput].push({
				json: { ...item.json, error: error.message },
				pairedItem: { item: itemIndex },
			});
			return;
		}
		const intent = result.value;
		const json: IDataObject = {
			...item.json,
			intent: intent as unknown as IDataObject,
			audit: appendAudit(item.json.audit, {
				at: intent.classifiedAt,
				node: 'semanticClassifier',
				decision: intent.path,
				reason: `Score ${intent.score}, confidence ${intent.confidence} (${intent.engine}): ${intent.reasons[0] ?? ''}`,
			}) as unknown as IDataObject[],
		};
		const output = outputMode === 'single' ? 0 : paths.findIndex((path) => path.name === intent.path);
		outputs[output < 0 ? failedOutput : output].push({ json, binary: item.binary, pairedItem: { item: itemIndex } });
	});
	return outputs;
}

async function classifyItem(
	context: IExecuteFunctions,
	item: INodeExecutionData,
	itemIndex: number,
	paths: PathDefinition[],
	timeZone: string,
	options: ClassifierOptions,
	model: ConnectedModel | undefined,
): Promise<IntentResult> {
	const lead = readLead(context, item, itemIndex);
	const classifierOptions = {
		paths,
		timeZone,
		now: lead.submittedAt,
		languages: options.languages?.length ? options.languages : undefined,
	};
	const builtin = classifyLead(lead, classifierOptions);
	if (!lead.text) builtin.reasons.unshift('No message text was found in the item: map "Message Text" if the form uses another field name');
	let intent: IntentResult = builtin;
	if (model && lead.text) {
		intent = await classifyWithModel(lead, builtin, model.invoke, {
			paths,
			modelName: model.name,
			redactContactDetails: options.redactContactDetails ?? true,
			timeoutMs: options.timeoutMs ?? 20000,
			maxRetries: options.maxRetries ?? 2,
		});
	}
	return { ...intent, lead };
}
