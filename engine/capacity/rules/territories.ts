import { countryOfPhone, expandCountries, normaliseCountry } from './countries';
import { comparableKey, listOf } from './keys';

/** One ordered territory rule: every condition it sets must hold; the first rule that matches wins. */
export interface TerritoryRule {
	name: string;
	/** ISO codes, country names or regions ("EMEA", "DACH", "NA"); empty: any country. */
	countries: Set<string>;
	/** States or provinces ("CA", "California", "Bavaria"); empty: any. */
	regions: Set<string>;
	minEmployees?: number;
	maxEmployees?: number;
	/** Industries, without case; "software*" matches every industry starting with "software". */
	industries: string[];
	/** Paths the rule applies to ("hot"); empty: every routed path. */
	paths: string[];
	/** The tier (pool of reps) the lead goes to. */
	tier: string;
}

export interface TerritoryRuleInput {
	name?: unknown;
	countries?: unknown;
	regions?: unknown;
	minEmployees?: unknown;
	maxEmployees?: unknown;
	industries?: unknown;
	paths?: unknown;
	tier?: unknown;
}

/** What a lead brings to territory rules; values straight from the form or CRM, any type. */
export interface TerritoryLead {
	path: string;
	country?: unknown;
	/** Read when `country` is empty or unknown: the calling code's country. */
	phone?: unknown;
	region?: unknown;
	/** A number or a range as forms and enrichment write it: 250, "201-500", "1,001-5,000", "10k+". */
	employees?: unknown;
	industry?: unknown;
}

export interface TerritoryDecision {
	/** The rule that matched; undefined: the default applied. */
	rule?: TerritoryRule;
	tier: string;
	country: string;
	/** Where the country came from. */
	countrySource: 'field' | 'phone' | 'none';
	reason: string;
}

/** US states and Canadian provinces by code, so "CA" and "California" are one region. */
const REGION_NAMES: Record<string, string> = {
	al: 'alabama',
	ak: 'alaska',
	az: 'arizona',
	ar: 'arkansas',
	ca: 'california',
	co: 'colorado',
	ct: 'connecticut',
	de: 'delaware',
	dc: 'district of columbia',
	fl: 'florida',
	ga: 'georgia',
	hi: 'hawaii',
	id: 'idaho',
	il: 'illinois',
	in: 'indiana',
	ia: 'iowa',
	ks: 'kansas',
	ky: 'kentucky',
	la: 'louisiana',
	me: 'maine',
	md: 'maryland',
	ma: 'massachusetts',
	mi: 'michigan',
	mn: 'minnesota',
	ms: 'mississippi',
	mo: 'missouri',
	mt: 'montana',
	ne: 'nebraska',
	nv: 'nevada',
	nh: 'new hampshire',
	nj: 'new jersey',
	nm: 'new mexico',
	ny: 'new york',
	nc: 'north carolina',
	nd: 'north dakota',
	oh: 'ohio',
	ok: 'oklahoma',
	or: 'oregon',
	pa: 'pennsylvania',
	ri: 'rhode island',
	sc: 'south carolina',
	sd: 'south dakota',
	tn: 'tennessee',
	tx: 'texas',
	ut: 'utah',
	vt: 'vermont',
	va: 'virginia',
	wa: 'washington',
	wv: 'west virginia',
	wi: 'wisconsin',
	wy: 'wyoming',
	ab: 'alberta',
	bc: 'british columbia',
	mb: 'manitoba',
	nb: 'new brunswick',
	nl: 'newfoundland and labrador',
	ns: 'nova scotia',
	on: 'ontario',
	pe: 'prince edward island',
	qc: 'quebec',
	sk: 'saskatchewan',
};

function regionKey(value: unknown): string {
	const key = comparableKey(value)
		.normalize('NFD')
		.replace(/\p{M}+/gu, '')
		.replace(/[.]/g, '');
	return Object.prototype.hasOwnProperty.call(REGION_NAMES, key) ? REGION_NAMES[key] : key;
}

const MULTIPLIERS: Record<string, number> = { '': 1, k: 1_000, m: 1_000_000 };

/** A company size as [lowest, highest] employees; undefined when it is not one. */
export function employeeRange(value: unknown): [number, number] | undefined {
	if (typeof value === 'number')
		return Number.isFinite(value) && value >= 0 ? [value, value] : undefined;
	const text = comparableKey(value)
		.replace(/(\d)[,.\s](?=\d{3}\b)/g, '$1')
		.replace(/employees?|mitarbeiter|empleados/g, '')
		.trim();
	const match =
		/^(\d{1,9})\s*([km]?)\s*(?:(\+|or more|and more)|(?:-|–|to|bis|a)\s*(\d{1,9})\s*([km]?))?$/.exec(
			text,
		);
	if (!match) return undefined;
	const low = Number(match[1]) * MULTIPLIERS[match[2]];
	if (match[3]) return [low, Number.POSITIVE_INFINITY];
	const high = match[4] !== undefined ? Number(match[4]) * MULTIPLIERS[match[5]] : low;
	return high >= low ? [low, high] : undefined;
}

