import type { INodeProperties } from 'n8n-workflow';

// Defaults are literals (n8n's lint reads them); they match DEFAULT_GATE_CONFIG, which a test checks.
const shownWhen = (ruleName: string) => ({ show: { [ruleName]: [true] } });

export const properties: INodeProperties[] = [
	{
		displayName:
			'Every item leaves on exactly one output: "Auto-route" or "Human review", with gate.reasons saying which rules fired',
		name: 'notice',
		type: 'notice',
		default: '',
	},
	{
		displayName: 'Review Low Confidence',
		name: 'lowConfidence',
		type: 'boolean',
		default: true,
		description:
			'Whether to review leads whose classification confidence is below the threshold of their path',
	},
	{
		displayName: 'Default Minimum Confidence',
		name: 'defaultMinConfidence',
		type: 'number',
		typeOptions: { minValue: 0, maxValue: 1, numberPrecision: 2 },
		default: 0.6,
		displayOptions: shownWhen('lowConfidence'),
		description: 'For paths without their own threshold below',
	},
	{
		displayName: 'Minimum Confidence per Path',
		name: 'pathThresholds',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Path Threshold',
		displayOptions: shownWhen('lowConfidence'),
		default: {
			threshold: [
				{ path: 'hot', minConfidence: 0.7 },
				{ path: 'warm', minConfidence: 0.6 },
				{ path: 'nurture', minConfidence: 0.5 },
				{ path: 'support', minConfidence: 0.5 },
				{ path: 'junk', minConfidence: 0.5 },
			],
		},
		description: 'Being wrong on "hot" costs more than on "junk": give each path its own bar',
		options: [
			{
				name: 'threshold',
				displayName: 'Threshold',
				values: [
					{ displayName: 'Path', name: 'path', type: 'string', default: '' },
					{
						displayName: 'Minimum Confidence',
						name: 'minConfidence',
						type: 'number',
						typeOptions: { minValue: 0, maxValue: 1, numberPrecision: 2 },
						default: 0.6,
					},
				],
			},
		],
	},
	{
		displayName: 'Guard Against Dropped Buyers',
		name: 'falseNegativeGuard',
		type: 'boolean',
		default: true,
		description:
			'Whether to review leads sent away from sales although they state a budget, a deadline, a buying action or senior authority, or the classifier gives sales a real probability',
	},
	{
		displayName: 'Guarded Paths',
		name: 'guardedPaths',
		type: 'string',
		default: 'nurture, support, junk',
		displayOptions: shownWhen('falseNegativeGuard'),
		description:
			'Comma-separated paths that would take a lead away from sales. On a support path a budget, or buying signals of two kinds, are needed (tickets say "urgent" too).',
	},
	{
		displayName: 'Review From Sales Probability',
		name: 'reviewFromSalesProbability',
		type: 'number',
		typeOptions: { minValue: 0, maxValue: 1, numberPrecision: 2 },
		default: 0.2,
		displayOptions: shownWhen('falseNegativeGuard'),
		description:
			"Review a lead on a guarded path whenever the classifier's calibrated sales probability (intent.routeProbabilities.sales) reaches this, with or without buying signals. 1 turns it off.",
	},
	{
		displayName: 'Min Sales Probability for Signals in Letters',
		name: 'signalsNeedSalesProbability',
		type: 'number',
		typeOptions: { minValue: 0, maxValue: 1, numberPrecision: 2 },
		default: 0.05,
		displayOptions: shownWhen('falseNegativeGuard'),
		description:
			'For letters (200 characters or more), buying signals of fewer than three kinds hold a lead back only when the built-in engine gives sales at least this probability: a nurture lead who names a team size and a date, or a customer who asks for a call, then goes where its route says. 0 reviews every letter with buying signals.',
	},
	{
		displayName: 'Review Scores Near a Boundary',
		name: 'nearBoundary',
		type: 'boolean',
		default: true,
		description:
			'Whether to review leads whose score is within a margin of a boundary between score paths',
	},
	{
		displayName: 'Score Boundaries',
		name: 'scoreBoundaries',
		type: 'string',
		default: '70, 40',
		displayOptions: shownWhen('nearBoundary'),
		description:
			"Comma-separated minimum scores of the classifier's score paths (default: hot 70, warm 40)",
	},
	{
		displayName: 'Margin',
		name: 'boundaryMargin',
		type: 'number',
		typeOptions: { minValue: 0, maxValue: 50 },
		default: 5,
		displayOptions: shownWhen('nearBoundary'),
	},
	{
		displayName: 'Review Model Fallbacks',
		name: 'modelFallback',
		type: 'boolean',
		default: true,
		description:
			'Whether to review leads whose model call failed and fell back to the built-in engine',
	},
	{
		displayName: 'Review Missing or Malformed Intent',
		name: 'malformedIntent',
		type: 'boolean',
		default: true,
		description:
			'Whether to review items without a readable "intent" (not classified, or from another version)',
	},
	{
		displayName: 'Always Review VIPs',
		name: 'vip',
		type: 'boolean',
		default: false,
		description: 'Whether leads from VIP domains or accounts always go to a human',
	},
	{
		displayName: 'VIP Email Domains',
		name: 'vipDomains',
		type: 'string',
		default: '',
		placeholder: 'bigcustomer.com, strategic.io',
		displayOptions: shownWhen('vip'),
		description: 'Comma-separated; subdomains match too',
	},
	{
		displayName: 'VIP Accounts',
		name: 'vipAccounts',
		type: 'string',
		default: '',
		placeholder: 'Acme Corp, Globex',
		displayOptions: shownWhen('vip'),
		description: 'Comma-separated company names (case-insensitive)',
	},
	{
		displayName: 'Sample for Quality Assurance',
		name: 'qaSample',
		type: 'boolean',
		default: false,
		description:
			'Whether to send a reproducible random share of auto-routed leads to review for audit',
	},
	{
		displayName: 'Sample Percent',
		name: 'qaPercent',
		type: 'number',
		typeOptions: { minValue: 0, maxValue: 100 },
		default: 5,
		displayOptions: shownWhen('qaSample'),
	},
	{
		displayName: 'Sample Seed',
		name: 'qaSeed',
		type: 'string',
		default: 'intent-funnel',
		displayOptions: shownWhen('qaSample'),
		description: 'The same seed picks the same leads on every run; change it to draw a new sample',
	},
];
