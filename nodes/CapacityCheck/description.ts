import type { INodeProperties } from 'n8n-workflow';

const assignOnly = { show: { operation: ['assign'] } };

export const properties: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		default: 'assign',
		options: [
			{ name: 'Assign', value: 'assign', action: 'Assign a lead to an available rep', description: 'Route each lead to a rep who can take it now, or offer free slots by SMS' },
			{ name: 'Release', value: 'release', action: 'Release a rep s open lead', description: 'Lower a rep\'s open-lead count when a lead is handled or re-routed, so caps reflect reality' },
		],
	},
	{
		displayName: 'Roster Source',
		name: 'rosterSource',
		type: 'options',
		default: 'node',
		displayOptions: assignOnly,
		options: [
			{ name: 'Defined in This Node', value: 'node' },
			{ name: 'From Input Data', value: 'input', description: 'A list of reps from Google Sheets, Airtable or a CRM, given by an expression' },
		],
	},
	{
		displayName: 'Reps',
		name: 'reps',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true, sortable: true },
		placeholder: 'Add Rep',
		default: {},
		displayOptions: { show: { operation: ['assign'], rosterSource: ['node'] } },
		description: 'The people who take leads, in priority order',
		options: [
			{
				name: 'rep',
				displayName: 'Rep',
				values: [
					{
						displayName: 'Active',
						name: 'active',
						type: 'boolean',
						default: true,
						description: 'Whether the rep takes leads',
					},
					{
						displayName: 'Email',
						name: 'email',
						type: 'string',
						placeholder: 'name@email.com',
						default: '',
					},
					{
						displayName: 'Holidays',
						name: 'holidays',
						type: 'string',
						default: '',
						placeholder: '2026-12-25, 2027-01-01',
						description: 'The rep\'s own days off (yyyy-MM-dd), on top of team holidays',
					},
					{
						displayName: 'ID',
						name: 'id',
						type: 'string',
						default: '',
						description: 'Stable identifier;	defaults to the email',
					},
					{
						displayName: 'Max Leads per Day',
						name: 'maxLeadsPerDay',
						type: 'number',
						default: 0,
						description: '0 means no cap',
					},
					{
						displayName: 'Max Open Leads',
						name: 'maxOpenLeads',
						type: 'number',
						default: 0,
						description: '0 means no cap',
					},
					{
						displayName: 'Name',
						name: 'name',
						type: 'string',
						default: '',
							required:	true,
					},
					{
						displayName: 'Out of Office',
						name: 'outOfOffice',
						type: 'string',
						default: '',
						placeholder: '2026-12-24..2027-01-02',
						description: 'Comma-separated date ranges',
					},
					{
						displayName: 'Phone',
						name: 'phone',
						type: 'string',
						default: '',
					},
					{
						displayName: 'Tiers',
						name: 'tiers',
						type: 'string',
						default: 'closers',
						description: 'Comma-separated tiers or skills, e.g. \'closers, spanish\'',
					},
					{
						displayName: 'Time Zone',
						name: 'timeZone',
						type: 'string',
						default: 'America/New_York',
						description: 'IANA time zone of the rep',
					},
					{
						displayName: 'Weight',
						name: 'weight',
						type: 'number',
						default: 1,
						description: 'Share of leads under weighted round robin',
					},
					{
						displayName: 'Working Hours',
						name: 'workingHours',
						type: 'string',
						default: 'Mon-Fri 09:00-17:00',
						description: 'In the rep\'s time zone;	separate blocks with \';\', e.g. \'Mon-Thu 09:00-17:00;	Fri 09:00-13:00\'',
					},
				],
			},
		],
	},
	{
		displayName: 'Roster',
		name: 'rosterData',
		type: 'json',
		default: '={{ $json.roster }}',
		displayOptions: { show: { operation: ['assign'], rosterSource: ['input'] } },
		description: 'A list of reps with name, email, phone, tiers, timeZone, workingHours ("Mon-Fri 09:00-17:00"), outOfOffice, holidays, maxOpenLeads, maxLeadsPerDay, weight, active',
	},
	{
		displayName: 'Team Holidays',
		name: 'teamHolidays',
		type: 'string',
		default: '',
		placeholder: '2026-12-25, 2027-01-01',
		displayOptions: assignOnly,
		description: 'Comma-separated dates (yyyy-MM-dd) nobody takes leads, read in each rep\'s time zone',
	},
	{
		displayName: 'Tier per Path',
		name: 'tierMapping',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Mapping',
		displayOptions: assignOnly,
		default: { mapping: [{ path: 'hot', tier: 'closers' }, { path: 'warm', tier: 'sdrs' }] },
		description: 'Which tier takes which classifier path; other paths leave on "Not Routed" untouched',
		options: [
			{
				name: 'mapping',
				displayName: 'Mapping',
				values: [
					{ displayName: 'Path', name: 'path', type: 'string', default: '' },
					{ displayName: 'Tier', name: 'tier', type: 'string', default: '' },
				],
			},
		],
	},
	{
		displayName: 'Strategy',
		name: 'strategy',
		type: 'options',
		default: 'roundRobin',
		displayOptions: assignOnly,
		options: [
			{ name: 'Least Loaded', value: 'leastLoaded', description: 'The available rep with the fewest open leads' },
			{ name: 'Priority Order', value: 'priorityOrder', description: 'The first available rep in roster order ("master closer first")' },
			{ name: 'Round Robin', value: 'roundRobin', description: 'Take turns in roster order' },
			{ name: 'Weighted Round Robin', value: 'weightedRoundRobin', description: 'Take turns in proportion to each rep\'s weight' },
		],
	},
	{
		displayName: 'Rep ID',
		name: 'repId',
		type: 'string',
		default: '={{ $json.routing.rep.id }}',
		required: true,
		displayOptions: { show: { operation: ['release'] } },
		description: 'The rep whose open-lead count goes down by one',
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: assignOnly,
		options: [
			{ displayName: 'Booking Link', name: 'bookingLink', type: 'string', default: '', description: 'Used as {{bookingLink}} in the SMS' },
			{ displayName: 'Default Phone Country', name: 'defaultCountry', type: 'string', default: 'US', description: 'Two-letter country for phone numbers written without +country code' },
			{ displayName: 'Free Slots to Offer', name: 'slotCount', type: 'number', default: 3, typeOptions: { minValue: 1 } },
			{ displayName: 'Quiet Hours End', name: 'quietEnd', type: 'number', default: 8, typeOptions: { minValue: 0, maxValue: 24 }, description: 'No text before this hour in the prospect\'s local time' },
			{ displayName: 'Quiet Hours Start', name: 'quietStart', type: 'number', default: 21, typeOptions: { minValue: 0, maxValue: 24 }, description: 'No text from this hour in the prospect\'s local time' },
			{ displayName: 'Response Window (Minutes)', name: 'responseMinutes', type: 'number', default: 30, description: 'How long a rep must be free from the submission time to take the lead now' },
			{ displayName: 'Search Horizon (Days)', name: 'horizonDays', type: 'number', default: 14 },
			{ displayName: 'Slot Length (Minutes)', name: 'slotMinutes', type: 'number', default: 30 },
			{
				displayName: 'SMS Template',
				name: 'smsTemplate',
				type: 'string',
				typeOptions: { rows: 3 },
				default: 'Hi {{firstName}}, thanks for reaching out! Our team is with other customers right now. We can talk {{slots}}. Pick a time: {{bookingLink}}',
				description: 'Placeholders: {{firstName}}, {{company}}, {{slots}}, {{bookingLink}}',
			},
			{ displayName: 'Time Zone for Unknown Prospects', name: 'timeZone', type: 'string', default: '', description: 'Used for quiet hours and slot labels when the lead has no time zone. Empty: the workflow\'s.' },
		],
	},
];

/** Assign has three outputs; Release one. Runs in n8n's expression sandbox: self-contained. */
export function configuredOutputs(parameters: { operation?: string }) {
	if (parameters.operation === 'release') return [{ type: 'main', displayName: 'Released' }];
	return [
		{ type: 'main', displayName: 'Assigned' },
		{ type: 'main', displayName: 'No Capacity' },
		{ type: 'main', displayName: 'Not Routed' },
	];
}
