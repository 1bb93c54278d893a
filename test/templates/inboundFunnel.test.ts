import { parse } from 'node:querystring';

import nock from 'nock';

import { HOSTILE_TEXT, stringsIn, unsafeIn } from '../helpers/hostile';
import type { RunOptions, WorkflowJson } from '../harness/runWorkflow';
import { runWorkflow } from '../harness/runWorkflow';
import { useTemporaryStateFile } from '../helpers/stateFile';
import {
	loadTemplate,
	onlyMockedHttp,
	withClassifierText,
	withRepCrmIds,
} from '../helpers/templateRun';

const template = loadTemplate('inbound-lead-funnel.json');
const CREDENTIALS = {
	slackApi: { accessToken: 'xoxb-test' },
	twilioApi: { authType: 'authToken', accountSid: 'AC123', authToken: 'twilio-token' },
	hubspotAppToken: { appToken: 'pat-test' },
};

interface Captured {
	slack: Array<Record<string, unknown>>;
	twilio: Array<Record<string, string>>;
	hubspotContacts: Array<{
		path: string;
		body: { properties: Array<{ property: string; value: string }> };
	}>;
	hubspotNotes: Array<{
		properties: { hs_note_body: string };
		associations: Array<{ to: { id: string } }>;
	}>;
	hubspotLists: Array<{ path: string; body: unknown }>;
	hubspotSearches: Array<{
		authorization: unknown;
		body: {
			filterGroups: Array<{
				filters: Array<{ propertyName: string; operator: string; value: string }>;
			}>;
			properties: string[];
		};
	}>;
}

/** HubSpot's contact search answer (CRM v3, documented shape) for a known contact with an owner. */
const KNOWN_CONTACT = {
	total: 1,
	results: [
		{
			id: '101',
			properties: {
				email: 'dana@acme-logistics.com',
				hubspot_owner_id: '90002',
				company: 'Acme Logistics',
				hs_object_id: '101',
			},
			createdAt: '2026-02-01T10:00:00.000Z',
			updatedAt: '2026-11-20T10:00:00.000Z',
			archived: false,
		},
	],
};

function mockServices(search: object = { total: 0, results: [] }): Captured {
	const captured: Captured = {
		slack: [],
		twilio: [],
		hubspotContacts: [],
		hubspotNotes: [],
		hubspotLists: [],
		hubspotSearches: [],
	};
	nock('https://slack.com')
		.persist()
		.post('/api/chat.postMessage', (body) => (captured.slack.push(body), true))
		.reply(200, { ok: true, channel: 'C123', ts: '1700000000.000100', message: { text: 'ok' } });
	nock('https://api.twilio.com')
		.persist()
		.post(
			'/2010-04-01/Accounts/AC123/Messages.json',
			(body) => (
				captured.twilio.push(
					typeof body === 'string' ? (parse(body) as Record<string, string>) : body,
				),
				true
			),
		)
		.reply(201, { sid: 'SM123', status: 'queued' });
	let lastHubspotPath = '';
	const hubspotPath =
		(prefix: string, suffix = '') =>
		(uri: string) => {
			lastHubspotPath = decodeURIComponent(uri);
			return lastHubspotPath.startsWith(prefix) && lastHubspotPath.endsWith(suffix);
		};
	nock('https://api.hubapi.com')
		.persist()
		.post('/crm/v3/objects/contacts/search')
		.reply(200, function (_uri, body) {
			captured.hubspotSearches.push({
				authorization: this.req.headers.authorization,
				body: body as Captured['hubspotSearches'][number]['body'],
			});
			return search;
		})
		.post(
			hubspotPath('/contacts/v1/contact/createOrUpdate/email/'),
			(body) => (captured.hubspotContacts.push({ path: lastHubspotPath, body }), true),
		)
		.reply(200, { vid: 101, isNew: true })
		.get('/contacts/v1/contact/vid/101/profile')
		.query(true)
		.reply(200, {
			vid: 101,
			'canonical-vid': 101,
			properties: {
				email: { value: 'dana@acme-logistics.com' },
				firstname: { value: 'Dana' },
				company: { value: 'Acme Logistics' },
			},
			'is-contact': true,
		})
		.post('/crm/v3/objects/notes', (body) => (captured.hubspotNotes.push(body), true))
		.reply(201, { id: '5001' })
		.post(
			hubspotPath('/contacts/v1/lists/', '/add'),
			(body) => (captured.hubspotLists.push({ path: lastHubspotPath, body }), true),
		)
		.reply(200, { updated: [101], discarded: [], invalidVids: [], invalidEmails: [] });
	return captured;
}

