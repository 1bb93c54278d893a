import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { INode, INodeParameters } from 'n8n-workflow';
import nock from 'nock';

import { capacityCheckNode, HOT_TO_CLOSERS, repRow } from '../helpers/capacityNode';
import { useMockedHttpOnly } from '../helpers/httpMocks';
import { intentResult } from '../helpers/intents';
import { leadsWorkflow } from '../helpers/workflows';
import { runWorkflow } from '../harness/runWorkflow';

const ICS = readFileSync(path.join(__dirname, '../fixtures/ics/rep-calendar.ics'), 'utf8');
const lead = (name: string, phone: string, submittedAt: string) => ({
	name,
	phone,
	intent: intentResult({ lead: { text: 'x', name, phone, submittedAt } }),
});
// Tuesday 2026-11-24, 09:40 in New York: Ana's standup (09:30-10:00) is on her calendar.
const LEADS = [
	lead('Dana', '+14155550101', '2026-11-24T14:40:00Z'),
	lead('Eli', '+14155550102', '2026-11-24T14:45:00Z'),
];
const REPS = {
	rep: [
		repRow({ name: 'Ana', email: 'ana@acme.test', icsUrl: 'http://calendars.test/ana.ics' }),
		repRow({ name: 'Ben', email: 'ben@acme.test', icsUrl: 'http://calendars.test/ben.ics' }),
	],
};
const OAUTH = {
	clientId: 'id',
	clientSecret: 'secret',
	accessTokenUrl: 'https://auth.test/token',
	authUrl: 'https://auth.test/auth',
	scope: '',
	authentication: 'header',
	oauthTokenData: { access_token: 'token-123', token_type: 'Bearer' },
};
/** The node's reference to each provider's OAuth2 credential. */
const CALENDAR_CREDENTIALS = {
	googleCalendar: { googleCalendarOAuth2Api: { id: '1', name: 'Google' } },
	microsoft365: { microsoftOutlookOAuth2Api: { id: '2', name: 'Outlook' } },
};

function workflow(
	parameters: INodeParameters,
	credentials: INode['credentials'] = {},
	leads: object[] = LEADS,
) {
	return leadsWorkflow(leads, {
		...capacityCheckNode({
			reps: REPS,
			tierMapping: HOT_TO_CLOSERS,
			options: { timeZone: 'America/New_York' },
			...parameters,
		}),
		credentials,
	});
}
/** Runs the leads through Capacity Check reading this provider's calendars with OAUTH. */
function runWithCalendar(
	calendarSource: keyof typeof CALENDAR_CREDENTIALS,
	parameters: INodeParameters = {},
	leads: object[] = LEADS,
) {
	const reference = CALENDAR_CREDENTIALS[calendarSource];
	const credentialType = Object.keys(reference)[0];
	return runWorkflow(workflow({ calendarSource, ...parameters }, reference, leads), {
		credentials: { [credentialType]: OAUTH },
	});
}
/** One mailbox of Graph's getSchedule answer with one item; times in UTC, as Graph writes them. */
const schedule = (
	scheduleId: string,
	availabilityView: string,
	status: string,
	start: string,
	end: string,
) => ({
	scheduleId,
	availabilityView,
	scheduleItems: [
		{
			status,
			start: { dateTime: `${start}.0000000`, timeZone: 'UTC' },
			end: { dateTime: `${end}.0000000`, timeZone: 'UTC' },
		},
	],
});
const assignedTo = (run: Awaited<ReturnType<typeof runWorkflow>>) =>
	run
		.output('Capacity Check', 0)
		.map((item) => (item.json.routing as { rep: { name: string } }).rep.name);

