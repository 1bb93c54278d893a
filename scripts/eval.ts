/**
 * Evaluates the built-in classifier + Confidence Gate (default settings) on labelled JSONL rows
 * ({"text", "route", "source"?, "name"?, "company"?, "role"?, "email"?, "path"?: "hot"}).
 *
 *   npm run eval -- FILE.jsonl [FILE2.jsonl ...] [--min-sales-recall 0.90]
 *                  [--min-junk-precision 0.97] [--min-macro-f1 0.80] [--sources full|summary|none] [--json OUT.json]
 *   npm run eval -- --cross-source [--train-dir data/train]
 *
 * Paths map to routes: score paths at or above the default warm threshold -> sales, other score
 * paths -> nurture, the support path -> support, the junk path -> junk. For each file, and for
 * each source group in it (the `source` field up to '#'), prints the confusion matrix, per-route
 * precision/recall/F1, macro-F1, hot leads lost, sales leads dropped to nurture/junk unreviewed,
 * non-sales items auto-routed to sales, review rate, expected calibration error with its
 * reliability table, p50/p99 latency and model calls. Exits 1 when a file misses a threshold.
 * --json also writes every report (per file and per source) to a file, for scripts and CI.
 *
 * --cross-source trains the learned scorer on every training file but one and tests on the one
 * left out, for each file in turn, next to the scorer trained on all of them.
 *
 * --cross-writer does the same for the long-form scorer over the written long forms
 * (data/train/long-forms/, one writer per file), then scores the held-out long forms
 * (data/eval/outsider-long-forms-heldout.jsonl) with it and with the general scorer alone.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

import { classifyLead } from '../engine/classifier';
import type { IntentResult, LeadFields } from '../engine/contract';
import { type Outcome, type Report, summarise } from './evaluation/metrics';
import {
	type Classify,
	type EvalRow,
	evaluate,
	formatReport,
	formatSummaryLine,
	groupBy,
	readRows,
	SUMMARY_HEADER,
} from './evaluation/run';

export { routeForPath } from './evaluation/routes';

const USAGE =
	'Usage: npm run eval -- FILE.jsonl [FILE2.jsonl ...] [--min-sales-recall 0.90] [--min-junk-precision 0.97] [--min-macro-f1 0.80] [--sources full|summary|none] [--json OUT.json]\n' +
	'       npm run eval -- --cross-source [--train-dir data/train]\n' +
	'       npm run eval -- --cross-writer';

const VALUE_FLAGS = new Set([
	'--min-sales-recall',
	'--min-junk-precision',
	'--min-macro-f1',
	'--sources',
	'--train-dir',
	'--json',
]);

interface Arguments {
	files: string[];
	flags: Map<string, string>;
	switches: Set<string>;
}

function parseArguments(argv: readonly string[]): Arguments {
	const parsed: Arguments = { files: [], flags: new Map(), switches: new Set() };
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (VALUE_FLAGS.has(arg)) {
			if (i + 1 >= argv.length) throw new Error(`${arg} needs a value`);
			parsed.flags.set(arg, argv[++i]);
		} else if (arg.startsWith('--')) parsed.switches.add(arg);
		else parsed.files.push(arg);
	}
	return parsed;
}

function threshold(args: Arguments, name: string): number | undefined {
	const raw = args.flags.get(name);
	if (raw === undefined) return undefined;
	const value = Number(raw);
	if (!Number.isFinite(value) || value < 0 || value > 1)
		throw new Error(`${name} must be a number from 0 to 1, got "${raw}"`);
	return value;
}

const builtin: Classify = (lead) => classifyLead(lead);

async function evaluateFiles(args: Arguments): Promise<string[]> {
	const sourcesMode = args.flags.get('--sources') ?? 'full';
	if (!['full', 'summary', 'none'].includes(sourcesMode))
		throw new Error(`--sources must be full, summary or none, got "${sourcesMode}"`);
	const minSalesRecall = threshold(args, '--min-sales-recall');
	const minJunkPrecision = threshold(args, '--min-junk-precision');
	const minMacroF1 = threshold(args, '--min-macro-f1');
	const failures: string[] = [];
	const reports: Record<string, { report: Report; sources: Record<string, Report> }> = {};
	for (const file of args.files) {
		const outcomes = await evaluate(readRows(file), builtin);
		const report = summarise(outcomes);
		console.log(formatReport(file, report));
		const bySource = groupBy(outcomes, (outcome) => outcome.source);
		reports[file] = {
			report,
			sources: Object.fromEntries(
				[...bySource].map(([source, group]) => [source, summarise(group)]),
			),
		};
		if (bySource.size > 1 && sourcesMode !== 'none') {
			console.log(`\nPer source in ${file}:\n${SUMMARY_HEADER}`);
			for (const [source, group] of bySource)
				console.log(formatSummaryLine(source, summarise(group)));
			if (sourcesMode === 'full')
				for (const [source, group] of bySource)
					console.log(formatReport(`${basename(file)} / ${source}`, summarise(group)));
		}
		if (minSalesRecall !== undefined && report.routes.sales.recall < minSalesRecall)
			failures.push(
				`${file}: sales recall ${report.routes.sales.recall.toFixed(3)} is below ${minSalesRecall}`,
			);
		if (minJunkPrecision !== undefined && report.routes.junk.precision < minJunkPrecision)
			failures.push(
				`${file}: junk precision ${report.routes.junk.precision.toFixed(3)} is below ${minJunkPrecision}`,
			);
		if (minMacroF1 !== undefined && (report.macroF1 ?? 0) < minMacroF1)
			failures.push(`${file}: macro-F1 ${(report.macroF1 ?? 0).toFixed(3)} is below ${minMacroF1}`);
	}
	const jsonOut = args.flags.get('--json');
	if (jsonOut) writeFileSync(jsonOut, `${JSON.stringify(reports, null, '\t')}\n`);
	if (
		failures.length === 0 &&
		[minSalesRecall, minJunkPrecision, minMacroF1].some((value) => value !== undefined)
	)
		console.log('\nAll evaluation thresholds met.');
	return failures;
}

/** What cross-source evaluation needs from the engine: the trainer and a scorer built from its output. */
interface TrainerApi {
	train(rows: readonly EvalRow[], options?: Record<string, unknown>): unknown;
	makeScorer(weights: unknown): unknown;
}