const webhookItem = (body: object) => [
	{ json: { headers: { 'content-type': 'application/json' }, params: {}, query: {}, body } },
];
const run = (body: object, workflow: WorkflowJson = template, options: RunOptions = {}) =>
	runWorkflow(workflow, {
		startNode: 'Lead Webhook',
		triggerItems: webhookItem(body),
		credentials: CREDENTIALS,
		...options,
	});

// Wednesday 2026-11-25, 10:00 in New York: the sample closer and SDR are working.
const WORKING = '2026-11-25T15:00:00Z';

/** A lead with no phone, company or role, sent while the sample reps work: the run, and what each service got. */
async function sendWhileRepsWork(name: string, email: string, message: string) {
	const captured = mockServices();
	const result = await run({ name, email, message, submittedAt: WORKING });
	return { captured, result };
}

/** The sample hot lead's contact fields, as the web form sends them. */
const DANA = {
	name: 'Dana Reyes',
	email: 'dana@acme-logistics.com',
	phone: '(415) 555-0101',
	company: 'Acme Logistics',
};
const BUDGET_AND_DEADLINE =
	'Budget of $60k/year is approved, we need this live by end of Q1. Can we book a demo?';
const HOT = `Our dispatch spreadsheets break every Monday. ${BUDGET_AND_DEADLINE}`;

// Capacity Check v2 keeps counts in a SQLite file: one empty file per test.
useTemporaryStateFile();