describe('Capacity Check with live calendars (HTTP mocked with the documented shapes)', () => {
	useMockedHttpOnly();

	it('Google Calendar: one free/busy request for all reps, busy reps skipped', async () => {
		let body: { timeMin: string; timeMax: string; items: Array<{ id: string }> } | undefined;
		const scope = nock('https://www.googleapis.com', {
			reqheaders: { authorization: 'Bearer token-123' },
		})
			.post('/calendar/v3/freeBusy', (received) => ((body = received), true))
			.reply(200, {
				kind: 'calendar#freeBusy',
				timeMin: '2026-11-24T13:40:00.000Z',
				timeMax: '2026-12-08T14:45:00.000Z',
				calendars: {
					'ana@acme.test': {
						busy: [{ start: '2026-11-24T14:30:00Z', end: '2026-11-24T15:30:00Z' }],
					},
					'ben@acme.test': { busy: [] },
				},
			});
		const run = await runWithCalendar('googleCalendar');
		expect(run.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(body!.items).toEqual([{ id: 'ana@acme.test' }, { id: 'ben@acme.test' }]);
		expect(Date.parse(body!.timeMin)).toBeLessThanOrEqual(Date.parse('2026-11-24T14:40:00Z'));
		expect(assignedTo(run)).toEqual(['Ben', 'Ben']);
	});

	describe('a batch with a lead from weeks ago', () => {
		// Tuesday 2026-10-27, 10:40 in New York: Ana and Ben were working, four weeks before the others.
		const weeksAgo = lead('Olga', '+14155550103', '2026-10-27T14:40:00Z');
		const freeBusy = () => {
			const request: { body?: { timeMin: string; timeMax: string } } = {};
			nock('https://www.googleapis.com')
				.post('/calendar/v3/freeBusy', (received) => ((request.body = received), true))
				.reply(200, {
					kind: 'calendar#freeBusy',
					calendars: { 'ana@acme.test': { busy: [] }, 'ben@acme.test': { busy: [] } },
				});
			return request;
		};

		it('Google Calendar: one request for a capped span, a day before the newest lead to the horizon after it', async () => {
			const request = freeBusy();
			const run = await runWithCalendar('googleCalendar', {}, [weeksAgo, ...LEADS]);
			expect(run.error).toBeUndefined();
			// Not 2026-10-27T13:40 to 2026-12-08: four more weeks of free/busy for one old lead.
			expect(request.body).toMatchObject({
				timeMin: '2026-11-23T14:45:00.000Z',
				timeMax: '2026-12-08T14:45:00.000Z',
			});
			expect(assignedTo(run)).toEqual(['Ana', 'Ben']);

			const [old] = run.output('Capacity Check', 1);
			const routing = old.json.routing as {
				reason: string;
				warnings: string[];
				audit: Array<{ decision: string; reason: string }>;
			};
			expect(old.json.name).toBe('Olga');
			expect(routing.reason).toMatch(
				/^No closers rep can take the lead now: Ana \(calendar not read for this time\), Ben \(calendar not read for this time\)\./,
			);
			const warning =
				'Submitted 2026-10-27T14:40:00.000Z, more than a day before the newest submission of this run (2026-11-24T14:45:00.000Z): calendars were read from 2026-11-23T14:45:00.000Z to 2026-12-08T14:45:00.000Z only, so they were assumed busy at the submission time';
			expect(routing.warnings).toEqual([warning]);
			expect(routing.audit.map((entry) => entry.decision)).toEqual([
				'tier',
				'calendar_not_read',
				'unavailable',
				'unavailable',
				'no_capacity',
			]);
		});

		it('Google Calendar with "From Now" timing: the span is built around the time of the run', async () => {
			const request = freeBusy();
			const startedAt = Date.now();
			const run = await runWithCalendar(
				'googleCalendar',
				{ options: { timeZone: 'America/New_York', slotsFrom: 'now' } },
				[weeksAgo],
			);
			const finishedAt = Date.now();
			expect(run.error).toBeUndefined();
			const timeMin = Date.parse(request.body!.timeMin);
			expect(timeMin).toBeGreaterThanOrEqual(startedAt - 86_400_000);
			expect(timeMin).toBeLessThanOrEqual(finishedAt - 86_400_000);
			expect(Date.parse(request.body!.timeMax) - timeMin).toBe(15 * 86_400_000);
			// Judged at its submission with calendars unknown; its free slots come from the span, after now.
			const routing = run.output('Capacity Check', 1)[0].json.routing as {
				warnings: string[];
				nextSlots: Array<{ start: string }>;
			};
			expect(routing.warnings[0]).toMatch(
				/^Submitted 2026-10-27T14:40:00.000Z, more than a day before the time of this run \(/,
			);
			expect(routing.nextSlots).toHaveLength(3);
			expect(Date.parse(routing.nextSlots[0].start)).toBeGreaterThanOrEqual(startedAt);
		});
	});

	it('Google Calendar: a calendar that cannot be read is treated per the policy and said on the item', async () => {
		nock('https://www.googleapis.com')
			.post('/calendar/v3/freeBusy')
			.reply(200, {
				kind: 'calendar#freeBusy',
				calendars: {
					'ana@acme.test': { busy: [] },
					'ben@acme.test': { errors: [{ domain: 'global', reason: 'notFound' }], busy: [] },
				},
			});
		const run = await runWithCalendar('googleCalendar', { calendarFailure: 'assumeBusy' });
		expect(assignedTo(run)).toEqual(['Ana', 'Ana']);
		const routing = run.output('Capacity Check', 0)[0].json.routing as { warnings: string[] };
		expect(routing.warnings).toEqual([
			'The calendar of Ben could not be read (Google Calendar: notFound): assumed busy',
		]);
	});

	it('Google Calendar: a 500 fails no execution; with "assume busy" the leads get slots by SMS', async () => {
		nock('https://www.googleapis.com')
			.post('/calendar/v3/freeBusy')
			.reply(500, { error: { code: 500, message: 'Backend Error' } });
		const run = await runWithCalendar('googleCalendar');
		expect(run.error).toBeUndefined();
		const noCapacity = run.output('Capacity Check', 1);
		expect(noCapacity).toHaveLength(2);
		expect((noCapacity[0].json.routing as { reason: string }).reason).toMatch(
			/Ana \(calendar unreadable\), Ben \(calendar unreadable\)/,
		);
	});

	it('Microsoft 365: one getSchedule request, busy and tentative block, free does not', async () => {
		let body: { schedules: string[]; startTime: { timeZone: string } } | undefined;
		nock('https://graph.microsoft.com', { reqheaders: { authorization: 'Bearer token-123' } })
			.post('/v1.0/me/calendar/getSchedule', (received) => ((body = received), true))
			.reply(200, {
				'@odata.context':
					'https://graph.microsoft.com/v1.0/$metadata#Collection(microsoft.graph.scheduleInformation)',
				value: [
					schedule('ana@acme.test', '2', 'busy', '2026-11-24T14:30:00', '2026-11-24T15:30:00'),
					schedule('ben@acme.test', '0', 'free', '2026-11-24T14:00:00', '2026-11-24T16:00:00'),
				],
			});
		const run = await runWithCalendar('microsoft365');
		expect(run.error).toBeUndefined();
		expect(body!.schedules).toEqual(['ana@acme.test', 'ben@acme.test']);
		expect(body!.startTime.timeZone).toBe('UTC');
		expect(assignedTo(run)).toEqual(['Ben', 'Ben']);
	});

	it('Microsoft 365: a per-mailbox error and a 403 on the whole request never fail the execution', async () => {
		nock('https://graph.microsoft.com')
			.post('/v1.0/me/calendar/getSchedule')
			.reply(200, {
				value: [
					{ scheduleId: 'ana@acme.test', availabilityView: '0', scheduleItems: [] },
					{
						scheduleId: 'ben@acme.test',
						error: {
							message: 'The specified object was not found in the store.',
							responseCode: 'ErrorMailboxNotFound',
						},
					},
				],
			});
		const partial = await runWithCalendar('microsoft365', { calendarFailure: 'assumeBusy' });
		expect(assignedTo(partial)).toEqual(['Ana', 'Ana']);
		expect(
			(partial.output('Capacity Check', 0)[0].json.routing as { warnings: string[] }).warnings[0],
		).toMatch(/Ben could not be read \(Microsoft 365: ErrorMailboxNotFound/);

		nock('https://graph.microsoft.com')
			.post('/v1.0/me/calendar/getSchedule')
			.reply(403, { error: { code: 'ErrorAccessDenied', message: 'Access is denied.' } });
		const denied = await runWithCalendar('microsoft365', { calendarFailure: 'assumeFree' });
		expect(denied.error).toBeUndefined();
		expect(assignedTo(denied)).toEqual(['Ana', 'Ben']);
	});

	it('ICS: one request per feed; recurring standup blocks Ana; a broken feed is a warning', async () => {
		nock('http://calendars.test')
			.get('/ana.ics')
			.once()
			.reply(200, ICS, { 'content-type': 'text/calendar' });
		nock('http://calendars.test').get('/ben.ics').once().reply(404, 'Not found');
		const run = await runWorkflow(
			workflow({ calendarSource: 'ics', calendarFailure: 'assumeFree' }),
		);
		expect(run.error).toBeUndefined();
		expect(assignedTo(run)).toEqual(['Ben', 'Ben']);
		expect(
			(run.output('Capacity Check', 0)[0].json.routing as { warnings: string[] }).warnings[0],
		).toMatch(/^The calendar of Ben could not be read \(ICS feed: .*404/);
		expect(nock.pendingMocks()).toEqual([]);
	});
});
