import { randomUUID } from 'node:crypto';

import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import type { CapacityConfig, Rep, RoutingOutput } from '../../../engine';
import {
	CALENDAR_PROVIDERS,
	CAPACITY_DEFAULTS,
	calendarWindow,
	duplicateKeyOf,
	fetchBusyForReps,
	routeLead,
} from '../../../engine';
import { errorOutputItem, sendsFailuresToErrorOutput } from '../../shared/errorOutput';
import type { OpenedStore } from '../helpers/stateStore';
import { openStateStore } from '../helpers/stateStore';
import { calendarHttp } from '../transport';
import { errorRouting, prepareLead, withRouting } from './assign/items';
import {
	ConfigurationProblem,
	readAssignSettings,
	readCalendarFailure,
	readCalendarSource,
	readDuplicateKeySource,
	readExcludedRepIds,
	readKnownAccounts,
	readLeadFacts,
	readSlotsFromNow,
	readStrategy,
} from './assign/parameters';
import { configuredOutputs } from './outputs';

// n8n's lint reads a parameter default only as a literal or a plain name: the engine's defaults, named.
const {
	calendarSource: defaultCalendarSource,
	calendarFailure: defaultCalendarFailure,
	strategy: defaultStrategy,
	defaultCountry: defaultPhoneCountry,
	duplicateKey: defaultDuplicateKey,
	duplicateWindowMinutes: defaultDuplicateWindowMinutes,
	maxDuplicateWindowMinutes,
	slotCount: defaultSlotCount,
	quietEnd: defaultQuietEnd,
	quietStart: defaultQuietStart,
	responseMinutes: defaultResponseMinutes,
	horizonDays: defaultHorizonDays,
	slotMinutes: defaultSlotMinutes,
	smsTemplate: defaultSmsTemplate,
} = CAPACITY_DEFAULTS;

const displayOptions = { show: { operation: ['assign'] } };

/** "Calendar": one option per calendar provider, and None. */
const calendarOptions = [
	...Object.entries(CALENDAR_PROVIDERS).map(([value, provider]) => ({ ...provider.option, value })),
	{ name: 'None', value: 'none', description: 'Working hours, holidays and out-of-office only' },
].sort((a, b) => a.name.localeCompare(b.name));

