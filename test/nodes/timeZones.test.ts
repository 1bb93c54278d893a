import { IANAZone } from 'luxon';
import type { ILoadOptionsFunctions } from 'n8n-workflow';

import { timeZoneLoadOptions } from '../../nodes/shared/timeZones';

const context = {} as ILoadOptionsFunctions;

describe('time zone lists of the options parameters', () => {
	it('offers only zones luxon (which reads them) accepts, UTC and the usual ones included, sorted', async () => {
		const zones = await timeZoneLoadOptions.getTimeZones.call(context);
		const values = zones.map((zone) => String(zone.value));
		expect(values.length).toBeGreaterThan(300);
		expect(values.filter((zone) => !IANAZone.isValidZone(zone))).toEqual([]);
		expect(values).toEqual(
			expect.arrayContaining([
				'UTC',
				'America/New_York',
				'Europe/Berlin',
				'Asia/Kolkata',
				'America/Argentina/Buenos_Aires',
			]),
		);
		expect(values).toEqual([...values].sort());
		expect(new Set(values).size).toBe(values.length);
		expect(zones.find((zone) => zone.value === 'America/New_York')?.name).toBe('America/New York');
		expect(values).not.toContain('Asia/Calcutta');
	});

	it('puts "Not Set" (empty, the documented default) first where a parameter is optional', async () => {
		const [first, ...rest] = await timeZoneLoadOptions.getTimeZonesOrNone.call(context);
		expect(first).toMatchObject({ name: 'Not Set', value: '' });
		expect(rest).toEqual(await timeZoneLoadOptions.getTimeZones.call(context));
	});
});
