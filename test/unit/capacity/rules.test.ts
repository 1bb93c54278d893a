import {
	accountDomainOfEmail,
	buildAccountIndex,
	countryOfPhone,
	employeeRange,
	isFreeMailDomain,
	leadLanguage,
	matchOwner,
	matchTerritory,
	normaliseCompanyName,
	normaliseCountry,
	normaliseEmail,
	normaliseLanguage,
	parseRoster,
	parseTerritoryRules,
	problemsPerRow,
	registrableDomain,
	repForOwner,
	speaks,
	valueAtPath,
} from '../../../engine/capacity';
import type { Rep } from '../../../engine/capacity';
import type { IntentResult } from '../../../engine/contract';
import { PAYLOADS, WRONG_TYPES } from '../../helpers/hostile';

const rep = (overrides: Partial<Rep> & { id: string }): Rep => ({
	name: overrides.id,
	tiers: ['closers'],
	timeZone: 'UTC',
	workingHours: [],
	...overrides,
});

/** One test per row: `normalise` turns the input into the expected value. */
const normalises = (
	normalise: (input: string) => string,
	rows: Array<[string, string]>,
	title = '%j is %j',
) => it.each(rows)(title, (input, expected) => expect(normalise(input)).toBe(expected));
/** Rows of `normalises` for inputs that all normalise to `expected`. */
const inputsOf = (expected: string, inputs: string[]) =>
	inputs.map((input): [string, string] => [input, expected]);

describe('domains', () => {
	normalises(
		registrableDomain,
		[
			['dana@eu.mail.acme.com', 'acme.com'],
			['https://www.shop.acme.co.uk/contact?x=1', 'acme.co.uk'],
			['ACME.COM.', 'acme.com'],
			['acme\u200b.com', 'acme.com'],
			['ａｃｍｅ．ｃｏｍ', 'acme.com'],
			['bücher.de', 'xn--bcher-kva.de'],
			['xn--bcher-kva.de', 'xn--bcher-kva.de'],
			['sub.acme.com.au', 'acme.com.au'],
			['acme.io:8443', 'acme.io'],
			['10.0.0.1', ''],
			['localhost', ''],
			['not a domain', ''],
			['', ''],
		],
		'%j rolls up to %j',
	);

	it('never takes a free-mail domain for an account, whatever its TLD or subdomain', () => {
		for (const domain of [
			'gmail.com',
			'GoogleMail.com',
			'outlook.com',
			'hotmail.co.uk',
			'hotmail.de',
			'yahoo.co.jp',
			'ymail.com',
			'gmx.de',
			'gmx.net',
			'mx.gmx.at',
			'web.de',
			'icloud.com',
			'proton.me',
			'aol.com',
			'live.com',
		]) {
			expect([domain, isFreeMailDomain(domain)]).toEqual([domain, true]);
		}
		expect(isFreeMailDomain('acme.com')).toBe(false);
		expect(isFreeMailDomain('gmail-partners.com')).toBe(false);
		expect(accountDomainOfEmail('dana@gmail.com')).toBe('');
		expect(accountDomainOfEmail('Dana@EU.Acme.com')).toBe('acme.com');
	});

	it('reads emails without case, invisible characters or a mailto: prefix', () => {
		expect(normaliseEmail(' mailto:Dana\u200d@ACME.com ')).toBe('dana@acme.com');
		expect(normaliseEmail('no-at-sign.com')).toBe('');
		expect(normaliseEmail('@acme.com')).toBe('');
	});
});

describe('company names', () => {
	normalises(normaliseCompanyName, [
		...inputsOf('acme', [
			'Acme, Inc.',
			'ACME Inc',
			'The Acme Company',
			'Acme GmbH & Co. KG',
			'Acme S.A. de C.V.',
			'Acme S.L.',
			'Acme SAS',
			'Acme B.V.',
			'Acme Pty Ltd',
			'Acme plc',
			'Acme Corp.',
			'Acme Co.',
		]),
		['Smith & Co.', 'smith'],
		['Müller AG', 'muller'],
		['Acme Logistics LLC', 'acme logistics'],
		['Inc.', 'inc'],
	]);

	it('keeps names whose last word only looks like a legal form inside a word', () => {
		expect(normaliseCompanyName('Agco Systems')).toBe('agco systems');
		expect(normaliseCompanyName('Sagittarius')).toBe('sagittarius');
	});
});