/** The fields of a rep, shared by both reps forms. */
const repActiveField: INodeProperties = {
	displayName: 'Active',
	name: 'active',
	type: 'boolean',
	default: true,
	description: 'Whether the rep takes leads',
};
const repCalendarIdField: INodeProperties = {
	displayName: 'Calendar ID',
	name: 'calendarId',
	type: 'string',
	default: '',
	description: 'Google calendar ID or Microsoft 365 mailbox; defaults to the email',
};
const repEmailField: INodeProperties = {
	displayName: 'Email',
	name: 'email',
	type: 'string',
	placeholder: 'name@email.com',
	default: '',
};
const repHolidaysField: INodeProperties = {
	displayName: 'Holidays',
	name: 'holidays',
	type: 'string',
	default: '',
	placeholder: '2026-12-25, 2027-01-01',
	description: "The rep's own days off (yyyy-MM-dd), on top of team holidays",
};
const repIcsUrlField: INodeProperties = {
	displayName: 'ICS URL',
	name: 'icsUrl',
	type: 'string',
	default: '',
	description: 'Private ICS/iCal feed of the rep, when the calendar is "ICS Feed per Rep"',
};
const repIdField: INodeProperties = {
	displayName: 'ID',
	name: 'id',
	type: 'string',
	default: '',
	description: 'Stable identifier used in counts and Release; defaults to the email, else the name',
};
const repMaxLeadsPerDayField: INodeProperties = {
	displayName: 'Max Leads per Day',
	name: 'maxLeadsPerDay',
	type: 'number',
	default: 0,
	description:
		"Counted per day in the rep's own time zone: the count starts again at the rep's midnight. 0 means no cap.",
};
const repMaxOpenLeadsField: INodeProperties = {
	displayName: 'Max Open Leads',
	name: 'maxOpenLeads',
	type: 'number',
	default: 0,
	description: '0 means no cap',
};
const repNameField: INodeProperties = {
	displayName: 'Name',
	name: 'name',
	type: 'string',
	default: '',
	required: true,
};
const repOutOfOfficeField: INodeProperties = {
	displayName: 'Out of Office',
	name: 'outOfOffice',
	type: 'string',
	default: '',
	placeholder: '2026-12-24..2027-01-02',
	description: 'Comma-separated date ranges',
};
const repPhoneField: INodeProperties = {
	displayName: 'Phone',
	name: 'phone',
	type: 'string',
	default: '',
};
const repTiersField: INodeProperties = {
	displayName: 'Tiers',
	name: 'tiers',
	type: 'string',
	default: 'closers',
	description: "Comma-separated tiers or skills, e.g. 'closers, spanish'",
};
const repTimeZoneField: INodeProperties = {
	displayName: 'Time Zone Name or ID',
	name: 'timeZone',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getTimeZones' },
	default: 'America/New_York',
	description:
		'IANA time zone of the rep. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};
const repWeightField: INodeProperties = {
	displayName: 'Weight',
	name: 'weight',
	type: 'number',
	default: 1,
	description: 'Share of leads under weighted round robin',
};
const repWorkingHoursField: INodeProperties = {
	displayName: 'Working Hours',
	name: 'workingHours',
	type: 'string',
	default: 'Mon-Fri 09:00-17:00',
	description:
		"In the rep's time zone; separate blocks with ';', e.g. 'Mon-Thu 09:00-17:00; Fri 09:00-13:00'",
};
const repBackupField: INodeProperties = {
	displayName: 'Backup',
	name: 'backup',
	type: 'string',
	default: '',
	description:
		"ID, email or name of the rep who takes this rep's account leads while this rep cannot (Owner Match)",
};
const repCrmIdsField: INodeProperties = {
	displayName: 'CRM Owner IDs',
	name: 'crmIds',
	type: 'string',
	default: '',
	placeholder: '12345678, 0055e000001AbCd',
	description:
		"The rep's owner or user IDs in your CRMs, so Owner Match finds the rep from a record's owner ID",
};
const repLanguagesField: INodeProperties = {
	displayName: 'Languages',
	name: 'languages',
	type: 'string',
	default: '',
	placeholder: 'en, es',
	description: 'Languages the rep works in (codes or names); empty: the team language',
};
const repSkillsField: INodeProperties = {
	displayName: 'Skills',
	name: 'skills',
	type: 'string',
	default: '',
	placeholder: 'payroll, api',
	description: 'Skills a lead may need (see Lead Fields for Rules)',
};

/** The reps parameter as every version names and shows it; the versions differ in its fields. */
const repsParameter = {
	displayName: 'Reps',
	name: 'reps',
	type: 'fixedCollection' as const,
	typeOptions: { multipleValues: true, sortable: true },
	placeholder: 'Add Rep',
	default: {},
};

/**
 * The reps form from version 3: the fields a team fills for every rep first, in the order they
 * think of them (n8n's lint sorts options alphabetically; each exception below says so), and the
 * rarely used ones under "Advanced". Versions 1 and 2 keep their flat alphabetical form: moving a
 * saved field into a group would drop it from workflows saved with it.
 */
const repsByName: INodeProperties = {
	...repsParameter,
	displayOptions: { show: { rosterSource: ['node'], '@version': [{ _cnd: { gte: 3 } }] } },
	description:
		'The people who take leads, in priority order. For a team of more than a few, keep the roster in a Data Table or a sheet (Roster Source).',
	options: [
		{
			name: 'rep',
			displayName: 'Rep',
			// Deliberately not alphabetical, as n8n's lint (node-param-fixed-collection-type-unsorted-items) would sort
			// literal options: Name first, then the fields every rep needs, Advanced last.
			values: [
				repNameField,
				repEmailField,
				repTiersField,
				repTimeZoneField,
				repWorkingHoursField,
				repLanguagesField,
				repMaxOpenLeadsField,
				{
					displayName: 'Advanced',
					name: 'advanced',
					type: 'collection',
					placeholder: 'Add Field',
					default: {},
					options: [
						repActiveField,
						repBackupField,
						repCalendarIdField,
						repCrmIdsField,
						repHolidaysField,
						repIcsUrlField,
						repIdField,
						repMaxLeadsPerDayField,
						repOutOfOfficeField,
						repPhoneField,
						repSkillsField,
						repWeightField,
					],
				},
			],
		},
	],
};

/** Owner match, territories, language and skills: applied before rotation, in that order. */
const routingRuleProperties: INodeProperties[] = [
	{
		displayName: 'Owner Match',
		name: 'ownerMatch',
		type: 'options',
		default: 'off',
		description:
			"Before rotation: a lead whose email, email domain or company matches a known contact or account goes to that record's owner",
		options: [
			{ name: 'Off', value: 'off' },
			{
				name: 'Known Contacts and Accounts',
				value: 'accounts',
				description: 'From a CRM search, a sheet or a list, with the fields mapped below',
			},
		],
	},
	{
		displayName: 'Known Contacts and Accounts',
		name: 'knownAccounts',
		type: 'json',
		default: '={{ $json.knownAccounts }}',
		displayOptions: { show: { ownerMatch: ['accounts'] } },
		description:
			"A list of records (or one record). Domains and websites match the lead's email domain and its subdomains, never free mail like gmail.com; company names match without legal forms (Inc, GmbH, S.A....).",
		hint: "A CRM search before this node: {{ $('Search Contacts').all().map(item => item.json) }}, or a sheet of accounts",
	},
	{
		displayName: 'Read Known Records',
		name: 'knownAccountsScope',
		type: 'options',
		default: 'perItem',
		displayOptions: { show: { ownerMatch: ['accounts'] } },
		options: [
			{
				name: 'For Each Item',
				value: 'perItem',
				description: "Each lead's own lookup result (a CRM search per lead)",
			},
			{
				name: 'Once, From the First Item',
				value: 'once',
				description: 'One list for every lead of the run (a sheet of accounts)',
			},
		],
	},
	{
		displayName: 'Owner Field',
		name: 'ownerField',
		type: 'string',
		default: 'owner',
		displayOptions: { show: { ownerMatch: ['accounts'] } },
		description:
			"Field (or dot path) of a record's owner: a rep's ID, email, name or CRM owner ID, e.g. properties.hubspot_owner_id, OwnerId",
	},
	{
		displayName: 'Email Field',
		name: 'emailField',
		type: 'string',
		default: 'email',
		displayOptions: { show: { ownerMatch: ['accounts'] } },
		description:
			"Field of a contact's email (matched exactly, free mail included), e.g. properties.email, Email",
	},
	{
		displayName: 'Domain or Website Field',
		name: 'domainField',
		type: 'string',
		default: 'domain',
		displayOptions: { show: { ownerMatch: ['accounts'] } },
		description: "Field of an account's domain or website, e.g. properties.domain, Website",
	},
	{
		displayName: 'Company Field',
		name: 'companyField',
		type: 'string',
		default: 'company',
		displayOptions: { show: { ownerMatch: ['accounts'] } },
		description: 'Field of the company name, e.g. properties.company, Company, Name',
	},
	{
		displayName: 'If the Owner Cannot Take It Now',
		name: 'ownerFallback',
		type: 'options',
		default: 'pool',
		displayOptions: { show: { ownerMatch: ['accounts'] } },
		description:
			'When the owner is off, out of office, busy or at a cap; the item says why either way',
		options: [
			{
				name: 'Route by the Other Rules',
				value: 'pool',
				description: 'Territories, language and rotation, as for a new lead',
			},
			{
				name: "The Owner's Backup",
				value: 'ownerBackup',
				description: 'The rep named as Backup of the owner; else the other rules',
			},
			{
				name: 'Wait for the Owner',
				value: 'waitForOwner',
				description: "No Capacity, with the owner's own free slots",
			},
		],
	},
	{
		displayName: 'Territory Rules',
		name: 'territoryRules',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true, sortable: true },
		placeholder: 'Add Rule',
		default: {},
		description:
			"Ordered: the first rule whose conditions all hold picks the tier; none: the path's tier. Empty conditions match anything.",
		options: [
			{
				name: 'rule',
				displayName: 'Rule',
				// eslint-disable-next-line n8n-nodes-base/node-param-fixed-collection-type-unsorted-items -- Name first and Tier last read as "rule: if ... then tier".
				values: [
					{
						displayName: 'Name',
						name: 'name',
						type: 'string',
						default: '',
						placeholder: 'EMEA enterprise',
						description: 'Shown in the audit trail when the rule matches',
					},
					{
						displayName: 'Countries or Regions',
						name: 'countries',
						type: 'string',
						default: '',
						placeholder: 'EMEA, US, Canada',
						description:
							"ISO codes, country names or EMEA, EU, DACH, Benelux, Nordics, UKI, MENA, Africa, NA, AMER, LATAM, APAC, ANZ. The lead's country is its Country field, else its phone number's.",
					},
					{
						displayName: 'States or Provinces',
						name: 'regions',
						type: 'string',
						default: '',
						placeholder: 'CA, Oregon, Bavaria',
					},
					{
						displayName: 'Min Employees',
						name: 'minEmployees',
						type: 'number',
						default: 0,
						description: '0: no minimum. Needs the Company Size lead field.',
					},
					{
						displayName: 'Max Employees',
						name: 'maxEmployees',
						type: 'number',
						default: 0,
						description: '0: no maximum',
					},
					{
						displayName: 'Industries',
						name: 'industries',
						type: 'string',
						default: '',
						placeholder: 'software*, fintech',
						description: 'Without case; a trailing * matches every industry starting so',
					},
					{
						displayName: 'Paths',
						name: 'paths',
						type: 'string',
						default: '',
						placeholder: 'hot',
						description: 'Classifier paths the rule applies to; empty: every routed path',
					},
					{
						displayName: 'Tier',
						name: 'tier',
						type: 'string',
						default: '',
						required: true,
						placeholder: 'enterprise-emea',
					},
				],
			},
		],
	},
	{
		displayName: 'Language and Skills',
		name: 'languagePreference',
		type: 'options',
		default: 'off',
		description:
			"Prefer reps who speak the lead's language (the classifier's, or the Language lead field) and have the skills it needs (the Required Skills lead field)",
		options: [
			{ name: 'Off', value: 'off' },
			{
				name: 'Prefer Them, Else Any Rep',
				value: 'anyRep',
				description: 'Any rep of the tier when none of them can take it now',
			},
			{
				name: 'Wait for One of Them',
				value: 'holdForMatch',
				description:
					'No Capacity with their free slots when none can take it now (never when nobody has them)',
			},
		],
	},
	{
		displayName: 'Team Language',
		name: 'teamLanguage',
		type: 'string',
		default: 'en',
		displayOptions: { hide: { languagePreference: ['off'] } },
		description: 'The language of reps who list none',
	},
	{
		displayName: 'Lead Fields for Rules',
		name: 'ruleFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		description:
			"What territories, owner match and skills read from each lead, beyond the classifier's fields",
		options: [
			{
				displayName: 'Company Size',
				name: 'employees',
				type: 'string',
				default: '',
				placeholder: '={{ $json.employees }}',
				description: 'A number or a range: 250, 201-500, 10k+',
			},
			{
				displayName: 'Country',
				name: 'country',
				type: 'string',
				default: '',
				placeholder: '={{ $json.country }}',
				description: "Code or name; empty: the phone number's country",
			},
			{
				displayName: 'Industry',
				name: 'industry',
				type: 'string',
				default: '',
				placeholder: '={{ $json.industry }}',
			},
			{
				displayName: 'Language',
				name: 'language',
				type: 'string',
				default: '',
				placeholder: '={{ $json.locale }}',
				description: "The lead's language when the form knows it; empty: the classifier's",
			},
			{
				displayName: 'Required Skills',
				name: 'skills',
				type: 'string',
				default: '',
				placeholder: '={{ $json.product }}',
			},
			{
				displayName: 'State or Province',
				name: 'region',
				type: 'string',
				default: '',
				placeholder: '={{ $json.state }}',
			},
			{
				displayName: 'Website',
				name: 'website',
				type: 'string',
				default: '',
				placeholder: '={{ $json.website }}',
				description: 'For owner match when the email is free mail',
			},
		],
	},
];

