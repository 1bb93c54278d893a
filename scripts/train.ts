/**
 * `npm run train`: trains the two learned scorers and writes their weights, deterministically
 * (the same corpus gives the same bytes):
 * - engine/classifier/scorer/weights.json, the general scorer: every file in data/train/;
 * - engine/classifier/scorer/weights-long-form.json, the scorer for letters (messages from
 *   LONG_FORM_CHARS characters): the rows of data/train/ from LONG_FORM_TRAINING_CHARS characters
 *   and every file in data/train/long-forms/ (contact forms written for this project);
 * - engine/classifier/scorer/weights-short-messages.json, the second reader of short messages:
 *   every file in data/train/ and data/train/short-writers/ (the writers as two sources, short
 *   messages and chat, so that their register weighs as two among the others);
 * - engine/classifier/scorer/weights-orders.json, the reader of orders: the second reader's corpus
 *   and data/train/orders/ (orders given as instructions, and the personal requests that read like
 *   them), asked only before a lead is dropped or sent to support unseen;
 * - engine/classifier/scorer/weights-steering.json, the words of sentences that steer a lead's own
 *   handling (engine/classifier/steeringWords.ts): see readSteeringCorpus.
 *   npm run train                  # write the weights
 *   npm run train -- --check       # fail if the committed weights differ from a fresh training
 *   npm run train -- --seeds 7,8   # an experiment: weights averaged over runs of several seeds
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

import { LONG_FORM_TRAINING_CHARS } from '../engine/classifier/scorer';
import type { TrainingRow } from '../engine/classifier/scorer/train';
import { LONG_FORM_TRAINING, train } from '../engine/classifier/scorer/train';
import { instructionToTheSoftware } from '../engine/classifier/otherVoices';
import { sentencesOf, steeringOfTheHandling } from '../engine/classifier/steering';
import { trainSteeringWords } from '../engine/classifier/steeringWords';

const ROOT = join(__dirname, '..');
const DATA = join(ROOT, 'data', 'train');
const LONG_FORMS = join(DATA, 'long-forms');
const SHORT_WRITERS = join(DATA, 'short-writers');
const STEERING_WRITERS = join(DATA, 'steering');
const ORDER_WRITERS = join(DATA, 'orders');
const ADVERSARIAL_FIXTURES = join(ROOT, 'test', 'fixtures', 'adversarial');
/** Where a sentence's steering weights must sum to (chosen on the red-team sets of docs/evaluation.md, "Fortieth pass"). */
export const STEERING_TRAINING = { minCount: 5, minWeight: 2, threshold: 18 };
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

/**
 * The reader of orders' corpus: the second reader's, and the orders writers (in the short writers'
 * register, so weighed as that source).
 */
export function readOrderRows(
	shortMessages: readonly TrainingRow[] = readShortMessageRows(),
): TrainingRow[] {
	return [
		...shortMessages,
		...readTrainingRows(ORDER_WRITERS).map((row) => ({ ...row, source: 'written-short' })),
	];
}

/** The rows of a folder's JSONL files (those `only` keeps), file names sorted. */
function jsonl(
	folder: string,
	only: (file: string) => boolean = () => true,
): Array<Record<string, string>> {
	return readdirSync(folder)
		.filter((name) => name.endsWith('.jsonl') && only(name))
		.sort()
		.flatMap((name) =>
			readFileSync(join(folder, name), 'utf8')
				.split('\n')
				.filter((line) => line.trim())
				.map((line) => JSON.parse(line) as Record<string, string>),
		);
}

/**
 * The steering corpus, as sentences. Steering: the sentence each steering writer marked
 * (data/train/steering, "steer"), and every sentence of an injection in data/train/ and in the
 * adversarial fixtures that the engine's own instruction and steering checks read on its own.
 * Buying: every sentence of every buyer in data/train/ (general, short writers, long forms, steering
 * writers). The fixtures' injections are read so that the words of the red-team waves count; their
 * hard gate in \`npm test\` is then partly in-sample, and the blind measure is the red-team sets
 * written after (docs/evaluation.md). The labels come from the checks, so a change to them can
 * change this table: \`npm run train -- --check\` says so.
 */