describe('countries and phones', () => {
	normalises(normaliseCountry, [
		...inputsOf('DE', ['DE', 'germany', 'Deutschland']),
		['España', 'ES'],
		['USA', 'US'],
		...inputsOf('GB', ['UK', 'United Kingdom']),
		...inputsOf('', ['EU', 'Atlantis']),
	]);

	it('reads the country of a calling code, and +1 by its area code', () => {
		expect(countryOfPhone('+49 30 1234567')).toBe('DE');
		expect(countryOfPhone('+34 612 345 678')).toBe('ES');
		expect(countryOfPhone('+1 416 555 0101')).toBe('CA');
		expect(countryOfPhone('+1 415 555 0101')).toBe('US');
		expect(countryOfPhone('030 1234567', 'DE')).toBe('DE');
		expect(countryOfPhone('12')).toBe('');
	});

	it.each([
		['201-500', [201, 500]],
		['1,001-5,000', [1001, 5000]],
		['10k+', [10000, Number.POSITIVE_INFINITY]],
		['250 employees', [250, 250]],
		[42, [42, 42]],
		['lots', undefined],
		[-5, undefined],
		[Number.NaN, undefined],
	])('company size %j is %j', (input, expected) => {
		expect(employeeRange(input)).toEqual(expected);
	});
});

describe('territory rules', () => {
	const { rules, problems } = parseTerritoryRules([
		{ name: 'EMEA enterprise', countries: 'EMEA', minEmployees: 500, tier: 'enterprise-emea' },
		{ name: 'DACH', countries: ['DACH'], tier: 'dach' },
		{
			name: 'California tech',
			countries: 'US',
			regions: 'CA, Oregon',
			industries: 'software*, saas',
			tier: 'west',
		},
		{ name: 'Hot small', paths: 'hot', maxEmployees: 50, tier: 'smb' },
	]);
	const lead = { path: 'hot' };

	it('parses without problems', () => expect(problems).toEqual([]));

	it('first match wins, with the rule name in the reason', () => {
		const big = matchTerritory(
			rules,
			{ ...lead, country: 'Germany', employees: '1,001-5,000' },
			'closers',
		);
		expect(big).toMatchObject({ tier: 'enterprise-emea', country: 'DE', countrySource: 'field' });
		expect(big.reason).toBe(
			'Territory rule "EMEA enterprise" matched (country DE): tier "enterprise-emea"',
		);
		expect(
			matchTerritory(rules, { ...lead, country: 'Austria', employees: 120 }, 'closers').tier,
		).toBe('dach');
	});

	it('reads the country from the phone number when the form has none', () => {
		const decision = matchTerritory(rules, { ...lead, phone: '+41 44 668 18 00' }, 'closers');
		expect(decision).toMatchObject({ tier: 'dach', country: 'CH', countrySource: 'phone' });
		expect(decision.reason).toContain('country CH (from the phone number)');
	});

	it('matches regions by code or name and industries by prefix', () => {
		expect(
			matchTerritory(
				rules,
				{ ...lead, country: 'US', region: 'California', industry: 'Software Development' },
				'closers',
			).tier,
		).toBe('west');
		expect(
			matchTerritory(rules, { ...lead, country: 'US', region: 'OR', industry: 'SaaS' }, 'closers')
				.tier,
		).toBe('west');
		expect(
			matchTerritory(rules, { ...lead, country: 'US', region: 'NY', industry: 'SaaS' }, 'closers')
				.tier,
		).toBe('closers');
	});

	it('a size condition needs a known size; paths limit a rule', () => {
		expect(matchTerritory(rules, { path: 'warm', country: 'FR', employees: 20 }, 'sdrs').tier).toBe(
			'sdrs',
		);
		expect(
			matchTerritory(rules, { path: 'hot', country: 'FR', employees: 20 }, 'closers').tier,
		).toBe('smb');
		expect(matchTerritory(rules, { path: 'hot', country: 'FR' }, 'closers').tier).toBe('closers');
	});

	it('falls back to the default and says so', () => {
		const decision = matchTerritory(rules, { ...lead, country: 'JP' }, 'closers');
		expect(decision.rule).toBeUndefined();
		expect(decision.reason).toBe(
			'No territory rule matched (country JP): the path\'s tier "closers"',
		);
	});

	it('names each rule that cannot work, once', () => {
		const bad = parseTerritoryRules([
			{ name: 'x', countries: 'Atlantis, DE', tier: '' },
			{ tier: 'a', minEmployees: 'many' },
			{ tier: 'b', minEmployees: 10, maxEmployees: 5 },
		]);
		expect(bad.rules).toEqual([]);
		expect(bad.problems).toEqual([
			'Territory rule 1 (x): no tier to send leads to; unknown countries or regions: atlantis',
			'Territory rule 2 (Rule 2): employee counts must be numbers of 0 or more',
			'Territory rule 3 (Rule 3): max employees 5 is below min employees 10',
		]);
		expect(parseTerritoryRules('EMEA').problems).toEqual(['Territory rules must be a list']);
	});
});