const properties: INodeProperties[] = [
	{
		displayName: 'Roster Source',
		name: 'rosterSource',
		type: 'options',
		default: 'node',
		options: [
			{ name: 'Defined in This Node', value: 'node' },
			{
				name: 'From a Data Table, Sheet or Input Data',
				value: 'input',
				description:
					"Rows read by n8n's Data Table node, Google Sheets, Airtable or a CRM before this node, given by an expression",
			},
		],
	},
	{
		...repsParameter,
		displayOptions: { show: { rosterSource: ['node'], '@version': [1, 2] } },
		description: 'The people who take leads, in priority order',
		options: [
			{
				name: 'rep',
				displayName: 'Rep',
				values: [
					repActiveField,
					repBackupField,
					repCalendarIdField,
					repCrmIdsField,
					repEmailField,
					repHolidaysField,
					repIcsUrlField,
					repIdField,
					repLanguagesField,
					repMaxLeadsPerDayField,
					repMaxOpenLeadsField,
					repNameField,
					repOutOfOfficeField,
					repPhoneField,
					repSkillsField,
					repTiersField,
					repTimeZoneField,
					repWeightField,
					repWorkingHoursField,
				],
			},
		],
	},
	repsByName,
	{
		displayName: 'Roster',
		name: 'rosterData',
		type: 'json',
		default: '={{ $json.roster }}',
		displayOptions: { show: { rosterSource: ['input'] } },
		description:
			'A list of reps with name, email, phone, tiers, timeZone, workingHours ("Mon-Fri 09:00-17:00"), languages, skills, outOfOffice, holidays, maxOpenLeads, maxLeadsPerDay, weight, active, backup, crmIds (repId: a stable ID other than a table\'s row ID). Column names like "Time Zone" or "Max Open Leads" work too. Read once per run, from the first item.',
		hint: "Rows from a Data Table, Google Sheets or Airtable arrive as one item per rep: use {{ $('Sales Reps').all().map(item => item.json) }}. Each bad row gets one message.",
	},
	{
		displayName: 'Calendar',
		name: 'calendarSource',
		type: 'options',
		default: defaultCalendarSource,
		description:
			'Live calendars: read once per execution for all reps, so a rep in a meeting is not assigned. The span read is a day before the newest lead (or now, with From Now timing) to the search horizon after it; an older lead is judged without calendars and says so.',
		options: calendarOptions,
	},
	{
		displayName: 'If a Calendar Cannot Be Read',
		name: 'calendarFailure',
		type: 'options',
		default: defaultCalendarFailure,
		displayOptions: { show: { calendarSource: Object.keys(CALENDAR_PROVIDERS) } },
		description:
			'The execution goes on either way, and the item says which calendar failed. Also applies to a lead submitted before the span the calendars were read for.',
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
		description:
			"Comma-separated dates (yyyy-MM-dd) nobody takes leads, read in each rep's time zone",
	},
	{
		displayName: 'Tier per Path',
		name: 'tierMapping',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Mapping',
		default: {
			mapping: [
				{ path: 'hot', tier: 'closers' },
				{ path: 'warm', tier: 'sdrs' },
			],
		},
		description:
			'Which tier takes which classifier path; other paths leave on "Not Routed" untouched',
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
		default: defaultStrategy,
		options: [
			{
				name: 'Least Loaded',
				value: 'leastLoaded',
				description: 'The available rep with the fewest open leads',
			},
			{
				name: 'Priority Order',
				value: 'priorityOrder',
				description: 'The first available rep in roster order ("master closer first")',
			},
			{ name: 'Round Robin', value: 'roundRobin', description: 'Take turns in roster order' },
			{
				name: 'Weighted Round Robin',
				value: 'weightedRoundRobin',
				description: "Take turns in proportion to each rep's weight",
			},
		],
	},
	...routingRuleProperties,
];