describe('Inbound lead funnel template (third-party APIs mocked at the HTTP level)', () => {
	onlyMockedHttp();

	it('hot lead: the rep gets Slack blocks and an SMS, HubSpot gets the contact and the briefing note', async () => {
		const captured = mockServices();
		const result = await run({
			...DANA,
			role: 'VP Operations',
			message: HOT,
			submittedAt: WORKING,
		});
		expect(result.error).toBeUndefined();
		expect(captured.slack).toHaveLength(1);
		expect(captured.slack[0].channel).toBe('#sales-leads');
		const sent = captured.slack[0].blocks;
		const blocks = (typeof sent === 'string' ? JSON.parse(sent) : sent) as Array<{ type: string }>;
		expect(blocks[0]).toMatchObject({
			type: 'header',
			text: { text: 'Hot lead: Dana Reyes (Acme Logistics, VP Operations)' },
		});
		expect(captured.twilio).toEqual([
			expect.objectContaining({
				To: '+14155550100',
				From: '+15005550006',
				Body: expect.stringMatching(/^Hot lead: Dana Reyes/),
			}),
		]);
		expect(captured.hubspotContacts[0].path).toMatch(
			/createOrUpdate\/email\/dana@acme-logistics.com$/,
		);
		expect(captured.hubspotContacts[0].body.properties).toEqual(
			expect.arrayContaining([
				{ property: 'company', value: 'Acme Logistics' },
				{ property: 'firstname', value: 'Dana' },
			]),
		);
		expect(captured.hubspotNotes[0].properties.hs_note_body).toMatch(/^\*\*Hot lead\*\*/);
		expect(captured.hubspotNotes[0].associations[0].to.id).toBe('101');
		// A new contact: searched for, not found, rotation.
		expect(
			captured.hubspotSearches.map((search) => search.body.filterGroups[0].filters[0].value),
		).toEqual(['dana@acme-logistics.com']);
	});

	it('a lead sent again: the rep is told then if the first run died before telling them, and never twice once told', async () => {
		const captured = mockServices();
		const lead = { ...DANA, message: BUDGET_AND_DEADLINE, submittedAt: WORKING };
		const send = (workflow: WorkflowJson, executionId: string) =>
			run(lead, workflow, { executionId });
		// The first run "dies" right after Capacity Check: nothing after Assigned ran.
		const died = structuredClone(template);
		died.connections['Capacity Check'].main[0] = [];
		expect((await send(died, 'first')).error).toBeUndefined();
		expect(captured.slack).toHaveLength(0);
		// The sender retries: a duplicate whose rep was never confirmed as told goes down the Assigned path.
		const retry = await send(template, 'retry');
		expect(retry.error).toBeUndefined();
		expect(retry.output('Rep Still Owed?', 0)).toHaveLength(1);
		expect(captured.slack).toHaveLength(1);
		expect(captured.twilio.map((message) => message.To)).toEqual(['+14155550100']);
		expect(retry.output('Confirm Rep Notified', 0)[0].json.delivery).toMatchObject({
			channel: 'repNotification',
			alreadyConfirmed: false,
		});
		// Once told, another retry tells nobody and texts nobody.
		const again = await send(template, 'again');
		expect(again.output('Rep Still Owed?', 1)).toHaveLength(1);
		expect(captured.slack).toHaveLength(1);
		expect(captured.twilio).toHaveLength(1);
	});

	it('a known HubSpot contact: looked up by email first, and its owner gets the lead, not the rotation', async () => {
		const captured = mockServices(KNOWN_CONTACT);
		// Sara is the contact's HubSpot owner (owner ID 90002); rotation would have picked Ana.
		const withOwnerIds = withRepCrmIds(template, 'Sara SDR', '90002');
		const result = await run(
			{
				...DANA,
				email: 'Dana@Acme-Logistics.com',
				message: BUDGET_AND_DEADLINE,
				submittedAt: WORKING,
			},
			withOwnerIds,
		);
		expect(result.error).toBeUndefined();
		expect(captured.hubspotSearches).toEqual([
			{
				authorization: 'Bearer pat-test',
				body: {
					filterGroups: [
						{
							filters: [
								{ propertyName: 'email', operator: 'EQ', value: 'Dana@Acme-Logistics.com' },
							],
						},
					],
					properties: ['email', 'hubspot_owner_id', 'company'],
					limit: 1,
				},
			},
		]);
		const routing = result.output('Capacity Check', 0)[0].json.routing as {
			rep: { name: string };
			rules: { owner: unknown };
		};
		expect(routing.rep.name).toBe('Sara SDR');
		expect(routing.rules.owner).toEqual({
			record: 'dana@acme-logistics.com',
			matchedOn: 'email',
			value: 'dana@acme-logistics.com',
			repId: 'sara@example.com',
			fallback: 'pool',
		});
		expect(captured.twilio).toEqual([expect.objectContaining({ To: '+14155550102' })]);
		// The upsert carries no owner: HubSpot keeps the contact's existing owner.
		expect(JSON.stringify(captured.hubspotContacts[0].body)).not.toMatch(/owner/);
	});

	it('no capacity: the prospect is texted real free slots in E.164 and the closers are told', async () => {
		const captured = mockServices();
		// A past Saturday, 15:00 in New York: nobody works, and it is not quiet hours, so the Wait
		// node lets the text go at once.
		const result = await run({
			name: 'Omar Haddad',
			email: 'omar@fleetline.com',
			phone: '(212) 555-0187',
			message: 'We need a quote this week; budget is approved and I am the COO.',
			submittedAt: '2026-11-21T20:00:00Z',
		});
		expect(result.error).toBeUndefined();
		const prospectText = captured.twilio.find((sms) => sms.To === '+12125550187');
		expect(prospectText?.Body).toMatch(
			/^Hi Omar, .*Mon 23 Nov at 9:00 AM.*https:\/\/cal.example.com\/your-team/,
		);
		expect(String(captured.slack[0].text)).toMatch(/^No one could take Omar Haddad now/);
		expect(captured.hubspotContacts).toHaveLength(0);
	});

	it('nurture lead: added to the HubSpot nurture list, nobody texted', async () => {
		const message = 'Just browsing for now, please add me to your newsletter.';
		const { captured } = await sendWhileRepsWork('Priya Shah', 'priya@globex.com', message);
		expect(captured.hubspotLists).toHaveLength(1);
		expect(captured.hubspotLists[0].body).toEqual({ emails: ['priya@globex.com'], vids: [] });
		expect(captured.hubspotLists[0].path).toBe('/contacts/v1/lists/REPLACE_WITH_YOUR_LIST_ID/add');
		expect(captured.twilio).toHaveLength(0);
		expect(captured.slack).toHaveLength(0);
		// Only sales leads are looked up in HubSpot.
		expect(captured.hubspotSearches).toHaveLength(0);
	});

	it('junk lead: never written to the CRM, logged with its reasons', async () => {
		const message = 'We are a leading SEO agency: first page of Google guaranteed! Click here.';
		const { captured, result } = await sendWhileRepsWork(
			'SEO Pro',
			'offers@mailinator.com',
			message,
		);
		expect([captured.hubspotContacts, captured.hubspotLists, captured.twilio]).toEqual([
			[],
			[],
			[],
		]);
		const logged = result.output('Log Junk (never CRM)');
		expect(logged).toHaveLength(1);
		expect((logged[0].json.intent as { reasons: string[] }).reasons[0]).toMatch(/Routed to "junk"/);
	});

	it('low-confidence lead: goes to the triage manager on Slack and waits for the answer', async () => {
		const message = 'Just exploring options for now, but our budget of $30k is approved.';
		const { captured, result } = await sendWhileRepsWork('Sam Lee', 'sam@startup.dev', message);
		expect(captured.slack).toHaveLength(1);
		expect(captured.slack[0].channel).toBe('#lead-triage');
		expect(JSON.stringify(captured.slack[0])).toMatch(/Route as classified/);
		expect(result.run.status).toBe('waiting');
		expect(captured.twilio).toHaveLength(0);
	});
});

