import { performance } from 'node:perf_hooks';

import { classifyLead } from '../../engine/classifier';
import { generateLeads } from '../data/generatedLeads';

const LEADS = 10_000;

/**
 * Rounds over the same leads. A shared virtual machine's core is sometimes half as fast for a
 * while (another tenant on its sibling): the best round is the engine's speed, the median says
 * how steady the machine was, and the percentiles come from every round.
 */
const ROUNDS = 5;

export default {
	name: 'classifier',
	async run() {
		const leads = generateLeads(LEADS);
		for (const lead of leads.slice(0, 2000)) classifyLead(lead, { timeZone: 'America/New_York' }); // warm-up: let the JIT settle
		const latencies = new Float64Array(leads.length * ROUNDS);
		const throughputs: number[] = [];
		for (let round = 0; round < ROUNDS; round++) {
			const started = performance.now();
			for (let i = 0; i < leads.length; i++) {
				const t0 = performance.now();
				classifyLead(leads[i], { timeZone: 'America/New_York' });
				latencies[round * leads.length + i] = performance.now() - t0;
			}
			throughputs.push(LEADS / ((performance.now() - started) / 1000));
		}
		latencies.sort();
		const at = (p: number) =>
			latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))];
		const rate = (n: number) => Math.round(n).toLocaleString('en-US');
		const sorted = [...throughputs].sort((a, b) => a - b);
		const averageLength = Math.round(
			leads.reduce((sum, lead) => sum + lead.text.length, 0) / leads.length,
		);
		console.log(
			`built-in engine, ${LEADS.toLocaleString('en-US')} generated leads (300-1,500 chars, mean ${averageLength}), one core, ${ROUNDS} rounds`,
		);
		console.log(
			`throughput: ${rate(sorted[sorted.length - 1])} leads/s (best round; median ${rate(sorted[Math.floor(sorted.length / 2)])}; rounds ${throughputs.map(rate).join(', ')})`,
		);
		console.log(
			`per lead: p50 ${at(0.5).toFixed(3)} ms, p99 ${at(0.99).toFixed(3)} ms, max ${at(1).toFixed(3)} ms`,
		);
	},
};
