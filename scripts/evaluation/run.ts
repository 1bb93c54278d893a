/**
 * Reads labelled JSONL, runs each row through a classifier and the Confidence Gate (default
 * settings), and prints the report. The classifier is a parameter so that cross-source
 * evaluation can pass one built on a freshly trained scorer.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

import type { IntentResult, LeadFields } from '../../engine/contract';
import { evaluateGate } from '../../engine/gate';
import type { Outcome, Report } from './metrics';
import { isRoute, type Route, routeForPath, ROUTES } from './routes';

export interface EvalRow {
	text: string;
	route: Route;
	source: string;
	name?: string;
	company?: string;
	role?: string;
	email?: string;
	submittedAt?: string;
	/** `"path": "hot"` marks a lead that must not be lost. */
	path?: string;
}

/** The built-in engine answers at once; a model-backed classifier may answer later. */
export type Classify = (lead: LeadFields) => IntentResult | Promise<IntentResult>;

/** Reference time for relative dates when a row has none: a fixed Thursday afternoon. */
export const DEFAULT_SUBMITTED_AT = '2026-01-15T15:00:00Z';

/** The parsed object, or what is wrong with the line. */
function parseObject(line: string): Record<string, unknown> | string {
	let value: unknown;
	try {
		value = JSON.parse(line);
	} catch (error) {
		return `not JSON (${(error as Error).message})`;
	}
	return value !== null && typeof value === 'object' && !Array.isArray(value)
		? (value as Record<string, unknown>)
		: 'not a JSON object';
}

export function readRows(file: string): EvalRow[] {
	return readFileSync(file, 'utf8')
		.split('\n')
		.map((line, index) => ({ line, number: index + 1 }))
		.filter(({ line }) => line.trim())
		.map(({ line, number }) => {
			const row = parseObject(line);
			if (typeof row === 'string') throw new Error(`${file}:${number}: ${row}`);
			if (typeof row.text !== 'string' || !isRoute(row.route)) {
				throw new Error(
					`${file}:${number}: each row needs "text" and a "route" of ${ROUTES.join(', ')}`,
				);
			}
			const text = (key: string) =>
				typeof row[key] === 'string' ? (row[key] as string) : undefined;
			return {
				text: row.text,
				route: row.route,
				source: text('source') ?? '(no source)',
				name: text('name'),
				company: text('company'),
				role: text('role'),
				email: text('email'),
				submittedAt: text('submittedAt'),
				path: text('path'),
			};
		});
}

/** A source's group: what comes before '#' ("rasa-demo:data/nlu/nlu.yml#broken" -> "rasa-demo:data/nlu/nlu.yml"). */
export const sourceGroup = (source: string) => source.split('#')[0];

export async function evaluate(rows: readonly EvalRow[], classify: Classify): Promise<Outcome[]> {
	// The first call pays for lazy loading (lexicons, weights); it is not a lead's latency.
	await classify({
		text: 'Warm-up: we would like to talk to sales about 20 seats.',
		submittedAt: DEFAULT_SUBMITTED_AT,
	});
	const outcomes: Outcome[] = [];
	// One lead at a time, so that each latency is that lead's alone.
	for (const row of rows) {
		const lead: LeadFields = {
			text: row.text,
			name: row.name,
			company: row.company,
			role: row.role,
			email: row.email,
			submittedAt: row.submittedAt ?? DEFAULT_SUBMITTED_AT,
		};
		const started = performance.now();
		const intent = await classify(lead);
		const latencyMs = performance.now() - started;
		const gate = evaluateGate({ intent });
		outcomes.push({
			truth: row.route,
			predicted: routeForPath(intent.path),
			path: intent.path,
			confidence: intent.confidence,
			gate: gate.decision,
			latencyMs,
			hot: row.path === 'hot',
			// 'model', 'hybrid' and 'builtin-fallback' all mean a model was asked.
			modelCalled: intent.engine !== 'builtin',
			source: sourceGroup(row.source),
		});
	}
	return outcomes;
}

