/**
 * Seeded randomness for the data generators: the same seed writes the same file byte for byte,
 * so a regenerated corpus shows up in a diff only when a template really changed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export interface Random {
	next(): number;
	int(maxExclusive: number): number;
	pick<T>(items: readonly T[]): T;
	chance(probability: number): boolean;
	shuffle<T>(items: readonly T[]): T[];
}

/** mulberry32 over a string seed hashed with FNV-1a. */
export function seededRandom(seed: string): Random {
	let state = 0x811c9dc5;
	for (let i = 0; i < seed.length; i++) state = Math.imul(state ^ seed.charCodeAt(i), 0x01000193);
	const next = () => {
		state = (state + 0x6d2b79f5) | 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (maxExclusive: number) => Math.floor(next() * maxExclusive);
	return {
		next,
		int,
		pick: (items) => items[int(items.length)],
		chance: (probability) => next() < probability,
		shuffle: (items) => {
			const copy = [...items];
			for (let i = copy.length - 1; i > 0; i--) {
				const j = int(i + 1);
				[copy[i], copy[j]] = [copy[j], copy[i]];
			}
			return copy;
		},
	};
}

export type Route = 'sales' | 'nurture' | 'support' | 'junk';

export interface LabelledRow {
	text: string;
	route: Route;
	source: string;
}


/** The repository root: generated files are named relative to it. */
export const REPO_ROOT = resolve(__dirname, '../..');

/** Generated files by repository-relative path. */
export type GeneratedFiles = Map<string, readonly object[]>;

/** Writes each file and says how many rows it got. */
export function writeGenerated(files: GeneratedFiles): void {
	for (const [path, rows] of files) {
		const target = join(REPO_ROOT, path);
		mkdirSync(dirname(target), { recursive: true });
		writeFileSync(target, toJsonl(rows));
		console.log(`${path}: ${rows.length} rows`);
	}
}

/** One JSON object a line, in the order given, with a trailing newline. */
export function toJsonl(rows: readonly object[]): string {
	return rows.map((row) => JSON.stringify(row)).join('\n') + '\n';
}
