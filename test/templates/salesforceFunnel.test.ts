import nock from 'nock';

import { HOSTILE_TEXT, unsafeIn } from '../helpers/hostile';
import { runWorkflow } from '../harness/runWorkflow';
import { useTemporaryStateFile } from '../helpers/stateFile';
import { loadTemplate, onlyMockedHttp, withRepCrmIds } from '../helpers/templateRun';

const template = loadTemplate('salesforce-microsoft365-funnel.json');
const OAUTH = {
	clientId: 'id',
	clientSecret: 'secret',
	accessTokenUrl: 'https://login.test/token',
	authUrl: 'https://login.test/auth',
	scope: '',
	authentication: 'header',
};
const CREDENTIALS = {
	microsoftOutlookOAuth2Api: {
		...OAUTH,
		oauthTokenData: { access_token: 'graph-token', token_type: 'Bearer' },
	},
	microsoftTeamsOAuth2Api: {
		...OAUTH,
		graphApiBaseUrl: 'https://graph.microsoft.com',
		oauthTokenData: { access_token: 'teams-token', token_type: 'Bearer' },
	},
	salesforceOAuth2Api: {
		...OAUTH,
		environment: 'production',
		oauthTokenData: {
			access_token: 'sf-token',
			token_type: 'Bearer',
			instance_url: 'https://acme.my.salesforce.com',
		},
	},
};
const webhook = (body: object) => [{ json: { headers: {}, params: {}, query: {}, body } }];
const run = (body: object, workflow = template) =>
	runWorkflow(workflow, {
		startNode: 'Lead Webhook',
		credentials: CREDENTIALS,
		triggerItems: webhook(body),
	});
const TEAMS_MESSAGES = '/beta/teams/';
/** The sample hot lead as the web form sends it, without the message. */
const DANA = {
	name: 'Dana Reyes',
	email: 'dana@acme-logistics.com',
	company: 'Acme Logistics',
	role: 'VP Operations',
};
const BUDGET_AND_DEADLINE = 'Budget of $60k/year approved, live by end of Q1. Please book a demo.';
const HOT = `Our dispatch spreadsheets break every Monday. ${BUDGET_AND_DEADLINE}`;
// Wednesday 2026-11-25, 10:00 in New York: the sample closer and SDR are working.
const WORKING = '2026-11-25T15:00:00Z';

/**
 * Microsoft Graph as the template calls it, every request kept with its path: both reps' calendars
 * (free) in one getSchedule call, and Teams channel messages.
 */
function mockGraph() {
	const requests: Array<{ path: string; body: Record<string, unknown> }> = [];
	let lastPath = '';
	const keep = (body: Record<string, unknown>) => (requests.push({ path: lastPath, body }), true);
	nock('https://graph.microsoft.com')
		.persist()
		.post('/v1.0/me/calendar/getSchedule', keep)
		.reply(200, {
			value: [
				{ scheduleId: 'ana@example.com', scheduleItems: [] },
				{ scheduleId: 'sara@example.com', scheduleItems: [] },
			],
		})
		.post((uri) => ((lastPath = uri), uri.startsWith(TEAMS_MESSAGES)), keep)
		.reply(201, { id: '1700000000000', body: { contentType: 'html', content: 'ok' } });
	return requests;
}
/** The HTML of every Teams message, in the order they were posted. */
const teamsContents = (graph: ReturnType<typeof mockGraph>) =>
	graph
		.filter((request) => request.path.startsWith(TEAMS_MESSAGES))
		.map((request) => String((request.body.body as { content?: string } | undefined)?.content));

// Capacity Check v2 keeps counts in a SQLite file: one empty file per test.
useTemporaryStateFile();

