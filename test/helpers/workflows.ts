import type { INode } from 'n8n-workflow';

import type { WorkflowJson } from '../harness/runWorkflow';

/** Manual Trigger -> Set (leads as an array) -> Split Out -> the node under test. */
export function leadsWorkflow(
	leads: object[],
	nodeUnderTest: Omit<INode, 'id' | 'position'>,
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
