import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import {
	confusionMatrix,
	expectedCalibrationError,
	macroF1,
	type Outcome,
	percentile,
	reliabilityTable,
	routeMetrics,
	summarise,
} from '../../../scripts/evaluation/metrics';
import { routeForPath } from '../../../scripts/evaluation/routes';
import { readRows, sourceGroup } from '../../../scripts/evaluation/run';

function outcome(
	truth: Outcome['truth'],
	predicted: Outcome['predicted'],
	overrides: Partial<Outcome> = {},
): Outcome {
	return {
		truth,
		predicted,
		path: predicted === 'sales' ? 'hot' : predicted,
		confidence: 0.9,
		gate: 'auto_route',
		latencyMs: 1,
		hot: false,
		modelCalled: false,
		source: 's',
		...overrides,
	};
}

describe('evaluation metrics', () => {
	it('maps default paths to routes', () => {
		expect(
			['hot', 'warm', 'nurture', 'support', 'junk', 'no-such-path'].map((path) =>
				routeForPath(path),
			),
		).toEqual(['sales', 'sales', 'nurture', 'support', 'junk', 'junk']);
	});

	it('computes per-route precision/recall and macro-F1 over the routes present', () => {
		// sales: 2 right, 1 predicted nurture; nurture: 1 right, 1 predicted sales; no support or junk rows.
		const matrix = confusionMatrix([
			outcome('sales', 'sales'),
			outcome('sales', 'sales'),
			outcome('sales', 'nurture'),
			outcome('nurture', 'nurture'),
			outcome('nurture', 'sales'),
		]);
		const metrics = routeMetrics(matrix);
		expect(metrics.sales).toMatchObject({
			precision: 2 / 3,
			recall: 2 / 3,
			support: 3,
			predicted: 3,
		});
		expect(metrics.nurture).toMatchObject({ precision: 0.5, recall: 0.5, support: 2 });
		expect(metrics.junk).toMatchObject({ precision: 0, recall: 0, f1: 0, support: 0 });
		expect(macroF1(metrics)).toBeCloseTo((2 / 3 + 0.5) / 2, 10);
		expect(macroF1(routeMetrics(confusionMatrix([])))).toBeNull();
	});

	it('bins confidence in ten bins, 1.0 in the last, and weighs the calibration gap by rows', () => {
		const rows = [
			outcome('sales', 'sales', { confidence: 1 }),
			outcome('sales', 'junk', { confidence: 0.95 }),
			outcome('junk', 'junk', { confidence: 0.05 }),
			outcome('junk', 'junk', { confidence: 0.55 }),
		];
		const table = reliabilityTable(rows);
		expect(table).toHaveLength(10);
		expect(table[9]).toMatchObject({ count: 2, accuracy: 0.5 });
		expect(table[9].meanConfidence).toBeCloseTo(0.975, 10);
		expect(table[0]).toMatchObject({ count: 1, accuracy: 1 });
		expect(table[5]).toMatchObject({ count: 1, accuracy: 1 });
		// (2/4)*|0.5-0.975| + (1/4)*|1-0.05| + (1/4)*|1-0.55|
		expect(expectedCalibrationError(table)).toBeCloseTo(
			0.5 * 0.475 + 0.25 * 0.95 + 0.25 * 0.45,
			10,
		);
	});

	it('takes nearest-rank percentiles', () => {
		const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
		expect([
			percentile(sorted, 50),
			percentile(sorted, 99),
			percentile(sorted, 100),
			percentile([], 50),
		]).toEqual([50, 99, 100, 0]);
	});

	it('counts lost hot leads, sales dropped unreviewed, non-sales auto-routed to sales, review rate and model calls', () => {
		const report = summarise([
			outcome('sales', 'junk', { hot: true }), // lost hot lead, dropped unreviewed
			outcome('sales', 'nurture', { hot: true, gate: 'human_review' }), // seen by a human: not lost
			outcome('sales', 'support'), // not nurture/junk: not "dropped"
			outcome('junk', 'sales'), // auto-routed to sales
			outcome('support', 'sales', { gate: 'human_review', modelCalled: true }), // reviewed: not counted
		]);
		expect(report).toMatchObject({
			hotLeads: 2,
			hotLeadsLost: 1,
			salesDroppedUnreviewed: 1,
			nonSalesAutoRoutedToSales: 1,
			reviewRate: 0.4,
			modelCalls: 1,
		});
	});
});

describe('evaluation input', () => {
	const dir = mkdtempSync(join(tmpdir(), 'eval-'));

	it('reads optional fields and rejects rows without text or a known route, with the line number', () => {
		const good = join(dir, 'good.jsonl');
		writeFileSync(
			good,
			'{"text":"hi","route":"junk","source":"a#1","name":7}\n\n{"text":"buy","route":"sales","path":"hot"}\n',
		);
		expect(readRows(good)).toEqual([
			expect.objectContaining({ text: 'hi', route: 'junk', source: 'a#1', name: undefined }),
			expect.objectContaining({ text: 'buy', route: 'sales', source: '(no source)', path: 'hot' }),
		]);
		const bad = join(dir, 'bad.jsonl');
		writeFileSync(bad, '{"text":"hi","route":"junk"}\n{"text":"hi","route":"hot"}\n');
		expect(() => readRows(bad)).toThrow(/bad\.jsonl:2: .*route/);
		writeFileSync(bad, '[1,2]\n');
		expect(() => readRows(bad)).toThrow(/bad\.jsonl:1: not a JSON object/);
		expect(sourceGroup('rasa-demo:data/nlu/nlu.yml#broken')).toBe('rasa-demo:data/nlu/nlu.yml');
	});

	it('npm run eval exits 1 when a file misses --min-macro-f1, names the file, and still writes --json', () => {
		const file = join(dir, 'tiny.jsonl');
		const json = join(dir, 'tiny-report.json');
		writeFileSync(
			file,
			'{"text":"Please send me your newsletter","route":"sales","source":"x"}\n{"text":"lol see you at 7","route":"support","source":"y"}\n',
		);
		let status = 0;
		let stderr = '';
		try {
			execFileSync(
				process.execPath,
				[
					require.resolve('ts-node/dist/bin'),
					'--transpile-only',
					join(__dirname, '../../../scripts/eval.ts'),
					file,
					'--min-macro-f1',
					'0.99',
					'--sources',
					'none',
					'--json',
					json,
				],
				{ encoding: 'utf8', stdio: 'pipe' },
			);
		} catch (error) {
			status = (error as { status: number }).status;
			stderr = String((error as { stderr: string }).stderr);
		}
		expect(status).toBe(1);
		expect(stderr).toMatch(/tiny\.jsonl: macro-F1 .* is below 0\.99/);
		const written = JSON.parse(readFileSync(json, 'utf8')) as Record<
			string,
			{ report: { rows: number }; sources: Record<string, { rows: number }> }
		>;
		expect(written[file].report.rows).toBe(2);
		expect(Object.keys(written[file].sources).sort()).toEqual(['x', 'y']);
	});
});
