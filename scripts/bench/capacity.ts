import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';

import nock from 'nock';

import { runWorkflow, type WorkflowJson } from '../../test/harness/runWorkflow';
import { capacityCheckNode, repRow } from '../../test/helpers/capacityNode';
import { intentResult } from '../../test/helpers/intents';
import { leadsWorkflow } from '../../test/helpers/workflows';

const LEADS = 1_000;
const REPS = 50;

function icsFor(rep: number): string {
	// A daily recurring meeting at a different hour per rep, plus a one-off block.
	const hour = String(9 + (rep % 8)).padStart(2, '0');
	return [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//bench//EN',
		'BEGIN:VEVENT',
		`UID:daily-${rep}@bench`,
		`DTSTART:20261123T${hour}0000Z`,
		`DTEND:20261123T${hour}3000Z`,
		'RRULE:FREQ=DAILY;COUNT=30',
		'END:VEVENT',
		'BEGIN:VEVENT',
		`UID:block-${rep}@bench`,
		'DTSTART:20261125T150000Z',
		'DTEND:20261125T160000Z',
		'END:VEVENT',
		'END:VCALENDAR',
	].join('\r\n');
}

function workflow(calendarSource: string, icsBase: string): WorkflowJson {
	const leads = Array.from({ length: LEADS }, (_, i) => ({
		name: `Lead ${i}`,
		phone: '+14155550101',
		intent: intentResult({
			score: 85,
			path: i % 3 === 0 ? 'warm' : 'hot',
			lead: {
				text: 'x',
				submittedAt: new Date(Date.parse('2026-11-25T13:00:00Z') + i * 30_000).toISOString(),
			},
		}),
	}));
	const reps = Array.from({ length: REPS }, (_, i) =>
		repRow({
			name: `Rep ${i}`,
			email: `rep${i}@bench.test`,
			icsUrl: `${icsBase}/rep${i}.ics`,
			tiers: i % 5 === 0 ? 'sdrs' : 'closers',
			timeZone: ['America/New_York', 'America/Chicago', 'Europe/London', 'Asia/Tokyo'][i % 4],
			workingHours: 'Mon-Fri 08:00-18:00',
			maxOpenLeads: 30,
		}),
	);
	return leadsWorkflow(leads, {
		...capacityCheckNode({ calendarSource, reps: { rep: reps }, strategy: 'leastLoaded' }),
		credentials: { googleCalendarOAuth2Api: { id: '1', name: 'g' } },
	});
}

async function measure(
	label: string,
	calendarSource: string,
	icsBase: string,
	requests: () => number,
	credentials = {},
) {
	const started = performance.now();
	const run = await runWorkflow(workflow(calendarSource, icsBase), { credentials });
	const elapsed = performance.now() - started;
	if (run.error) throw run.error;
	const [assigned, noCapacity, notRouted] = run.outputs('Capacity Check');
	console.log(
		`${label}: ${LEADS} leads x ${REPS} reps in ${elapsed.toFixed(0)} ms = ${Math.round(LEADS / (elapsed / 1000))} decisions/s ` +
			`(assigned ${assigned.length}, no capacity ${noCapacity.length}, not routed ${notRouted.length}); calendar requests: ${requests()}`,
	);
}

export default {
	name: 'capacity',
	async run() {
		let icsRequests = 0;
		const server = http.createServer((request, response) => {
			icsRequests++;
			const rep = Number(/rep(\d+)\.ics/.exec(request.url ?? '')?.[1] ?? 0);
			response.writeHead(200, { 'content-type': 'text/calendar' });
			response.end(icsFor(rep));
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
		try {
			await measure('ICS feeds on loopback', 'ics', base, () => icsRequests);

			let googleRequests = 0;
			nock('https://www.googleapis.com')
				.post('/calendar/v3/freeBusy')
				.reply(200, (_uri: string, body: { items: Array<{ id: string }> }) => {
					googleRequests++;
					return {
						kind: 'calendar#freeBusy',
						calendars: Object.fromEntries(
							body.items.map((item) => [
								item.id,
								{ busy: [{ start: '2026-11-25T15:00:00Z', end: '2026-11-25T16:00:00Z' }] },
							]),
						),
					};
				});
			const oauth = {
				googleCalendarOAuth2Api: {
					clientId: 'x',
					clientSecret: 'y',
					accessTokenUrl: 'https://auth.test/token',
					authUrl: 'https://auth.test/auth',
					authentication: 'header',
					oauthTokenData: { access_token: 't', token_type: 'Bearer' },
				},
			};
			await measure(
				'Google free/busy (HTTP mocked)',
				'googleCalendar',
				base,
				() => googleRequests,
				oauth,
			);
			nock.cleanAll();
		} finally {
			server.close();
		}
	},
};