describe('languages and skills', () => {
	const intent = (languages: Array<[string | undefined, number]>) =>
		({
			signals: languages.map(([language, strength]) => ({ language, strength })),
		}) as unknown as IntentResult;

	normalises(normaliseLanguage, [
		...inputsOf('es', ['es', 'es-MX']),
		['de_AT', 'de'],
		...inputsOf('es', ['Spanish', 'Español']),
		['Deutsch', 'de'],
		['spanisch', 'es'],
		...inputsOf('', ['xx', 'Klingon']),
	]);

	it('takes a mapped field first, else the classifier signals by strength', () => {
		expect(leadLanguage(intent([['en', 1]]), 'de-DE')).toEqual({ language: 'de', source: 'field' });
		expect(
			leadLanguage(
				intent([
					[undefined, 0.75],
					['es', 0.85],
					['es', 0.9],
					['en', 0.7],
				]),
			),
		).toEqual({ language: 'es', source: 'classifier' });
		expect(leadLanguage(intent([]))).toEqual({ language: '', source: 'none' });
		expect(leadLanguage(null)).toEqual({ language: '', source: 'none' });
	});

	it('a rep who lists no language speaks the team language', () => {
		expect(speaks(rep({ id: 'a' }), 'en', 'en')).toBe(true);
		expect(speaks(rep({ id: 'a' }), 'es', 'en')).toBe(false);
		expect(speaks(rep({ id: 'b', languages: ['Spanish', 'en'] }), 'es', 'en')).toBe(true);
	});
});

describe('owner match', () => {
	const reps = [
		rep({ id: 'ana', name: 'Ana Closer', email: 'ana@ourco.com', crmIds: ['111'] }),
		rep({ id: 'ben', name: 'Ben Closer', email: 'ben@ourco.com' }),
	];
	const index = buildAccountIndex(
		[
			{ properties: { email: 'dana@gmail.com', hubspot_owner_id: '111' } },
			{
				Name: 'Acme Logistics, Inc.',
				Website: 'https://www.acme.com',
				OwnerEmail: 'BEN@ourco.com',
			},
			{ Name: 'Globex GmbH', Website: 'gmail.com', OwnerEmail: 'Ana Closer' },
			{ Name: 'Orphan Ltd' },
			{ Website: 'acme.com', OwnerEmail: 'someone-else@ourco.com' },
		],
		{
			email: 'properties.email',
			domain: 'Website',
			company: 'Name',
			owner: 'OwnerEmail',
			label: 'Name',
		},
	);
	// A second mapping over the same rows reads the contact's owner.
	const contacts = buildAccountIndex(
		[{ properties: { email: 'dana@gmail.com', hubspot_owner_id: '111' } }],
		{ email: 'properties.email', owner: 'properties.hubspot_owner_id' },
	);

	it('indexes rows and names the ones that can never match', () => {
		expect(index.size).toBe(3);
		expect(index.problems).toEqual([
			'Account 1: no owner in "OwnerEmail"',
			'Account 4: no owner in "OwnerEmail"',
		]);
		expect(index.byDomain.has('gmail.com')).toBe(false);
	});

	it('matches a contact by email, even on free mail, and its CRM owner id to a rep', () => {
		const match = matchOwner(contacts, { email: 'DANA@gmail.com' }, reps);
		expect(match).toMatchObject({
			matchedOn: 'email',
			value: 'dana@gmail.com',
			rep: { id: 'ana' },
		});
	});

	it('matches an account by the email domain, a subdomain, or the website', () => {
		expect(matchOwner(index, { email: 'kim@eu.acme.com' }, reps)).toMatchObject({
			matchedOn: 'domain',
			value: 'acme.com',
			rep: { id: 'ben' },
			otherOwners: 1,
		});
		expect(
			matchOwner(index, { email: 'kim@gmail.com', website: 'acme.com/about' }, reps),
		).toMatchObject({ matchedOn: 'domain', rep: { id: 'ben' } });
	});

	it('never matches an account on a free-mail domain, but does on the company name without legal form', () => {
		expect(matchOwner(index, { email: 'someone@gmail.com' }, reps)).toBeUndefined();
		expect(
			matchOwner(index, { email: 'someone@gmail.com', company: 'GLOBEX' }, reps),
		).toMatchObject({ matchedOn: 'company', value: 'globex', rep: { id: 'ana' } });
	});

	it('resolves an owner by id, CRM id, email or name, and not by a prefix', () => {
		expect(repForOwner('ana', reps)?.id).toBe('ana');
		expect(repForOwner('111', reps)?.id).toBe('ana');
		expect(repForOwner('Ben@OurCo.com', reps)?.id).toBe('ben');
		expect(repForOwner('ben closer', reps)?.id).toBe('ben');
		expect(repForOwner('be', reps)).toBeUndefined();
		expect(repForOwner('', reps)).toBeUndefined();
	});

	it('reads mapped paths through own properties only', () => {
		expect(valueAtPath({ a: { b: 1 } }, 'a.b')).toBe(1);
		expect(valueAtPath({}, '__proto__.constructor')).toBeUndefined();
		expect(valueAtPath({}, 'constructor')).toBeUndefined();
	});
});