async function loadTrainer(): Promise<TrainerApi> {
	// Loaded by name at run time, so the rest of eval works while the trainer is being written.
	const trainerPath = '../engine/classifier/scorer/train';
	const classifierPath = '../engine/classifier';
	const trainer = (await import(trainerPath)) as { train?: TrainerApi['train'] };
	const classifier = (await import(classifierPath)) as {
		LearnedScorer?: new (weights: unknown) => unknown;
	};
	if (typeof trainer.train !== 'function' || typeof classifier.LearnedScorer !== 'function') {
		throw new Error(
			'Cross-source evaluation needs train() from engine/classifier/scorer/train.ts and LearnedScorer from engine/classifier',
		);
	}
	const Scorer = classifier.LearnedScorer;
	return { train: trainer.train, makeScorer: (weights) => new Scorer(weights) };
}

/** The classifier with the scorers given (`scorer`: every length, `longFormScorer`: letters only). */
function classifierWith(scorers: { scorer?: unknown; longFormScorer?: unknown }): Classify {
	const options = scorers as Parameters<typeof classifyLead>[1];
	return (lead: LeadFields): IntentResult => classifyLead(lead, options);
}

async function crossSource(args: Arguments): Promise<void> {
	const trainDir = resolve(args.flags.get('--train-dir') ?? join(__dirname, '../data/train'));
	const files = readdirSync(trainDir)
		.filter((file) => file.endsWith('.jsonl'))
		.sort();
	if (files.length < 2)
		throw new Error(`Cross-source evaluation needs at least two training files in ${trainDir}`);
	// Training balances by source: one source per file, as `npm run train` does, not one per original label.
	const rowsByFile = new Map(
		files.map((file) => [
			file,
			readRows(join(trainDir, file)).map((row) => ({
				...row,
				source: file.replace(/\.jsonl$/, ''),
			})),
		]),
	);
	const trainer = await loadTrainer();

	console.log(`\nCross-source evaluation over ${files.length} training files in ${trainDir}`);
	console.log(
		'held out = trained on every other file, tested on this one; all = trained on every file (this one included)\n',
	);
	const allRows = files.flatMap((file) => rowsByFile.get(file)!);
	const allSources = classifierWith({ scorer: trainer.makeScorer(trainer.train(allRows)) });
	console.log(SUMMARY_HEADER);
	const heldOutOutcomes: Outcome[] = [];
	for (const file of files) {
		const heldOut = rowsByFile.get(file)!;
		const trainingRows = files
			.filter((other) => other !== file)
			.flatMap((other) => rowsByFile.get(other)!);
		const outcomes = await evaluate(
			heldOut,
			classifierWith({ scorer: trainer.makeScorer(trainer.train(trainingRows)) }),
		);
		heldOutOutcomes.push(...outcomes);
		const unseen = [...new Set(heldOut.map((row) => row.route))].filter(
			(route) => !trainingRows.some((row) => row.route === route),
		);
		if (unseen.length)
			console.log(
				`(${file} is the only training source for ${unseen.join(', ')}: held out, the model has never seen that route)`,
			);
		console.log(formatSummaryLine(`${file} held out`, summarise(outcomes)));
		console.log(formatSummaryLine(`${file} all`, summarise(await evaluate(heldOut, allSources))));
	}
	console.log(
		formatReport(
			'every file, each scored by the model that never saw it',
			summarise(heldOutOutcomes),
		),
	);
}

