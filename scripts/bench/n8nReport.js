// Prints the n8n benchmark table from leadLoad.js results: per mode, the floor (Webhook -> Set),
// the control (Webhook -> Set -> Set -> Set: as many nodes as the funnel) and the funnel side by
// side over all rounds; the funnel's cost as a ratio to the floor (the target), and split
// in two: n8n's own cost of two more nodes (control / floor) and what our nodes cost beyond that
// (funnel / control).
// Usage: node n8nReport.js OUT_DIR MODE...
const fs = require('node:fs');
const path = require('node:path');

const [dir, ...modes] = process.argv.slice(2);
const TARGET = 1.1;
const MODE_NAMES = {
	single: 'single instance (n8n start)',
	queue1: 'queue mode, 1 worker',
	queue2: 'queue mode, 2 workers',
};
const percentile = (sorted, p) =>
	sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

function combine(mode, kind) {
	const files = fs
		.readdirSync(dir)
		.filter((file) => file.startsWith(`${mode}.${kind}.`) && file.endsWith('.json'));
	const runs = files.map((file) => JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')));
	const leads = runs.reduce((sum, run) => sum + run.summary.leads, 0);
	const seconds = runs.reduce((sum, run) => sum + run.summary.seconds, 0);
	const answered = runs.flatMap((run) => run.records.filter((record) => record.status === 200));
	const latencies = answered.map((record) => record.ms).sort((a, b) => a - b);
	return {
		leads,
		failed: leads - answered.length,
		leadsPerSecond: leads / seconds,
		p50: percentile(latencies, 50),
		p99: percentile(latencies, 99),
		rounds: runs.map((run) => run.summary.leadsPerSecond),
	};
}

const rows = [];
let worst = 0;
for (const mode of modes) {
	const floor = combine(mode, 'floor');
	const control = combine(mode, 'control');
	const funnel = combine(mode, 'funnel');
	const throughputRatio = floor.leadsPerSecond / funnel.leadsPerSecond;
	const p50Ratio = funnel.p50 / floor.p50;
	worst = Math.max(worst, throughputRatio, p50Ratio);
	rows.push({
		mode,
		floor,
		control,
		funnel,
		throughputRatio,
		p50Ratio,
		controlRatio: control.leads ? floor.leadsPerSecond / control.leadsPerSecond : NaN,
		oursRatio: control.leads ? control.leadsPerSecond / funnel.leadsPerSecond : NaN,
		oursP50Ratio: control.leads ? funnel.p50 / control.p50 : NaN,
	});
}

const fmt = (value, digits = 1) => value.toFixed(digits);
console.log(
	`\nn8n 2.40.7 on this machine; ${rows[0]?.floor.leads ?? 0} leads per workflow and mode, alternating rounds`,
);
console.log('| mode | workflow | leads/s | p50 ms | p99 ms | failed | leads/s per round |');
console.log('|---|---|---|---|---|---|---|');
for (const { mode, floor, control, funnel } of rows) {
	for (const [name, result] of [
		['floor: Webhook -> Set', floor],
		['control: Webhook -> Set -> Set -> Set', control],
		['funnel: Webhook -> Semantic Classifier -> Capacity Check -> Set', funnel],
	]) {
		if (!result.leads) continue;
		console.log(
			`| ${MODE_NAMES[mode] ?? mode} | ${name} | ${fmt(result.leadsPerSecond)} | ${fmt(result.p50)} | ${fmt(result.p99)} | ${result.failed} | ${result.rounds.map((rate) => fmt(rate)).join(', ')} |`,
		);
	}
}
console.log(
	'\n| mode | overhead (floor leads/s / funnel leads/s) | p50 ratio (funnel / floor) | target |',
);
console.log('|---|---|---|---|');
for (const { mode, throughputRatio, p50Ratio } of rows) {
	console.log(
		`| ${MODE_NAMES[mode] ?? mode} | ${fmt(throughputRatio, 2)} | ${fmt(p50Ratio, 2)} | <= ${fmt(TARGET, 2)} ${throughputRatio <= TARGET && p50Ratio <= TARGET ? 'met' : 'NOT met'} |`,
	);
}
console.log(
	'\nWhere the difference goes: n8n running two more nodes (control vs floor), and our two nodes beyond that (funnel vs control)',
);
console.log(
	'| mode | control vs floor (leads/s) | funnel vs control (leads/s) | funnel vs control (p50) |',
);
console.log('|---|---|---|---|');
for (const { mode, controlRatio, oursRatio, oursP50Ratio } of rows)
	console.log(
		`| ${MODE_NAMES[mode] ?? mode} | ${fmt(controlRatio, 2)} | ${fmt(oursRatio, 2)} | ${fmt(oursP50Ratio, 2)} |`,
	);
console.log(
	`\nworst ratio in the alternating rounds ${fmt(worst, 2)} (target <= ${fmt(TARGET, 2)}); the control, which costs n8n two nodes more than the floor, shows how far these ratios wander between runs`,
);

// The paired run: one lead at a time to the floor, the control and the funnel in turn, so the
// three share the machine's speed at every moment. At concurrency 1 a webhook's latency is its
// execution's whole cost, and the ratio of medians is what our nodes add to each execution.
const paired = modes
	.map((mode) => ({ mode, file: path.join(dir, `${mode}.paired.json`) }))
	.filter(({ file }) => fs.existsSync(file))
	.map(({ mode, file }) => {
		const { records } = JSON.parse(fs.readFileSync(file, 'utf8'));
		const of = (label) => records.filter((record) => record.target === label);
		const p50 = (label) =>
			percentile(
				of(label)
					.filter((record) => record.status === 200)
					.map((record) => record.ms)
					.sort((a, b) => a - b),
				50,
			);
		return {
			mode,
			leads: of('floor').length,
			failed: records.filter((record) => record.status !== 200).length,
			floor: p50('floor'),
			control: p50('control'),
			funnel: p50('funnel'),
		};
	});
if (paired.length) {
	console.log(
		'\nPaired run (one lead at a time, floor, control and funnel in turn): median webhook latency',
	);
	console.log(
		'| mode | leads each | failed | floor p50 ms | control p50 ms | funnel p50 ms | funnel / floor | control / floor | funnel / control | target |',
	);
	console.log('|---|---|---|---|---|---|---|---|---|---|');
	let pairedWorst = 0;
	for (const row of paired) {
		const ratio = row.funnel / row.floor;
		pairedWorst = Math.max(pairedWorst, ratio);
		console.log(
			`| ${MODE_NAMES[row.mode] ?? row.mode} | ${row.leads} | ${row.failed} | ${fmt(row.floor)} | ${fmt(row.control)} | ${fmt(row.funnel)} | ${fmt(ratio, 2)} | ${fmt(row.control / row.floor, 2)} | ${fmt(row.funnel / row.control, 2)} | <= ${fmt(TARGET, 2)} ${ratio <= TARGET ? 'met' : 'NOT met'} |`,
		);
	}
	console.log(`\nworst paired ratio ${fmt(pairedWorst, 2)} (target <= ${fmt(TARGET, 2)})`);
}
