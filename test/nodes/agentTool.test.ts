/**
 * The Semantic Classifier and the Intent Briefing as AI Agent tools, through n8n-core's own tool
 * path (see test/helpers/fakeAgent.ts for how n8n builds and calls the tool).
 */
import type { IDataObject } from 'n8n-workflow';

import { IntentBriefing } from '../../nodes/IntentBriefing/IntentBriefing.node';
import { SemanticClassifier } from '../../nodes/SemanticClassifier/SemanticClassifier.node';
import { agentWorkflow, registerAgentAndTools } from '../helpers/fakeAgent';
import { runWorkflow } from '../harness/runWorkflow';

const CLASSIFIER_TOOL = { type: 'n8n-nodes-intent-funnel.semanticClassifierTool', typeVersion: 2 };
const BRIEFING_TOOL = { type: 'n8n-nodes-intent-funnel.intentBriefingTool', typeVersion: 1 };
registerAgentAndTools({
	[CLASSIFIER_TOOL.type]: SemanticClassifier,
	[BRIEFING_TOOL.type]: IntentBriefing,
});

/** An agent's call with the arguments the tools ask for through $fromAI. */
const call = (message: string, name = '', role = '', company = '') => ({
	args: { message, name, role, company },
});

const HOT =
	"I'm VP Operations at Acme. Our dispatch spreadsheets break every Monday; budget of $60k/year is approved and we need this live by end of Q1. Can we book a demo?";
const DANA = call(HOT, 'Dana Reyes', 'VP Operations', 'Acme Logistics');

describe('Semantic Classifier as an AI Agent tool (n8n-core tool path)', () => {
	it('asks the agent for the message, role and company through $fromAI and answers one result per call', async () => {
		const calls = [
			DANA,
			call('We are a leading SEO agency and can get you on the first page of Google.'),
			call(
				'Hola, necesitamos 200 licencias antes de fin de mes, ¿nos envían una cotización?',
				'Lucía',
				'Directora de compras',
			),
		];
		const run = await runWorkflow(agentWorkflow(calls, CLASSIFIER_TOOL));
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
		const run = await runWorkflow(
			agentWorkflow([{ args: { role: 'CEO', company: 'Acme' } }], CLASSIFIER_TOOL),
		);
		expect(run.nodeError('Agent')?.message).toMatch(
			/schema|message|Received tool input did not match/i,
		);
	});
});

describe('Intent Briefing as an AI Agent tool (n8n-core tool path)', () => {
	it('classifies the lead it is given and answers one briefing per call, quoting the lead', async () => {
		const calls = [
			DANA,
			call("I can't log in to my account \u200b\u202e and need last month's invoice"),
		];
		const run = await runWorkflow(agentWorkflow(calls, BRIEFING_TOOL));
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