/** Each writer's long forms scored by a long-form scorer trained without them. */
async function crossWriter(): Promise<void> {
	const trainer = await loadTrainer();
	const { readLongFormRows, readTrainingRows } = await import('./train');
	const { LONG_FORM_TRAINING } = await import('../engine/classifier/scorer/train');
	const { defaultScorer } = await import('../engine/classifier');
	// The general corpus, read once: only long-form files are held out.
	const generalRows = readTrainingRows();
	const folder = join(__dirname, '../data/train/long-forms');
	const files = readdirSync(folder)
		.filter((file) => file.endsWith('.jsonl'))
		.sort();
	const generalOnly = classifierWith({ scorer: defaultScorer() });
	console.log(
		`\nCross-writer evaluation over ${files.length} files of written long forms in ${folder}`,
	);
	console.log(
		'held out = long-form scorer trained without this writer; general = the general scorer alone, for every length\n',
	);
	console.log(SUMMARY_HEADER);
	const heldOutOutcomes: Outcome[] = [];
	const generalOutcomes: Outcome[] = [];
	for (const file of files) {
		const rows = readRows(join(folder, file));
		const weights = trainer.train(
			readLongFormRows((skipped) => skipped === file, generalRows) as EvalRow[],
			LONG_FORM_TRAINING as Record<string, unknown>,
		);
		const outcomes = await evaluate(
			rows,
			classifierWith({ longFormScorer: trainer.makeScorer(weights) }),
		);
		const general = await evaluate(rows, generalOnly);
		heldOutOutcomes.push(...outcomes);
		generalOutcomes.push(...general);
		console.log(formatSummaryLine(`${file} held out`, summarise(outcomes)));
		console.log(formatSummaryLine(`${file} general`, summarise(general)));
	}
	console.log(formatSummaryLine('every writer, held out', summarise(heldOutOutcomes)));
	console.log(formatSummaryLine('every writer, general', summarise(generalOutcomes)));
	const heldOutFile = join(__dirname, '../data/eval/outsider-long-forms-heldout.jsonl');
	const heldOutRows = readRows(heldOutFile);
	console.log(`\nHeld-out long forms (${heldOutRows.length}, never trained on):`);
	console.log(SUMMARY_HEADER);
	console.log(
		formatSummaryLine(
			'long-form scorer',
			summarise(await evaluate(heldOutRows, (lead) => classifyLead(lead))),
		),
	);
	console.log(
		formatSummaryLine('general scorer alone', summarise(await evaluate(heldOutRows, generalOnly))),
	);
}

async function main() {
	const args = parseArguments(process.argv.slice(2));
	if (args.switches.has('--cross-source')) {
		await crossSource(args);
		return;
	}
	if (args.switches.has('--cross-writer')) {
		await crossWriter();
		return;
	}
	if (args.files.length === 0) {
		console.error(USAGE);
		process.exit(2);
	}
	const failures = await evaluateFiles(args);
	if (failures.length) {
		console.error(`\nFAILED: ${failures.join('; ')}`);
		process.exit(1);
	}
}

if (require.main === module) {
	main().catch((error: Error) => {
		console.error(error.message);
		process.exit(2);
	});
}
