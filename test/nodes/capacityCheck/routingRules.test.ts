/**
 * Capacity Check's routing rules on n8n's real WorkflowExecute: the version 3 reps form (Name
 * first, an Advanced group), owner match from a HubSpot contact search made by n8n's HTTP Request
 * node (mocked at the HTTP level with HubSpot's documented request and response), territory rules
 * and language preference.
 */
import nock from 'nock';
import type { IDataObject, INode, INodeParameters } from 'n8n-workflow';

import type { LeadFields, Signal } from '../../../engine/contract';
import { runWorkflow, type WorkflowJson } from '../../harness/runWorkflow';
import { capacityCheckNode, HOT_TO_CLOSERS, routingOf } from '../../helpers/capacityNode';
import { intentAt } from '../../helpers/intents';
import { useTemporaryStateFile } from '../../helpers/stateFile';
import { leadsWorkflow, workflowNode } from '../../helpers/workflows';

useTemporaryStateFile();

/** Wednesday 2026-11-25 11:00 in New York, 17:00 in Berlin: everyone below works. */
const AT = '2026-11-25T16:00:00Z';
const REPS = {
	rep: [
		{
			name: 'Ana Closer',
			email: 'ana@ourco.test',
			tiers: 'closers',
			timeZone: 'America/New_York',
			workingHours: 'Mon-Fri 09:00-17:00',
			languages: '',
			maxOpenLeads: 0,
			advanced: { id: 'ana' },
		},
		{
			name: 'Ben Closer',
			email: 'ben@ourco.test',
			tiers: 'closers',
			timeZone: 'America/New_York',
			workingHours: 'Mon-Fri 09:00-17:00',
			languages: 'en, Spanish',
			maxOpenLeads: 0,
			advanced: { id: 'ben' },
		},
		{
			name: 'Olga Owner',
			email: 'olga@ourco.test',
			tiers: 'closers',
			timeZone: 'America/New_York',
			workingHours: 'Mon-Fri 09:00-17:00',
			languages: '',
			maxOpenLeads: 0,
			advanced: { id: 'olga', crmIds: '90001', backup: 'ana' },
		},
		{
			name: 'Eva Enterprise',
			email: 'eva@ourco.test',
			tiers: 'enterprise-emea',
			timeZone: 'Europe/Berlin',
			workingHours: 'Mon-Fri 09:00-18:00',
			languages: 'de, en',
			maxOpenLeads: 0,
			advanced: { id: 'eva', active: true },
		},
	],
};

const intentFor = (lead: Partial<LeadFields>, signals: Signal[] = []) =>
	intentAt(
		{ text: 'We need a demo', submittedAt: AT, ...lead },
		{ score: 85, confidence: 0.8, signals },
	);

const HUBSPOT_SEARCH: INode = {
	...workflowNode(
		'Find Contact by Email',
		'n8n-nodes-base.httpRequest',
		4.2,
		{
			method: 'POST',
			url: 'https://api.hubapi.com/crm/v3/objects/contacts/search',
			authentication: 'predefinedCredentialType',
			nodeCredentialType: 'hubspotAppToken',
			sendBody: true,
			specifyBody: 'json',
			jsonBody:
				'={{ JSON.stringify({ filterGroups: [{ filters: [{ propertyName: "email", operator: "EQ", value: $json.intent.lead.email || "" }] }], properties: ["email", "hubspot_owner_id", "company"], limit: 1 }) }}',
			options: {},
		},
		600,
	),
	credentials: { hubspotAppToken: { id: '1', name: 'HubSpot' } },
};
const KEEP_LEAD = workflowNode(
	'Lead with Its Contact',
	'n8n-nodes-base.set',
	3.4,
	{
		mode: 'raw',
		jsonOutput:
			"={{ JSON.stringify({ ...$('Split Leads').item.json, knownContacts: $json.results ?? [] }) }}",
		options: {},
	},
	800,
);

