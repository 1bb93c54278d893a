/**
 * The numbers `npm run eval` reports, as pure functions over per-row outcomes, so that each one
 * is tested on its own (test/unit/evaluation/metrics.test.ts).
 */
import { type Route, ROUTES } from './routes';

/** What happened to one evaluation row. */
export interface Outcome {
	truth: Route;
	predicted: Route;
	/** The path the classifier chose (hot, warm, nurture, ...). */
	path: string;
	confidence: number;
	gate: 'auto_route' | 'human_review';
	latencyMs: number;
	/** The row's own label says it is a hot lead (`"path": "hot"` in the data). */
	hot: boolean;
	/** The classifier called a model for this row. */
	modelCalled: boolean;
	source: string;
}

export type Confusion = Record<Route, Record<Route, number>>;

export function confusionMatrix(outcomes: readonly Outcome[]): Confusion {
	const matrix = Object.fromEntries(
		ROUTES.map((truth) => [truth, Object.fromEntries(ROUTES.map((predicted) => [predicted, 0]))]),
	) as Confusion;
	for (const outcome of outcomes) matrix[outcome.truth][outcome.predicted]++;
	return matrix;
}

export interface RouteMetrics {
	precision: number;
	recall: number;
	f1: number;
	/** Rows whose true route this is. */
	support: number;
	/** Rows predicted as this route. */
	predicted: number;
}

export function routeMetrics(matrix: Confusion): Record<Route, RouteMetrics> {
	const result = {} as Record<Route, RouteMetrics>;
	for (const route of ROUTES) {
		const truePositive = matrix[route][route];
		const predicted = ROUTES.reduce((sum, truth) => sum + matrix[truth][route], 0);
		const support = ROUTES.reduce((sum, p) => sum + matrix[route][p], 0);
		const precision = predicted ? truePositive / predicted : 0;
		const recall = support ? truePositive / support : 0;
		const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
		result[route] = { precision, recall, f1, support, predicted };
	}
	return result;
}

/**
 * Mean F1 over the routes the file has rows for. A route absent from the labels is left out
 * (its F1 would be 0 by definition and say nothing about the classifier); one that is present
 * but never predicted counts as 0. Null when the file has no labelled rows.
 */
export function macroF1(metrics: Record<Route, RouteMetrics>): number | null {
	const present = ROUTES.filter((route) => metrics[route].support > 0);
	return present.length
		? present.reduce((sum, route) => sum + metrics[route].f1, 0) / present.length
		: null;
}

export interface ReliabilityBin {
	/** Lower and upper confidence bound of the bin; the last bin includes 1. */
	from: number;
	to: number;
	count: number;
	meanConfidence: number;
	accuracy: number;
}

/** Ten equal-width confidence bins: mean confidence against the share predicted correctly. */
export function reliabilityTable(outcomes: readonly Outcome[], bins = 10): ReliabilityBin[] {
	const table = Array.from({ length: bins }, (_, i) => ({
		from: i / bins,
		to: (i + 1) / bins,
		count: 0,
		confidenceSum: 0,
		correct: 0,
	}));
	for (const outcome of outcomes) {
		const confidence = Number.isFinite(outcome.confidence)
			? Math.min(1, Math.max(0, outcome.confidence))
			: 0;
		const bin = table[Math.min(bins - 1, Math.floor(confidence * bins))];
		bin.count++;
		bin.confidenceSum += confidence;
		if (outcome.predicted === outcome.truth) bin.correct++;
	}
	return table.map(({ from, to, count, confidenceSum, correct }) => ({
		from,
		to,
		count,
		meanConfidence: count ? confidenceSum / count : 0,
		accuracy: count ? correct / count : 0,
	}));
}

/** Expected calibration error: the row-weighted mean gap between confidence and accuracy per bin. */
export function expectedCalibrationError(table: readonly ReliabilityBin[]): number {
	const total = table.reduce((sum, bin) => sum + bin.count, 0);
	return total
		? table.reduce(
				(sum, bin) => sum + (bin.count / total) * Math.abs(bin.accuracy - bin.meanConfidence),
				0,
			)
		: 0;
}

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted: readonly number[], p: number): number {
	if (sorted.length === 0) return 0;
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export interface Report {
	rows: number;
	confusion: Confusion;
	routes: Record<Route, RouteMetrics>;
	macroF1: number | null;
	/** Rows labelled hot that end neither on a sales path nor in front of a human. */
	hotLeadsLost: number;
	hotLeads: number;
	/** Sales rows that end in nurture or junk and pass the gate unreviewed. */
	salesDroppedUnreviewed: number;
	/** Rows that are not sales but are auto-routed to a sales path. */
	nonSalesAutoRoutedToSales: number;
	reviewRate: number;
	reliability: ReliabilityBin[];
	ece: number;
	latencyP50: number;
	latencyP99: number;
	modelCalls: number;
}

export function summarise(outcomes: readonly Outcome[]): Report {
	const confusion = confusionMatrix(outcomes);
	const routes = routeMetrics(confusion);
	const reliability = reliabilityTable(outcomes);
	const latencies = outcomes.map((outcome) => outcome.latencyMs).sort((a, b) => a - b);
	const unreviewed = (outcome: Outcome) => outcome.gate === 'auto_route';
	return {
		rows: outcomes.length,
		confusion,
		routes,
		macroF1: macroF1(routes),
		hotLeads: outcomes.filter((outcome) => outcome.hot).length,
		hotLeadsLost: outcomes.filter(
			(outcome) => outcome.hot && outcome.predicted !== 'sales' && unreviewed(outcome),
		).length,
		salesDroppedUnreviewed: outcomes.filter(
			(outcome) =>
				outcome.truth === 'sales' &&
				(outcome.predicted === 'nurture' || outcome.predicted === 'junk') &&
				unreviewed(outcome),
		).length,
		nonSalesAutoRoutedToSales: outcomes.filter(
			(outcome) =>
				outcome.truth !== 'sales' && outcome.predicted === 'sales' && unreviewed(outcome),
		).length,
		reviewRate: outcomes.length
			? outcomes.filter((outcome) => outcome.gate === 'human_review').length / outcomes.length
			: 0,
		reliability,
		ece: expectedCalibrationError(reliability),
		latencyP50: percentile(latencies, 50),
		latencyP99: percentile(latencies, 99),
		modelCalls: outcomes.filter((outcome) => outcome.modelCalled).length,
	};
}
