/**
 * The Semantic Classifier as an AI Agent tool, through n8n's own tool path: n8n-core builds the
 * tool with createNodeAsTool (schema from the $fromAI() calls in the node's parameters) and runs
 * the node's execute() per call (makeHandleToolInvocation), returning output 0 to the agent. The
 * tool node type is built as n8n 2.40.7's NodeTypes.getByNameAndVersion builds a synthetic
 * "<name>Tool" (packages/cli/src/node-types.ts, tool-generation/ai-tools.ts convertNodeToAiTool):
 * same node, name + "Tool", no inputs, one ai_tool output.
 */
import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { IntentBriefing } from '../../nodes/IntentBriefing/IntentBriefing.node';
import { SemanticClassifier } from '../../nodes/SemanticClassifier/SemanticClassifier.node';
import { registerTestNodeType } from '../harness/nodeTypes';
import { runWorkflow, type WorkflowJson } from '../harness/runWorkflow';

const CLASSIFIER_TOOL = 'n8n-nodes-intent-funnel.semanticClassifierTool';
const BRIEFING_TOOL = 'n8n-nodes-intent-funnel.intentBriefingTool';
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

registerTestNodeType(CLASSIFIER_TOOL, asTool(SemanticClassifier));
registerTestNodeType(BRIEFING_TOOL, asTool(IntentBriefing));
registerTestNodeType(AGENT_TYPE, FakeAgent);

function agentWorkflow(
	calls: IDataObject[],
	tool = { type: CLASSIFIER_TOOL, typeVersion: 2 },
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
				name: 'Calls',
				type: 'n8n-nodes-base.set',
				typeVersion: 3.4,
				position: [200, 0],
				parameters: { mode: 'raw', jsonOutput: JSON.stringify({ calls }), options: {} },
			},
			{
				id: 'p',
				name: 'Split Calls',
				type: 'n8n-nodes-base.splitOut',
				typeVersion: 1,
				position: [400, 0],
				parameters: { fieldToSplitOut: 'calls', options: {} },
			},
			{
				id: 'a',
				name: 'Agent',
				type: AGENT_TYPE,
				typeVersion: 1,
				position: [600, 0],
				parameters: {},
			},
			{ id: 'c', name: 'Lead Tool', ...tool, position: [600, 200], parameters: {} },
		],
		connections: {
			'Manual Trigger': { main: [[{ node: 'Calls', type: 'main', index: 0 }]] },
			Calls: { main: [[{ node: 'Split Calls', type: 'main', index: 0 }]] },
			'Split Calls': { main: [[{ node: 'Agent', type: 'main', index: 0 }]] },
			'Lead Tool': { ai_tool: [[{ node: 'Agent', type: 'ai_tool', index: 0 }]] },
		},
	};
}

const HOT =
	"I'm VP Operations at Acme. Our dispatch spreadsheets break every Monday; budget of $60k/year is approved and we need this live by end of Q1. Can we book a demo?";

describe('Semantic Classifier as an AI Agent tool (n8n-core tool path)', () => {
	it('asks the agent for the message, role and company through $fromAI and answers one result per call', async () => {
		const calls = [
			{
				args: {
					message: HOT,
					name: 'Dana Reyes',
					role: 'VP Operations',
					company: 'Acme Logistics',
				},
			},
			{
				args: {
					message: 'We are a leading SEO agency and can get you on the first page of Google.',
					name: '',
					role: '',
					company: '',
				},
			},
			{
				args: {
					message:
						'Hola, necesitamos 200 licencias antes de fin de mes, ¿nos envían una cotización?',
					name: 'Lucía',
					role: 'Directora de compras',
					company: '',
				},
			},
		];
		const run = await runWorkflow(agentWorkflow(calls));
		expect(run.error).toBeUndefined();
		const answers = run.output('Agent', 0).map((item) => item.json);
		expect(answers).toHaveLength(3);
		expect(answers[0]).toMatchObject({
			toolName: 'Lead_Tool',
			arguments: ['company', 'message', 'name', 'role'],
		});
		expect(String(answers[0].description)).toMatch(/intent signals/);
		// One result per call, whatever the path: not only the hot leads of output 0.
		const results = answers.map((answer) => (answer.answer as IDataObject[])[0]);
		expect(answers.every((answer) => (answer.answer as unknown[]).length === 1)).toBe(true);
		expect(results[0]).toMatchObject({ path: 'hot', engine: 'builtin' });
		expect(results[0].score).toBeGreaterThanOrEqual(70);
		expect(results[0].reasons).toEqual(expect.arrayContaining([expect.any(String)]));
		expect(results[0].signals).toEqual(
			expect.arrayContaining([
				expect.objectContaining({ type: 'budget', quote: expect.stringContaining('60k') }),
			]),
		);
		expect(results[1]).toMatchObject({ path: 'junk' });
		expect(['hot', 'warm']).toContain(results[2].path);
		for (const result of results)
			expect(Object.keys(result).sort()).toEqual([
				'confidence',
				'engine',
				'path',
				'reasons',
				'score',
				'signals',
			]);
	});

	it('rejects a call without the message argument before the node runs', async () => {
		const run = await runWorkflow(agentWorkflow([{ args: { role: 'CEO', company: 'Acme' } }]));
		expect(run.nodeError('Agent')?.message).toMatch(
			/schema|message|Received tool input did not match/i,
		);
	});
});

describe('Intent Briefing as an AI Agent tool (n8n-core tool path)', () => {
	it('classifies the lead it is given and answers one briefing per call, quoting the lead', async () => {
		const calls = [
			{
				args: {
					message: HOT,
					name: 'Dana Reyes',
					role: 'VP Operations',
					company: 'Acme Logistics',
				},
			},
			{
				args: {
					message: "I can't log in to my account \u200b\u202e and need last month's invoice",
					name: '',
					role: '',
					company: '',
				},
			},
		];
		const run = await runWorkflow(agentWorkflow(calls, { type: BRIEFING_TOOL, typeVersion: 1 }));
		expect(run.error).toBeUndefined();
		const answers = run.output('Agent', 0).map((item) => item.json);
		expect(answers[0].arguments).toEqual(['company', 'message', 'name', 'role']);
		const [hot, support] = answers.map((answer) => (answer.answer as IDataObject[])[0]);
		expect(answers.every((answer) => (answer.answer as unknown[]).length === 1)).toBe(true);
		expect(hot).toMatchObject({ path: 'hot', mode: 'template' });
		expect(String(hot.briefing)).toContain('Dana Reyes');
		expect(String(hot.briefing)).toMatch(/dispatch spreadsheets break every Monday|60k/);
		expect(String(hot.firstQuestion)).not.toBe('');
		expect(String(hot.sms).length).toBeGreaterThan(0);
		expect(support).toMatchObject({ path: 'support' });
		expect(Object.keys(hot).sort()).toEqual([
			'briefing',
			'firstQuestion',
			'mode',
			'path',
			'score',
			'sms',
		]);
	});
});
