import { parseRoster, rosterProblemsForTiers } from '../../../engine/capacity';

const valid = {
	name: 'Ana',
	tiers: 'closers',
	timeZone: 'UTC',
	workingHours: 'Mon-Fri 09:00-17:00',
};

describe('roster from a sheet, a CRM or the node', () => {
	it('accepts column headers as people write them', () => {
		const { reps, problems } = parseRoster([
			{
				Name: 'Ana',
				Email: 'ana@x.com',
				Tiers: 'Closers, Spanish',
				'Time Zone': 'Europe/Madrid',
				'Working Hours': 'Mon-Fri 09:00-17:00',
				'Max Open Leads': '5',
				max_leads_per_day: 8,
				Active: 'TRUE',
				'Out of Office': '2026-12-24..2027-01-02',
				Holidays: '2026-12-08',
			},
		]);
		expect(problems).toEqual([]);
		expect(reps[0]).toMatchObject({
			id: 'ana@x.com',
			tiers: ['closers', 'spanish'],
			timeZone: 'Europe/Madrid',
			maxOpenLeads: 5,
			maxLeadsPerDay: 8,
			active: true,
			outOfOffice: [{ start: '2026-12-24', end: '2027-01-02' }],
			holidays: ['2026-12-08'],
		});
	});

	it('reads days as names or numbers, in lists or ranges, including a range over the weekend', () => {
		const { reps, problems } = parseRoster([
			{
				...valid,
				workingHours: [
					{ days: ['Mon', 'Wednesday'], start: '9:00', end: '12:00' },
					{ days: [2, 4], start: '13:00', end: '17:00' },
				],
			},
			{ ...valid, name: 'Night', workingHours: 'Fri-Mon 10:00-14:00' },
		]);
		expect(problems).toEqual([]);
		expect(reps[0].workingHours).toEqual([
			{ days: [1, 3], start: '09:00', end: '12:00' },
			{ days: [2, 4], start: '13:00', end: '17:00' },
		]);
		expect(reps[1].workingHours[0].days).toEqual([1, 5, 6, 7]);
	});

	it.each([
		['FALSE', false],
		['no', false],
		['', true],
		[undefined, true],
		['Yes', true],
	])('reads Active %p as %p', (active, expected) => {
		expect(parseRoster([{ ...valid, active }]).reps[0].active).toBe(expected);
	});

	it('takes the roster as JSON text too, and says when it is not a list', () => {
		expect(parseRoster(JSON.stringify([valid])).reps).toHaveLength(1);
		expect(parseRoster('[{"name": ').problems[0]).toMatch(/^The roster is not valid JSON: /);
		expect(parseRoster({ name: 'Ana' }).problems).toEqual(['The roster must be a list of reps']);
	});

	it('names the rep and the field of every problem', () => {
		const { problems } = parseRoster([
			{ ...valid, name: 'Ana', workingHours: 'Mon-Fri 9-5' },
			{ ...valid, name: 'Ben', outOfOffice: '2027-01-02..2026-12-24', holidays: '2026-13-01' },
			{ ...valid, name: 'Cy', workingHours: '' },
			{ ...valid, name: 'Ana' },
			{ ...valid, name: 'Dee', workingHours: 'Funday 09:00-17:00', maxOpenLeads: 'lots' },
			{ tiers: 'closers' },
		]);
		expect(problems).toEqual([
			'Rep 1 (Ana), working hours: "Mon-Fri 9-5" should look like "Mon-Fri 09:00-17:00"',
			'Rep 2 (Ben), out of office: "2027-01-02..2026-12-24" ends before it starts',
			'Rep 2 (Ben), holidays: "2026-13-01" is not a date (yyyy-MM-dd)',
			'Rep 3 (Cy), working hours: give at least one block, e.g. "Mon-Fri 09:00-17:00"',
			'Rep 4 (Ana): id "Ana" is used by another rep',
			'Rep 5 (Dee), working hours: "funday" is not a day or day range (use Mon-Fri, Sat, ...)',
			'Rep 5 (Dee), maxOpenLeads: must be a number of 0 or more',
			'Rep 6: needs an id, email or name',
		]);
	});

	it('refuses a mapped tier that nobody in the roster has, but not one whose reps are all inactive', () => {
		const { reps } = parseRoster([
			{ ...valid, tiers: 'closers' },
			{ ...valid, name: 'Sam', tiers: 'sdrs', active: 'no' },
		]);
		expect(
			rosterProblemsForTiers(reps, { hot: 'closers', warm: 'sdrs', vip: 'enterprise' }),
		).toEqual(['No rep in the roster has tier "enterprise", which path "vip" needs']);
	});
});

describe('roster', () => {
	it('reads friendly shapes from a sheet or CRM', () => {
		const { reps, problems } = parseRoster([
			{
				...valid,
				email: 'ana@x.com',
				tiers: 'Closers, Spanish',
				timeZone: 'Europe/Madrid',
				workingHours: 'Mon-Thu 09:00-17:00; Fri 09:00-13:00',
				maxOpenLeads: '5',
				active: 'yes',
			},
		]);
		expect(problems).toEqual([]);
		expect(reps[0]).toMatchObject({
			id: 'ana@x.com',
			tiers: ['closers', 'spanish'],
			maxOpenLeads: 5,
			workingHours: [
				{ days: [1, 2, 3, 4], start: '09:00', end: '17:00' },
				{ days: [5], start: '09:00', end: '13:00' },
			],
		});
	});

	it('names the rep and field of each problem', () => {
		const { problems } = parseRoster([
			{ ...valid, timeZone: 'Mars/Base' },
			{ ...valid, name: 'Ben', workingHours: 'Mon-Fri 09:00-13:00; Mon 12:00-15:00' },
			{ ...valid, name: 'Cy', tiers: '', workingHours: 'Mon 17:00-09:00' },
		]);
		expect(problems).toEqual([
			'Rep 1 (Ana), time zone: "Mars/Base" is not an IANA time zone (e.g. America/New_York)',
			'Rep 2 (Ben), working hours: 09:00-13:00 and 12:00-15:00 overlap on day 1',
			'Rep 3 (Cy), tiers: give at least one tier, e.g. "closers"',
			'Rep 3 (Cy), working hours: the end 09:00 is not after the start 17:00 (a shift past midnight is two blocks, e.g. "Mon 22:00-23:59; Tue 00:00-06:00")',
		]);
	});
});
