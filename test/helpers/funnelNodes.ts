import type { INodeParameters } from 'n8n-workflow';

import type { WorkflowJson } from '../harness/runWorkflow';

/** One of this package's nodes as a workflow holds it, before it gets an id and a position. */
export const funnelNode = (
	name: string,
	type: string,
	typeVersion: number,
	parameters: INodeParameters = {},
) => ({ name, type: `n8n-nodes-intent-funnel.${type}`, typeVersion, parameters });

/** A workflow of that one node, default parameters: the harness feeds it the trigger items. */
export const singleNodeWorkflow = (name: string, type: string): WorkflowJson => ({
	nodes: [{ id: 'n', position: [0, 0], ...funnelNode(name, type, 1) }],
	connections: {},
});
