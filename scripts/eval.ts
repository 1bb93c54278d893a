/**
 * Evaluates the built-in classifier on a JSONL file of {"text", "route"} rows.
 *   npm run eval -- FILE.jsonl [--min-sales-recall 0.90] [--min-junk-precision 0.97]
 * Paths map to routes: score paths at or above the default warm threshold -> sales, other score
 * paths -> nurture, the support path -> support, the junk path -> junk.
 * Prints the confusion matrix, per-route precision/recall/F1 and latency p50/p99; exits 1 when a
 * given threshold is not met.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

import { DEFAULT_PATH_DEFINITIONS, type PathDefinition } from '../engine/contract';
import { classifyLead } from '../engine/classifier';

const ROUTES = ['sales', 'nurture', 'support', 'junk'] as const;
type Route = (typeof ROUTES)[number];

const WARM_THRESHOLD = DEFAULT_PATH_DEFINITIONS.find((path) => path.name === 'warm')!.minScore;

export function routeForPath(pathName: string, paths: readonly PathDefinition[] = DEFAULT_PATH_DEFINITIONS): Route {
	const path = paths.find((candidate) => candidate.name === pathName);
	if (!path) return 'junk';
	if (path.rule === 'junk') return 'junk';
	if (path.rule === 'support') return 'support';
	return path.minScore >= WARM_THRESHOLD ? 'sales' : 'nurture';
}

function percentile(sorted: number[], p: number): number {
	if (sorted.length === 0) return 0;
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function argument(name: string): number | undefined {
	const index = process.argv.indexOf(name);
	return index > 0 ? Number(process.argv[index + 1]) : undefined;
}

function main() {
	const file = process.argv.slice(2).find((arg) => !arg.startsWith('--') && !/^\d*\.?\d+$/.test(arg));
	if (!file) {
		console.error('Usage: npm run eval -- FILE.jsonl [--min-sales-recall 0.90] [--min-junk-precision 0.97]');
		process.exit(2);
	}
	const rows = readFileSync(file, 'utf8')
		.split('\n')
		.filter((line) => line.trim())
		.map((line, index) => {
			const row = JSON.parse(line) as { text?: unknown; route?: unknown };
			if (typeof row.text !== 'string' || !ROUTES.includes(row.route as Route)) {
				throw new Error(`${file}:${index + 1}: each row needs "text" and a "route" of ${ROUTES.join(', ')}`);
			}
			return { text: row.text, route: row.route as Route };
		});

	const confusion = Object.fromEntries(ROUTES.map((truth) => [truth, Object.fromEntries(ROUTES.map((p) => [p, 0]))])) as Record<Route, Record<Route, number>>;
	const latencies: number[] = [];
	const submittedAt = '2026-01-15T15:00:00Z';
	for (const row of rows) {
		const started = performance.now();
		const result = classifyLead({ text: row.text, submittedAt });
		latencies.push(performance.now() - started);
		confusion[row.route][routeForPath(result.path)]++;
	}
	latencies.sort((a, b) => a - b);

	const pad = (value: string | number, width = 9) => String(value).padStart(width);
	console.log(`\n${rows.length} rows from ${file}\n`);
	console.log(`Confusion matrix (rows = true route, columns = predicted)`);
	console.log(`${pad('', 10)}${ROUTES.map((r) => pad(r)).join('')}`);
	for (const truth of ROUTES) console.log(`${truth.padEnd(10)}${ROUTES.map((p) => pad(confusion[truth][p])).join('')}`);

	console.log(`\n${'route'.padEnd(10)}${pad('precision', 11)}${pad('recall')}${pad('F1')}${pad('support')}`);
	const metrics = {} as Record<Route, { precision: number; recall: number }>;
	for (const route of ROUTES) {
		const truePositive = confusion[route][route];
		const predicted = ROUTES.reduce((sum, truth) => sum + confusion[truth][route], 0);
		const actual = ROUTES.reduce((sum, p) => sum + confusion[route][p], 0);
		const precision = predicted ? truePositive / predicted : 0;
		const recall = actual ? truePositive / actual : 0;
		const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
		metrics[route] = { precision, recall };
		console.log(`${route.padEnd(10)}${pad(precision.toFixed(3), 11)}${pad(recall.toFixed(3))}${pad(f1.toFixed(3))}${pad(actual)}`);
	}
	console.log(`\nlatency per lead: p50 ${percentile(latencies, 50).toFixed(3)} ms, p99 ${percentile(latencies, 99).toFixed(3)} ms`);

	const failures: string[] = [];
	const minSalesRecall = argument('--min-sales-recall');
	const minJunkPrecision = argument('--min-junk-precision');
	if (minSalesRecall !== undefined && metrics.sales.recall < minSalesRecall) {
		failures.push(`sales recall ${metrics.sales.recall.toFixed(3)} is below ${minSalesRecall}`);
	}
	if (minJunkPrecision !== undefined && metrics.junk.precision < minJunkPrecision) {
		failures.push(`junk precision ${metrics.junk.precision.toFixed(3)} is below ${minJunkPrecision}`);
	}
	if (failures.length) {
		console.error(`\nFAILED: ${failures.join('; ')}`);
		process.exit(1);
	}
	if (minSalesRecall !== undefined || minJunkPrecision !== undefined) console.log('\nAll evaluation thresholds met.');
}

if (require.main === module) main();
