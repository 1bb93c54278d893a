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
			{ name: 'Release', value: 'release', action: 'Release an open lead of a rep', description: 'Lower a rep\'s open-lead count when a lead is handled or re-routed, so caps reflect reality' },
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
						displayName: 'Calendar ID',
						name: 'calendarId',
						type: 'string',
						default: '',
						description: 'Google calendar ID or Microsoft 365 mailbox; defaults to the email',
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
						displayName: 'ICS URL',
						name: 'icsUrl',
						type: 'string',
						default: '',
						description: 'Private ICS/iCal feed of the rep, when the calendar is "ICS Feed per Rep"',
					},
					{
						displayName: 'ID',
						name: 'id',
						type: 'string',
						default: '',
						description: 'Stable identifier used in counts and Release; defaults to the email, else the name',
					},
					{
						displayName: 'Max Leads per Day',
						name: 'maxLeadsPerDay',
						type: 'number',
						default: 0,
						description: 'Counted per day in the rep\'s own time zone: the count starts again at the rep\'s midnight. 0 means no cap.',
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
						required: true,
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
						displayName: 'Time Zone Name or ID',
						name: 'timeZone',
						type: 'options',
						typeOptions: { loadOptionsMethod: 'getTimeZones' },
						default: 'America/New_York',
						description: 'IANA time zone of the rep. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
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
						description: 'In the rep\'s time zone; separate blocks with \';\', e.g. \'Mon-Thu 09:00-17:00; Fri 09:00-13:00\'',
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
		description: 'A list of reps with name, email, phone, tiers, timeZone, workingHours ("Mon-Fri 09:00-17:00"), outOfOffice, holidays, maxOpenLeads, maxLeadsPerDay, weight, active. Column names like "Time Zone" or "Max Open Leads" work too. Read once per run, from the first item.',
		hint: 'Rows from Google Sheets or Airtable arrive as one item per rep: use {{ $(\'Google Sheets\').all().map(item => item.json) }}',
	},
	{
		displayName: 'Calendar',
		name: 'calendarSource',
		type: 'options',
		default: 'none',
		displayOptions: assignOnly,
		description:
			"Live calendars: read once per execution for all reps, so a rep in a meeting is not assigned. The span read is a day before the newest lead (or now, with From Now timing) to the search horizon after it; an older lead is judged without calendars and says so.",
		options: [
			{ name: 'Google Calendar', value: 'googleCalendar', description: "Free/busy of each rep's calendar (Calendar ID, else email)" },
			{ name: 'ICS Feed per Rep', value: 'ics', description: "Each rep's ICS URL (recurring events and exceptions included)" },
			{ name: 'Microsoft 365', value: 'microsoft365', description: "Outlook schedules of each rep's mailbox (Calendar ID, else email)" },
			{ name: 'None', value: 'none', description: 'Working hours, holidays and out-of-office only' },
		],
	},
	{
		displayName: 'If a Calendar Cannot Be Read',
		name: 'calendarFailure',
		type: 'options',
		default: 'assumeBusy',
		displayOptions: { show: { operation: ['assign'], calendarSource: ['googleCalendar', 'microsoft365', 'ics'] } },
		description: 'The execution goes on either way, and the item says which calendar failed. Also applies to a lead submitted before the span the calendars were read for.',
		options: [
			{ name: 'Assume the Rep Is Busy', value: 'assumeBusy' },
			{ name: 'Assume the Rep Is Free', value: 'assumeFree' },
		],
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
	...stateStorageProperties(),
	{
		displayName: 'State Key',
		name: 'stateKey',
		type: 'string',
		default: '',
		placeholder: 'intentFunnel',
		description: 'Name under which counts are kept; give two teams different keys. Empty: the default, shared by all Capacity Check nodes.',
	},
	{
		displayName: 'Rep ID',
		name: 'repId',
		type: 'string',
		default: '={{ $json.routing?.rep?.id }}',
		required: true,
		displayOptions: { show: { operation: ['release'] } },
		description: 'The rep whose open-lead count goes down by one',
	},
	{
		displayName: 'Lead ID',
		name: 'leadId',
		type: 'string',
		default: '={{ $json.routing?.leadId }}',
		displayOptions: { show: { operation: ['release'] } },
		description: 'The lead being released, as Assign wrote it in routing.leadId: a lead released twice (a retried execution) counts once. Empty: every release counts.',
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
			{
				displayName: 'Duplicate Key',
				name: 'duplicateKey',
				type: 'options',
				default: 'auto',
				description: 'What makes two submissions the same lead. Compared after trimming, lower-casing and removing invisible characters; phones in E.164.',
				options: [
					{ name: 'Automatic', value: 'auto', description: 'The Lead ID option when set, else the email, else the phone, else the text' },
					{ name: 'Email', value: 'email' },
					{ name: 'Lead ID', value: 'leadId', description: 'The Lead ID option: your form\'s or CRM\'s own ID' },
					{ name: 'Phone', value: 'phone' },
					{ name: 'Text', value: 'text', description: 'The message itself' },
				],
			},
			{
				displayName: 'Duplicate Window (Minutes)',
				name: 'duplicateWindow',
				type: 'number',
				default: 60,
				typeOptions: { minValue: 0, maxValue: 43200 },
				description:
					'A lead submitted again this soon after the first time (double submit, retried webhook, re-run execution) keeps its rep, is counted once and leaves on the Duplicate output with routing.duplicateOf, so no second SMS or notification goes out. 0 turns it off. On by default from node version 2.',
			},
			{
				displayName: 'Exclude Reps',
				name: 'excludeRepIds',
				type: 'string',
				default: '',
				placeholder: 'rep-ana, rep-bo',
				description: 'Comma-separated rep IDs this lead must not go to, e.g. the rep who missed the SLA when re-routing',
				hint: 'The rep Assign chose for an item: {{ $json.routing.rep.id }}',
			},
			{ displayName: 'Free Slots to Offer', name: 'slotCount', type: 'number', default: 3, typeOptions: { minValue: 1 } },
			{
				displayName: 'Lead ID',
				name: 'leadId',
				type: 'string',
				default: '',
				placeholder: '={{ $json.submissionId }}',
				description: 'Your own ID of the lead (form submission or CRM ID), for the duplicate key',
			},
			{ displayName: 'Quiet Hours End', name: 'quietEnd', type: 'number', default: 8, typeOptions: { minValue: 0, maxValue: 24 }, description: 'No text before this hour in the prospect\'s local time' },
			{ displayName: 'Quiet Hours Start', name: 'quietStart', type: 'number', default: 21, typeOptions: { minValue: 0, maxValue: 24 }, description: 'No text from this hour in the prospect\'s local time' },
			{ displayName: 'Response Window (Minutes)', name: 'responseMinutes', type: 'number', default: 30, description: 'How long a rep must be free from the submission time to take the lead now' },
			{ displayName: 'Search Horizon (Days)', name: 'horizonDays', type: 'number', default: 14 },
			{ displayName: 'Slot Length (Minutes)', name: 'slotMinutes', type: 'number', default: 30 },
			{
				displayName: 'Slots and SMS Timing',
				name: 'slotsFrom',
				type: 'options',
				default: 'submission',
				description: 'Availability is always judged at the submission time. This sets the clock for the free slots offered and the quiet hours of the SMS.',
				options: [
					{ name: 'From the Submission Time', value: 'submission', description: 'Right when the workflow runs as leads arrive; re-running an execution gives the same answer' },
					{ name: 'From Now', value: 'now', description: 'For leads processed late (a queue, a sheet import): never offers a slot that has passed' },
				],
			},
			{
				displayName: 'SMS Template',
				name: 'smsTemplate',
				type: 'string',
				typeOptions: { rows: 3 },
				default: 'Hi {{firstName}}, thanks for reaching out! Our team is with other customers right now. We can talk {{slots}}. Pick a time: {{bookingLink}}',
				description: 'Placeholders: {{firstName}}, {{company}}, {{slots}}, {{bookingLink}}',
			},
			{
				displayName: 'Time Zone for Unknown Prospects Name or ID',
				name: 'timeZone',
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getTimeZonesOrNone' },
				default: '',
				description:
					'For leads without a known time zone: quiet hours are checked and free slots are written in this zone. Not set: quiet hours in the workflow\'s zone, slots in each rep\'s zone. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
		],
	},
];

