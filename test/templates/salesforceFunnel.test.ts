import { readFileSync } from 'node:fs';
import path from 'node:path';

import nock from 'nock';

import { HOSTILE_TEXT, unsafeIn } from '../helpers/hostile';
import type { WorkflowJson } from '../harness/runWorkflow';
import { runWorkflow } from '../harness/runWorkflow';
import { useTemporaryStateFile } from '../helpers/stateFile';

const template = JSON.parse(
	readFileSync(path.join(__dirname, '../../workflows/salesforce-microsoft365-funnel.json'), 'utf8'),
) as WorkflowJson;
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

// Capacity Check v2 keeps counts in a SQLite file: one empty file per test.
useTemporaryStateFile();

describe('Salesforce + Microsoft 365 funnel template (HTTP mocked with the documented shapes)', () => {
	beforeEach(() => nock.disableNetConnect());
	afterEach(() => {
		nock.cleanAll();
		nock.enableNetConnect();
	});

	it('hot lead: Outlook calendars read once, Salesforce lead with the briefing note and a call task, rep told on Teams', async () => {
		const graph: Array<{ path: string; body: Record<string, unknown> }> = [];
		const salesforce: Array<{ path: string; body: Record<string, unknown> }> = [];
		let lastPath = '';
		const capture = (store: typeof graph) => (body: Record<string, unknown>) => (
			store.push({ path: lastPath, body }),
			true
		);
		const track = (prefix: string) => (uri: string) => ((lastPath = uri), uri.startsWith(prefix));
		nock('https://graph.microsoft.com')
			.persist()
			.post('/v1.0/me/calendar/getSchedule', capture(graph))
			.reply(200, {
				value: [
					{ scheduleId: 'ana@example.com', scheduleItems: [] },
					{ scheduleId: 'sara@example.com', scheduleItems: [] },
				],
			})
			.post(track('/beta/teams/'), capture(graph))
			.reply(201, { id: '1700000000000', body: { contentType: 'html', content: 'ok' } });
		nock('https://acme.my.salesforce.com')
			.persist()
			.post(track('/services/data/'), capture(salesforce))
			.reply(201, { id: '00Q5g00000ABCDE', success: true, errors: [] });

		const result = await runWorkflow(template, {
			startNode: 'Lead Webhook',
			credentials: CREDENTIALS,
			triggerItems: webhook({
				name: 'Dana Reyes',
				email: 'dana@acme-logistics.com',
				company: 'Acme Logistics',
				role: 'VP Operations',
				message:
					'Our dispatch spreadsheets break every Monday. Budget of $60k/year approved, live by end of Q1. Please book a demo.',
				submittedAt: '2026-11-25T15:00:00Z',
			}),
		});
		expect(result.error).toBeUndefined();
		const schedules = graph.filter((request) => request.body.schedules);
		expect(schedules).toHaveLength(1);
		expect(schedules[0].body.schedules).toEqual(['ana@example.com', 'sara@example.com']);
		const teamsMessages = graph.filter((request) => request.path.startsWith('/beta/teams/'));
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
		const workflow = structuredClone(template);
		const search = workflow.nodes.find((node) => node.name === 'Find Existing Lead or Contact')!;
		search.parameters.url = String(search.parameters.url).replace('YOUR-DOMAIN', 'acme');
		const reps = (
			workflow.nodes.find((node) => node.name === 'Capacity Check')!.parameters.reps as {
				rep: Array<Record<string, unknown>>;
			}
		).rep;
		reps.find((rep) => rep.name === 'Sara SDR')!.crmIds = '0055g00000SaraAAA';
		const searches: Array<{ authorization: unknown; body: Record<string, unknown> }> = [];
		const writes: Array<{ path: string; body: Record<string, unknown> }> = [];
		const teams: string[] = [];
		nock('https://graph.microsoft.com')
			.persist()
			.post('/v1.0/me/calendar/getSchedule')
			.reply(200, {
				value: [
					{ scheduleId: 'ana@example.com', scheduleItems: [] },
					{ scheduleId: 'sara@example.com', scheduleItems: [] },
				],
			})
			.post(
				(uri) => uri.startsWith('/beta/teams/'),
				(body: { body?: { content?: string } }) => (teams.push(String(body.body?.content)), true),
			)
			.reply(201, { id: '1700000000000', body: { contentType: 'html', content: 'ok' } });
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
		const result = await runWorkflow(workflow, {
			startNode: 'Lead Webhook',
			credentials: CREDENTIALS,
			triggerItems: webhook({
				name: 'Dana Reyes',
				email: 'dana+ops@acme-logistics.com',
				company: 'Acme Logistics',
				role: 'VP Operations',
				message: 'Budget of $60k/year approved, live by end of Q1. Please book a demo.',
				submittedAt: '2026-11-25T15:00:00Z',
			}),
		});
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
		expect(teams.join('\n')).toContain('Assigned to Sara SDR');
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
		['assigned', '2026-11-25T15:00:00Z'],
		['no capacity', '2026-11-21T20:00:00Z'],
	])(
		'hostile lead (%s): every Teams message is HTML with the lead escaped',
		async (_label, submittedAt) => {
			const teams: string[] = [];
			nock('https://graph.microsoft.com')
				.persist()
				.post('/v1.0/me/calendar/getSchedule')
				.reply(200, {
					value: [
						{ scheduleId: 'ana@example.com', scheduleItems: [] },
						{ scheduleId: 'sara@example.com', scheduleItems: [] },
					],
				})
				.post(
					(uri) => uri.startsWith('/beta/teams/'),
					(body: { body?: { content?: string } }) => (teams.push(String(body.body?.content)), true),
				)
				.reply(201, { id: '1700000000000', body: { contentType: 'html', content: 'ok' } });
			nock('https://acme.my.salesforce.com')
				.persist()
				.post(() => true)
				.reply(201, { id: '00Q5g00000ABCDE', success: true, errors: [] });
			const result = await runWorkflow(template, {
				startNode: 'Lead Webhook',
				credentials: CREDENTIALS,
				triggerItems: webhook({
					name: '<img src=x onerror=alert(1)> Dana Reyes',
					company: '<script>alert(1)</script> Acme',
					role: 'VP Operations',
					phone: '+1 415 555 0101',
					message: `Our dispatch spreadsheets break every Monday. Budget of $60k/year approved, live by end of Q1. Please book a demo. ${HOSTILE_TEXT}`,
					submittedAt,
				}),
			});
			expect(result.error).toBeUndefined();
			expect(teams.length).toBeGreaterThan(0);
			for (const content of teams)
				expect([content, unsafeIn('html', content)]).toEqual([content, []]);
			expect(teams.join('\n')).toContain('&lt;img src=x onerror=alert(1)&gt; Dana Reyes');
		},
	);
});
