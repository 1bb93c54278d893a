import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.join(__dirname, '../..');

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) return sourceFiles(full);
		return entry.name.endsWith('.ts') ? [full] : [];
	});
}

/** Every module specifier a file imports or re-exports from. */
const specifiers = (source: string) =>
	[...source.matchAll(/\bfrom\s+'([^']+)'/g)].map((match) => match[1]);

describe("the engine's one public surface", () => {
	const files = [...sourceFiles(path.join(root, 'nodes')), path.join(root, 'index.ts')];

	it('finds the node sources it checks', () => {
		expect(files.length).toBeGreaterThan(20);
		expect(
			files.some((file) => specifiers(readFileSync(file, 'utf8')).some((s) => /engine$/.test(s))),
		).toBe(true);
	});

	it.each(files.map((file) => [path.relative(root, file), file]))(
		'%s imports the engine only through engine/index.ts',
		(_name, file) => {
			const deep = specifiers(readFileSync(file, 'utf8')).filter((specifier) => {
				const target = path.resolve(path.dirname(file), specifier);
				return specifier.startsWith('.') && target.startsWith(path.join(root, 'engine') + path.sep);
			});
			expect(deep).toEqual([]);
		},
	);
});
