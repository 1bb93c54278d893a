/**
 * The training corpus must not contain what the classifier is judged on: the held-out contact
 * forms, the adversarial and plain-buyer suites, and the shared dev set. A copied row would make
 * those numbers measure memory instead of generalisation.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../..');
const key = (text: string) => text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();

function texts(file: string): string[] {
	return readFileSync(file, 'utf8')
		.split('\n')
		.filter((line) => line.trim())
		.map((line) => key((JSON.parse(line) as { text: string }).text));
}

const jsonlIn = (dir: string) =>
	readdirSync(dir)
		.filter((file) => file.endsWith('.jsonl'))
		.map((file) => join(dir, file));

// Both scorers' corpora: data/train/ (general) and data/train/long-forms/ (the long-form scorer's
// own), and the short messages of data/train/short-writers/ that scripts/experiments trains on.
const training = new Set(
	[
		...jsonlIn(join(ROOT, 'data/train')),
		...jsonlIn(join(ROOT, 'data/train/long-forms')),
		...jsonlIn(join(ROOT, 'data/train/short-writers')),
	].flatMap(texts),
);

describe('training corpus leakage', () => {
	it('has thousands of rows to check against', () => {
		expect(training.size).toBeGreaterThan(5000);
	});

	it.each([
		['evaluation sets (contact forms, outsider suites)', jsonlIn(join(ROOT, 'data/eval'))],
		['adversarial suite', jsonlIn(join(ROOT, 'test/fixtures/adversarial'))],
		[
			'plain buyers',
			[
				join(ROOT, 'test/fixtures/plain-buyers.jsonl'),
				join(ROOT, 'test/fixtures/plain-buyers-reworded.jsonl'),
			],
		],
	])('shares no text with the %s', (_label, files) => {
		const checked = files.flatMap(texts);
		expect(checked.length).toBeGreaterThan(50);
		expect(checked.filter((text) => training.has(text))).toEqual([]);
	});

	it('shares no text with the shared dev set (evaluation only)', () => {
		// CI lays shared/ beside the clone, as for the eval gate in scripts/test.sh.
		const devSet =
			process.env.INTENT_FUNNEL_DEV_SET ?? join(ROOT, '../shared/data/public-dev.jsonl');
		expect(existsSync(devSet)).toBe(true);
		const dev = texts(devSet);
		expect(dev.length).toBeGreaterThan(1000);
		expect(dev.filter((text) => training.has(text))).toEqual([]);
	});
});
