import { classifyLead } from '../../../engine/classifier';
import { organisationSpokenFor } from '../../../engine/classifier/organisation';
import { evaluateGate } from '../../../engine/gate';

const classify = (text: string) => classifyLead({ text, submittedAt: '2026-11-25T15:00:00Z' });
const reviewed = (text: string) =>
	evaluateGate({ intent: classify(text) }).decision !== 'auto_route';

describe('a writer who speaks for an organisation, with no other evidence', () => {
	it.each([
		['the old dryer in our guest house is dead', null],
		['the old dryer at our hotel is dead', 'our hotel'],
		['Seaside hotel in Cornwall. Our linen volume doubled this year.', 'Seaside hotel in'],
		['tengo una clínica dental y quiero saber qué servicios tienen', 'tengo una clínica'],
		['Gasthausbrauerei im Allgäu, brauchen zwei Lagertanks.', 'Gasthausbrauerei im'],
		['Can you find me a restaurant?', null],
		['Went to the dress shop, back soon', null],
	])('names the organisation in %j: %j', (text, expected) => {
		expect(organisationSpokenFor(text)).toBe(expected);
	});

	it.each([
		'Boutique hotel on Skye. Our laundry volume has doubled since the new wing opened. Need bigger machines, I think.',
		'Destillerie im Mühlviertel, suchen jemanden, der Brennblasen nach unseren Plänen baut.',
		'the big chiller at our dairy keeps tripping, time for something new',
	])('is sent to a person rather than dropped, and the reason says why: %s', (text) => {
		// Each of these was junk with 0.95-0.99 confidence, auto-routed, before the rule.
		expect(reviewed(text)).toBe(true);
		expect(classify(text).reasons.join(' ')).toMatch(/speaks for an organisation/);
	});

	it.each([
		'Can you find me a restaurant?',
		'Sorry, went to the shop. Back in 10',
		'Where is the hotel?',
	])('chat that only mentions a place is not sent to a person for it: %s', (text) => {
		expect(classify(text).reasons.join(' ')).not.toMatch(/speaks for an organisation/);
	});
});
