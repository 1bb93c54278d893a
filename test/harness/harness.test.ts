import { runWorkflow } from './runWorkflow';

describe('workflow harness', () => {
	it('runs real n8n-nodes-base nodes through WorkflowExecute', async () => {
		const result = await runWorkflow({
			nodes: [
				{
					id: '1',
					name: 'Manual Trigger',
					type: 'n8n-nodes-base.manualTrigger',
					typeVersion: 1,
					position: [0, 0],
					parameters: {},
				},
				{
					id: '2',
					name: 'Leads',
					type: 'n8n-nodes-base.set',
					typeVersion: 3.4,
					position: [200, 0],
					parameters: {
						mode: 'raw',
						jsonOutput: '={{ { "message": "We need a quote", "n": 1 + 1 } }}',
						options: {},
					},
				},
			],
			connections: {
				'Manual Trigger': { main: [[{ node: 'Leads', type: 'main', index: 0 }]] },
			},
		});
		expect(result.error).toBeUndefined();
		expect(result.executionOrder).toEqual(['Manual Trigger', 'Leads']);
		expect(result.output('Leads').map((item) => item.json)).toEqual([
			{ message: 'We need a quote', n: 2 },
		]);
	});
});
