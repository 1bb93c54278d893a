import { classifyLead } from '../../../engine/classifier';
import { isProblemWithAnOrder, orderGivenIn } from '../../../engine/classifier/orderGiven';
import { evaluateGate } from '../../../engine/gate';

const SUBMITTED_AT = '2026-11-25T15:00:00Z';

describe('an order given in a sentence', () => {
	it.each([
		['Please deliver 16 cases of still water to our Harrogate depot on Monday.', '16 cases'],
		['Send us another 300 units of the blue lanyards, same account as before', '300 units'],
		['we need 2 tonnes of road salt at the Eastgate site before the frost', '2 tonnes'],
		['Suministren 40 cajas de mascarillas a la clínica de Alcobendas, por favor.', '40 cajas'],
		['Bitte liefern Sie 12 Kisten Apfelsaft an unsere Kantine, Tor 3.', '12 Kisten'],
	])('finds the order in %j', (text, count) => {
		expect(orderGivenIn(text)).toBe(count);
	});

	it.each([
		// A count without an order or a place, an order without a count, talk about volumes.
		'We ship 500 boxes a day from our warehouse.',
		'Please deliver the brochure to our office.',
		// Family and friends ask the same way.
		"Mum, can you bring 2 bags of ice to the bbq, we need them at Tom's",
		'Hijo, necesito 3 cajas para la mudanza en casa de tu tía',
		'Oma braucht 2 Kisten Wasser in der Küche, bring sie bitte mit',
		'',
	])('finds none in %j', (text) => {
		expect(orderGivenIn(text)).toBeNull();
	});

	it('tells a complaint about an order sent before from a new order', () => {
		expect(
			isProblemWithAnOrder('Our order arrived missing 4 boxes, please send them to the depot'),
		).toBe(true);
		expect(isProblemWithAnOrder('Nos llegaron 24 sillas en vez de 30')).toBe(true);
		expect(isProblemWithAnOrder('Send us 40 boxes of gloves to the clinic')).toBe(false);
	});

	it('reads a megabyte in a few milliseconds', () => {
		const text = 'Please send 4 boxes to the depot. '.repeat(1_000) + 'x'.repeat(1_000_000);
		const started = process.hrtime.bigint();
		expect(orderGivenIn(text)).toBe('4 boxes');
		expect(orderGivenIn('word '.repeat(200_000))).toBeNull();
		expect(Number(process.hrtime.bigint() - started) / 1e6).toBeLessThan(200);
	});

	it('sends a lead that only gives an order to a person instead of dropping it', () => {
		const text = 'Add 6 more cases of tonic water to our next delivery at the Harbour bar.';
		const intent = classifyLead({ text, submittedAt: SUBMITTED_AT });
		expect(evaluateGate({ intent }).decision).toBe('human_review');
		expect(intent.reasons.join(' ')).toContain('it gives an order');
	});
});