const pad = (value: string | number, width = 9) => String(value).padStart(width);
const fixed = (value: number | null, digits = 3) =>
	value === null ? 'n/a' : value.toFixed(digits);
const share = (count: number, total: number) =>
	`${count} of ${total}${total ? ` (${((100 * count) / total).toFixed(1)}%)` : ''}`;

export function formatReport(title: string, report: Report): string {
	const lines: string[] = [
		`\n=== ${title}: ${report.rows} rows`,
		'',
		'Confusion matrix (rows = true route, columns = predicted)',
		`${pad('', 10)}${ROUTES.map((r) => pad(r)).join('')}`,
	];
	for (const truth of ROUTES)
		lines.push(`${truth.padEnd(10)}${ROUTES.map((p) => pad(report.confusion[truth][p])).join('')}`);
	lines.push(
		'',
		`${'route'.padEnd(10)}${pad('precision', 11)}${pad('recall')}${pad('F1')}${pad('support')}`,
	);
	for (const route of ROUTES) {
		const metrics = report.routes[route];
		lines.push(
			`${route.padEnd(10)}${pad(fixed(metrics.precision), 11)}${pad(fixed(metrics.recall))}${pad(fixed(metrics.f1))}${pad(metrics.support)}`,
		);
	}
	const sales = report.routes.sales.support;
	const nonSales = report.rows - sales;
	lines.push(
		'',
		`macro-F1 (routes present): ${fixed(report.macroF1)}`,
		`hot leads lost (labelled hot, not sales, not reviewed): ${report.hotLeads ? share(report.hotLeadsLost, report.hotLeads) : 'n/a (no row labelled "path": "hot")'}`,
		`sales leads in nurture/junk that pass the gate unreviewed: ${share(report.salesDroppedUnreviewed, sales)}`,
		`non-sales items auto-routed to a sales path: ${share(report.nonSalesAutoRoutedToSales, nonSales)}`,
		`review rate: ${share(Math.round(report.reviewRate * report.rows), report.rows)}`,
		`expected calibration error: ${fixed(report.ece)}`,
		'reliability (confidence bin: rows, mean confidence, accuracy)',
	);
	for (const bin of report.reliability) {
		if (bin.count)
			lines.push(
				`  ${bin.from.toFixed(1)}-${bin.to.toFixed(1)}${pad(bin.count, 7)}${pad(fixed(bin.meanConfidence))}${pad(fixed(bin.accuracy))}`,
			);
	}
	lines.push(
		`latency per lead: p50 ${report.latencyP50.toFixed(3)} ms, p99 ${report.latencyP99.toFixed(3)} ms`,
		`model calls: ${report.modelCalls}`,
	);
	return lines.join('\n');
}

/** One line per group, for the per-source and cross-source overviews. */
export function formatSummaryLine(label: string, report: Report): string {
	const accuracy = report.rows
		? ROUTES.reduce((sum, route) => sum + report.confusion[route][route], 0) / report.rows
		: 0;
	return `${label.padEnd(42)}${pad(report.rows, 6)}${pad(fixed(report.macroF1))}${pad(fixed(accuracy))}${pad(fixed(report.reviewRate))}${pad(report.salesDroppedUnreviewed, 11)}${pad(report.nonSalesAutoRoutedToSales)}${pad(fixed(report.ece))}`;
}

export const SUMMARY_HEADER = `${'source'.padEnd(42)}${pad('rows', 6)}${pad('macroF1')}${pad('accuracy')}${pad('review')}${pad('salesLost', 11)}${pad('toSales')}${pad('ECE')}`;

export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
	const groups = new Map<string, T[]>();
	for (const item of items) {
		const name = key(item);
		if (!groups.has(name)) groups.set(name, []);
		groups.get(name)!.push(item);
	}
	return groups;
}