describe('hostile input', () => {
	const reps = [rep({ id: 'ana', email: 'ana@ourco.com' })];
	const megabyte = 'a'.repeat(1_000_000);

	it('survives wrong types and payloads in every rule without throwing', () => {
		const values = [
			...WRONG_TYPES.filter((value) => typeof value !== 'bigint'),
			...PAYLOADS,
			megabyte,
			`${megabyte}@acme.com`,
			`dana@${'sub.'.repeat(200_000)}acme.com`,
		];
		for (const value of values) {
			expect(() => registrableDomain(value)).not.toThrow();
			expect(() => normaliseCompanyName(value)).not.toThrow();
			expect(() => normaliseCountry(value)).not.toThrow();
			expect(() => countryOfPhone(value)).not.toThrow();
			expect(() => employeeRange(value)).not.toThrow();
			expect(() => normaliseLanguage(value)).not.toThrow();
			expect(() =>
				leadLanguage({ signals: value } as unknown as IntentResult, value),
			).not.toThrow();
			expect(() =>
				parseTerritoryRules([
					{ name: value, countries: value, regions: value, tier: value, minEmployees: value },
				]),
			).not.toThrow();
			const index = buildAccountIndex(
				[{ email: value, domain: value, company: value, owner: value }, value],
				{ email: 'email', domain: 'domain', company: 'company', owner: 'owner' },
			);
			expect(() =>
				matchOwner(index, { email: value, company: value, website: value }, reps),
			).not.toThrow();
			expect(() =>
				parseRoster([
					{
						name: 'A',
						timeZone: 'UTC',
						tiers: 'x',
						workingHours: 'Mon 09:00-10:00',
						languages: value,
						skills: value,
						backup: value,
						crmIds: value,
					},
				]),
			).not.toThrow();
		}
	});

	it('a zero-width character hides no match and makes none', () => {
		const index = buildAccountIndex([{ domain: 'ac\u200bme.com', owner: 'ana' }], {
			domain: 'domain',
			owner: 'owner',
		});
		expect(matchOwner(index, { email: 'x@acme\u2060.com' }, reps)?.rep?.id).toBe('ana');
		expect(matchOwner(index, { email: 'x@acme.co' }, reps)).toBeUndefined();
	});

	it('reads a 1 MB field in bounded time', () => {
		const started = process.cpuUsage();
		for (let i = 0; i < 20; i++) {
			registrableDomain(`${megabyte}.com`);
			normaliseCompanyName(`${megabyte} GmbH`);
			employeeRange(megabyte);
		}
		const { user, system } = process.cpuUsage(started);
		expect((user + system) / 1000).toBeLessThan(2_000);
	});

	it('one validation message per bad roster row', () => {
		const { problems } = parseRoster([
			{ name: 'Ana', timeZone: 'Mars/Base', tiers: '', workingHours: 'Mon 09:00-10:00' },
			{ name: 'Ben', timeZone: 'UTC', tiers: 'x', workingHours: 'Mon 09:00-10:00' },
			{ name: 'Cy', timeZone: 'UTC', tiers: 'x', workingHours: 'sometimes' },
		]);
		expect(problemsPerRow(problems)).toEqual([
			'Rep 1 (Ana), time zone: "Mars/Base" is not an IANA time zone (e.g. America/New_York); tiers: give at least one tier, e.g. "closers"',
			'Rep 3 (Cy), working hours: "sometimes" should look like "Mon-Fri 09:00-17:00"',
		]);
	});
});
