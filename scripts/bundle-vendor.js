#!/usr/bin/env node
// Build step after tsc (`node scripts/bundle-vendor.js [DIST]`): makes dist/ need nothing that n8n's community installer would download.
// - Modules n8n 2.40.7 itself depends on (FROM_N8N) stay plain require()s: n8n puts its own
//   node_modules on NODE_PATH before loading community packages (packages/cli/src/
//   load-nodes-and-credentials.ts, init()), so they resolve to n8n's copies.
// - Everything else the code uses (BUNDLED) is bundled by esbuild into dist/vendor/<name>.js,
//   once per module, and the require()s in dist/ are pointed there. Their licences go to
//   dist/vendor/LICENSES.md.
// - Any other bare require() fails the build, so a new runtime dependency cannot slip past.
const fs = require('node:fs');
const path = require('node:path');
const { builtinModules } = require('node:module');
const esbuild = require('esbuild');

const ROOT = path.resolve(__dirname, '..');
const DIST = path.resolve(process.argv[2] ?? path.join(ROOT, 'dist'));
const VENDOR = path.join(DIST, 'vendor');

/** Direct dependencies of n8n@2.40.7 (its package.json), so present wherever n8n runs. */
const FROM_N8N = new Set(['n8n-workflow', 'luxon', 'zod', 'sqlite3', 'ioredis']);
/** Runtime libraries n8n does not ship. */
const BUNDLED = ['chrono-node', 'libphonenumber-js', 'node-ical', '@redis/client'];

const BARE_REQUIRE = /\brequire\((["'])([^"'./][^"']*)\1\)/g;
const packageOf = (specifier) =>
	specifier
		.split('/')
		.slice(0, specifier.startsWith('@') ? 2 : 1)
		.join('/');
const vendorFile = (name) => `${name.replace('/', '__')}.js`;

function jsFiles(dir) {
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) return full === VENDOR ? [] : jsFiles(full);
		return entry.name.endsWith('.js') ? [full] : [];
	});
}

function licenceText(name) {
	const dir = path.join(ROOT, 'node_modules', name);
	const file = fs.readdirSync(dir).find((entry) => /^(licen[cs]e|copying)(\.|$)/i.test(entry));
	return file
		? fs.readFileSync(path.join(dir, file), 'utf8').trim()
		: '(no licence file in the package)';
}

async function main() {
	fs.rmSync(VENDOR, { recursive: true, force: true });
	fs.mkdirSync(VENDOR, { recursive: true });
	const files = jsFiles(DIST);
	const used = new Set();
	const problems = [];
	const rewrites = [];
	for (const file of files) {
		const source = fs.readFileSync(file, 'utf8');
		const rewritten = source.replace(BARE_REQUIRE, (whole, quote, specifier) => {
			const name = packageOf(specifier);
			// node: schemes are builtins even when this build's Node predates them (node:sqlite).
			if (specifier.startsWith('node:') || builtinModules.includes(specifier) || FROM_N8N.has(name))
				return whole;
			if (!BUNDLED.includes(name) || specifier !== name) {
				problems.push(
					`${path.relative(ROOT, file)}: require("${specifier}") is neither shipped by n8n nor bundled (scripts/bundle-vendor.js)`,
				);
				return whole;
			}
			used.add(name);
			let target = path
				.relative(path.dirname(file), path.join(VENDOR, vendorFile(name)))
				.split(path.sep)
				.join('/');
			if (!target.startsWith('.')) target = `./${target}`;
			return `require(${quote}${target}${quote})`;
		});
		if (rewritten !== source) rewrites.push([file, rewritten]);
	}
	// Nothing is written when something is missing, so a fixed list can simply rerun the step.
	if (problems.length) throw new Error(problems.join('\n'));
	for (const [file, rewritten] of rewrites) fs.writeFileSync(file, rewritten);

	const licences = [];
	for (const name of [...used].sort()) {
		const { version, license } = JSON.parse(
			fs.readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8'),
		);
		await esbuild.build({
			stdin: {
				contents: `module.exports = require(${JSON.stringify(name)});`,
				resolveDir: ROOT,
				loader: 'js',
			},
			bundle: true,
			platform: 'node',
			format: 'cjs',
			target: 'node20',
			outfile: path.join(VENDOR, vendorFile(name)),
			external: [...FROM_N8N],
			legalComments: 'none',
			logLevel: 'warning',
			banner: {
				js: `// ${name}@${version} (${license}), bundled by scripts/bundle-vendor.js; licence in LICENSES.md`,
			},
		});
		licences.push(`## ${name}@${version} (${license})\n\n${licenceText(name)}\n`);
	}
	fs.writeFileSync(
		path.join(VENDOR, 'LICENSES.md'),
		`# Bundled third-party code\n\nThese libraries are bundled into dist/vendor/ so that n8n's community installer downloads nothing else.\n\n${licences.join('\n')}`,
	);
	const sizes = [...used].map(
		(name) =>
			`${name} ${Math.round(fs.statSync(path.join(VENDOR, vendorFile(name))).size / 1024)} kB`,
	);
	console.log(`[bundle-vendor] bundled ${sizes.join(', ')}; from n8n: ${[...FROM_N8N].join(', ')}`);
}

main().catch((error) => {
	console.error(`[bundle-vendor] ${error.message}`);
	process.exit(1);
});
