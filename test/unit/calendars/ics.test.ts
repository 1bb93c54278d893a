import { readFileSync } from 'node:fs';
import path from 'node:path';

import { icsToBusy } from '../../../engine/capacity/calendars/ics';

const ics = readFileSync(path.join(__dirname, '../../fixtures/ics/rep-calendar.ics'), 'utf8');
const iso = (busy: Array<{ start: number; end: number }>) =>
	busy.map((interval) => [
		new Date(interval.start).toISOString(),
		new Date(interval.end).toISOString(),
	]);

describe('ICS feed to busy intervals', () => {
	it('expands RRULE, drops EXDATE, applies RECURRENCE-ID, reads all-day events in the rep zone, ignores free and cancelled', () => {
		const busy = icsToBusy(
			ics,
			{ start: Date.parse('2026-11-23T00:00:00Z'), end: Date.parse('2026-11-28T12:00:00Z') },
			'America/New_York',
		);
		expect(iso(busy)).toEqual([
			['2026-11-23T14:30:00.000Z', '2026-11-23T15:00:00.000Z'], // Mon standup 09:30 EST
			['2026-11-24T14:30:00.000Z', '2026-11-24T15:00:00.000Z'], // Tue; Wed is an EXDATE
			['2026-11-26T19:00:00.000Z', '2026-11-26T19:30:00.000Z'], // Thu moved to 14:00 by RECURRENCE-ID
			['2026-11-27T05:00:00.000Z', '2026-11-28T05:00:00.000Z'], // all-day offsite, New York day
			['2026-11-27T14:30:00.000Z', '2026-11-27T15:00:00.000Z'],
		]);
	});

	it('keeps only what overlaps the window', () => {
		expect(
			icsToBusy(ics, {
				start: Date.parse('2026-11-24T16:00:00Z'),
				end: Date.parse('2026-11-24T20:00:00Z'),
			}),
		).toEqual([]);
	});
});
