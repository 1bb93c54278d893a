import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { WorkflowJson } from '../harness/runWorkflow';
import { runWorkflow } from '../harness/runWorkflow';
import { useTemporaryStateFile } from '../helpers/stateFile';

const demo = JSON.parse(readFileSync(path.join(__dirname, '../../workflows/demo-intent-funnel.json'), 'utf8')) as WorkflowJson;

/** What the demo must show for each sample lead; scripts/e2e asserts the same on a real n8n. */
const EXPECTED_DEMO_ROUTES = JSON.parse(readFileSync(path.join(__dirname, 'demo-expected-routes.json'), 'utf8')) as Record<string, string>;

// Capacity Check v2 keeps counts in a SQLite file: one empty file per test.
useTemporaryStateFile();

describe('Demo template (no credentials)', () => {
	it('gives one summary row per sample lead with its route, score, confidence and briefing', async () => {
		const run = await runWorkflow(demo);
		expect(run.error).toBeUndefined();
		const rows = run.output('Summary').map((item) => item.json);
		expect(rows).toHaveLength(Object.keys(EXPECTED_DEMO_ROUTES).length);
		expect(Object.fromEntries(rows.map((row) => [row.lead, row.route]))).toEqual(EXPECTED_DEMO_ROUTES);
		for (const row of rows) {
			expect(typeof row.score).toBe('number');
			expect(row.confidence).toBeGreaterThan(0);
			expect(String(row.briefing)).toMatch(/^Lead /);
		}
	});
});
