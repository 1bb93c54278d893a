/**
 * The evaluation template's metrics are `npm run eval`'s on the same rows: the template runs in
 * n8n's execution engine with the project's labelled rows as its dataset, and each metric's mean
 * over the rows (what n8n's Evaluations tab shows for a run) must equal eval's count over rows.
 * The real-n8n run of the same check is scripts/e2e/evaluation.sh.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { classifyLead } from '../../engine/classifier';
import { summarise } from '../../scripts/evaluation/metrics';
import { evaluate, readRows } from '../../scripts/evaluation/run';
import type { WorkflowJson } from '../harness/runWorkflow';
import { runWorkflow } from '../harness/runWorkflow';

const template = JSON.parse(
	readFileSync(path.join(__dirname, '../../workflows/evaluate-funnel-settings.json'), 'utf8'),
) as WorkflowJson;
const ROWS_FILE = path.join(__dirname, '../fixtures/evaluation/labelled-leads.jsonl');
const TRIGGER = 'When Fetching a Labelled Lead';

/** What the template's metrics must average to: eval's counts, as shares of all rows. */
async function evalShares(file: string) {
	const report = summarise(await evaluate(readRows(file), (lead) => classifyLead(lead)));
	const correct = (['sales', 'nurture', 'support', 'junk'] as const).reduce(
		(sum, route) => sum + report.confusion[route][route],
		0,
	);
	return {
		Accuracy: correct / report.rows,
		'Sales Leads Lost Unreviewed': report.salesDroppedUnreviewed / report.rows,
		'Non-Sales Reaching a Rep': report.nonSalesAutoRoutedToSales / report.rows,
		'Review Rate': report.reviewRate,
	};
}

/**
 * Every item the metrics node produced, over all its runs: with many rows in one execution it runs
 * once per branch that reaches it (auto-route, review, error), where n8n's test run has one row each.
 */
function metricRows(run: Awaited<ReturnType<typeof runWorkflow>>) {
	return (run.run.data.resultData.runData['Record Metrics'] ?? [])
		.flatMap((task) => task.data?.main[0] ?? [])
		.map((item) => item.json as Record<string, number>);
}

describe('template: evaluate your funnel settings (n8n Evaluations)', () => {
	it("averages to npm run eval's numbers on the project's labelled rows", async () => {
		// Data Table rows as the Evaluation Trigger hands them on: the columns plus n8n's own.
		const rows = readFileSync(ROWS_FILE, 'utf8')
			.split('\n')
			.filter((line) => line.trim())
			.map((line, index) => ({
				json: {
					id: index + 1,
					...JSON.parse(line),
					createdAt: '2026-12-01T09:00:00.000Z',
					updatedAt: '2026-12-01T09:00:00.000Z',
				},
			}));
		const run = await runWorkflow(template, { pinData: { [TRIGGER]: rows } });
		expect(run.error).toBeUndefined();
		const metrics = metricRows(run);
		expect(metrics).toHaveLength(rows.length);
		const names = [
			'Accuracy',
			'Sales Leads Lost Unreviewed',
			'Non-Sales Reaching a Rep',
			'Review Rate',
		] as const;
		const means = Object.fromEntries(
			names.map((name) => [
				name,
				metrics.reduce((sum, row) => sum + row[name], 0) / metrics.length,
			]),
		);
		const expected = await evalShares(ROWS_FILE);
		for (const name of names)
			expect([name, means[name]]).toEqual([name, expect.closeTo(expected[name], 12)]);
		// The rows are chosen so that no metric is trivially 0 or 1 for every row.
		expect(expected.Accuracy).toBeLessThan(1);
		expect(expected['Review Rate']).toBeGreaterThan(0);
	});

	it('an unreadable row is a wrong route on the error output, never a lost row', async () => {
		const run = await runWorkflow(template, {
			pinData: {
				[TRIGGER]: [{ json: { text: 12345678, route: 'sales' } }, { json: { route: 'junk' } }],
			},
		});
		const metrics = metricRows(run);
		expect(metrics).toHaveLength(2);
		for (const row of metrics) expect(row.Accuracy).toBe(0);
	});
});
