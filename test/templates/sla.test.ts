import { readFileSync } from 'node:fs';
import path from 'node:path';

import nock from 'nock';

import { HOSTILE_TEXT, stringsIn, unsafeIn } from '../helpers/hostile';
import { useMockedHttpOnly } from '../helpers/httpMocks';
import { intentResult } from '../helpers/intents';
import type { WorkflowJson } from '../harness/runWorkflow';
import { runWorkflow } from '../harness/runWorkflow';
import { useTemporaryStateFile } from '../helpers/stateFile';

const template = JSON.parse(
	readFileSync(path.join(__dirname, '../../workflows/speed-to-lead-sla.json'), 'utf8'),
) as WorkflowJson;
const CREDENTIALS = { slackApi: { accessToken: 'xoxb-test' } };

/** An item as the funnel's Capacity Check and Intent Briefing leave it: assigned to Ana. */
const ASSIGNED = {
	intent: intentResult({
		lead: { text: 'Please call me', name: 'Dana Reyes', submittedAt: '2026-11-25T15:00:00Z' },
	}),
	routing: {
		status: 'assigned',
		rep: { id: 'ana@example.com', name: 'Ana Closer', email: 'ana@example.com' },
		tier: 'closers',
		strategy: 'roundRobin',
		reason: 'x',
		assignedAt: '2026-11-25T15:00:00Z',
		audit: [],
		version: '1.0',
	},
	briefing: { text: 'Lead Dana Reyes is high-intent because they asked for a call.' },
};
const webhook = [{ json: { headers: {}, params: {}, query: {}, body: ASSIGNED } }];
const noAnswer = [{ json: { data: { approved: false } } }];

// Capacity Check v2 keeps counts in a SQLite file: one empty file per test.
useTemporaryStateFile();

describe('Speed-to-lead SLA template', () => {
	let posts: Array<Record<string, unknown>>;
	useMockedHttpOnly();
	beforeEach(() => {
		posts = [];
		nock('https://slack.com')
			.persist()
			.post('/api/chat.postMessage', (body) => (posts.push(body), true))
			.reply(200, { ok: true, channel: 'D123', ts: '1700000000.000200', message: {} });
		nock('https://slack.com')
			.persist()
			.get('/api/users.lookupByEmail')
			.query(true)
			.reply(200, { ok: true, user: { id: 'U_ANA' } });
		nock('https://slack.com')
			.persist()
			.post('/api/conversations.open')
			.reply(200, { ok: true, channel: { id: 'D123' } });
	});

	it('asks the assigned rep to acknowledge and waits for the answer', async () => {
		const run = await runWorkflow(template, {
			startNode: 'Assigned Lead',
			triggerItems: webhook,
			credentials: CREDENTIALS,
		});
		expect(run.run.status).toBe('waiting');
		expect(posts).toHaveLength(1);
		expect(JSON.stringify(posts[0])).toContain('Please acknowledge within 15 minutes');
	});

	it('after a miss, releases the rep, routes to the next rep; a second miss escalates to the managers', async () => {
		const staticData = {};
		const run = await runWorkflow(template, {
			startNode: 'Assigned Lead',
			triggerItems: webhook,
			credentials: CREDENTIALS,
			staticData,
			pinData: { 'Ask Rep to Acknowledge': noAnswer, 'Ask Next Rep to Acknowledge': noAnswer },
		});
		expect(run.error).toBeUndefined();
		expect((run.output('Release the Rep')[0].json.routing as { status: string }).status).toBe(
			'released',
		);
		const rerouted = run.output('Route to the Next Rep', 0);
		expect((rerouted[0].json.routing as { rep: { name: string } }).rep.name).toBe('Ben Closer');
		expect(posts).toHaveLength(1);
		expect(posts[0].channel).toBe('#sales-managers');
		expect(String(posts[0].text)).toBe(
			'SLA missed twice: Dana Reyes (hot, score 90) was not acknowledged by Ana Closer nor the next rep. Please call now.',
		);
	});

	it('stops when the rep acknowledges', async () => {
		const run = await runWorkflow(template, {
			startNode: 'Assigned Lead',
			triggerItems: webhook,
			credentials: CREDENTIALS,
			pinData: { 'Ask Rep to Acknowledge': [{ json: { data: { approved: true } } }] },
		});
		expect(run.output('Rep Is On It')).toHaveLength(1);
		expect(run.ran('Release the Rep')).toBe(false);
		expect(posts).toHaveLength(0);
	});

	it('quotes a hostile lead as text in every Slack message, however the briefing it was posted with looks', async () => {
		const hostile = structuredClone(ASSIGNED);
		hostile.intent.lead = {
			...hostile.intent.lead,
			name: '<!channel> Dana <@U123ABC>',
			text: `Please call me ${HOSTILE_TEXT}`,
		};
		// A caller's briefing is not trusted: the template writes its own from intent and routing.
		hostile.briefing = { text: '<!channel> <https://evil.example|verify>' };
		const run = await runWorkflow(template, {
			startNode: 'Assigned Lead',
			triggerItems: [{ json: { headers: {}, params: {}, query: {}, body: hostile } }],
			credentials: CREDENTIALS,
			staticData: {},
			pinData: { 'Ask Next Rep to Acknowledge': noAnswer },
		});
		expect(run.run.status).toBe('waiting');
		expect(posts.length).toBeGreaterThan(0);
		const texts = posts
			.flatMap((post) => stringsIn(post))
			.map((text) =>
				text.replace(
					/(?:^|\n)_Automated with this <http:\/\/localhost:5678\/workflow\/[^>\s]*\|n8n workflow>_$/,
					'',
				),
			);
		for (const text of texts) expect([text, unsafeIn('slack', text)]).toEqual([text, []]);
		expect(JSON.stringify(posts)).toContain('‹!channel› Dana ‹@U123ABC›');
	});

	it('escalates with the lead named safely', async () => {
		const hostile = structuredClone(ASSIGNED);
		hostile.intent.lead = { ...hostile.intent.lead!, name: '<!channel> *Dana*' };
		const run = await runWorkflow(template, {
			startNode: 'Assigned Lead',
			triggerItems: [{ json: { headers: {}, params: {}, query: {}, body: hostile } }],
			credentials: CREDENTIALS,
			staticData: {},
			pinData: { 'Ask Rep to Acknowledge': noAnswer, 'Ask Next Rep to Acknowledge': noAnswer },
		});
		expect(run.error).toBeUndefined();
		expect(String(posts[0].text)).toBe(
			'SLA missed twice: ‹!channel› ∗Dana∗ (hot, score 90) was not acknowledged by Ana Closer nor the next rep. Please call now.',
		);
	});
});
