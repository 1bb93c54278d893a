/**
 * An AI Agent stand-in and the tool node types n8n synthesises, to run our nodes through n8n-core's
 * own tool path: n8n-core builds the tool with createNodeAsTool (schema from the $fromAI() calls
 * in the node's parameters) and runs the node's execute() per call (makeHandleToolInvocation),
 * returning output 0 to the agent. The tool node type is built as n8n 2.40.7's
 * NodeTypes.getByNameAndVersion builds a synthetic "<name>Tool" (packages/cli/src/node-types.ts,
 * tool-generation/ai-tools.ts convertNodeToAiTool): same node, name + "Tool", no inputs, one
 * ai_tool output.
 */
import {
	NodeConnectionTypes,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';

import { registerTestNodeType } from '../harness/nodeTypes';
import type { WorkflowJson } from '../harness/runWorkflow';
import { leadsWorkflow } from './workflows';

const AGENT_TYPE = 'test.fakeAgent';

type NodeClass = new () => INodeType;

/** The node type n8n synthesises for "<type>Tool" from a node with usableAsTool. */
function asTool(Base: NodeClass): NodeClass {
	return class extends (Base as new () => INodeType & { description: INodeTypeDescription }) {
		constructor() {
			super();
			this.description = {
				...this.description,
				name: `${this.description.name}Tool`,
				displayName: `${this.description.displayName} Tool`,
				inputs: [],
				outputs: [NodeConnectionTypes.AiTool],
				properties: [
					...this.description.properties,
					{
						displayName: 'Description',
						name: 'toolDescription',
						type: 'string',
						default: this.description.description,
					},
				],
			};
			delete this.description.usableAsTool;
		}
	};
}

interface AgentTool {
	name: string;
	description: string;
	schema: { shape: Record<string, unknown>; safeParse(value: unknown): { success: boolean } };
	invoke(args: IDataObject): Promise<string>;
}

/** Calls its one tool once per input item with that item's `args`, as an agent's model would. */
class FakeAgent implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Fake Agent',
		name: 'fakeAgent',
		group: ['transform'],
		version: 1,
		description: 'Calls a connected tool with fixed arguments',
		defaults: { name: 'Fake Agent' },
		inputs: [
			NodeConnectionTypes.Main,
			{ type: NodeConnectionTypes.AiTool, displayName: 'Tool', required: true },
		],
		outputs: [NodeConnectionTypes.Main],
		properties: [],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const [tool] = (await this.getInputConnectionData(
			NodeConnectionTypes.AiTool,
			0,
		)) as AgentTool[];
		const results: INodeExecutionData[] = [];
		for (const [itemIndex, item] of this.getInputData().entries()) {
			const answer = await tool.invoke(item.json.args as IDataObject);
			results.push({
				json: {
					toolName: tool.name,
					description: tool.description,
					arguments: Object.keys(tool.schema.shape).sort(),
					answer: JSON.parse(answer),
				},
				pairedItem: { item: itemIndex },
			});
		}
		return [results];
	}
}

/** Registers the agent, and each node's synthetic tool type under its "<type>Tool" name. */
export function registerAgentAndTools(tools: Record<string, NodeClass>): void {
	registerTestNodeType(AGENT_TYPE, FakeAgent);
	for (const [type, node] of Object.entries(tools)) registerTestNodeType(type, asTool(node));
}

/** Calls (each `{ args }`) -> Fake Agent, with the tool node "Lead Tool" on its ai_tool input. */
export function agentWorkflow(
	calls: IDataObject[],
	tool: { type: string; typeVersion: number },
): WorkflowJson {
	return leadsWorkflow(
		calls,
		{ name: 'Agent', type: AGENT_TYPE, typeVersion: 1, parameters: {} },
		[{ id: 'c', name: 'Lead Tool', ...tool, position: [600, 200], parameters: {} }],
		{ 'Lead Tool': { ai_tool: [[{ node: 'Agent', type: 'ai_tool', index: 0 }]] } },
	);
}
