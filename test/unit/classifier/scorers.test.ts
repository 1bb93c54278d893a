/**
 * Two learned scorers, one per register: chat turns and text messages keep the general scorer,
 * letters (contact forms, emails of LONG_FORM_CHARS characters or more) are read by the
 * long-form scorer, trained with the written long forms of data/train/long-forms/.
 */
import { join } from 'node:path';

import type { LeadFields } from '../../../engine/contract';
import {
	classifyLead,
	defaultScorer,
	LONG_FORM_CHARS,
	longFormScorer,
	routeProbabilities,
} from '../../../engine/classifier';
import { analyseLead } from '../../../engine/classifier/analyse';
import { summarise } from '../../../scripts/evaluation/metrics';
import { evaluate, readRows } from '../../../scripts/evaluation/run';

const rounded = (probabilities: Record<string, number>) =>
	Object.fromEntries(
		Object.entries(probabilities).map(([route, p]) => [route, Math.round(p * 1000) / 1000]),
	);

describe('the scorer that reads a message', () => {
	const sentence =
		'We run 14 branches and our enquiries sit in a shared inbox for days, who can we talk to? ';
	const letter = sentence.repeat(Math.ceil(LONG_FORM_CHARS / sentence.length));
	const chatTurn = sentence.trim();

	it.each([
		['a letter', letter, longFormScorer],
		['a chat turn', chatTurn, defaultScorer],
	])('%s is read by its own scorer', (_label, text, scorer) => {
		expect(text.length >= LONG_FORM_CHARS).toBe(scorer === longFormScorer);
		const lead: Partial<LeadFields> = { text };
		expect(classifyLead(lead).routeProbabilities).toEqual(
			rounded(routeProbabilities(analyseLead(lead), scorer())),
		);
	});

	it('the two scorers are different models', () => {
		const lead: Partial<LeadFields> = { text: letter };
		expect(routeProbabilities(analyseLead(lead), longFormScorer())).not.toEqual(
			routeProbabilities(analyseLead(lead), defaultScorer()),
		);
	});

	it('a scorer passed in the options reads every length', () => {
		const lead: Partial<LeadFields> = { text: letter };
		expect(classifyLead(lead, { scorer: defaultScorer() }).routeProbabilities).toEqual(
			rounded(routeProbabilities(analyseLead(lead), defaultScorer())),
		);
	});
});

describe('held-out long contact forms (rounds 82-83: written by two writers who never saw the engine, its data or its tests)', () => {
	const rows = readRows(join(__dirname, '../../../data/eval/outsider-long-forms-heldout.jsonl'));

	it('the long-form scorer reads them better than the general scorer, and drops no buyer unseen', async () => {
		expect(rows.length).toBe(96);
		const withLongForm = summarise(await evaluate(rows, (lead) => classifyLead(lead)));
		const generalOnly = summarise(
			await evaluate(rows, (lead) => classifyLead(lead, { scorer: defaultScorer() })),
		);
		// Measured at the long-form scorer's landing, before any fix made on these rows: 0.849
		// (0.815 and 0.878), against 0.73 with the general scorer alone.
		expect(withLongForm.macroF1).toBeGreaterThanOrEqual(0.84);
		expect((withLongForm.macroF1 ?? 0) - (generalOnly.macroF1 ?? 1)).toBeGreaterThanOrEqual(0.05);
		expect(withLongForm.salesDroppedUnreviewed).toBe(0);
		// Five non-buyers reach a rep unreviewed (two customers whose integration broke, two pitches
		// written like a buyer, a nurture lead); they are named in docs/evaluation.md.
		expect(withLongForm.nonSalesAutoRoutedToSales).toBeLessThanOrEqual(5);
	});
});
