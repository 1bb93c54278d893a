import { readFileSync } from 'node:fs';
import path from 'node:path';

import { runWorkflow } from '../harness/runWorkflow';
import { useTemporaryStateFile } from '../helpers/stateFile';
import { loadTemplate, withClassifierText } from '../helpers/templateRun';

const demo = loadTemplate('demo-intent-funnel.json');

/** What the demo must show for each sample lead; scripts/e2e asserts the same on a real n8n. */
const EXPECTED_DEMO_ROUTES = JSON.parse(
	readFileSync(path.join(__dirname, 'demo-expected-routes.json'), 'utf8'),
) as Record<string, string>;

// Capacity Check v2 keeps counts in a SQLite file: one empty file per test.
useTemporaryStateFile();

describe('Demo template (no credentials)', () => {
	it('gives one summary row per sample lead with its route, score, confidence and briefing', async () => {
		const run = await runWorkflow(demo);
		expect(run.error).toBeUndefined();
		const rows = run.output('Summary').map((item) => item.json);
		expect(rows).toHaveLength(Object.keys(EXPECTED_DEMO_ROUTES).length);
		expect(Object.fromEntries(rows.map((row) => [row.lead, row.route]))).toEqual(
			EXPECTED_DEMO_ROUTES,
		);
		for (const row of rows) {
			expect(typeof row.score).toBe('number');
			expect(row.confidence).toBeGreaterThan(0);
			expect(String(row.briefing)).toMatch(/^Lead /);
		}
	});

	it('gives a lead of a known account to its owner and a German lead to the EMEA territory, with the rule on the row', async () => {
		const run = await runWorkflow(demo);
		const rows = Object.fromEntries(
			run.output('Summary').map((item) => [item.json.lead, item.json]),
		);
		expect([rows['Dana Reyes'].repOrSms, rows['Dana Reyes'].rule]).toEqual([
			'Ben Closer',
			'account owner (acme-logistics.com)',
		]);
		expect([rows['Lena Vogel'].repOrSms, rows['Lena Vogel'].rule]).toEqual([
			'Eva EMEA',
			'territory EMEA (DE)',
		]);
		expect(rows['Marco Silva'].rule).toBe('rotation');
	});

	it('shows a lead the classifier could not read as "not classified" with the reason, not a stopped run', async () => {
		const broken = withClassifierText(
			demo,
			"={{ $json.name === 'Tom Becker' ? $('No Such Node').item.json.text : $json.message }}",
		);
		const run = await runWorkflow(broken);
		expect(run.error).toBeUndefined();
		expect(run.output('Lead Not Classified').map((item) => item.json)).toEqual([
			{
				lead: 'Tom Becker',
				route: 'not classified',
				error: expect.stringMatching(/Referenced node doesn.t exist/),
			},
		]);
		expect(run.output('Summary').map((item) => item.json.lead)).not.toContain('Tom Becker');
		expect(run.output('Summary')).toHaveLength(Object.keys(EXPECTED_DEMO_ROUTES).length - 1);
	});

	it('shows the same routes when run again on the same state file: routed leads come back as duplicates, not new counts', async () => {
		await runWorkflow(demo, { executionId: 'demo-1' });
		const again = await runWorkflow(demo, { executionId: 'demo-2' });
		const duplicates = again.output('Capacity Check', 3).map((item) => item.json.name);
		expect(duplicates).toEqual(expect.arrayContaining(['Dana Reyes', 'Lena Vogel', 'Omar Haddad']));
		const rows = again.output('Summary').map((item) => item.json);
		expect(Object.fromEntries(rows.map((row) => [row.lead, row.route]))).toEqual(
			EXPECTED_DEMO_ROUTES,
		);
	});
});
