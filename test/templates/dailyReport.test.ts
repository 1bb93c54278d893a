import { readFileSync } from 'node:fs';
import path from 'node:path';

import nock from 'nock';

import { defaultStateFile, SqliteCapacityStore } from '../../engine/capacity';
import type { WorkflowJson } from '../harness/runWorkflow';
import { runWorkflow } from '../harness/runWorkflow';
import { auto, funnelItem, held } from '../helpers/funnelItems';
import {
	htmlParseErrors,
	slackBlockProblems,
	slackTexts,
	xmlElements,
} from '../helpers/markupChecks';
import { startSmtpSink, type SmtpSink } from '../helpers/smtpSink';
import { useTemporaryStateFile } from '../helpers/stateFile';

const template = JSON.parse(
	readFileSync(path.join(__dirname, '../../workflows/daily-funnel-report.json'), 'utf8'),
) as WorkflowJson;

const HOUR = 3_600_000;
const ago = (hours: number) => new Date(Date.now() - hours * HOUR).toISOString();

/** Rows of the funnel_log Data Table as the template's logger writes them: the item as JSON text. */
function logRows() {
	const items = [
		funnelItem({
			path: 'hot',
			submitted: ago(5),
			gate: auto,
			routing: { status: 'assigned', rep: 'ana', assignedAt: ago(5 - 4 / 60) },
		}),
		funnelItem({
			path: 'hot',
			submitted: ago(4),
			gate: auto,
			routing: { status: 'assigned', rep: 'ana', assignedAt: ago(4 - 2 / 60) },
		}),
		funnelItem({
			path: 'nurture',
			submitted: ago(3),
			gate: held('falseNegativeGuard'),
			review: 'approved',
			routing: { status: 'assigned', rep: 'sara', assignedAt: ago(3 - 20 / 60) },
		}),
		funnelItem({
			path: 'hot',
			submitted: ago(2),
			gate: auto,
			routing: { status: 'no_capacity', smsAllowedNow: false },
		}),
		funnelItem({ path: 'junk', submitted: ago(1), gate: held('lowConfidence'), review: 'dropped' }),
		// Logged two days ago: outside the last 24 hours.
		funnelItem({
			path: 'hot',
			submitted: ago(48),
			gate: auto,
			routing: { status: 'assigned', rep: 'ana', assignedAt: ago(48) },
		}),
	];
	// The template's roster has no IDs: Capacity Check uses the email.
	for (const item of items) {
		const rep = (item.routing as { rep?: { id: string } } | undefined)?.rep;
		if (rep)
			item.routing = { ...(item.routing as object), rep: { ...rep, id: `${rep.id}@example.com` } };
	}
	return items.map((item, index) => ({
		json: { id: index + 1, record: JSON.stringify(item), createdAt: ago(0), updatedAt: ago(0) },
	}));
}

describe('template: daily funnel report (Schedule -> Data Table -> Funnel Report -> Slack + email)', () => {
	useTemporaryStateFile();
	let smtp: SmtpSink;
	beforeAll(async () => {
		smtp = await startSmtpSink();
	});
	afterAll(async () => {
		await smtp.close();
		nock.cleanAll();
	});

	it('posts valid Block Kit to Slack and emails an HTML report with the counts of the last 24 hours', async () => {
		// Ana has 10 open leads in Capacity Check's SQLite file: at her Max Open Leads.
		const store = new SqliteCapacityStore(defaultStateFile());
		for (let i = 0; i < 10; i++)
			await store.assign({
				pool: 'closers',
				strategy: 'roundRobin',
				candidates: [{ id: 'ana@example.com', weight: 1, priority: 0, day: '2026-11-30' }],
				at: Date.now(),
			});

		const posted: Array<Record<string, unknown>> = [];
		nock('https://slack.com')
			.post('/api/chat.postMessage', (body) => (posted.push(body), true))
			.reply(200, { ok: true, channel: 'C123', ts: '1700000000.000100', message: { text: 'ok' } });

		const run = await runWorkflow(template, {
			pinData: { 'Read Funnel Log': logRows() },
			credentials: {
				slackApi: { accessToken: 'xoxb-test' },
				smtp: {
					host: smtp.host,
					port: smtp.port,
					secure: false,
					user: '',
					password: '',
					disableStartTls: true,
				},
			},
		});
		expect(run.error).toBeUndefined();
		const [report] = run.output('Funnel Report');
		expect(report.pairedItem).toEqual(logRows().map((_, item) => ({ item })));
		expect(report.json.report).toMatchObject({
			leads: 5,
			outsidePeriod: 1,
			paths: [
				{ path: 'hot', leads: 3 },
				{ path: 'junk', leads: 1 },
				{ path: 'nurture', leads: 1 },
			],
			gate: {
				reviewed: 2,
				rescuedBuyers: 1,
				outcomes: { approved: 1, dropped: 1, rerouted: 0, no_decision: 0 },
			},
			routing: { assigned: 3, noCapacity: 1 },
			timeToAssignMinutes: { median: 4, p90: 20, count: 3 },
			prospectSms: { sent: 0, heldForQuietHours: 1 },
		});
		expect((report.json.report as { reps: unknown[] }).reps).toEqual([
			expect.objectContaining({
				id: 'ana@example.com',
				name: 'Ana Closer',
				assigned: 2,
				maxOpenLeads: 10,
				openNow: 10,
			}),
			expect.objectContaining({
				id: 'sara@example.com',
				name: 'Sara SDR',
				assigned: 1,
				openNow: 0,
			}),
		]);

		expect(posted).toHaveLength(1);
		const blocks = (
			typeof posted[0].blocks === 'string' ? JSON.parse(posted[0].blocks) : posted[0].blocks
		) as Array<Record<string, unknown>>;
		expect(slackBlockProblems(blocks)).toEqual([]);
		expect(slackTexts(blocks).join('\n')).toContain('Ana Closer: 2 assigned, busiest day');
		expect(posted[0].text).toMatch(/^Funnel report .*: 5 leads, 2 reviewed, 3 assigned$/);

		expect(smtp.messages).toHaveLength(1);
		const message = smtp.messages[0];
		expect(message).toMatch(/^To: sales-ops@example\.com$/m);
		expect(message).toMatch(/^Content-Type: text\/html/m);
		const html = String(report.json.html);
		expect(htmlParseErrors(html)).toEqual([]);
		expect(xmlElements(html).some((element) => element.name === 'svg')).toBe(true);
		// Quoted-printable in the mail: undo soft breaks and =XX escapes to compare with the node's HTML.
		const body = message
			.split(/\r\n\r\n/)
			.slice(1)
			.join('\r\n\r\n')
			.replace(/=\r\n/g, '')
			.replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
		expect(Buffer.from(body, 'latin1').toString('utf8')).toContain('Ana Closer: 2 assigned');
		expect(nock.isDone()).toBe(true);
	});
});
