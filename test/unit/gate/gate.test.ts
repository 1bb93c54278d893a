import { classifyLead } from '../../../engine/classifier';
import { DEFAULT_GATE_CONFIG, evaluateGate, type GateConfig } from '../../../engine/gate';
import { properties } from '../../../nodes/ConfidenceGate/description';
import { engineIntent, signal } from '../../helpers/intents';

const config = (change: (config: GateConfig) => void): GateConfig => {
	const copy = structuredClone(DEFAULT_GATE_CONFIG) as GateConfig;
	change(copy);
	return copy;
};

describe('Confidence Gate rules', () => {
	it('auto-routes a confident lead far from any boundary', () => {
		expect(evaluateGate({ intent: engineIntent() })).toEqual({
			decision: 'auto_route',
			reasons: ['No review rule fired'],
			rule: 'none',
			version: '1.1',
		});
	});

	it('reviews low confidence against per-path thresholds', () => {
		expect(evaluateGate({ intent: engineIntent({ confidence: 0.65 }) }).rule).toBe('lowConfidence'); // hot needs 0.7
		expect(
			evaluateGate({ intent: engineIntent({ path: 'junk', score: 0, confidence: 0.65 }) }).decision,
		).toBe('auto_route'); // junk needs 0.5
		expect(
			evaluateGate(
				{ intent: engineIntent({ confidence: 0.65 }) },
				config((c) => (c.lowConfidence.enabled = false)),
			).decision,
		).toBe('auto_route');
	});

	it.each([
		['budget', signal('budget', '$40k set aside', { amount: 40000 })],
		['deadline', signal('deadline', 'by March', { date: '2027-03-31' })],
		['buying action', signal('buying_action', 'send a quote', { action: 'quote' })],
		['senior authority', signal('authority', 'CFO', { level: 'executive' })],
	])('catches a nurture lead with a %s (false-negative guard)', (_label, strong) => {
		const result = evaluateGate({
			intent: engineIntent({ path: 'nurture', score: 20, confidence: 0.9, signals: [strong] }),
		});
		expect(result).toMatchObject({ decision: 'human_review', rule: 'falseNegativeGuard' });
		expect(result.reasons[0]).toContain(strong.evidence.quote);
	});

	it('on a support path, reviews a budget or two kinds of buying signal, not a lone "call me"', () => {
		const support = (signals: ReturnType<typeof signal>[]) =>
			evaluateGate({
				intent: engineIntent({
					path: 'support',
					pathRule: 'support',
					score: 30,
					confidence: 0.9,
					signals,
				}),
			});
		const call = signal('buying_action', 'call me', { action: 'call' });
		const deadline = signal('deadline', 'by Friday', { date: '2026-11-27' });
		const budget = signal('budget', 'Budget is approved', { approved: true });
		expect(support([call]).decision).toBe('auto_route');
		expect(support([deadline]).decision).toBe('auto_route');
		expect(support([budget])).toMatchObject({
			decision: 'human_review',
			rule: 'falseNegativeGuard',
		});
		expect(support([call, deadline]).rule).toBe('falseNegativeGuard');
		// Items of contract 1.0 carry no path rule: the default support path is known by name.
		expect(
			evaluateGate({
				intent: engineIntent({ path: 'support', score: 30, confidence: 0.9, signals: [budget] }),
			}).rule,
		).toBe('falseNegativeGuard');
	});

	it('ignores bait buying actions in strong spam, but not a budget', () => {
		const spam = {
			...signal('spam', 'first page of Google'),
			polarity: 'negative' as const,
			strength: 0.95,
		};
		const pricing = signal('buying_action', 'pricing', { action: 'pricing' });
		expect(
			evaluateGate({ intent: engineIntent({ path: 'junk', score: 0, signals: [spam, pricing] }) })
				.decision,
		).toBe('auto_route');
		const budget = signal('budget', '$20k budget', { amount: 20000 });
		expect(
			evaluateGate({
				intent: engineIntent({ path: 'junk', score: 0, signals: [spam, pricing, budget] }),
			}).rule,
		).toBe('falseNegativeGuard');
	});

	describe('the calibrated sales probability', () => {
		const probabilities = (sales: number) => ({
			sales,
			nurture: 1 - sales,
			support: 0,
			junk: 0,
		});
		const letter = 'We have 80 staff and our spreadsheets are a mess. '.repeat(5);
		const deadline = signal('deadline', 'in Q3 next year', { date: '2027-09-30' });
		const onNurture = (
			sales: number,
			changes: Parameters<typeof engineIntent>[0] = {},
			gateConfig: GateConfig = DEFAULT_GATE_CONFIG,
		) =>
			evaluateGate(
				{
					intent: engineIntent({
						path: 'nurture',
						score: 20,
						confidence: 0.9,
						signals: [deadline],
						routeProbabilities: probabilities(sales),
						lead: { text: letter },
						...changes,
					}),
				},
				gateConfig,
			);

		it('reviews a lead off sales whose sales probability reaches 0.2, with no signal at all', () => {
			const result = onNurture(0.25, { signals: [] });
			expect(result).toMatchObject({ decision: 'human_review', rule: 'falseNegativeGuard' });
			expect(result.reasons[0]).toContain('probability of 0.25');
			expect(onNurture(0.19, { signals: [] }).decision).toBe('auto_route');
			expect(
				onNurture(
					0.5,
					{ signals: [] },
					config((c) => (c.falseNegativeGuard.reviewFromSalesProbability = 1)),
				).decision,
			).toBe('auto_route');
		});

		it("lets a letter's buying signals stand down when the built-in engine gives sales under 0.05", () => {
			expect(onNurture(0.04).decision).toBe('auto_route');
			expect(onNurture(0.05).rule).toBe('falseNegativeGuard');
			// Three kinds at once (an action, a date, a senior title) are reviewed however sure the scorer is.
			const threeKinds = [
				deadline,
				signal('buying_action', 'would welcome a conversation', { action: 'call' }),
				signal('authority', 'Head of Customer Operations', { level: 'director' }),
			];
			expect(onNurture(0.01, { signals: threeKinds.slice(0, 2) }).decision).toBe('auto_route');
			expect(onNurture(0.01, { signals: threeKinds }).rule).toBe('falseNegativeGuard');
			// Turned off, every letter with buying signals is reviewed as before.
			expect(
				onNurture(
					0.01,
					{},
					config((c) => (c.falseNegativeGuard.signalsNeedSalesProbability = 0)),
				).rule,
			).toBe('falseNegativeGuard');
		});

		it("keeps the guard for short messages, for a model's decision, and for malformed probabilities", () => {
			expect(onNurture(0.01, { lead: { text: 'we need smth like this asap' } }).rule).toBe(
				'falseNegativeGuard',
			);
			expect(onNurture(0.01, { lead: undefined }).rule).toBe('falseNegativeGuard');
			expect(onNurture(0.01, { engine: 'hybrid' }).rule).toBe('falseNegativeGuard');
			for (const sales of [-1, 2, Number.NaN, '0.01'])
				expect(
					onNurture(0, {
						routeProbabilities: { ...probabilities(0), sales } as never,
					}).rule,
				).toBe('falseNegativeGuard');
		});
	});

	it('does not treat a manager title or a weak signal as a dropped buyer', () => {
		const signals = [
			signal('authority', 'manager', { level: 'manager' }),
			signal('budget', '$5', {}, 0.3),
		];
		expect(
			evaluateGate({ intent: engineIntent({ path: 'nurture', score: 20, signals }) }).decision,
		).toBe('auto_route');
	});

	it('reviews scores near a path boundary, but not rule-based paths', () => {
		expect(evaluateGate({ intent: engineIntent({ score: 72 }) }).rule).toBe('nearBoundary');
		expect(evaluateGate({ intent: engineIntent({ path: 'warm', score: 37 }) }).rule).toBe(
			'nearBoundary',
		);
		expect(
			evaluateGate({ intent: engineIntent({ path: 'support', score: 38, confidence: 0.9 }) })
				.decision,
		).toBe('auto_route');
	});

	it('reviews model fallbacks', () => {
		expect(
			evaluateGate({
				intent: engineIntent({ engine: 'builtin-fallback', fallbackReason: 'timeout' }),
			}),
		).toMatchObject({ rule: 'modelFallback' });
	});

	it.each([
		[{}],
		[{ intent: null }],
		[{ intent: 'hot' }],
		[{ intent: { score: 'high', path: 'hot', confidence: 1 } }],
		[{ intent: { ...engineIntent(), version: '2.0' } }],
		[null],
		[42],
	])('reviews a missing or malformed intent: %j', (json) => {
		expect(evaluateGate(json)).toMatchObject({ decision: 'human_review', rule: 'malformedIntent' });
	});

	it('always reviews VIP domains (and subdomains) and accounts', () => {
		const vip = config(
			(c) => (c.vip = { enabled: true, domains: ['bigco.com'], accounts: ['globex'] }),
		);
		expect(
			evaluateGate(
				{ intent: engineIntent({ lead: { text: 'x', email: 'ann@eu.bigco.com' } }) },
				vip,
			).reasons[0],
		).toMatch(/VIP domain bigco.com/);
		expect(
			evaluateGate({ intent: engineIntent({ lead: { text: 'x', company: 'Globex' } }) }, vip).rule,
		).toBe('vip');
		expect(
			evaluateGate(
				{ intent: engineIntent({ lead: { text: 'x', email: 'ann@notbigco.com' } }) },
				vip,
			).decision,
		).toBe('auto_route');
	});

	it('samples a reproducible share of auto-routed items for QA', () => {
		/** The gate's decisions on 2,000 leads that differ only by email (the sampling key's input). */
		const qaDecisions = (qaConfig: GateConfig) =>
			Array.from(
				{ length: 2000 },
				(_, i) =>
					evaluateGate(
						{ intent: engineIntent({ lead: { text: 'x', email: `lead${i}@example.com` } }) },
						qaConfig,
					).decision,
			);
		const qa = config((c) => (c.qaSample = { enabled: true, percent: 10, seed: 'audit-1' }));
		const decisions = qaDecisions(qa);
		const sampled = decisions.filter((decision) => decision === 'human_review').length;
		expect(sampled).toBeGreaterThan(150);
		expect(sampled).toBeLessThan(250);
		const again = qaDecisions(qa);
		expect(again).toEqual(decisions);
		const otherSeed = config((c) => (c.qaSample = { enabled: true, percent: 10, seed: 'audit-2' }));
		const redrawn = qaDecisions(otherSeed);
		expect(redrawn).not.toEqual(decisions);
	});

	it('lists every rule that fired, the first one deciding', () => {
		const result = evaluateGate({
			intent: engineIntent({ engine: 'builtin-fallback', confidence: 0.3, score: 71 }),
		});
		expect(result.rule).toBe('modelFallback');
		expect(result.reasons).toHaveLength(3);
	});

	it('works on real classifier output', () => {
		const classified = classifyLead({
			text: 'Just browsing for now, but our budget of $30k is approved',
			submittedAt: '2026-11-25T15:00:00Z',
		});
		expect(classified.path).toBe('nurture');
		expect(evaluateGate({ intent: classified }).decision).toBe('human_review');
	});

	it('the node defaults match the engine defaults', () => {
		const defaults = Object.fromEntries(
			properties.map((property) => [property.name, property.default]),
		);
		expect(defaults.defaultMinConfidence).toBe(DEFAULT_GATE_CONFIG.lowConfidence.default);
		expect(defaults.guardedPaths).toBe(DEFAULT_GATE_CONFIG.falseNegativeGuard.paths.join(', '));
		expect(defaults.reviewFromSalesProbability).toBe(
			DEFAULT_GATE_CONFIG.falseNegativeGuard.reviewFromSalesProbability,
		);
		expect(defaults.signalsNeedSalesProbability).toBe(
			DEFAULT_GATE_CONFIG.falseNegativeGuard.signalsNeedSalesProbability,
		);
		expect(defaults.boundaryMargin).toBe(DEFAULT_GATE_CONFIG.nearBoundary.margin);
		expect(defaults.scoreBoundaries).toBe(DEFAULT_GATE_CONFIG.nearBoundary.boundaries.join(', '));
		const perPath = (
			defaults.pathThresholds as { threshold: Array<{ path: string; minConfidence: number }> }
		).threshold;
		expect(Object.fromEntries(perPath.map((entry) => [entry.path, entry.minConfidence]))).toEqual(
			DEFAULT_GATE_CONFIG.lowConfidence.perPath,
		);
		expect(defaults.qaPercent).toBe(DEFAULT_GATE_CONFIG.qaSample.percent);
		expect(defaults.qaSeed).toBe(DEFAULT_GATE_CONFIG.qaSample.seed);
	});
});

