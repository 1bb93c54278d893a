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
		// Lead-ins with or without an article: each must leave the space before the organisation
		// to the words after it (an alternative that ended in a space matched nothing at all).
		['I have 2 grocery shop in Tower Hamlets', 'I have 2 grocery'],
		['i have a small bakery near the station', 'i have a small bakery'],
		['I am owner of polish grocery in Peterborough', 'I am owner of polish grocery'],
		["I'm the owner of a brewery", "I'm the owner of a brewery"],
		['mia san a Autohaus in Wörgl', 'mia san a Autohaus'],
		['Morning. Little Hadham Parish Council here.', 'Morning. Little Hadham Parish Council here'],
		[
			'Kaffeevollautomat für Autohaus Hinterberger, Rosenheim',
			'Kaffeevollautomat für Autohaus Hinterberger,',
		],
		['Wasserspender fürs Fitnessstudio möglich?', 'Wasserspender fürs Fitnessstudio möglich?'],
		["I'm a podiatrist in Lubbock", "I'm a podiatrist in"],
		// Something needed or priced for a place of business, in a chatty register.
		['suche tränken für den hof, so 12 stück', 'suche tränken für den hof'],
		['was kosten stehtische fürs büro bei 8 stück?', 'was kosten stehtische fürs büro'],
		[
			'necesito una nevera industrial para el bar ya mismo',
			'necesito una nevera industrial para el bar',
		],
		['we need snacks for the party', null],
		['is rasa a studio?', null],
		['Where is the restaurant', null],
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
		// Read without the second reader, which may send the same lead to a person first: the
		// rule itself must hold.
		const alone = classifyLead(
			{ text, submittedAt: '2026-11-25T15:00:00Z' },
			{ shortMessageScorer: null },
		);
		expect(evaluateGate({ intent: alone }).decision).not.toBe('auto_route');
		expect(alone.reasons.join(' ')).toMatch(/speaks for an organisation/);
	});

	it.each([
		'Can you find me a restaurant?',
		'Sorry, went to the shop. Back in 10',
		'Where is the hotel?',
	])('chat that only mentions a place is not sent to a person for it: %s', (text) => {
		expect(classify(text).reasons.join(' ')).not.toMatch(/speaks for an organisation/);
	});
});

describe('in a chatty register, a claim to an organisation counts and a place named does not', () => {
	it.each([
		['hey!! we are a little choir in Leeds, our hall heating died lol', 'we are a little choir'],
		['ok so our bakery oven is making a weird noise again haha', 'our bakery'],
		['Tiny brewery in Galway. Help, the cold room is dying 😩', 'Tiny brewery in'],
		['at the gym already, where r u', null],
		['Mum the school rang, Leo has a fever', null],
		['still at my office, back by 7', null],
	])('%j: %j', (text, expected) => {
		expect(organisationSpokenFor(text, true)).toBe(expected);
	});

	it('the same words read without the chatty register still name the organisation', () => {
		expect(organisationSpokenFor('at the gym already, where r u')).not.toBeNull();
		expect(organisationSpokenFor('still at my office, back by 7')).not.toBeNull();
	});

	it.each([
		'omg hi, we are a tiny youth choir in Bristol and our rehearsal hall is freezing lol. u do heaters??',
		'Hiii our little café in Porto keeps blowing the fuse with the new oven haha, is that a thing you fix',
	])('a chatty writer who speaks for an organisation is not dropped unseen: %s', (text) => {
		const alone = classifyLead(
			{ text, submittedAt: '2026-11-25T15:00:00Z' },
			{ shortMessageScorer: null },
		);
		expect(
			['junk', 'nurture'].includes(alone.path) &&
				evaluateGate({ intent: alone }).decision === 'auto_route',
		).toBe(false);
	});
});
