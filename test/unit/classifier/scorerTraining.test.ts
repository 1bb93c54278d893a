import { train, type TrainingRow } from '../../../engine/classifier/scorer/train';

const rows: TrainingRow[] = [
	...[
		'Can we get a quote for 40 seats this month?',
		'Please book a demo for our sales team next week.',
		'We need pricing for 200 users, budget approved.',
		'Looking to replace our CRM before Q3, can someone call me?',
		'Send me your enterprise pricing, we have 80 reps.',
	].map((text) => ({ text, route: 'sales' as const })),
	...[
		'My invoice is wrong, I was charged twice.',
		'The login page shows an error since this morning.',
		'How do I reset my password? My account is locked.',
		'Our export stopped working after the update.',
		'Please cancel the order 5521, it was placed twice.',
	].map((text) => ({ text, route: 'support' as const })),
	...[
		'Congratulations, you won a prize! Click here to claim.',
		'We offer SEO services and backlinks at low prices.',
		'hey are we still on for dinner tonight?',
		'I am applying for the sales job, CV attached.',
		'Buy cheap followers now, instant delivery.',
	].map((text) => ({ text, route: 'junk' as const })),
	...[
		'Just browsing, maybe next year.',
		'Is there a newsletter I can follow?',
		'We might look at tools like yours later on.',
		'Interested in learning more some day.',
		'Not ready to buy yet, keep me posted.',
	].map((text) => ({ text, route: 'nurture' as const })),
];

describe('scorer training', () => {
	const settings = { epochs: 3, calibrationShare: 0 };

	it('gives the same weights for the same rows and seed', () => {
		expect(train(rows, settings)).toEqual(train(rows, settings));
	});

	it('gives other weights for another seed (the shuffle is part of a run)', () => {
		expect(train(rows, { ...settings, seed: 8 }).bias).not.toEqual(train(rows, settings).bias);
	});

	it('averages the weights of runs of several seeds, and says which seeds it used', () => {
		const seven = train(rows, { ...settings, seed: 7 });
		const eight = train(rows, { ...settings, seed: 8 });
		const both = train(rows, { ...settings, seeds: [7, 8] });
		expect(both.training.seeds).toEqual([7, 8]);
		expect(seven.training.seeds).toBeUndefined();
		both.bias.forEach((weight, route) =>
			expect(weight).toBeCloseTo((seven.bias[route] + eight.bias[route]) / 2, 3),
		);
		for (const [name, weights] of Object.entries(both.dense))
			weights.forEach((weight, route) =>
				expect(weight).toBeCloseTo((seven.dense[name][route] + eight.dense[name][route]) / 2, 3),
			);
	});
});
