import type { INode, INodeParameters } from 'n8n-workflow';

import type { WorkflowJson } from '../harness/runWorkflow';

/** A node for a test workflow; its id and canvas position are filled in unless given. */
export type TestNode = Omit<INode, 'id' | 'position'> & Partial<Pick<INode, 'id' | 'position'>>;

/** A node at (x, 0) on the canvas, with its name for an id. */
export function workflowNode(
	name: string,
	type: string,
	typeVersion: number,
	parameters: INodeParameters,
	x: number,
): INode {
	return { id: name, name, type, typeVersion, position: [x, 0], parameters };
}

/** Manual Trigger -> Set (leads as an array) -> Split Out -> the node under test. */
export function leadsWorkflow(
	leads: object[],
	nodeUnderTest: TestNode,
	extraNodes: INode[] = [],
	extraConnections: WorkflowJson['connections'] = {},
): WorkflowJson {
	return {
		nodes: [
			{
				id: 't',
				name: 'Manual Trigger',
				type: 'n8n-nodes-base.manualTrigger',
				typeVersion: 1,
				position: [0, 0],
				parameters: {},
			},
			{
				id: 's',
				name: 'Leads',
				type: 'n8n-nodes-base.set',
				typeVersion: 3.4,
				position: [200, 0],
				parameters: { mode: 'raw', jsonOutput: JSON.stringify({ leads }), options: {} },
			},
			{
				id: 'p',
				name: 'Split Leads',
				type: 'n8n-nodes-base.splitOut',
				typeVersion: 1,
				position: [400, 0],
				parameters: { fieldToSplitOut: 'leads', options: {} },
			},
			{ id: 'n', position: [600, 0], ...nodeUnderTest } as INode,
			...extraNodes,
		],
		connections: {
			'Manual Trigger': { main: [[{ node: 'Leads', type: 'main', index: 0 }]] },
			Leads: { main: [[{ node: 'Split Leads', type: 'main', index: 0 }]] },
			'Split Leads': { main: [[{ node: nodeUnderTest.name, type: 'main', index: 0 }]] },
			...extraConnections,
		},
	};
}

/**
 * Manual Trigger -> Set -> Split Out -> Semantic Classifier (built-in engine, one output) -> the
 * node under test, so it reads the intent the classifier really writes.
 */
export function classifiedLeadsWorkflow(leads: object[], nodeUnderTest: TestNode): WorkflowJson {
	return leadsWorkflow(
		leads,
		{
			name: 'Semantic Classifier',
			type: 'n8n-nodes-intent-funnel.semanticClassifier',
			typeVersion: 1,
			parameters: { engine: 'builtin', outputMode: 'single' },
		},
		[{ id: 'c', position: [800, 0], ...nodeUnderTest }],
		{
			'Semantic Classifier': { main: [[{ node: nodeUnderTest.name, type: 'main', index: 0 }]] },
		},
	);
}
