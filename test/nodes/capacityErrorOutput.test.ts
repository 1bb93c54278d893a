/** Capacity Check with n8n's "On Error: Continue (using error output)": failures leave on n8n's error output, and only there. */
import type { INode, INodeParameters } from 'n8n-workflow';

import { capacityCheckNode } from '../helpers/capacityNode';
import { leadsWorkflow } from '../helpers/workflows';
import { runWorkflow } from '../harness/runWorkflow';

const NODE = 'Capacity Check';
const LEADS = [
	{ name: 'Dana', message: 'Budget approved, demo please', email: 'dana@acme.test' },
	{ name: 'Eli', message: 'Quote for 200 seats', routing: { rep: { id: '' } } },
];

const capacityNode = (parameters: INodeParameters, onError: INode['onError']) => ({
	...capacityCheckNode({ stateStorage: 'staticData', ...parameters }, 2, NODE),
	onError,
});

describe("Capacity Check and n8n's error output", () => {
	it('sends every item to the error output when the roster is unusable, with the lead fields back on it', async () => {
		const run = await runWorkflow(
			leadsWorkflow(
				LEADS,
				capacityNode({ operation: 'assign', reps: { rep: [] } }, 'continueErrorOutput'),
			),
		);
		expect(run.error).toBeUndefined();
		const outputs = run.outputs(NODE);
		const errors = outputs.at(-1)!;
		expect(errors.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(errors[0].json).toMatchObject({
			name: 'Dana',
			email: 'dana@acme.test',
			error: expect.stringMatching(/roster is not usable: .*no reps/),
		});
		expect(outputs.slice(0, -1).flat()).toEqual([]);
	});

	it('keeps Not Routed with routing.status "error" under Continue (regular output)', async () => {
		const run = await runWorkflow(
			leadsWorkflow(
				LEADS,
				capacityNode({ operation: 'assign', reps: { rep: [] } }, 'continueRegularOutput'),
			),
		);
		const [assigned, , notRouted] = run.outputs(NODE);
		expect(assigned).toEqual([]);
		expect(notRouted.map((item) => (item.json.routing as { status: string }).status)).toEqual([
			'error',
			'error',
		]);
	});

	it('sends a release without a rep to the error output and releases the others', async () => {
		const leads = [
			{ name: 'Dana', routing: { rep: { id: 'ana' } } },
			{ name: 'Eli', routing: { rep: { id: '' } } },
		];
		const run = await runWorkflow(
			leadsWorkflow(leads, capacityNode({ operation: 'release' }, 'continueErrorOutput')),
		);
		const [released, errors] = run.outputs(NODE);
		expect(released.map((item) => item.json.name)).toEqual(['Dana']);
		expect(errors).toHaveLength(1);
		expect(errors[0].json).toMatchObject({
			name: 'Eli',
			error: expect.stringMatching(/No rep ID to release/),
		});
		expect(errors[0].pairedItem).toEqual({ item: 1 });
	});
});
