import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The `text` of every row of every .jsonl file in a folder (not its subfolders), in file order. */
export function jsonlTexts(dir: string): string[] {
	return readdirSync(dir)
		.filter((name) => name.endsWith('.jsonl'))
		.flatMap((name) => readFileSync(path.join(dir, name), 'utf8').split('\n'))
		.filter((line) => line.trim())
		.map((line) => String((JSON.parse(line) as { text?: unknown }).text ?? ''));
}
