import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { appendAudit, encodeLeadValue, FIELD_LIMITS } from '../../engine';

/** What a node that sends each item one of two ways supplies; the loop is splitTwoWays. */
export interface TwoWaySplit<Decision> {
	/** The node's name in the audit trail. */
	auditNode: string;
	decide(json: IDataObject): Decision;
	/**
	 * The decision for an item the engine failed on (with On Error: Continue), given the error as
	 * safe text. It must send the item to the second output, where a person looks.
	 */
	onEngineError(message: string): Decision;
	/** The fields the decision adds to the item, before its audit line. */
	fields(decision: Decision): IDataObject;
	audit(decision: Decision): { decision: string; reasons: string[] };
	takesFirstOutput(decision: Decision): boolean;
}

/**
 * Confidence Gate and Email Intake: one engine decision per item, its fields and an audit line
 * added, and every item out on one of two outputs, paired with its input. An engine failure never
 * loses an item: it stops the execution with the item's index, or with On Error: Continue takes
 * the node's safe decision.
 */
export function splitTwoWays<Decision>(
	context: IExecuteFunctions,
	split: TwoWaySplit<Decision>,
): INodeExecutionData[][] {
	const outputs: [INodeExecutionData[], INodeExecutionData[]] = [[], []];
	context.getInputData().forEach((item, itemIndex) => {
		let decision: Decision;
		try {
			decision = split.decide(item.json);
		} catch (error) {
			if (!context.continueOnFail())
				throw new NodeOperationError(context.getNode(), error as Error, { itemIndex });
			decision = split.onEngineError(
				encodeLeadValue('plain', (error as Error).message, FIELD_LIMITS.reason),
			);
		}
		const { decision: decided, reasons } = split.audit(decision);
		const json: IDataObject = {
			...item.json,
			...split.fields(decision),
			audit: appendAudit(item.json.audit, {
				at: new Date().toISOString(),
				node: split.auditNode,
				decision: decided,
				reason: reasons.join('; '),
			}) as unknown as IDataObject[],
		};
		outputs[split.takesFirstOutput(decision) ? 0 : 1].push({
			json,
			binary: item.binary,
			pairedItem: { item: itemIndex },
		});
	});
	return outputs;
}
