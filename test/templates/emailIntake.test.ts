import nock from 'nock';

import { runWorkflow } from '../harness/runWorkflow';
import { imapSimpleEmail } from '../helpers/imapEmail';
import { useTemporaryStateFile } from '../helpers/stateFile';
import { loadTemplate } from '../helpers/templateRun';

const template = loadTemplate('email-intake-funnel.json');

/** Items as n8n's Email Trigger (IMAP) emits them in its "simple" format, with no HTML part. */
const email = (
	subject: string,
	textPlain: string,
	headers?: Record<string, string>,
	from?: string,
) => ({
	json: imapSimpleEmail({ subject, textPlain, headers, from, messageId: `<${subject.length}@x>` }),
});

describe('template: leads by email (IMAP -> Email Intake -> the funnel)', () => {
	useTemporaryStateFile();
	afterEach(() => nock.cleanAll());

	it('routes the new enquiry and keeps the reply, the out-of-office answer and the newsletter out of the funnel', async () => {
		const posted: Array<Record<string, unknown>> = [];
		nock('https://slack.com')
			.persist()
			.post('/api/chat.postMessage', (body) => (posted.push(body), true))
			.reply(200, { ok: true, channel: 'C123', ts: '1700000000.000100', message: { text: 'ok' } });
		const run = await runWorkflow(template, {
			startNode: 'Email Intake',
			credentials: { slackApi: { accessToken: 'xoxb-test' } },
			triggerItems: [
				email(
					'Route planning for 40 trucks',
					'Our CFO approved $30k for route planning software; we must go live by March 31. Can we book a demo this week?',
				),
				email('Re: Route planning for 40 trucks', 'Thanks, Tuesday works for us.'),
				email(
					'Abwesenheitsnotiz: Ihr Angebot',
					'Ich bin bis 4. Januar nicht im Büro.',
					{ 'auto-submitted': 'auto-replied' },
					'Jonas Weber <jonas@weber.example>',
				),
				email(
					'Your weekly logistics digest',
					'Top 10 routing tips, we are ready to buy pricing demo',
					{ 'list-id': '<digest.news.example>', precedence: 'bulk' },
					'news@news.example',
				),
			],
		});
		expect(run.error).toBeUndefined();
		expect(
			run
				.output('Email Intake', 1)
				.map((item) => [
					item.json.subject,
					(item.json.emailScreening as { kind: string }).kind,
					item.pairedItem,
				]),
		).toEqual([
			['Re: Route planning for 40 trucks', 'reply', { item: 1 }],
			['Abwesenheitsnotiz: Ihr Angebot', 'auto_reply', { item: 2 }],
			['Your weekly logistics digest', 'bulk', { item: 3 }],
		]);
		expect(run.output('Not a New Lead')).toHaveLength(3);
		const [classified] = run.output('Semantic Classifier');
		expect(classified.json).toMatchObject({
			name: 'Dana Reyes',
			email: 'dana@acme-logistics.example',
			submittedAt: '2026-11-25T15:00:00.000Z',
			intent: { path: 'hot' },
		});
		const [assigned] = run.output('Capacity Check', 0);
		expect(assigned.json.routing).toMatchObject({
			status: 'assigned',
			rep: { name: 'Ana Closer' },
		});
		expect(
			(assigned.json.audit as Array<{ node: string; decision: string }>).map((entry) => [
				entry.node,
				entry.decision,
			]),
		).toEqual([
			['emailIntake', 'new_message'],
			['semanticClassifier', 'hot'],
			['confidenceGate', 'auto_route'],
			['capacityCheck', 'assigned'],
		]);
		// One Slack message, for the one lead: nothing about the reply, the away message or the digest.
		expect(posted).toHaveLength(1);
		expect(posted[0].channel).toBe('#sales-leads');
		expect(JSON.stringify(posted)).not.toMatch(/Abwesenheit|digest|Tuesday/);
	});
});
