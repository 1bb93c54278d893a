import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import type { WorkflowJson } from '../harness/runWorkflow';
import { TestNodeTypes } from '../harness/nodeTypes';

const dir = path.join(__dirname, '../../workflows');
const templates = readdirSync(dir)
	.filter((file) => file.endsWith('.json'))
	.map(
		(file) =>
			[
				file,
				JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as WorkflowJson & { id?: string },
			] as const,
	);
const nodeTypes = new TestNodeTypes();

describe.each(templates)('template %s', (_file, workflow) => {
	it('has an id for `n8n import:workflow` and a name', () => {
		expect(workflow.id).toMatch(/^[A-Za-z0-9]{16}$/);
		expect(workflow.name).toMatch(/^Intent Funnel - /);
	});

	it('uses only node types and versions that exist at the pinned n8n', () => {
		for (const node of workflow.nodes) {
			expect(() => nodeTypes.getByNameAndVersion(node.type, node.typeVersion)).not.toThrow();
			const described = nodeTypes.getByNameAndVersion(node.type, node.typeVersion).description
				.version;
			expect([described].flat()).toContain(node.typeVersion);
		}
	});

	it('references credentials by type only, with no secrets', () => {
		for (const node of workflow.nodes) {
			for (const credential of Object.values(node.credentials ?? {})) {
				expect(Object.keys(credential).sort()).toEqual(['id', 'name']);
				expect(credential.id).toBe('');
			}
		}
		expect(JSON.stringify(workflow)).not.toMatch(/xox[bp]-|sk-[A-Za-z0-9]{10}|pat-[a-z]{2}\d/);
	});

	it("uses Capacity Check v2 (SQLite state by default) and Semantic Classifier v2 with n8n's error output wired", () => {
		for (const node of workflow.nodes.filter(
			(candidate) => candidate.type === 'n8n-nodes-intent-funnel.capacityCheck',
		)) {
			expect([node.name, node.typeVersion, node.parameters.stateStorage]).toEqual([
				node.name,
				2,
				undefined,
			]);
		}
		for (const node of workflow.nodes.filter(
			(candidate) => candidate.type === 'n8n-nodes-intent-funnel.semanticClassifier',
		)) {
			expect([node.typeVersion, node.onError, node.parameters.outputMode]).toEqual([
				2,
				'continueErrorOutput',
				'single',
			]);
			// Single-output mode: output 0 is "Classified", output 1 the error output n8n adds.
			expect(workflow.connections[node.name].main[1]?.length).toBeGreaterThan(0);
		}
	});

	it('tells the user what to do in a sticky note, and has every node connected on a clean canvas', () => {
		const notes = workflow.nodes.filter((node) => node.type === 'n8n-nodes-base.stickyNote');
		expect(notes.length).toBeGreaterThan(0);
		const working = workflow.nodes.filter((node) => node.type !== 'n8n-nodes-base.stickyNote');
		const connected = new Set<string>();
		for (const [from, outputs] of Object.entries(workflow.connections)) {
			connected.add(from);
			for (const group of Object.values(outputs))
				for (const targets of group) for (const target of targets ?? []) connected.add(target.node);
		}
		for (const node of working) expect(connected).toContain(node.name);
		const positions = working.map((node) => node.position.join(','));
		expect(new Set(positions).size).toBe(positions.length);
	});
});
