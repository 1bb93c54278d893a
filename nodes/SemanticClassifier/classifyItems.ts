import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { IntentResult, LeadFields, PathDefinition } from '../../engine';
import {
	appendAudit,
	classifyLead,
	classifyWithModel,
	createConcurrencyLimiter,
	DEFAULT_PATH_DEFINITIONS,
	isFlaggedByBuiltin,
	validatePaths,
} from '../../engine';
import { detectLeadFields, mergeLeadFields } from '../shared/leadFields';
import type { ConnectedModel } from '../shared/model';
import type { ModelCallOptions } from '../shared/modelOptions';
import { modelCallSettings } from '../shared/modelOptions';
import { getConnectedModel } from '../shared/model';

interface ClassifierOptions extends ModelCallOptions {
	languages?: string[];
	timeZone?: string;
	modelUse?: 'always' | 'whenUnsure';
}

const MAPPED_FIELDS: Array<keyof LeadFields> = [
	'text',
	'name',
	'email',
	'phone',
	'company',
	'role',
	'source',
	'submittedAt',
	'timeZone',
];

function readPaths(context: IExecuteFunctions): PathDefinition[] {
	const configured = context.getNodeParameter('paths.path', 0, []) as Array<
		Partial<PathDefinition>
	>;
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
		throw new NodeOperationError(
			context.getNode(),
			`The paths are not usable: ${problems.join('; ')}`,
			{
				description:
					'Fix the "Paths" parameter: every path needs a unique name, and one "score" path must start at 0.',
			},
		);
	}
	return paths;
}

function readLead(
	context: IExecuteFunctions,
	item: INodeExecutionData,
	itemIndex: number,
): LeadFields {
	const detected = detectLeadFields(item.json);
	if (context.getNodeParameter('fieldMapping', itemIndex, 'autoDetect') !== 'manual')
		return detected;
	const mapped: Partial<Record<keyof LeadFields, unknown>> = {};
	for (const field of MAPPED_FIELDS) mapped[field] = context.getNodeParameter(field, itemIndex, '');
	return mergeLeadFields(detected, mapped);
}

/**
 * Classifies every item; each leaves on exactly one output: its path, or on failure under
 * continue-on-fail version 1's "Failed" output, and from version 2 n8n's error output.
 */
export async function classifyItems(context: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = context.getInputData();
	const paths = readPaths(context);
	const outputMode = context.getNodeParameter('outputMode', 0, 'perPath') as string;
	const options = context.getNodeParameter('options', 0, {}) as ClassifierOptions;
	const timeZone = options.timeZone || context.getTimezone();
	const model = await getConnectedModel(context);
	const limit = createConcurrencyLimiter(modelCallSettings(options).concurrency);

	// Version 1 drew its own "Failed" output last. From version 2, with "Continue (using error
	// output)" a failed item is `{error}` alone: n8n moves such items to the error output it adds
	// and puts the input item's fields back on them (n8n-core WorkflowExecute.handleNodeErrorOutput;
	// an item-level `error` would instead leave `{error}` alone there, normalizeNodeErrors). With
	// "Continue (regular output)" it leaves on the first output, as with n8n's own nodes, with the
	// lead's fields, `error` and an audit line.
	const drawsFailedOutput = context.getNode().typeVersion === 1;
	const toErrorOutput = !drawsFailedOutput && context.getNode().onError === 'continueErrorOutput';
	const outputCount = (outputMode === 'single' ? 1 : paths.length) + (drawsFailedOutput ? 1 : 0);
	const outputs: INodeExecutionData[][] = Array.from({ length: outputCount }, () => []);
	const failedOutput = drawsFailedOutput ? outputCount - 1 : 0;
	const fail = (itemIndex: number, message: string) => {
		const item = items[itemIndex];
		if (!context.continueOnFail())
			throw new NodeOperationError(context.getNode(), message, { itemIndex });
		if (toErrorOutput) {
			outputs[failedOutput].push({ json: { error: message }, pairedItem: { item: itemIndex } });
			return;
		}
		const audit = appendAudit(item.json.audit, {
			at: new Date().toISOString(),
			node: 'semanticClassifier',
			decision: 'error',
			reason: `Not classified: ${message}`,
		});
		outputs[failedOutput].push({
			json: { ...item.json, error: message, audit: audit as unknown as IDataObject[] },
			binary: item.binary,
			pairedItem: { item: itemIndex },
		});
	};

	const results = await Promise.allSettled(
		items.map(
			async (item, itemIndex) =>
				await limit(
					async () => await classifyItem(context, item, itemIndex, paths, timeZone, options, model),
				),
		),
	);

	results.forEach((result, itemIndex) => {
		const item = items[itemIndex];
		if (result.status === 'rejected') return fail(itemIndex, (result.reason as Error).message);
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
		const output =
			outputMode === 'single' ? 0 : paths.findIndex((path) => path.name === intent.path);
		if (output < 0)
			return fail(
				itemIndex,
				`The engine chose the path "${intent.path}", which is not among the paths`,
			);
		outputs[output].push({ json, binary: item.binary, pairedItem: { item: itemIndex } });
	});
	return outputs;
}

/**
 * "Only when unsure" asks the model about leads the built-in engine is not sure of, and never
 * about leads it flagged (the model could not lift those anyway): fewer calls, same safety.
 */
export function shouldAskModel(
	builtin: IntentResult,
	modelUse: 'always' | 'whenUnsure',
	rawLead?: Partial<LeadFields>,
): boolean {
	if (modelUse === 'always') return true;
	return builtin.confidence < MODEL_WHEN_CONFIDENCE_BELOW && !isFlaggedByBuiltin(builtin, rawLead);
}

/** Below this built-in confidence a lead counts as "unsure" for the model option. */
const MODEL_WHEN_CONFIDENCE_BELOW = 0.7;

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
	if (!lead.text)
		builtin.reasons.unshift(
			'No message text was found in the item: map "Message Text" if the form uses another field name',
		);
	// The normalised lead: what the built-in engine read, and what evidence offsets point into.
	const normalisedLead = builtin.lead ?? lead;
	let intent: IntentResult = builtin;
	if (model && normalisedLead.text && shouldAskModel(builtin, options.modelUse ?? 'always', lead)) {
		const { redactContactDetails, timeoutMs, maxRetries } = modelCallSettings(options);
		intent = await classifyWithModel(normalisedLead, builtin, model.invoke, {
			paths,
			modelName: model.name,
			redactContactDetails,
			timeoutMs,
			maxRetries,
			rawLead: lead,
		});
	}
	return { ...intent, lead: normalisedLead };
}