describe('Inbound lead funnel template when the classifier fails', () => {
	onlyMockedHttp();

	it("alerts the triage channel from n8n's error output and routes nothing", async () => {
		const captured = mockServices();
		// A lead text mapping that cannot be evaluated: the classifier's v2 error output is the only way out.
		const broken = withClassifierText(template, "={{ $('No Such Node').item.json.text }}");
		const result = await run(
			{ name: 'Dana Reyes', email: 'dana@acme-logistics.com', message: 'Can we book a demo?' },
			broken,
		);
		expect(result.error).toBeUndefined();
		expect(result.outputs('Semantic Classifier').map((items) => items.length)).toEqual([0, 1]);
		expect(captured.slack).toHaveLength(1);
		expect(captured.slack[0].channel).toBe('#lead-triage');
		expect(String(captured.slack[0].text)).toMatch(
			/^A lead could not be classified and was not routed: .*Referenced node doesn.t exist/,
		);
		expect([captured.twilio, captured.hubspotContacts, captured.hubspotLists]).toEqual([
			[],
			[],
			[],
		]);
	});
});

describe('Inbound lead funnel template with a hostile lead', () => {
	onlyMockedHttp();

	const hostile = (message: string, submittedAt: string) => ({
		name: `<!channel> Dana\u202e Reyes <@U123ABC>`,
		email: 'dana@acme-logistics.com',
		phone: '(415) 555-0101',
		company: '<https://evil.example/login|Click to verify> *Acme*',
		role: '<script>alert(1)</script><img src=x onerror=alert(1)> VP Operations',
		message: `${message} ${HOSTILE_TEXT}`,
		submittedAt,
	});

	/** Every string each service received, checked for the kind of message it is. */
	function expectNothingLive(captured: Captured) {
		const slack = captured.slack.flatMap((post) =>
			stringsIn({
				...post,
				blocks: typeof post.blocks === 'string' ? JSON.parse(post.blocks) : post.blocks,
			}),
		);
		// n8n's own "Automated with this workflow" link is ours, not the lead's.
		const fromLead = slack.map((text) =>
			text.replace(
				/(?:^|\n)_Automated with this <http:\/\/localhost:5678\/workflow\/[^>\s]*\|n8n workflow>_$/,
				'',
			),
		);
		for (const text of fromLead) expect([text, unsafeIn('slack', text)]).toEqual([text, []]);
		for (const text of captured.twilio.map((sms) => sms.Body))
			expect([text, unsafeIn('sms', text)]).toEqual([text, []]);
		for (const note of captured.hubspotNotes)
			expect(unsafeIn('markdown', note.properties.hs_note_body)).toEqual([]);
	}

	it("hot: Slack, the rep's SMS and the HubSpot note quote the lead as text, never as mentions, links or markup", async () => {
		const captured = mockServices();
		const result = await run(hostile(HOT, WORKING));
		expect(result.error).toBeUndefined();
		expect(captured.slack.length + captured.twilio.length).toBeGreaterThan(0);
		expectNothingLive(captured);
		const posted = JSON.stringify(captured.slack);
		// Shown, escaped: the rep still sees what the lead typed.
		if (captured.slack.some((post) => post.channel === '#sales-leads'))
			expect(posted).toContain('‹!channel›');
	});

	it("no capacity: the closers' message and the prospect's SMS carry no live payload", async () => {
		const captured = mockServices();
		const result = await run(
			hostile(
				'We need a quote this week; budget is approved and I am the COO.',
				'2026-11-21T20:00:00Z',
			),
		);
		expect(result.error).toBeUndefined();
		expect(captured.slack.length).toBeGreaterThan(0);
		expectNothingLive(captured);
	});

	it("support: the forwarded request is the lead's message, escaped and capped", async () => {
		const captured = mockServices();
		await run({
			...hostile("I can't log in to my account and I need last month's invoice.", WORKING),
			role: '',
		});
		expectNothingLive(captured);
		const forwarded = captured.slack.find((post) => post.channel === '#support');
		if (forwarded) {
			expect(String(forwarded.text)).toMatch(/^Support request from /);
			expect(String(forwarded.text).length).toBeLessThan(2600);
		}
	});
});
