import { classifyLead } from '../../../engine/classifier';
import { orderListIn } from '../../../engine/classifier/orderList';
import { evaluateGate } from '../../../engine/gate';

const SUBMITTED_AT = '2026-11-25T15:00:00Z';

describe('a pasted order list', () => {
	it.each([
		[
			'Cable ties 300mm x 50 packs\nInsulation tape x 120\nJunction boxes IP65 x 40 boxes',
			'Cable ties 300mm x 50 packs',
		],
		[
			'Papel higiénico industrial - 60 rollos\nBolsas de basura 90x110 - 500 uds\nLejía 5 L - 40 botellas',
			'Papel higiénico industrial - 60 rollos',
		],
		[
			'Schutzhelme weiß – 30 Stk.\nWarnwesten Gr. XL – 80 Stk.\nGehörschutz – 50 Paar\n\nbitte an Lager Süd',
			'Schutzhelme weiß – 30 Stk.',
		],
		['Hi,\n200 x A5 flyers\n50 x roller banners\n- 1000 business cards\nthanks', '200 x A5 flyers'],
	])('finds the order in %j', (text, first) => {
		expect(orderListIn(text)).toBe(first);
	});

	it.each([
		'Buy milk x 2 and bread',
		'milk x 2\neggs x 12',
		'We ship 500 boxes a day.\nOur team has 40 people.\nWe need a new racking system.',
		'Line one\nLine two\nLine three\nLine four',
		'',
	])('finds none in %j', (text) => {
		expect(orderListIn(text)).toBeNull();
	});

	it('reads a megabyte of lines in a few milliseconds and only its first lines', () => {
		const text = 'Widget x 5 boxes\n'.repeat(70_000);
		// The fastest of five reads: a garbage collection, a busy neighbour in a full jest run or
		// the first call's compiling (CI 171: 153 ms once) is not the reader's cost. Warm, reading
		// the first lines takes microseconds; a test of every one of the 70,000 lines would take
		// milliseconds every time.
		// One read first, untimed: it flattens the repeated string and compiles the patterns (a full
		// jest run on two cores once measured 8 ms for the fastest of three reads that included it).
		expect(orderListIn(text)).toBe('Widget x 5 boxes');
		const timings = [1, 2, 3, 4, 5].map(() => {
			const started = process.hrtime.bigint();
			expect(orderListIn(text)).toBe('Widget x 5 boxes');
			return Number(process.hrtime.bigint() - started) / 1e6;
		});
		expect(Math.min(...timings)).toBeLessThan(5);
	});

	it('sends a lead that is only an order to a person instead of dropping it', () => {
		const intent = classifyLead({
			text: 'Nitrile gloves size M x 40 boxes\nHand towels x 24 cases\nSurface spray 750ml x 60 bottles',
			submittedAt: SUBMITTED_AT,
		});
		expect(evaluateGate({ intent }).decision).toBe('human_review');
		expect(intent.reasons.join(' ')).toContain('like an order');
	});
});