describe('Salesforce + Microsoft 365 funnel template (HTTP mocked with the documented shapes)', () => {
	onlyMockedHttp();

	it('hot lead: Outlook calendars read once, Salesforce lead with the briefing note and a call task, rep told on Teams', async () => {
		const graph = mockGraph();
		const salesforce: Array<{ path: string; body: Record<string, unknown> }> = [];
		let lastPath = '';
		nock('https://acme.my.salesforce.com')
			.persist()
			.post(
				(uri) => ((lastPath = uri), uri.startsWith('/services/data/')),
				(body: Record<string, unknown>) => (salesforce.push({ path: lastPath, body }), true),
			)
			.reply(201, { id: '00Q5g00000ABCDE', success: true, errors: [] });

		const result = await run({ ...DANA, message: HOT, submittedAt: WORKING });
		expect(result.error).toBeUndefined();
		const schedules = graph.filter((request) => request.body.schedules);
		expect(schedules).toHaveLength(1);
		expect(schedules[0].body.schedules).toEqual(['ana@example.com', 'sara@example.com']);
		const teamsMessages = graph.filter((request) => request.path.startsWith(TEAMS_MESSAGES));
		expect(teamsMessages[0].path).toBe(
			'/beta/teams/00000000-0000-4000-8000-000000000000/channels/19:replace-with-your-channel@thread.tacv2/messages',
		);
		expect(JSON.stringify(teamsMessages[0].body)).toContain('Assigned to Ana Closer');

		const lead = salesforce.find((request) => /\/sobjects\/lead$/i.test(request.path));
		expect(lead?.body).toMatchObject({
			Company: 'Acme Logistics',
			LastName: 'Reyes',
			FirstName: 'Dana',
			Email: 'dana@acme-logistics.com',
			Title: 'VP Operations',
			LeadSource: 'Web',
		});
		const note = salesforce.find((request) => /\/sobjects\/note$/i.test(request.path));
		expect(note?.body).toMatchObject({ ParentId: '00Q5g00000ABCDE', Title: 'Intent briefing' });
		expect(String(note?.body.Body)).toMatch(/^\*\*Hot lead\*\*/);
		const task = salesforce.find((request) => /\/sobjects\/task$/i.test(request.path));
		expect(task?.body).toMatchObject({
			WhoId: '00Q5g00000ABCDE',
			Priority: 'High',
			Status: 'Not Started',
		});
	});

	it('returning contact: searched for by email first, its Salesforce owner gets it, and no second lead is created', async () => {
		// The template's search URL names your My Domain: this org's is acme.
		const workflow = withRepCrmIds(template, 'Sara SDR', '0055g00000SaraAAA');
		const search = workflow.nodes.find((node) => node.name === 'Find Existing Lead or Contact')!;
		search.parameters.url = String(search.parameters.url).replace('YOUR-DOMAIN', 'acme');
		const searches: Array<{ authorization: unknown; body: Record<string, unknown> }> = [];
		const writes: Array<{ path: string; body: Record<string, unknown> }> = [];
		const graph = mockGraph();
		nock('https://acme.my.salesforce.com')
			.persist()
			.post('/services/data/v59.0/parameterizedSearch/')
			.reply(200, function (_uri, body) {
				searches.push({
					authorization: this.req.headers.authorization,
					body: body as Record<string, unknown>,
				});
				// Salesforce's documented parameterizedSearch answer: searchRecords with attributes and the asked fields.
				return {
					searchRecords: [
						{
							attributes: {
								type: 'Contact',
								url: '/services/data/v59.0/sobjects/Contact/0035g00000DanaAAA',
							},
							Id: '0035g00000DanaAAA',
							Email: 'dana+ops@acme-logistics.com',
							OwnerId: '0055g00000SaraAAA',
						},
					],
				};
			})
			.post(
				(uri) => uri.startsWith('/services/data/') && !uri.includes('parameterizedSearch'),
				(body: Record<string, unknown>) => (writes.push({ path: '', body }), true),
			)
			.reply(201, { id: '00T5g00000TASKAA', success: true, errors: [] });
		const result = await run(
			{
				...DANA,
				email: 'dana+ops@acme-logistics.com',
				message: BUDGET_AND_DEADLINE,
				submittedAt: WORKING,
			},
			workflow,
		);
		expect(result.error).toBeUndefined();
		// One search for leads and contacts by email, "+" and "-" escaped as SOSL's reserved characters.
		expect(searches).toEqual([
			{
				authorization: 'Bearer sf-token',
				body: {
					q: 'dana\\+ops@acme\\-logistics.com',
					fields: ['Id', 'Email', 'OwnerId'],
					sobjects: [{ name: 'Lead' }, { name: 'Contact' }],
					in: 'EMAIL',
					overallLimit: 5,
				},
			},
		]);
		expect(teamsContents(graph).join('\n')).toContain('Assigned to Sara SDR');
		// No new lead: the note and the call task go on the existing contact.
		expect(writes.some((write) => 'LastName' in write.body)).toBe(false);
		expect(writes.find((write) => 'ParentId' in write.body)?.body).toMatchObject({
			ParentId: '0035g00000DanaAAA',
			Title: 'Intent briefing',
		});
		expect(writes.find((write) => 'WhoId' in write.body)?.body).toMatchObject({
			WhoId: '0035g00000DanaAAA',
			Priority: 'High',
		});
	});

	it.each([
		['assigned', WORKING],
		['no capacity', '2026-11-21T20:00:00Z'],
	])(
		'hostile lead (%s): every Teams message is HTML with the lead escaped',
		async (_label, submittedAt) => {
			const graph = mockGraph();
			nock('https://acme.my.salesforce.com')
				.persist()
				.post(() => true)
				.reply(201, { id: '00Q5g00000ABCDE', success: true, errors: [] });
			const result = await run({
				name: '<img src=x onerror=alert(1)> Dana Reyes',
				company: '<script>alert(1)</script> Acme',
				role: 'VP Operations',
				phone: '+1 415 555 0101',
				message: `${HOT} ${HOSTILE_TEXT}`,
				submittedAt,
			});
			expect(result.error).toBeUndefined();
			const teams = teamsContents(graph);
			expect(teams.length).toBeGreaterThan(0);
			for (const content of teams)
				expect([content, unsafeIn('html', content)]).toEqual([content, []]);
			expect(teams.join('\n')).toContain('&lt;img src=x onerror=alert(1)&gt; Dana Reyes');
		},
	);
});
