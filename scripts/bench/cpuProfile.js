// Sums a V8 CPU profile (node --cpu-prof, as `BENCH_N8N_CPU_PROF=DIR npm run bench:n8n` writes
// for the single n8n instance) by who spent the time: this package per file, each other package
// (n8n's modules, its database driver, ...), Node's own internals, garbage collection and idle.
// Usage: node scripts/bench/cpuProfile.js DIR_OR_FILE [--top N]
const fs = require('node:fs');
const path = require('node:path');

const target = process.argv[2];
const top = Number(process.argv[process.argv.indexOf('--top') + 1]) || 25;
const files = fs.statSync(target).isDirectory()
	? fs
			.readdirSync(target)
			.filter((file) => file.endsWith('.cpuprofile'))
			.map((file) => path.join(target, file))
	: [target];
// n8n's own process writes the largest profile; its task runners and helpers write small ones.
const file = files.sort((a, b) => fs.statSync(b).size - fs.statSync(a).size)[0];
const profile = JSON.parse(fs.readFileSync(file, 'utf8'));

const OURS = 'n8n-nodes-intent-funnel/';
/** Who a frame belongs to: our package (by file), another package, or Node/V8 itself. */
function ownerOf(frame) {
	const url = frame.url || '';
	if (!url) return frame.functionName.startsWith('(') ? frame.functionName : '(native)';
	if (url.includes(OURS)) return `ours: ${url.slice(url.indexOf(OURS) + OURS.length)}`;
	if (url.startsWith('node:')) return 'node: internals';
	const last = url.lastIndexOf('node_modules/');
	return last >= 0 ? (/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url.slice(last))?.[1] ?? url) : url;
}

const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const self = new Map();
// Sample time deltas are in microseconds; each sample charges the frame it caught.
for (const [index, id] of profile.samples.entries()) {
	const owner = ownerOf(byId.get(id).callFrame);
	self.set(owner, (self.get(owner) ?? 0) + (profile.timeDeltas[index] ?? 0));
}
const total = [...self.values()].reduce((sum, value) => sum + value, 0);
const busy = total - (self.get('(idle)') ?? 0);
const ours = [...self]
	.filter(([owner]) => owner.startsWith('ours: '))
	.reduce((sum, [, value]) => sum + value, 0);
const ms = (value) => (value / 1000).toFixed(0);
console.log(
	`${path.basename(file)}: ${ms(total)} ms profiled, ${ms(busy)} ms busy (not idle); this package ${ms(ours)} ms = ${((100 * ours) / busy).toFixed(1)}% of busy time`,
);
console.log('| self time ms | % of busy | who |');
console.log('|---|---|---|');
for (const [owner, value] of [...self]
	.filter(([owner]) => owner !== '(idle)')
	.sort((a, b) => b[1] - a[1])
	.slice(0, top)) {
	console.log(`| ${ms(value)} | ${((100 * value) / busy).toFixed(1)} | ${owner} |`);
}
