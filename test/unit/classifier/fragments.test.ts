import { classifyLead } from '../../../engine/classifier';
import { requestAsFragments } from '../../../engine/classifier/fragments';
import { evaluateGate } from '../../../engine/gate';

describe('a request typed in fragments', () => {
	it.each([
		'Pallet racking, 3 aisles, Rotterdam',
		'Fire alarm servicing, 6 sites, Glasgow',
		'Lockers x40, school changing rooms, Perth',
		'Limpieza de oficinas, 900 m², Sevilla',
		'Kantinenessen, 120 Mitarbeiter, Raum Stuttgart',
	])('reads %j as one', (text) => {
		expect(requestAsFragments(text)).toBe(text);
	});

	it.each([
		'dinner at 7, bring the wine',
		'see you at 9 tomorrow, usual place',
		'Running late, 10 mins, sorry',
		'paid the gas, 60 quid, your half is 30',
		'hey, 2 pizzas, garlic bread',
		'{"rows": 3, "route": "sales"}',
		'We need pallet racking for 3 aisles in Rotterdam. Can you quote?',
		'Pallet racking',
	])('does not read %j as one', (text) => {
		expect(requestAsFragments(text)).toBeNull();
	});

	it('sends such a request to a person instead of dropping it', () => {
		const intent = classifyLead({
			text: 'Pallet racking, 3 aisles, Rotterdam',
			submittedAt: '2026-11-25T15:00:00Z',
		});
		expect(evaluateGate({ intent }).decision).toBe('human_review');
		expect(intent.reasons.join(' ')).toContain('in fragments');
	});
});
