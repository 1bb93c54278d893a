/**
 * `npm run bench`: runs every section in scripts/bench/ (a section is a module exporting
 * `{ name, run(): Promise<void> }`), so adding a benchmark is adding a file.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';

interface BenchSection {
	name: string;
	run(): Promise<void>;
}

async function main() {
	const dir = path.join(__dirname, 'bench');
	const only = process.argv[2];
	for (const file of readdirSync(dir)
		.filter((name) => name.endsWith('.ts'))
		.sort()) {
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		const section = (require(path.join(dir, file)) as { default: BenchSection }).default;
		if (only && section.name !== only) continue;
		console.log(`\n=== ${section.name}`);
		await section.run();
	}
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
