/**
 * Builds the public-data part of the training corpus (data/train/clinc150.jsonl,
 * banking77.jsonl, sms-spam-even.jsonl) from local git mirrors of the source repositories.
 *   npx ts-node --transpile-only scripts/data/import-public.ts MIRRORS_DIR
 * MIRRORS_DIR holds one bare clone per source, named owner+name/repo (see SOURCES.md for the
 * repositories). The output is committed, so this runs only when the mapping changes.
 *
 * Held out on purpose, never read here: the odd-numbered lines of the SMS Spam Collection and
 * anything from rasa-demo (the shared dev set is drawn from it). Any row whose text also appears
 * in the shared dev set is dropped, so evaluation there stays independent of training.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { type LabelledRow, type Route, seededRandom, toJsonl } from './random';

const OUT_DIR = resolve(__dirname, '../../data/train');
const DEV_SET = resolve(__dirname, '../../../shared/data/public-dev.jsonl');

function gitShow(mirrors: string, repo: string, path: string): string {
	return execFileSync('git', ['--git-dir', join(mirrors, repo, 'repo'), 'show', `HEAD:${path}`], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const devKey = (text: string) => squash(text).toLowerCase();

function devTexts(): Set<string> {
	if (!existsSync(DEV_SET)) return new Set();
	return new Set(
		readFileSync(DEV_SET, 'utf8')
			.split('\n')
			.filter(Boolean)
			.map((line) => devKey((JSON.parse(line) as { text: string }).text)),
	);
}

/** Takes up to `perLabel` rows of each label, in a seeded order, keeping the labels' order stable. */
function samplePerLabel<T>(rows: readonly T[], labelOf: (row: T) => string, perLabel: (label: string) => number, seed: string): T[] {
	const byLabel = new Map<string, T[]>();
	for (const row of rows) {
		const label = labelOf(row);
		if (!byLabel.has(label)) byLabel.set(label, []);
		byLabel.get(label)!.push(row);
	}
	const random = seededRandom(seed);
	return [...byLabel.keys()].sort().flatMap((label) => random.shuffle(byLabel.get(label)!).slice(0, perLabel(label)));
}

// CLINC150 domains as a B2B lead funnel sees them: banking and card questions come from someone
// who already has an account (support); small talk and out-of-scope queries are chit-chat (junk);
// the personal-assistant domains (travel, kitchen, home, auto, utility, work, meta) are
// off-topic for a sales contact form (junk), and teach that "schedule a meeting" or "book a
// table" in a personal request is not a buying action.
const CLINC_SUPPORT_DOMAINS = new Set(['banking', 'credit_cards']);

function clinc(mirrors: string, dev: Set<string>): LabelledRow[] {
	const repo = 'clinc+oos-eval';
	const domains = JSON.parse(gitShow(mirrors, repo, 'data/domains.json')) as Record<string, string[]>;
	const domainOf = new Map<string, string>();
	for (const [domain, intents] of Object.entries(domains)) for (const intent of intents) domainOf.set(intent, domain);
	const full = JSON.parse(gitShow(mirrors, repo, 'data/data_full.json')) as Record<string, Array<[string, string]>>;
	// Only the train and oos_train/oos_val splits: CLINC's own test splits stay untouched.
	const rows = [...full.train, ...full.oos_train, ...full.oos_val];
	const perIntent = (intent: string) => {
		if (intent === 'oos') return 200;
		const domain = domainOf.get(intent);
		if (domain === 'small_talk') return 60;
		return CLINC_SUPPORT_DOMAINS.has(domain ?? '') ? 20 : 10;
	};
	return samplePerLabel(rows, ([, intent]) => intent, perIntent, 'clinc150')
		.filter(([text]) => !dev.has(devKey(text)))
		.map(([text, intent]) => {
			const domain = intent === 'oos' ? 'oos' : domainOf.get(intent)!;
			const route: Route = CLINC_SUPPORT_DOMAINS.has(domain) ? 'support' : 'junk';
			return { text: squash(text), route, source: `clinc150:${domain}#${intent}` };
		});
}

/** Splits one CSV line of banking77 (a text that may be quoted, then the category). */
function parseCsvLine(line: string): [string, string] | null {
	const match = /^(?:"((?:[^"]|"")*)"|([^,]*)),([A-Za-z_?]+)$/.exec(line);
	if (!match) return null;
	return [match[1] !== undefined ? match[1].replace(/""/g, '"') : match[2], match[3]];
}

// Every banking77 query comes from an existing customer of the bank: support.
function banking77(mirrors: string, dev: Set<string>): LabelledRow[] {
	const csv = gitShow(mirrors, 'PolyAI-LDN+task-specific-datasets', 'banking_data/train.csv');
	const rows = csv
		.split(/\r?\n/)
		.slice(1)
		.filter(Boolean)
		.map(parseCsvLine)
		.filter((row): row is [string, string] => row !== null);
	return samplePerLabel(rows, ([, category]) => category, () => 20, 'banking77')
		.filter(([text]) => !dev.has(devKey(text)))
		.map(([text, category]) => ({ text: squash(text), route: 'support' as const, source: `banking77#${category}` }));
}

// The original file (5,574 lines, "label<TAB>text"); the mirror adds a header line, which is
// skipped so that line numbers are the original's. Only even-numbered lines are used: the
// odd-numbered ones are reserved for independent evaluation.
function smsSpamEven(mirrors: string, dev: Set<string>): LabelledRow[] {
	const lines = gitShow(mirrors, 'hamzaaacodes+sms-spam-collection', 'SMSSpamCollection').split('\n');
	const original = lines[0].startsWith('Label\t') ? lines.slice(1) : lines;
	if (original.filter(Boolean).length !== 5574) throw new Error(`Expected the 5,574-line original SMS Spam Collection, got ${original.length} lines`);
	const rows: LabelledRow[] = [];
	original.forEach((line, index) => {
		const lineNumber = index + 1;
		if (lineNumber % 2 !== 0 || !line) return;
		const tab = line.indexOf('\t');
		const label = line.slice(0, tab);
		const text = squash(line.slice(tab + 1));
		if (dev.has(devKey(text))) return;
		rows.push({ text, route: 'junk', source: `sms-spam-collection:${label}#line${lineNumber}` });
	});
	return rows;
}

function main() {
	const mirrors = process.argv[2];
	if (!mirrors) {
		console.error('Usage: ts-node scripts/data/import-public.ts MIRRORS_DIR');
		process.exit(2);
	}
	const dev = devTexts();
	const outputs: Array<[string, LabelledRow[]]> = [
		['clinc150.jsonl', clinc(mirrors, dev)],
		['banking77.jsonl', banking77(mirrors, dev)],
		['sms-spam-even.jsonl', smsSpamEven(mirrors, dev)],
	];
	for (const [file, rows] of outputs) {
		writeFileSync(join(OUT_DIR, file), toJsonl(rows));
		console.log(`${file}: ${rows.length} rows`);
	}
}

if (require.main === module) main();
