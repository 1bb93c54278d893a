import { getCountries, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';

import { comparableKey } from './keys';

/**
 * Regions sales teams name in territory rules, as ISO 3166-1 alpha-2 codes. A rule may list a
 * region where it would list a country.
 */
const EUROPE =
	'AD AL AT BA BE BG BY CH CY CZ DE DK EE ES FI FO FR GB GG GI GR HR HU IE IM IS IT JE LI LT LU LV MC MD ME MK MT NL NO PL PT RO RS RU SE SI SK SM UA VA XK'.split(
		' ',
	);
const MIDDLE_EAST = 'AE BH EG IL IQ IR JO KW LB OM PS QA SA SY TR YE'.split(' ');
const AFRICA =
	'AO BF BI BJ BW CD CF CG CI CM CV DJ DZ ER ET GA GH GM GN GQ GW KE KM LR LS LY MA MG ML MR MU MW MZ NA NE NG RW SC SD SL SN SO SS ST SZ TD TG TN TZ UG ZA ZM ZW'.split(
		' ',
	);
const LATIN_AMERICA = 'AR BO BR BZ CL CO CR CU DO EC GT HN HT JM MX NI PA PE PR PY SV UY VE'.split(
	' ',
);
const ASIA_PACIFIC =
	'AU BD BN BT CN FJ HK ID IN JP KH KR LA LK MM MN MO MV MY NP NZ PG PH PK SG TH TL TW VN'.split(
		' ',
	);
export const REGION_GROUPS: Record<string, string[]> = {
	emea: [...EUROPE, ...MIDDLE_EAST, ...AFRICA],
	europe: EUROPE,
	eu: 'AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK'.split(' '),
	dach: ['DE', 'AT', 'CH'],
	benelux: ['BE', 'NL', 'LU'],
	nordics: ['DK', 'FI', 'IS', 'NO', 'SE'],
	uki: ['GB', 'IE'],
	mena: [...MIDDLE_EAST, 'DZ', 'LY', 'MA', 'TN'],
	africa: AFRICA,
	amer: ['US', 'CA', ...LATIN_AMERICA],
	americas: ['US', 'CA', ...LATIN_AMERICA],
	na: ['US', 'CA'],
	namer: ['US', 'CA'],
	'north america': ['US', 'CA'],
	latam: LATIN_AMERICA,
	apac: ASIA_PACIFIC,
	anz: ['AU', 'NZ'],
};

/** Names people type that are not the English, German, Spanish or French short names. */
const COUNTRY_ALIASES: Record<string, string> = {
	uk: 'GB',
	'great britain': 'GB',
	britain: 'GB',
	england: 'GB',
	scotland: 'GB',
	wales: 'GB',
	'northern ireland': 'GB',
	usa: 'US',
	'u.s.': 'US',
	'u.s.a.': 'US',
	america: 'US',
	'united states of america': 'US',
	uae: 'AE',
	holland: 'NL',
	'the netherlands': 'NL',
	'south korea': 'KR',
	korea: 'KR',
	'czech republic': 'CZ',
	russia: 'RU',
	türkiye: 'TR',
};

/**
 * Current countries: the ones with a calling code. Intl also names groups ("EU", "UN") and
 * withdrawn codes under today's names ("DD" is Germany, "UK" the United Kingdom).
 */
const COUNTRY_CODES: ReadonlySet<string> = new Set(getCountries());

let countryNames: Map<string, string> | undefined;

/** Country names in English, German, Spanish and French (Intl's tables), built on first use. */
function countryNameIndex(): Map<string, string> {
	if (countryNames) return countryNames;
	countryNames = new Map(Object.entries(COUNTRY_ALIASES));
	const displays = ['en', 'de', 'es', 'fr'].map(
		(locale) => new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' }),
	);
	for (const code of COUNTRY_CODES) {
		for (const display of displays) {
			const name = display.of(code);
			if (name && !countryNames.has(comparableKey(name)))
				countryNames.set(comparableKey(name), code);
		}
	}
	return countryNames;
}

/** An ISO 3166-1 alpha-2 code from "DE", "de", "Germany", "Deutschland", "España", "USA"; empty when unknown. */
export function normaliseCountry(value: unknown): string {
	const key = comparableKey(value).replace(/\s*\.\s*$/, '');
	if (!key) return '';
	if (/^[a-z]{2}$/.test(key)) {
		const code = key === 'uk' ? 'GB' : key.toUpperCase();
		return COUNTRY_CODES.has(code) ? code : '';
	}
	return countryNameIndex().get(key) ?? '';
}

/** The country of a phone number's calling code (+49 -> DE; +1 by area code, US or CA). */
export function countryOfPhone(value: unknown, defaultCountry?: string): string {
	const text = comparableKey(value).slice(0, 40);
	if (!text) return '';
	try {
		const fallback =
			defaultCountry && /^[A-Z]{2}$/.test(defaultCountry)
				? (defaultCountry as CountryCode)
				: undefined;
		return parsePhoneNumberFromString(text, fallback)?.country ?? '';
	} catch {
		return '';
	}
}

/** Codes a rule's country list stands for: countries and region names ("EMEA", "DACH"). Unknown entries are returned apart. */
export function expandCountries(entries: string[]): { codes: Set<string>; unknown: string[] } {
	const codes = new Set<string>();
	const unknown: string[] = [];
	for (const entry of entries) {
		const key = comparableKey(entry);
		const group = Object.prototype.hasOwnProperty.call(REGION_GROUPS, key)
			? REGION_GROUPS[key]
			: undefined;
		const country = group ? '' : normaliseCountry(key);
		if (group) group.forEach((code) => codes.add(code));
		else if (country) codes.add(country);
		else if (key) unknown.push(entry);
	}
	return { codes, unknown };
}
