/**
 * `npm run train`: trains the two learned scorers and writes their weights, deterministically
 * (the same corpus gives the same bytes):
 * - engine/classifier/scorer/weights.json, the general scorer: every file in data/train/;
 * - engine/classifier/scorer/weights-long-form.json, the scorer for letters (messages from
 *   LONG_FORM_CHARS characters): the rows of data/train/ from LONG_FORM_TRAINING_CHARS characters
 *   and every file in data/train/long-forms/ (contact forms written for this project);
 * - engine/classifier/scorer/weights-short-messages.json, the second reader of short messages:
 *   every file in data/train/ and data/train/short-writers/ (the writers as two sources, short
 *   messages and chat, so that their register weighs as two among the others).
 *   npm run train                  # write the weights
 *   npm run train -- --check       # fail if the committed weights differ from a fresh training
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

import { LONG_FORM_TRAINING_CHARS } from '../engine/classifier/scorer';
import type { TrainingRow } from '../engine/classifier/scorer/train';
import { LONG_FORM_TRAINING, train } from '../engine/classifier/scorer/train';

const ROOT = join(__dirname, '..');
const DATA = join(ROOT, 'data', 'train');
const LONG_FORMS = join(DATA, 'long-forms');
const SHORT_WRITERS = join(DATA, 'short-writers');
const SCORER_DIR = join(ROOT, 'engine', 'classifier', 'scorer');

export function readTrainingRows(
	folder = DATA,
	skip: (file: string) => boolean = () => false,
): TrainingRow[] {
	const rows: TrainingRow[] = [];
	for (const file of readdirSync(folder)
		.filter((name) => name.endsWith('.jsonl'))
		.sort()) {
		if (skip(file)) continue;
		for (const line of readFileSync(join(folder, file), 'utf8').split('\n')) {
			if (!line.trim()) continue;
			const row = JSON.parse(line) as TrainingRow & { source?: string };
			rows.push({ ...row, source: file.replace(/\.jsonl$/, '') });
		}
	}
	return rows;
}

/** The long-form scorer's corpus: the general corpus's letters and the written long forms. */
export function readLongFormRows(
	skip: (file: string) => boolean = () => false,
	general: readonly TrainingRow[] = readTrainingRows(DATA, skip),
): TrainingRow[] {
	return [
		...general.filter((row) => row.text.length >= LONG_FORM_TRAINING_CHARS),
		...readTrainingRows(LONG_FORMS, skip),
	];
}

/** The second reader's corpus: the general corpus and the short-message writers, as two sources. */
export function readShortMessageRows(
	general: readonly TrainingRow[] = readTrainingRows(),
): TrainingRow[] {
	return [
		...general,
		...readTrainingRows(SHORT_WRITERS).map((row) => ({
			...row,
			source: row.source?.startsWith('written-chat') ? 'written-chat' : 'written-short',
		})),
	];
}

if (require.main === module) {
	const started = Date.now();
	const general = readTrainingRows();
	const scorers = [
		{ file: join(SCORER_DIR, 'weights.json'), rows: general, options: {} },
		{
			file: join(SCORER_DIR, 'weights-long-form.json'),
			rows: readLongFormRows(undefined, general),
			options: LONG_FORM_TRAINING,
		},
		{
			file: join(SCORER_DIR, 'weights-short-messages.json'),
			rows: readShortMessageRows(general),
			options: {},
		},
	];
	let stale = false;
	for (const { file, rows, options } of scorers) {
		const weights = train(rows, options);
		const text = `${JSON.stringify(weights, null, '\t')}\n`;
		const name = relative(ROOT, file);
		if (process.argv.includes('--check')) {
			if (readFileSync(file, 'utf8') !== text) {
				console.error(`${name} differs from a fresh \`npm run train\`: retrain and commit`);
				stale = true;
			} else console.log(`${name} matches a fresh training run`);
		} else {
			writeFileSync(file, text);
			console.log(
				`${name}: trained on ${rows.length} rows; temperature ${weights.temperature}; ${text.length} bytes`,
			);
		}
	}
	if (stale) process.exit(1);
	if (!process.argv.includes('--check'))
		console.log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
