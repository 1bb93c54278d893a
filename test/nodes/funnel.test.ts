import type { INode, INodeParameters } from 'n8n-workflow';

import {
	fakeModelScript,
	FAKE_CHAT_MODEL_TYPE,
	registerFakeChatModel,
} from '../helpers/fakeChatModel';
import { leadsWorkflow } from '../helpers/workflows';
import { runWorkflow } from '../harness/runWorkflow';

const LEADS = [
	{
		name: 'Dana Reyes',
		company: 'Acme Logistics',
		role: 'VP Operations',
		message:
			'Our dispatch spreadsheets break every Monday. Budget of $60k/year is approved and we need this live by end of Q1. Can we book a demo?',
		submittedAt: '2026-11-25T15:00:00Z',
	},
	{ name: 'Sam', message: 'Just browsing for now, but our budget of $30k is approved.' },
	{ message: 'We are a leading SEO agency: first page of Google guaranteed!' },
	{ message: 'Could you send pricing?' },
	{ note: 'no message field at all' },
];

const node = (
	name: string,
	type: string,
	parameters: INodeParameters,
	x: number,
	y = 0,
): INode => ({
	id: name,
	name,
	type: `n8n-nodes-intent-funnel.${type}`,
	typeVersion: 1,
	position: [x, y],
	parameters,
});

function funnel(
	briefingParameters: INodeParameters = {},
	extraNodes: INode[] = [],
	extraConnections = {},
) {
	const workflow = leadsWorkflow(
		LEADS,
		node(
			'Semantic Classifier',
			'semanticClassifier',
			{ engine: 'builtin', outputMode: 'single' },
			600,
		),
		[
			node('Confidence Gate', 'confidenceGate', {}, 800),
			node('Intent Briefing', 'intentBriefing', briefingParameters, 1000),
			...extraNodes,
		],
	);
	workflow.connections['Semantic Classifier'] = {
		main: [[{ node: 'Confidence Gate', type: 'main', index: 0 }]],
	};
	workflow.connections['Confidence Gate'] = {
		main: [[{ node: 'Intent Briefing', type: 'main', index: 0 }], []],
	};
	Object.assign(workflow.connections, extraConnections);
	return workflow;
}

describe('Manual Trigger -> Set -> Semantic Classifier -> Confidence Gate -> Intent Briefing', () => {
	it('splits leads between auto-route and human review, and briefs the auto-routed ones', async () => {
		const run = await runWorkflow(funnel());
		expect(run.error).toBeUndefined();
		const [autoRoute, review] = run.outputs('Confidence Gate');
		expect(autoRoute.length + review.length).toBe(LEADS.length);

		const reviewed = Object.fromEntries(
			review.map((item) => [
				(item.pairedItem as { item: number }).item,
				item.json.gate as { rule: string; reasons: string[] },
			]),
		);
		expect(reviewed[1].rule).toBe('falseNegativeGuard'); // nurture with an approved budget
		expect(reviewed[4].rule).toBe('lowConfidence'); // no message text

		const autoIndexes = autoRoute.map((item) => (item.pairedItem as { item: number }).item);
		expect(autoIndexes).toEqual(expect.arrayContaining([0, 2]));
		const briefed = run.output('Intent Briefing');
		expect(briefed).toHaveLength(autoRoute.length);
		const dana = briefed.find((item) => item.json.name === 'Dana Reyes')!;
		const briefing = dana.json.briefing as { text: string; smsSegments: number; mode: string };
		expect(briefing.text).toMatch(
			/^Lead Dana Reyes \(Acme Logistics, VP Operations\) is high-intent because they mentioned 'our dispatch spreadsheets break every Monday'/,
		);
		expect(briefing.smsSegments).toBe(1);
		expect((dana.json.audit as Array<{ node: string }>).map((entry) => entry.node)).toEqual([
			'semanticClassifier',
			'confidenceGate',
			'intentBriefing',
		]);
		expect(dana.json.gate).toMatchObject({ decision: 'auto_route', rule: 'none' });
	});

	it('briefs with a connected chat model and falls back to the template when it fails', async () => {
		registerFakeChatModel();
		fakeModelScript.length = 0;
		fakeModelScript.push(
			JSON.stringify({
				claims: [
					{ text: 'Weekly dispatch failures', quote: 'dispatch spreadsheets break every Monday' },
				],
				firstQuestion: 'What breaks first?',
			}),
			new Error('model down'),
			new Error('model down'),
		);
		const run = await runWorkflow(
			funnel(
				{ engine: 'auto', options: { concurrency: 1, maxRetries: 0 } },
				[
					{
						id: 'm',
						name: 'Chat Model',
						type: FAKE_CHAT_MODEL_TYPE,
						typeVersion: 1,
						position: [1000, 200],
						parameters: {},
					},
				],
				{
					'Chat Model': {
						ai_languageModel: [[{ node: 'Intent Briefing', type: 'ai_languageModel', index: 0 }]],
					},
				},
			),
		);
		const modes = run
			.output('Intent Briefing')
			.map((item) => (item.json.briefing as { mode: string }).mode);
		expect(modes[0]).toBe('model');
		expect(modes.slice(1).every((mode) => mode === 'template-fallback')).toBe(true);
	});
});

describe('Confidence Gate node property: no item is lost', () => {
	it('puts each of 1,000 random and malformed items on exactly one output', async () => {
		let seed = 11;
		const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
		const junk = [
			null,
			'hot',
			42,
			[],
			{},
			{ score: 'x' },
			{ score: 50, path: 'warm', confidence: 2 },
		];
		const items = Array.from({ length: 1000 }, (_, i) => {
			const roll = random();
			if (roll < 0.3) return { id: i, intent: junk[Math.floor(random() * junk.length)] };
			if (roll < 0.4) return { id: i };
			return {
				id: i,
				intent: {
					score: Math.round(random() * 100),
					path: ['hot', 'warm', 'nurture', 'junk'][Math.floor(random() * 4)],
					confidence: random(),
					signals: [],
					version: '1.0',
				},
			};
		});
		const run = await runWorkflow(
			leadsWorkflow(items, {
				name: 'Confidence Gate',
				type: 'n8n-nodes-intent-funnel.confidenceGate',
				typeVersion: 1,
				parameters: { qaSample: true, qaPercent: 10 },
			}),
		);
		const [autoRoute, review] = run.outputs('Confidence Gate');
		const ids = [...autoRoute, ...review]
			.map((item) => item.json.id as number)
			.sort((a, b) => a - b);
		expect(ids).toEqual(items.map((item) => item.id));
		for (const item of [...autoRoute, ...review])
			expect(item.pairedItem).toEqual({ item: item.json.id });
		expect(
			review.some((item) => (item.json.gate as { rule: string }).rule === 'malformedIntent'),
		).toBe(true);
	});
});