export const description = updateDisplayOptions(displayOptions, properties);

/** Assign's "Options" collection: shown last, after the settings both operations share. */
export const options = updateDisplayOptions(displayOptions, [
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Booking Link',
				name: 'bookingLink',
				type: 'string',
				default: '',
				description: 'Used as {{bookingLink}} in the SMS',
			},
			{
				displayName: 'Default Phone Country',
				name: 'defaultCountry',
				type: 'string',
				default: defaultPhoneCountry,
				description: 'Two-letter country for phone numbers written without +country code',
			},
			{
				displayName: 'Duplicate Key',
				name: 'duplicateKey',
				type: 'options',
				default: defaultDuplicateKey,
				description:
					'What makes two submissions the same lead. Compared after trimming, lower-casing and removing invisible characters; phones in E.164.',
				options: [
					{
						name: 'Automatic',
						value: 'auto',
						description:
							'The Lead ID option when set, else the email, else the phone, else the text',
					},
					{ name: 'Email', value: 'email' },
					{
						name: 'Lead ID',
						value: 'leadId',
						description: "The Lead ID option: your form's or CRM's own ID",
					},
					{ name: 'Phone', value: 'phone' },
					{ name: 'Text', value: 'text', description: 'The message itself' },
				],
			},
			{
				displayName: 'Duplicate Window (Minutes)',
				name: 'duplicateWindow',
				type: 'number',
				default: defaultDuplicateWindowMinutes,
				typeOptions: { minValue: 0, maxValue: maxDuplicateWindowMinutes },
				description:
					'A lead submitted again this soon after the first time (double submit, retried webhook, re-run execution) keeps its rep, is counted once and leaves on the Duplicate output with routing.duplicateOf, so no second SMS or notification goes out. 0 turns it off. On by default from node version 2.',
			},
			{
				displayName: 'Exclude Reps',
				name: 'excludeRepIds',
				type: 'string',
				default: '',
				placeholder: 'rep-ana, rep-bo',
				description:
					'Comma-separated rep IDs this lead must not go to, e.g. the rep who missed the SLA when re-routing',
				hint: 'The rep Assign chose for an item: {{ $json.routing.rep.id }}',
			},
			{
				displayName: 'Free Slots to Offer',
				name: 'slotCount',
				type: 'number',
				default: defaultSlotCount,
				typeOptions: { minValue: 1 },
			},
			{
				displayName: 'Lead ID',
				name: 'leadId',
				type: 'string',
				default: '',
				placeholder: '={{ $json.submissionId }}',
				description: 'Your own ID of the lead (form submission or CRM ID), for the duplicate key',
			},
			{
				displayName: 'Quiet Hours End',
				name: 'quietEnd',
				type: 'number',
				default: defaultQuietEnd,
				typeOptions: { minValue: 0, maxValue: 24 },
				description: "No text before this hour in the prospect's local time",
			},
			{
				displayName: 'Quiet Hours Start',
				name: 'quietStart',
				type: 'number',
				default: defaultQuietStart,
				typeOptions: { minValue: 0, maxValue: 24 },
				description: "No text from this hour in the prospect's local time",
			},
			{
				displayName: 'Response Window (Minutes)',
				name: 'responseMinutes',
				type: 'number',
				default: defaultResponseMinutes,
				description: 'How long a rep must be free from the submission time to take the lead now',
			},
			{
				displayName: 'Search Horizon (Days)',
				name: 'horizonDays',
				type: 'number',
				default: defaultHorizonDays,
			},
			{
				displayName: 'Slot Length (Minutes)',
				name: 'slotMinutes',
				type: 'number',
				default: defaultSlotMinutes,
			},
			{
				displayName: 'Slots and SMS Timing',
				name: 'slotsFrom',
				type: 'options',
				default: 'submission',
				description:
					'Availability is always judged at the submission time. This sets the clock for the free slots offered and the quiet hours of the SMS.',
				options: [
					{
						name: 'From the Submission Time',
						value: 'submission',
						description:
							'Right when the workflow runs as leads arrive; re-running an execution gives the same answer',
					},
					{
						name: 'From Now',
						value: 'now',
						description:
							'For leads processed late (a queue, a sheet import): never offers a slot that has passed',
					},
				],
			},
			{
				displayName: 'SMS Template',
				name: 'smsTemplate',
				type: 'string',
				typeOptions: { rows: 3 },
				default: defaultSmsTemplate,
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
]);