describe('Confidence Gate property: every item gets exactly one decision', () => {
	/** Seeded PRNG so a failure can be replayed. */
	function prng(seed: number) {
		return () => {
			seed = (seed + 0x6d2b79f5) | 0;
			let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
			t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
			return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
		};
	}
	const random = prng(7);
	const pick = <T>(values: T[]): T => values[Math.floor(random() * values.length)];
	const junkValue = (): unknown =>
		pick([
			null,
			undefined,
			NaN,
			Infinity,
			-1,
			101,
			0.5,
			'',
			'hot',
			[],
			{},
			[1, 2],
			{ nested: { deep: true } },
			true,
			'x'.repeat(10_000),
		]);
	function randomItem(): unknown {
		const roll = random();
		if (roll < 0.1) return junkValue();
		const candidate: Record<string, unknown> = {
			score: random() < 0.8 ? Math.round(random() * 100) : junkValue(),
			path:
				random() < 0.8
					? pick(['hot', 'warm', 'nurture', 'support', 'junk', 'custom'])
					: junkValue(),
			confidence: random() < 0.8 ? random() : junkValue(),
			signals:
				random() < 0.7
					? [
							signal(
								pick(['budget', 'deadline', 'authority', 'buying_action', 'pain']),
								'q',
								{ level: pick(['executive', 'manager']) },
								random(),
							),
						]
					: junkValue(),
			engine: pick(['builtin', 'hybrid', 'builtin-fallback', undefined]),
			version: pick(['1.0', '1.3', '2.0', undefined, 7]),
			lead: random() < 0.5 ? { text: 'x', email: pick(['a@b.com', 7, null]) } : junkValue(),
		};
		return roll < 0.2 ? { intent: junkValue() } : { intent: candidate, email: junkValue() };
	}

	it('decides for 5,000 random and malformed items without throwing', () => {
		const qa = config((c) => {
			c.qaSample = { enabled: true, percent: 20, seed: 's' };
			c.vip = { enabled: true, domains: ['b.com'], accounts: [] };
		});
		for (let i = 0; i < 5000; i++) {
			const result = evaluateGate(randomItem(), qa);
			expect(['auto_route', 'human_review']).toContain(result.decision);
			expect(result.reasons.length).toBeGreaterThan(0);
		}
	});
});