/**
 * State storage per node version. n8n saves only parameters that differ from their default, so a
 * version 1 node that never chose one keeps workflow static data; new nodes (version 2) start on
 * the SQLite file, which holds under concurrent executions.
 */
function stateStorageProperties(): INodeProperties[] {
	const options = [
		{ name: 'Redis', value: 'redis', description: 'For queue mode, with workers on several hosts: n8n\'s Redis credential, one atomic script per lead' },
		{
			name: 'SQLite File on This Host',
			value: 'sqlite',
			description: 'Atomic across concurrent executions and n8n processes on one host, kept across restarts. A file in the n8n folder (~/.n8n/intent-funnel-capacity.sqlite).',
		},
		{ name: 'Workflow Static Data (Test Runs Only)', value: 'staticData', description: 'Loses counts when executions overlap; manual test runs start from zero' },
	];
	const description = 'Where rotation, open/daily counts and recent leads are kept. Release must use the same storage as Assign.';
	return [
		{ displayName: 'State Storage', name: 'stateStorage', type: 'options', default: 'staticData', description, options, displayOptions: { show: { '@version': [1] } } },
		{ displayName: 'State Storage', name: 'stateStorage', type: 'options', default: 'sqlite', description, options, displayOptions: { show: { '@version': [{ _cnd: { gte: 2 } }] } } },
		{
			displayName:
				'Workflow static data is not safe for live leads: executions that run at the same time each load their own copy, so concurrent leads can all go to one rep past the caps. Choose "SQLite File on This Host"; the counts kept here are carried over the first time.',
			name: 'notice',
			type: 'notice',
			default: '',
			displayOptions: { show: { stateStorage: ['staticData'] } },
		},
	];
}

/** Duplicate Window minutes when the option is not set: on from version 2, off before. */
export const DEFAULT_DUPLICATE_WINDOW_MINUTES = 60;

/**
 * Assign has three outputs, and a fourth, Duplicate, while the Duplicate Window is on; Release
 * one. Runs in n8n's expression sandbox: self-contained, so the default window (60, from version
 * 2) is written here again; a test holds it to DEFAULT_DUPLICATE_WINDOW_MINUTES.
 */
export function configuredOutputs(nodeVersion: number, parameters: { operation?: string; options?: { duplicateWindow?: unknown } }) {
	if (parameters.operation === 'release') return [{ type: 'main', displayName: 'Released' }];
	const outputs = [
		{ type: 'main', displayName: 'Assigned' },
		{ type: 'main', displayName: 'No Capacity' },
		{ type: 'main', displayName: 'Not Routed' },
	];
	const window = parameters.options?.duplicateWindow ?? (nodeVersion >= 2 ? 60 : 0);
	// Only an explicit 0 turns it off: an expression is only known per execution, and a wrong value
	// must reach the node to be reported.
	if (window !== 0) outputs.push({ type: 'main', displayName: 'Duplicate' });
	return outputs;
}
