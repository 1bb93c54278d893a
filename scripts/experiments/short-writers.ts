/**
 * The short-writer experiment of the thirteenth pass (docs/evaluation.md): does the general
 * scorer read unseen writers better when it also trains on short messages of other writers?
 *
 *   npx ts-node --transpile-only scripts/experiments/short-writers.ts [DEV_SET.jsonl]
 *
 * Trains the general scorer on data/train/ plus writers 1-10 of data/train/short-writers/ (one
 * source), with the default settings and with a larger step and no extra L2 on hashed n-grams,
 * and reports, next to the committed weights: writers 11-18 (never trained on), the probe
 * rounds of data/eval/outsider-short-writers.jsonl and the public dev set. The long-form scorer
 * stays the committed one. `npm run train` does not read short-writers/ yet: see the results.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

import { classifyLead } from '../../engine/classifier';
import { longFormScorer } from '../../engine/classifier/scorer';
import type { TrainOptions } from '../../engine/classifier/scorer/train';
import { scorerFrom, train } from '../../engine/classifier/scorer/train';
import { summarise } from '../evaluation/metrics';
import type { EvalRow } from '../evaluation/run';
import { evaluate, readRows } from '../evaluation/run';
import { readTrainingRows } from '../train';

const DATA = join(__dirname, '../../data');
const WRITERS = join(DATA, 'train/short-writers');
const TRAIN_WRITERS = 10;
/** The writers train as one source, so that their register weighs as one among the others. */
const SHORT_WRITERS_SOURCE = 'written-short';

const CANDIDATES: Array<{ name: string; options: TrainOptions | null }> = [
	{ name: 'committed weights', options: null },
	{ name: '+ writers 1-10, default settings', options: {} },
	{ name: '+ writers 1-10, step 1.0, no L2 on n-grams', options: { learningRate: 1, l2Hashed: 0 } },
];

const writerNumber = (file: string) => Number(/(\d+)\.jsonl$/.exec(file)?.[1] ?? 0);

function writerRows(keep: (writer: number) => boolean): EvalRow[] {
	return readdirSync(WRITERS)
		.filter((file) => /^written-short-\d+\.jsonl$/.test(file) && keep(writerNumber(file)))
		.flatMap((file) => readRows(join(WRITERS, file)));
}

async function main(): Promise<void> {
	const devSet = process.argv[2] ?? join(__dirname, '../../../shared/data/public-dev.jsonl');
	const testSets: Array<[string, EvalRow[]]> = [
		['writers 11-18 (never trained on)', writerRows((writer) => writer > TRAIN_WRITERS)],
		['probe rounds 108-123', readRows(join(DATA, 'eval/outsider-short-writers.jsonl'))],
	];
	try {
		testSets.push(['public dev set', readRows(devSet)]);
	} catch {
		console.log(`(no dev set at ${devSet})`);
	}
	const trainingWriters = writerRows((writer) => writer <= TRAIN_WRITERS).map((row) => ({
		text: row.text,
		route: row.route,
		source: SHORT_WRITERS_SOURCE,
	}));
	const base = readTrainingRows();
	for (const { name, options } of CANDIDATES) {
		const scorers =
			options === null
				? {}
				: {
						scorer: scorerFrom(train([...base, ...trainingWriters], options)),
						longFormScorer: longFormScorer(),
					};
		for (const [set, rows] of testSets) {
			const report = summarise(await evaluate(rows, (lead) => classifyLead(lead, scorers)));
			console.log(
				[
					name.padEnd(44),
					set.padEnd(34),
					`F1 ${report.macroF1?.toFixed(3)}`,
					`non-buyers at a rep ${report.nonSalesAutoRoutedToSales}`,
					`buyers dropped ${report.salesDroppedUnreviewed}`,
					`reviewed ${(100 * report.reviewRate).toFixed(1)}%`,
					`sales recall ${report.routes.sales.recall?.toFixed(3)}`,
				].join('  '),
			);
		}
	}
}

void main();