const optionalCount = (value: unknown): number | undefined | null => {
	if (value === undefined || value === null || value === '') return undefined;
	const number = typeof value === 'number' ? value : Number(comparableKey(value));
	return Number.isFinite(number) && number >= 0 ? number : null;
};

/** Rules from the node's form or a list, in order; one message per rule that cannot work. */
export function parseTerritoryRules(input: unknown): {
	rules: TerritoryRule[];
	problems: string[];
} {
	const rules: TerritoryRule[] = [];
	const problems: string[] = [];
	if (input !== undefined && input !== null && !Array.isArray(input))
		return { rules, problems: ['Territory rules must be a list'] };
	(input ?? []).forEach((raw: unknown, index: number) => {
		const entry = (raw && typeof raw === 'object' ? raw : {}) as TerritoryRuleInput;
		const name = comparableKey(entry.name)
			? String(entry.name).trim().slice(0, 120)
			: `Rule ${index + 1}`;
		const issues: string[] = [];
		const tier = comparableKey(entry.tier);
		if (!tier) issues.push('no tier to send leads to');
		const { codes, unknown } = expandCountries(listOf(entry.countries));
		if (unknown.length)
			issues.push(`unknown countries or regions: ${unknown.slice(0, 5).join(', ')}`);
		const minEmployees = optionalCount(entry.minEmployees);
		const maxEmployees = optionalCount(entry.maxEmployees);
		if (minEmployees === null || maxEmployees === null)
			issues.push('employee counts must be numbers of 0 or more');
		else if (
			minEmployees !== undefined &&
			maxEmployees !== undefined &&
			maxEmployees < minEmployees
		)
			issues.push(`max employees ${maxEmployees} is below min employees ${minEmployees}`);
		if (issues.length) {
			problems.push(`Territory rule ${index + 1} (${name}): ${issues.join('; ')}`);
			return;
		}
		rules.push({
			name,
			countries: codes,
			regions: new Set(listOf(entry.regions).map(regionKey)),
			minEmployees: minEmployees ?? undefined,
			maxEmployees: maxEmployees ?? undefined,
			industries: listOf(entry.industries),
			paths: listOf(entry.paths),
			tier,
		});
	});
	return { rules, problems };
}

/** The lead's country: the form field when it names one, else the phone number's calling code. */
export function leadCountry(
	lead: Pick<TerritoryLead, 'country' | 'phone'>,
	defaultPhoneCountry?: string,
): { country: string; source: TerritoryDecision['countrySource'] } {
	const fromField = normaliseCountry(lead.country);
	if (fromField) return { country: fromField, source: 'field' };
	const fromPhone = countryOfPhone(lead.phone, defaultPhoneCountry);
	return fromPhone ? { country: fromPhone, source: 'phone' } : { country: '', source: 'none' };
}

function industryMatches(patterns: string[], industry: string): boolean {
	return patterns.some((pattern) =>
		pattern.endsWith('*') ? industry.startsWith(pattern.slice(0, -1).trim()) : industry === pattern,
	);
}

/** Why a rule does not fit the lead, or undefined when it does. */
function mismatch(rule: TerritoryRule, lead: TerritoryLead, country: string): string | undefined {
	if (rule.paths.length && !rule.paths.includes(comparableKey(lead.path))) return 'path';
	if (rule.countries.size && !rule.countries.has(country)) return 'country';
	if (rule.regions.size && !rule.regions.has(regionKey(lead.region))) return 'region';
	if (rule.minEmployees !== undefined || rule.maxEmployees !== undefined) {
		const range = employeeRange(lead.employees);
		if (!range) return 'company size';
		if (rule.minEmployees !== undefined && range[0] < rule.minEmployees) return 'company size';
		if (rule.maxEmployees !== undefined && range[1] > rule.maxEmployees) return 'company size';
	}
	if (rule.industries.length && !industryMatches(rule.industries, comparableKey(lead.industry)))
		return 'industry';
	return undefined;
}

/**
 * The first rule whose conditions all hold picks the tier; none does: the path's own tier.
 * The reason names the rule, or says the default applied.
 */
export function matchTerritory(
	rules: TerritoryRule[],
	lead: TerritoryLead,
	defaultTier: string,
	defaultPhoneCountry?: string,
): TerritoryDecision {
	const { country, source } = leadCountry(lead, defaultPhoneCountry);
	const countryNote = country
		? `country ${country}${source === 'phone' ? ' (from the phone number)' : ''}`
		: 'no known country';
	for (const rule of rules) {
		if (mismatch(rule, lead, country)) continue;
		return {
			rule,
			tier: rule.tier,
			country,
			countrySource: source,
			reason: `Territory rule "${rule.name}" matched (${countryNote}): tier "${rule.tier}"`,
		};
	}
	const reason = rules.length
		? `No territory rule matched (${countryNote}): the path's tier "${defaultTier}"`
		: `The path's tier "${defaultTier}"`;
	return { tier: defaultTier, country, countrySource: source, reason };
}
