import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/**
 * n8n's own error output, for nodes set to "On Error: Continue (using error output)". n8n 2.40.7
 * moves an item to the error output it adds only when the item's json holds nothing but
 * `error`/`message`/`details`, and then puts the input item's fields back on it
 * (n8n-core WorkflowExecute.handleNodeErrorOutput, through pairedItem). An item-level `error`
 * would move it too, but n8n then replaces its json by `{error}` alone (normalizeNodeErrors).
 */
export function sendsFailuresToErrorOutput(context: IExecuteFunctions): boolean {
	return context.getNode().onError === 'continueErrorOutput';
}

/** A failed item for n8n's error output: put on any regular output, n8n moves it. */
export function errorOutputItem(message: string, itemIndex: number): INodeExecutionData {
	return { json: { error: message }, pairedItem: { item: itemIndex } };
}

/**
 * An item whose operation failed: thrown as n8n's error (with its item index) unless the node
 * continues on fail; then it goes to n8n's error output, or stays on the regular output with its
 * own fields and the error beside them.
 */
export function failedItem(
	context: IExecuteFunctions,
	item: INodeExecutionData,
	itemIndex: number,
	error: Error,
): INodeExecutionData {
	if (!context.continueOnFail())
		throw new NodeOperationError(context.getNode(), error, { itemIndex });
	return sendsFailuresToErrorOutput(context)
		? errorOutputItem(error.message, itemIndex)
		: {
				json: { ...item.json, error: error.message },
				binary: item.binary,
				pairedItem: { item: itemIndex },
			};
}
