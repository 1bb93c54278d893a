/**
 * `npm run train`: trains the learned scorer on every file in data/train/ and writes
 * engine/classifier/scorer/weights.json. Deterministic: the same corpus gives the same bytes.
 *   npm run train                  # write the weights
 *   npm run train -- --check       # fail if the committed weights differ from a fresh training
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import type { TrainingRow } from '../engine/classifier/scorer/train';
import { train } from '../engine/classifier/scorer/train';

const ROOT = join(__dirname, '..');
const DATA = join(ROOT, 'data', 'train');
const OUT = join(ROOT, 'engine', 'classifier', 'scorer', 'weights.json');

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

if (require.main === module) {
	const started = Date.now();
	const rows = readTrainingRows();
	const weights = train(rows);
	const text = `${JSON.stringify(weights, null, '\t')}\n`;
	if (process.argv.includes('--check')) {
		const committed = readFileSync(OUT, 'utf8');
		if (committed !== text) {
			console.error(
				'engine/classifier/scorer/weights.json differs from a fresh `npm run train`: retrain and commit',
			);
			process.exit(1);
		}
		console.log('weights.json matches a fresh training run');
	} else {
		writeFileSync(OUT, text);
		console.log(
			`trained on ${rows.length} rows in ${((Date.now() - started) / 1000).toFixed(1)} s; temperature ${weights.temperature}; wrote ${OUT} (${text.length} bytes)`,
		);
	}
}
