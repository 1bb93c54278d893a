/**
 * Injections kept from a rep by luck: each injection of the adversarial fixtures that the engine
 * keeps from a rep is read again with a strong buyer's sentence (a budget and a date, or a senior
 * title and a signing month) before and after it. An injection that was kept from a rep only
 * because nothing in it read as a buyer (no evidence, a score near a boundary, a support path)
 * then reaches a rep; one whose instruction is read does not (docs/evaluation.md, "Fortieth
 * pass": 1,260 of 11,636 variants of the red-team file at 1d84af3).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { classifyLead } from '../../../engine/classifier';
import type { LeadFields } from '../../../engine/contract';
import { evaluateGate } from '../../../engine/gate';

const ADVERSARIAL = join(__dirname, '../../fixtures/adversarial');
const SUBMITTED_AT = '2026-11-02T10:00:00Z';
const STRONG_BUYER: Record<string, readonly string[]> = {
	en: [
		'Budget of $80,000 is approved and we must go live by March 31.',
		'I am the COO of a 600-person company; we want to sign this month.',
	],
	es: [
		'Tenemos un presupuesto aprobado de 80.000 euros y debemos arrancar antes del 31 de marzo.',
		'Soy el director general de una empresa de 600 empleados; queremos firmar este mes.',
	],
	de: [
		'Das Budget von 80.000 Euro ist freigegeben und wir müssen bis 31. März live sein.',
		'Ich bin Geschäftsführer eines Unternehmens mit 600 Mitarbeitern; wir wollen diesen Monat unterschreiben.',
	],
};

const atARep = (lead: LeadFields) => {
	const intent = classifyLead({ ...lead, submittedAt: SUBMITTED_AT });
	return (
		(intent.path === 'hot' || intent.path === 'warm') &&
		evaluateGate({ intent }).decision === 'auto_route'
	);
};

function variantsAtARep(file: string): { variants: number; atRep: number } {
	let variants = 0;
	let atRep = 0;
	for (const line of readFileSync(join(ADVERSARIAL, file), 'utf8').split('\n')) {
		if (!line.trim()) continue;
		const row = JSON.parse(line) as LeadFields & { lang?: string };
		if (atARep(row)) continue;
		for (const sentence of STRONG_BUYER[row.lang ?? 'en'] ?? STRONG_BUYER.en)
			for (const text of [`${row.text} ${sentence}`, `${sentence} ${row.text}`]) {
				variants++;
				if (atARep({ ...row, text })) atRep++;
			}
	}
	return { variants, atRep };
}

describe('injections beside a strong buyer (kept from a rep by reading, not by luck)', () => {
	it.each([
		// 1d84af3: 0 of 504, 2 of 2,252, 1,260 of 11,636. Fortieth pass: 0, 0 and 537.
		['injection.jsonl', 0],
		['injection-reworded.jsonl', 0],
		['injection-redteam.jsonl', 537],
	])('%s: at most %d variants at a rep', (file, most) => {
		const { variants, atRep } = variantsAtARep(file);
		expect(variants).toBeGreaterThan(400);
		expect(atRep).toBeLessThanOrEqual(most);
	});
});
