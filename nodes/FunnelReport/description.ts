import type { INodeProperties } from 'n8n-workflow';

export const properties: INodeProperties[] = [
	{
		displayName:
			'Give it the funnel\'s items (json with intent, gate, routing and audit), or rows whose "record" column holds that json as text, e.g. from the Data Table your funnel logs each decision to. It returns one item: the report as data, as Slack blocks and as an HTML email.',
		name: 'notice',
		type: 'notice',
		default: '',
	},
	{
		displayName: 'Period',
		name: 'period',
		type: 'options',
		default: 'lastDay',
		options: [
			{ name: 'Last 24 Hours', value: 'lastDay' },
			{ name: 'Last 7 Days', value: 'lastWeek' },
			{ name: 'Custom', value: 'custom' },
		],
		description: 'Leads submitted in this period are counted; the last two end when the node runs',
	},
	{
		displayName: 'Start',
		name: 'periodStart',
		type: 'dateTime',
		default: '',
		required: true,
		displayOptions: { show: { period: ['custom'] } },
		description: 'First moment of the period (included)',
	},
	{
		displayName: 'End',
		name: 'periodEnd',
		type: 'dateTime',
		default: '',
		required: true,
		displayOptions: { show: { period: ['custom'] } },
		description: 'End of the period (not included)',
	},
	{
		displayName: 'Open Counts From',
		name: 'stateStorage',
		type: 'options',
		default: 'none',
		options: [
			{ name: 'None', value: 'none', description: 'Report assignments from the items only' },
			{
				name: 'SQLite File on This Host',
				value: 'sqlite',
				description:
					'The file Capacity Check keeps its counts in (~/.n8n/intent-funnel-capacity.sqlite); read only',
			},
		],
		description:
			"Where to read each rep's open leads now, to show them against the Max Open Leads cap",
	},
	{
		displayName: 'State Key',
		name: 'stateKey',
		type: 'string',
		default: '',
		placeholder: 'intentFunnel',
		displayOptions: { show: { stateStorage: ['sqlite'] } },
		description: 'The State Key of the Capacity Check whose counts to read; empty: the default',
	},
	{
		displayName: 'Rep Caps',
		name: 'repCaps',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Rep',
		default: {},
		description:
			"The roster's caps, to show assignments against them. Reps seen in the items are listed either way.",
		options: [
			{
				displayName: 'Rep',
				name: 'rep',
				values: [
					{
						displayName: 'Max Leads per Day',
						name: 'maxLeadsPerDay',
						type: 'number',
						typeOptions: { minValue: 0 },
						default: 0,
						description: 'Zero: no cap',
					},
					{
						displayName: 'Max Open Leads',
						name: 'maxOpenLeads',
						type: 'number',
						typeOptions: { minValue: 0 },
						default: 0,
						description: 'Zero: no cap',
					},
					{ displayName: 'Name', name: 'name', type: 'string', default: '' },
					{
						displayName: 'Rep ID',
						name: 'repId',
						type: 'string',
						default: '',
						description: "As in routing.rep.ID: the roster's ID, else the email, else the name",
					},
					{
						displayName: 'Time Zone',
						name: 'timeZone',
						type: 'string',
						default: 'UTC',
						description: "IANA time zone of the rep: a day's cap counts on the rep's own calendar",
					},
				],
			},
		],
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Record Field',
				name: 'recordField',
				type: 'string',
				default: 'record',
				description:
					'Column that holds a funnel item as JSON text, for items that are not funnel items themselves (Data Table or Sheet rows)',
			},
			{
				displayName: 'Sales Paths',
				name: 'salesPaths',
				type: 'string',
				default: 'hot, warm',
				description:
					'Comma-separated paths whose leads are for sales, for items whose intent has no route: a reviewed lead on another path that reaches a rep is a rescued buyer',
			},
		],
	},
];