export function readSteeringCorpus(): { steering: string[]; buying: string[] } {
	const steering: string[] = [];
	const buying: string[] = [];
	const readAlone = (sentence: string) =>
		instructionToTheSoftware(sentence) !== null || steeringOfTheHandling(sentence) !== null;
	for (const row of jsonl(STEERING_WRITERS)) {
		if (row.kind === 'injection' && row.steer) {
			const sentences = sentencesOf(row.steer);
			steering.push(...(sentences.length > 0 ? sentences : [row.steer]));
		} else if (row.kind === 'buyer') buying.push(...sentencesOf(row.text));
	}
	const injections = [
		...jsonl(DATA, (file) => file === 'generated-injections.jsonl'),
		...jsonl(SHORT_WRITERS).filter((row) => row.kind === 'injection'),
		...jsonl(ADVERSARIAL_FIXTURES, (file) => file.startsWith('injection')),
	];
	for (const row of injections) steering.push(...sentencesOf(row.text).filter(readAlone));
	for (const row of [...jsonl(DATA), ...jsonl(SHORT_WRITERS), ...jsonl(LONG_FORMS)])
		if (row.route === 'sales') buying.push(...sentencesOf(row.text));
	return { steering, buying };
}

if (require.main === module) {
	const started = Date.now();
	const general = readTrainingRows();
	const shortMessages = readShortMessageRows(general);
	const scorers = [
		{ file: join(SCORER_DIR, 'weights.json'), rows: general, options: {} },
		{
			file: join(SCORER_DIR, 'weights-long-form.json'),
			rows: readLongFormRows(undefined, general),
			options: LONG_FORM_TRAINING,
		},
		{
			file: join(SCORER_DIR, 'weights-short-messages.json'),
			rows: shortMessages,
			options: {},
		},
		{
			file: join(SCORER_DIR, 'weights-orders.json'),
			rows: readOrderRows(shortMessages),
			options: {},
		},
	];
	const check = process.argv.includes('--check');
	// An experiment: weights averaged over runs of several seeds ("--seeds 7,8,9"), for measuring
	// how much of a reading is the shuffle's and not the data's. The committed weights are one run.
	const seedsAt = process.argv.indexOf('--seeds');
	const seeds = seedsAt >= 0 ? process.argv[seedsAt + 1].split(',').map(Number) : undefined;
	let stale = false;
	/** Writes a table's weights, or with --check says whether the committed file matches them. */
	const writeOrCheck = (file: string, weights: unknown, trainedOn: string) => {
		const text = `${JSON.stringify(weights, null, '\t')}\n`;
		const name = relative(ROOT, file);
		if (check) {
			if (readFileSync(file, 'utf8') !== text) {
				console.error(`${name} differs from a fresh \`npm run train\`: retrain and commit`);
				stale = true;
			} else console.log(`${name} matches a fresh training run`);
		} else {
			writeFileSync(file, text);
			console.log(`${name}: ${trainedOn}; ${text.length} bytes`);
		}
	};
	for (const { file, rows, options } of scorers) {
		const weights = train(rows, seeds ? { ...options, seeds } : options);
		writeOrCheck(
			file,
			weights,
			`trained on ${rows.length} rows; temperature ${weights.temperature}`,
		);
	}
	const { steering, buying } = readSteeringCorpus();
	writeOrCheck(
		join(SCORER_DIR, 'weights-steering.json'),
		trainSteeringWords(steering, buying, STEERING_TRAINING),
		`${steering.length} steering and ${buying.length} buying sentences`,
	);
	if (stale) process.exit(1);
	if (!check) console.log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