const OUTPUT_INDEX: Record<RoutingOutput, number> = {
	assigned: 0,
	noCapacity: 1,
	notRouted: 2,
	duplicate: 3,
};

/** Routes every item; each leaves on exactly one of Assigned, No Capacity, Not Routed or Duplicate. */
export async function execute(context: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = context.getInputData();
	const node = context.getNode();
	const outputs: INodeExecutionData[][] = configuredOutputs(
		node.typeVersion,
		node.parameters as Parameters<typeof configuredOutputs>[1],
	).map(() => []);
	const now = Date.now();
	const strategy = readStrategy(context);

	/** A problem no item can be routed past: stop, or on continue-on-fail send every item to Not Routed. */
	const failAll = (error: unknown, fallbackHint: string): INodeExecutionData[][] => {
		const problem =
			error instanceof ConfigurationProblem
				? error
				: new ConfigurationProblem((error as Error).message, fallbackHint);
		if (!context.continueOnFail())
			throw new NodeOperationError(context.getNode(), problem.message, {
				description: problem.hint,
			});
		if (sendsFailuresToErrorOutput(context)) {
			outputs[OUTPUT_INDEX.assigned] = items.map((_, itemIndex) =>
				errorOutputItem(problem.message, itemIndex),
			);
			return outputs;
		}
		outputs[OUTPUT_INDEX.notRouted] = items.map((item, itemIndex) =>
			withRouting(item, itemIndex, errorRouting(problem.message, strategy, now)),
		);
		return outputs;
	};

	let reps: Rep[];
	let config: CapacityConfig;
	let teamHolidays: string[];
	let duplicateWindowMs: number;
	let ownerMatch: ReturnType<typeof readAssignSettings>['ownerMatch'];
	try {
		({ reps, config, teamHolidays, duplicateWindowMs, ownerMatch } = readAssignSettings(context));
	} catch (error) {
		return failAll(error, 'Check the node settings.');
	}

	const leads = items.map((item) => prepareLead(item.json, now));
	// By default the submission time is the clock for slots and quiet hours too, so re-running an
	// execution gives the same answer; late processing (a queue, a sheet import) can use now.
	const slotsFromNow = readSlotsFromNow(context);
	// Free/busy is read once for every rep and item of the execution, over one capped span;
	// leads submitted before it are judged with their calendars unknown, and say so.
	const calendarSource = readCalendarSource(context);
	const window = calendarWindow({
		submissions: leads.map((lead) => lead.at),
		now,
		slotsFromNow,
		horizonDays: config.slots.horizonDays,
		responseMinutes: config.responseMinutes,
	});
	const busy = items.length
		? await fetchBusyForReps(calendarSource, reps, window, calendarHttp(context))
		: {};
	const availability = {
		teamHolidays,
		busy,
		calendarFailure: readCalendarFailure(context),
		calendarWindow: window,
	};

	let opened: OpenedStore;
	try {
		opened = await openStateStore(context);
	} catch (error) {
		return failAll(
			error,
			'Check "State Storage": a Redis credential for Redis, Node.js 22.13 or later and a writable n8n folder for the SQLite file.',
		);
	}
	const duplicateKeySource = readDuplicateKeySource(context);
	const executionId = context.getExecutionId();
	const { store, close } = opened;
	try {
		for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
			const { intent, lead, at } = leads[itemIndex];
			try {
				const duplicateKey =
					duplicateWindowMs > 0
						? duplicateKeyOf(
								lead,
								duplicateKeySource,
								context.getNodeParameter('options.leadId', itemIndex, ''),
								config.sms.defaultCountry,
							)
						: undefined;
				const { routing, output } = await routeLead(
					{
						intent: intent.ok ? intent.intent : null,
						problem: intent.ok ? undefined : intent.problem,
						lead,
						at,
						now: slotsFromNow ? now : at,
						excludeRepIds: readExcludedRepIds(context, itemIndex),
						facts: readLeadFacts(context, itemIndex),
						identity: {
							id: randomUUID(),
							duplicateKey: duplicateKey?.hash,
							keyField: duplicateKey?.field,
							windowMs: duplicateWindowMs,
							executionId,
							itemIndex,
						},
					},
					reps,
					availability,
					store,
					// Known records read per item: each lead's own CRM lookup result.
					ownerMatch?.perItem
						? {
								...config,
								rules: {
									...config.rules,
									accounts: readKnownAccounts(context, itemIndex, ownerMatch),
								},
							}
						: config,
				);
				outputs[OUTPUT_INDEX[output]].push(withRouting(items[itemIndex], itemIndex, routing));
			} catch (error) {
				// The state store failed (Redis down...): the lead was not assigned.
				const message = `Could not assign the lead: ${(error as Error).message}`;
				if (!context.continueOnFail())
					throw new NodeOperationError(context.getNode(), message, {
						itemIndex,
						description: 'Check the state storage (Redis credential) and try again.',
					});
				if (sendsFailuresToErrorOutput(context)) {
					outputs[OUTPUT_INDEX.assigned].push(errorOutputItem(message, itemIndex));
					continue;
				}
				outputs[OUTPUT_INDEX.notRouted].push(
					withRouting(items[itemIndex], itemIndex, errorRouting(message, config.strategy, now)),
				);
			}
		}
	} finally {
		await close();
	}
	return outputs;
}