/** Leads -> Capacity Check (version 3), or with a HubSpot contact search for each lead on the way. */
function workflow(leads: object[], capacity: INodeParameters, withSearch: boolean): WorkflowJson {
	const capacityCheck = {
		id: 'c',
		position: [1000, 0] as [number, number],
		...capacityCheckNode({ reps: REPS, tierMapping: HOT_TO_CLOSERS, ...capacity }, 3),
	};
	if (!withSearch) return leadsWorkflow(leads, capacityCheck);
	return leadsWorkflow(leads, capacityCheck, [HUBSPOT_SEARCH, KEEP_LEAD], {
		'Split Leads': { main: [[{ node: HUBSPOT_SEARCH.name, type: 'main', index: 0 }]] },
		[HUBSPOT_SEARCH.name]: { main: [[{ node: KEEP_LEAD.name, type: 'main', index: 0 }]] },
		[KEEP_LEAD.name]: { main: [[{ node: capacityCheck.name, type: 'main', index: 0 }]] },
	});
}

afterEach(() => nock.cleanAll());

describe('owner match from a HubSpot contact search', () => {
	it('looks each lead up by email and gives a known contact to its owner; the others rotate', async () => {
		const searches: Array<{ auth: string | undefined; body: IDataObject }> = [];
		nock('https://api.hubapi.com')
			.persist()
			.post('/crm/v3/objects/contacts/search')
			.reply(200, function (_uri, body) {
				searches.push({
					auth: this.req.headers.authorization as string | undefined,
					body: body as IDataObject,
				});
				const email = (body as { filterGroups: Array<{ filters: Array<{ value: string }> }> })
					.filterGroups[0].filters[0].value;
				// HubSpot's documented search answer: total, results with id and the asked properties.
				// HubSpot compares emails without case.
				return email.toLowerCase() === 'dana@acme-logistics.com'
					? {
							total: 1,
							results: [
								{
									id: '101',
									properties: {
										email,
										hubspot_owner_id: '90001',
										company: 'Acme Logistics',
										hs_object_id: '101',
									},
									createdAt: '2026-01-05T10:00:00.000Z',
									updatedAt: '2026-11-01T10:00:00.000Z',
									archived: false,
								},
							],
						}
					: { total: 0, results: [] };
			});
		const run = await runWorkflow(
			workflow(
				[
					{
						ref: 'known',
						intent: intentFor({ name: 'Dana Reyes', email: 'Dana@Acme-Logistics.com' }),
					},
					{ ref: 'new', intent: intentFor({ name: 'Lee Chen', email: 'lee@initech.test' }) },
				],
				{
					ownerMatch: 'accounts',
					knownAccounts: '={{ $json.knownContacts }}',
					ownerField: 'properties.hubspot_owner_id',
					emailField: 'properties.email',
					domainField: '',
					companyField: 'properties.company',
				},
				true,
			),
			{ credentials: { hubspotAppToken: { appToken: 'pat-test' } } },
		);
		expect(run.error).toBeUndefined();
		expect(
			searches.map((search) => [
				search.auth,
				(search.body.filterGroups as Array<{ filters: IDataObject[] }>)[0].filters[0],
			]),
		).toEqual([
			[
				'Bearer pat-test',
				{ propertyName: 'email', operator: 'EQ', value: 'Dana@Acme-Logistics.com' },
			],
			['Bearer pat-test', { propertyName: 'email', operator: 'EQ', value: 'lee@initech.test' }],
		]);
		const assigned = run.output('Capacity Check', 0);
		expect(assigned.map((item) => [item.json.ref, routingOf(item.json).rep?.id])).toEqual([
			['known', 'olga'],
			['new', 'ana'],
		]);
		expect(routingOf(assigned[0].json).rules?.owner).toEqual({
			record: 'acme logistics',
			matchedOn: 'email',
			value: 'dana@acme-logistics.com',
			repId: 'olga',
			fallback: 'pool',
		});
		expect(routingOf(assigned[0].json).reason).toBe(
			'Olga Owner (account owner) is in working hours and free (1 open)',
		);
		expect(assigned.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
	});
});

describe('territories and language on the node', () => {
	const rules = {
		territoryRules: {
			rule: [
				{
					name: 'EMEA enterprise',
					countries: 'EMEA',
					minEmployees: 500,
					maxEmployees: 0,
					industries: '',
					paths: '',
					regions: '',
					tier: 'enterprise-emea',
				},
			],
		},
	};

	it("the first matching rule picks the tier from the lead's fields, named in the audit", async () => {
		const run = await runWorkflow(
			workflow(
				[
					{
						ref: 'emea',
						employees: '1,001-5,000',
						intent: intentFor({ name: 'Jonas', phone: '+49 30 901820' }),
					},
					{
						ref: 'us',
						employees: 20,
						intent: intentFor({ name: 'Lee', phone: '+1 415 555 0101' }),
					},
				],
				{ ...rules, ruleFields: { employees: '={{ $json.employees }}' } },
				false,
			),
		);
		expect(run.error).toBeUndefined();
		const assigned = run.output('Capacity Check', 0);
		expect(
			assigned.map((item) => [
				item.json.ref,
				routingOf(item.json).tier,
				routingOf(item.json).rep?.id,
			]),
		).toEqual([
			['emea', 'enterprise-emea', 'eva'],
			['us', 'closers', 'ana'],
		]);
		expect(
			routingOf(assigned[0].json).audit.find((line) => line.decision === 'territory')?.reason,
		).toBe(
			'Territory rule "EMEA enterprise" matched (country DE (from the phone number)): tier "enterprise-emea"',
		);
	});

	it('a Spanish lead goes to the closer who speaks Spanish', async () => {
		const spanish = intentFor({ name: 'Lucía', phone: '+34 612 345 678' }, [
			{
				type: 'budget',
				polarity: 'positive',
				value: { approved: true },
				source: 'builtin',
				strength: 0.9,
				language: 'es',
				evidence: { quote: 'presupuesto', start: 0, end: 11, field: 'text' },
			},
		]);
		const run = await runWorkflow(
			workflow([{ intent: spanish }], { languagePreference: 'anyRep' }, false),
		);
		expect(run.error).toBeUndefined();
		expect(run.output('Capacity Check', 2).map((item) => routingOf(item.json).reason)).toEqual([]);
		const routing = routingOf(run.output('Capacity Check', 0)[0].json);
		expect(routing.rep?.id).toBe('ben');
		expect(routing.rules?.language).toEqual({ language: 'es', source: 'classifier', speakers: 1 });
	});

	it('a rule whose tier nobody has stops the run with a message naming it', async () => {
		const run = await runWorkflow(
			workflow(
				[{ intent: intentFor({ name: 'x' }) }],
				{ territoryRules: { rule: [{ name: 'APAC', countries: 'APAC', tier: 'apac' }] } },
				false,
			),
		);
		expect(run.error?.message).toBe(
			'No rep in the roster has tier "apac", which territory rule "APAC" needs',
		);
	});

	it("a roster from a Data Table's rows gets one message per bad row", async () => {
		const rows = [
			{
				id: 1,
				name: 'Ana Closer',
				email: 'ana@ourco.test',
				tiers: 'closers',
				timeZone: 'Mars/Base',
				workingHours: 'always',
				createdAt: '2026-11-01T00:00:00.000Z',
				updatedAt: '2026-11-01T00:00:00.000Z',
			},
			{
				id: 2,
				name: 'Ben Closer',
				email: 'ben@ourco.test',
				tiers: 'closers',
				timeZone: 'America/New_York',
				workingHours: 'Mon-Fri 09:00-17:00',
				createdAt: '2026-11-01T00:00:00.000Z',
				updatedAt: '2026-11-01T00:00:00.000Z',
			},
		];
		const bad = await runWorkflow(
			workflow(
				[{ intent: intentFor({ name: 'x' }) }],
				{ rosterSource: 'input', rosterData: JSON.stringify(rows) },
				false,
			),
		);
		expect(bad.error?.message).toBe(
			'The roster is not usable: Rep 1 (Ana Closer), time zone: "Mars/Base" is not an IANA time zone (e.g. America/New_York); working hours: "always" should look like "Mon-Fri 09:00-17:00"',
		);
		const good = await runWorkflow(
			workflow(
				[{ intent: intentFor({ name: 'x' }) }],
				{ rosterSource: 'input', rosterData: JSON.stringify(rows.slice(1)) },
				false,
			),
		);
		// A table's row number is not a rep id: the email is.
		expect(routingOf(good.output('Capacity Check', 0)[0].json).rep?.id).toBe('ben@ourco.test');
	});
});
