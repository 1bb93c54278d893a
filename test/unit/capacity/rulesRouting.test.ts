import type {
	AvailabilityContext,
	CapacityConfig,
	CapacityStateStore,
	Rep,
	RoutingRules,
} from '../../../engine/capacity';
import { buildAccountIndex, parseTerritoryRules, routeLead } from '../../../engine/capacity';
import type { IntentResult } from '../../../engine/contract';
import { hotIntent, useCapacityStores } from '../../helpers/capacityStores';
import { capacityConfig } from '../../helpers/capacityConfig';

const { stores } = useCapacityStores('rules');

const AT = Date.parse('2026-11-25T15:00:00Z'); // Wednesday 10:00 in New York
const context: AvailabilityContext = { teamHolidays: [], busy: {}, calendarFailure: 'assumeBusy' };
const rep = (overrides: Partial<Rep> & { id: string }): Rep => ({
	name: overrides.id[0].toUpperCase() + overrides.id.slice(1),
	tiers: ['closers'],
	timeZone: 'America/New_York',
	workingHours: [{ days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' }],
	...overrides,
});
const away = [{ start: '2026-11-20', end: '2026-11-30', reason: 'leave' }];
const ACCOUNTS = [
	{ name: 'Acme Logistics, Inc.', website: 'https://www.acme.com', owner: 'olga@ourco.com' },
	{ name: 'Globex GmbH', website: 'globex.de', owner: 'Zed Nobody' },
];
const MAPPING = { domain: 'website', company: 'name', owner: 'owner', label: 'name' };
const baseConfig = capacityConfig({
	tierByPath: { hot: 'closers', warm: 'sdrs' },
	sms: { template: 'Hi {{firstName}}, {{slots}}' },
});
const withRules = (rules: RoutingRules): CapacityConfig => ({ ...baseConfig, rules });
const ownerRules = (ownerFallback: RoutingRules['ownerFallback']): RoutingRules => ({
	accounts: buildAccountIndex(ACCOUNTS, MAPPING),
	ownerFallback,
});
const acmeLead = {
	text: 'x',
	name: 'Kim Park',
	email: 'kim@eu.acme.com',
	phone: '+1 415 555 0101',
};
const otherLead = { text: 'x', name: 'Lee', email: 'lee@initech.com', phone: '+1 415 555 0102' };

describe.each(stores)('routing rules on the %s store', (_name, makeStore) => {
	let store: CapacityStateStore;
	beforeEach(() => {
		store = makeStore();
	});
	const route = (
		lead: typeof acmeLead,
		reps: Rep[],
		config: CapacityConfig,
		extra: Partial<Parameters<typeof routeLead>[0]> = {},
	) => routeLead({ intent: hotIntent, lead, at: AT, ...extra }, reps, context, store, config);

	describe('owner match', () => {
		it("gives an account's lead to its available owner, and leaves the tier's rotation where it was", async () => {
			const reps = [
				rep({ id: 'ana' }),
				rep({ id: 'ben' }),
				rep({ id: 'olga', email: 'Olga@OurCo.com', tiers: ['ae'] }),
			];
			const config = withRules(ownerRules('pool'));
			expect((await route(otherLead, reps, config)).routing.rep?.id).toBe('ana');
			const owned = await route(acmeLead, reps, config);
			expect(owned.output).toBe('assigned');
			expect(owned.routing.rep?.id).toBe('olga');
			expect(owned.routing.tier).toBe('closers');
			expect(owned.routing.reason).toBe(
				'Olga (account owner) is in working hours and free (1 open)',
			);
			expect(owned.routing.rules?.owner).toEqual({
				record: 'acme logistics, inc.',
				matchedOn: 'domain',
				value: 'acme.com',
				repId: 'olga',
				fallback: 'pool',
			});
			expect(owned.routing.audit.map((line) => line.decision)).toEqual([
				'tier',
				'owner_match',
				'assigned',
			]);
			// Ben is next in the closers' rotation, as if the owner's lead had not happened.
			expect((await route(otherLead, reps, config)).routing.rep?.id).toBe('ben');
		});

		it("pool: an unavailable owner's lead goes to the tier, with the reason", async () => {
			const reps = [
				rep({ id: 'ana' }),
				rep({ id: 'olga', email: 'olga@ourco.com', outOfOffice: away }),
			];
			const decision = await route(acmeLead, reps, withRules(ownerRules('pool')));
			expect(decision.routing.rep?.id).toBe('ana');
			expect(decision.routing.audit.find((line) => line.decision === 'fallback')?.reason).toBe(
				'The account owner cannot take the lead now: Olga (out of office); next: closers',
			);
		});

		it("wait for the owner: held on No Capacity with the owner's own free slots", async () => {
			const reps = [
				rep({ id: 'ana' }),
				rep({ id: 'olga', email: 'olga@ourco.com', outOfOffice: away }),
			];
			const decision = await route(acmeLead, reps, withRules(ownerRules('waitForOwner')));
			expect(decision.output).toBe('noCapacity');
			expect(decision.routing.reason).toMatch(
				/^Held for the account owner, who cannot take the lead now: Olga \(out of office\)\. 3 free slot\(s\) offered/,
			);
			expect(decision.routing.nextSlots?.map((slot) => slot.repId)).toEqual([
				'olga',
				'olga',
				'olga',
			]);
			expect(Date.parse(decision.routing.nextSlots![0].start)).toBeGreaterThanOrEqual(
				Date.parse('2026-12-01T14:00:00Z'),
			);
		});

		it("owner's backup when the owner is away, and the tier when the backup is not there either", async () => {
			const reps = [
				rep({ id: 'ana' }),
				rep({ id: 'cy' }),
				rep({ id: 'olga', email: 'olga@ourco.com', outOfOffice: away, backup: 'Cy' }),
			];
			const config = withRules(ownerRules('ownerBackup'));
			const backedUp = await route(acmeLead, reps, config);
			expect(backedUp.routing.rep?.id).toBe('cy');
			expect(backedUp.routing.reason).toBe(
				'Cy (backup of Olga) is in working hours and free (1 open)',
			);
			const noBackup = await route(
				acmeLead,
				[rep({ id: 'ana' }), rep({ id: 'olga', email: 'olga@ourco.com', outOfOffice: away })],
				config,
			);
			expect(noBackup.routing.rep?.id).toBe('ana');
			expect(noBackup.routing.warnings).toContain(
				"Olga has no backup in the roster: the tier's reps instead",
			);
		});

		it('an owner at a cap counts as unavailable, and the cap is never exceeded', async () => {
			const reps = [
				rep({ id: 'ana' }),
				rep({ id: 'olga', email: 'olga@ourco.com', maxOpenLeads: 1 }),
			];
			const config = withRules(ownerRules('pool'));
			expect((await route(acmeLead, reps, config)).routing.rep?.id).toBe('olga');
			const second = await route(acmeLead, reps, config);
			expect(second.routing.rep?.id).toBe('ana');
			expect(second.routing.audit.map((line) => line.reason)).toContain(
				'Olga: at maxOpenLeads (1)',
			);
			expect((await store.counts(['olga', 'ana'], '2026-11-25')).olga.openLeads).toBe(1);
		});

		it('an owner who is not in the roster, or no match: routed by the rules, said in the audit', async () => {
			const reps = [rep({ id: 'ana' })];
			const globex = await route(
				{ ...acmeLead, email: 'x@globex.de' },
				reps,
				withRules(ownerRules('waitForOwner')),
			);
			expect(globex.routing.rep?.id).toBe('ana');
			expect(globex.routing.audit[1].reason).toBe(
				'"globex gmbh" (known record 2, matched on domain globex[.]de) is owned by "zed nobody", who is not in the roster: routed by the rules',
			);
			const none = await route(otherLead, reps, withRules(ownerRules('waitForOwner')));
			expect(none.routing.audit[1].reason).toBe(
				'No known contact or account matches the lead (2 known)',
			);
		});

		it('a re-route that excludes the owner goes to the tier', async () => {
			const reps = [rep({ id: 'ana' }), rep({ id: 'olga', email: 'olga@ourco.com' })];
			const decision = await route(acmeLead, reps, withRules(ownerRules('waitForOwner')), {
				excludeRepIds: ['olga'],
			});
			expect(decision.routing.rep?.id).toBe('ana');
		});
	});

	describe('duplicates across stages', () => {
		const identity = (executionId: string) => ({
			id: `lead-${executionId}`,
			duplicateKey: 'hash-of-kim',
			windowMs: 3_600_000,
			executionId,
			itemIndex: 0,
			keyField: 'email',
		});

		it('a resubmission of a lead that fell through to the tier keeps that rep and is counted once', async () => {
			const reps = [
				rep({ id: 'ana' }),
				rep({ id: 'ben' }),
				rep({ id: 'olga', email: 'olga@ourco.com', outOfOffice: away }),
			];
			const config = withRules(ownerRules('pool'));
			const first = await route(acmeLead, reps, config, { identity: identity('1') });
			expect(first.routing.rep?.id).toBe('ana');
			const again = await route(acmeLead, reps, config, {
				identity: identity('2'),
				at: AT + 60_000,
			});
			expect(again.output).toBe('duplicate');
			expect(again.routing).toMatchObject({
				rep: { id: 'ana' },
				tier: 'closers',
				leadId: 'lead-1',
			});
			const replay = await route(acmeLead, reps, config, { identity: identity('1') });
			expect(replay.output).toBe('assigned');
			expect(replay.routing.duplicateOf?.replay).toBe(true);
			expect(await store.counts(['ana', 'ben', 'olga'], '2026-11-25')).toEqual({
				ana: { openLeads: 1, leadsToday: 1 },
				ben: { openLeads: 0, leadsToday: 0 },
				olga: { openLeads: 0, leadsToday: 0 },
			});
		});

		it('a resubmission of a lead held for its owner is a duplicate with no second SMS', async () => {
			const reps = [
				rep({ id: 'ana' }),
				rep({ id: 'olga', email: 'olga@ourco.com', outOfOffice: away }),
			];
			const config = withRules(ownerRules('waitForOwner'));
			expect((await route(acmeLead, reps, config, { identity: identity('1') })).output).toBe(
				'noCapacity',
			);
			const again = await route(acmeLead, reps, config, { identity: identity('2') });
			expect(again.output).toBe('duplicate');
			expect(again.routing).toMatchObject({ status: 'no_capacity', rep: null, tier: 'closers' });
			expect(again.routing.sms).toBeUndefined();
		});

		it("concurrent submissions of owned and other leads never pass the owner's cap, and each lead is counted once", async () => {
			const reps = [
				rep({ id: 'ana' }),
				rep({ id: 'ben' }),
				rep({ id: 'olga', email: 'olga@ourco.com', maxOpenLeads: 3 }),
			];
			const config = withRules(ownerRules('pool'));
			const leads = Array.from({ length: 24 }, (_, i) => ({
				lead: i % 2 ? acmeLead : otherLead,
				key: `k${i % 12}`,
				i,
			}));
			const decisions = await Promise.all(
				leads.map(({ lead, key, i }) =>
					route(lead, reps, config, {
						identity: {
							id: `l${i}`,
							duplicateKey: `${key}-${lead === acmeLead ? 'a' : 'o'}`,
							windowMs: 3_600_000,
							executionId: `e${i}`,
							itemIndex: 0,
						},
					}),
				),
			);
			const assigned = decisions.filter((decision) => decision.output === 'assigned');
			const counts = await store.counts(['ana', 'ben', 'olga'], '2026-11-25');
			expect(counts.olga.openLeads).toBe(3);
			expect(counts.ana.openLeads + counts.ben.openLeads + counts.olga.openLeads).toBe(
				assigned.length,
			);
			// 12 distinct keys, each submitted twice: 12 assigned, 12 duplicates with the same rep.
			expect(assigned).toHaveLength(12);
			const repOf = new Map(
				assigned.map((decision) => [decision.routing.leadId, decision.routing.rep?.id]),
			);
			for (const duplicate of decisions.filter((decision) => decision.output === 'duplicate'))
				expect(duplicate.routing.rep?.id).toBe(repOf.get(duplicate.routing.leadId));
		});
	});

	describe('territories', () => {
		const rules = parseTerritoryRules([
			{ name: 'EMEA enterprise', countries: 'EMEA', minEmployees: 500, tier: 'enterprise-emea' },
			{ name: 'North America', countries: 'NA', tier: 'closers' },
		]).rules;
		const reps = [
			rep({ id: 'ana' }),
			rep({ id: 'eva', tiers: ['enterprise-emea'], timeZone: 'Europe/Berlin' }),
		];

		it('the first matching rule picks the tier, named in the audit and on the item', async () => {
			const decision = await route(
				{ ...otherLead, phone: '+49 30 901820' },
				reps,
				withRules({ territories: rules }),
				{ facts: { employees: '1,001-5,000' } },
			);
			expect(decision.routing).toMatchObject({
				tier: 'enterprise-emea',
				rep: { id: 'eva' },
				rules: { territory: { rule: 'EMEA enterprise', tier: 'enterprise-emea', country: 'DE' } },
			});
			expect(decision.routing.audit.find((line) => line.decision === 'territory')?.reason).toBe(
				'Territory rule "EMEA enterprise" matched (country DE (from the phone number)): tier "enterprise-emea"',
			);
		});

		it("no rule matching: the path's tier", async () => {
			const decision = await route(otherLead, reps, withRules({ territories: rules }), {
				facts: { country: 'Japan' },
			});
			expect(decision.routing).toMatchObject({
				tier: 'closers',
				rep: { id: 'ana' },
				rules: { territory: { rule: null, country: 'JP' } },
			});
		});
	});

	describe('language and skills', () => {
		const spanish = {
			...hotIntent,
			signals: [{ type: 'budget', language: 'es', strength: 0.9 }],
		} as unknown as IntentResult;
		const reps = [
			rep({ id: 'ana' }),
			rep({ id: 'ben', languages: ['en', 'Spanish'], skills: ['payroll'] }),
			rep({ id: 'cy', languages: ['es'] }),
		];

		it("prefers reps who speak the classifier's language, in their own rotation", async () => {
			const config = withRules({ language: { fallback: 'anyRep', teamLanguage: 'en' } });
			const picks = [];
			for (let i = 0; i < 3; i++)
				picks.push((await route(otherLead, reps, config, { intent: spanish })).routing.rep?.id);
			expect(picks).toEqual(['ben', 'cy', 'ben']);
			const english = await route(otherLead, reps, config);
			expect(english.routing.rep?.id).toBe('ana');
		});

		it('any rep when no speaker can take it; hold for a speaker when asked to', async () => {
			const busy = reps.map((entry) =>
				entry.id === 'ana' ? entry : { ...entry, outOfOffice: away },
			);
			const anyRep = await route(
				otherLead,
				busy,
				withRules({ language: { fallback: 'anyRep', teamLanguage: 'en' } }),
				{ intent: spanish },
			);
			expect(anyRep.routing.rep?.id).toBe('ana');
			expect(anyRep.routing.rules?.language).toEqual({
				language: 'es',
				source: 'classifier',
				speakers: 2,
			});
			const hold = await route(
				otherLead,
				busy,
				withRules({ language: { fallback: 'holdForMatch', teamLanguage: 'en' } }),
				{ intent: spanish },
			);
			expect(hold.output).toBe('noCapacity');
			expect(hold.routing.reason).toMatch(
				/^None of the closers reps who speak Spanish can take the lead now: Ben \(out of office\), Cy \(out of office\)\. 3 free slot/,
			);
			expect(hold.routing.nextSlots).toHaveLength(3);
			for (const slot of hold.routing.nextSlots ?? []) expect(['ben', 'cy']).toContain(slot.repId);
		});

		it('a language nobody speaks is never held for: any rep, with a warning', async () => {
			const config = withRules({ language: { fallback: 'holdForMatch', teamLanguage: 'en' } });
			const decision = await route(otherLead, reps, config, { facts: { language: 'Deutsch' } });
			expect(decision.routing.rep?.id).toBe('ana');
			expect(decision.routing.warnings).toContain(
				'No closers rep speaks German: any closers rep instead',
			);
		});

		it('skills narrow the reps the same way', async () => {
			const decision = await route(otherLead, reps, withRules({ skillFallback: 'anyRep' }), {
				facts: { skills: 'Payroll' },
			});
			expect(decision.routing).toMatchObject({
				rep: { id: 'ben' },
				rules: { skills: ['payroll'] },
			});
			expect(decision.routing.reason).toMatch(
				/^Ben \(closers reps who have payroll\) is in working hours and free, chosen by roundRobin among 1 available/,
			);
		});
	});
});
