import { comparableKey } from './keys';

/**
 * Legal forms as the last words of a company name, written without dots and spaces ("S.A." ->
 * "sa", "Pty Ltd" -> "pty" then "ltd"). Removed from the end, repeatedly, so "Acme Holdings
 * Pty Ltd" and "ACME Holdings" compare equal. A name that is nothing but a legal form keeps it.
 */
const LEGAL_FORMS = new Set([
	'inc',
	'incorporated',
	'llc',
	'llp',
	'lp',
	'ltd',
	'limited',
	'plc',
	'co',
	'corp',
	'corporation',
	'company',
	'pty',
	'pte',
	'pvt',
	'gmbh',
	'ag',
	'kg',
	'ohg',
	'ug',
	'gbr',
	'ev',
	'se',
	'kgaa',
	'mbh',
	'haftungsbeschränkt',
	'sa',
	'sl',
	'sas',
	'sarl',
	'sau',
	'slu',
	'sca',
	'sprl',
	'srl',
	'spa',
	'sapi',
	'ltda',
	'eireli',
	'bv',
	'nv',
	'vof',
	'ab',
	'as',
	'asa',
	'oy',
	'oyj',
	'aps',
	'hf',
	'kk',
	'yk',
	'bhd',
	'sdn',
	'tbk',
	'pt',
	'ooo',
	'zao',
	'oao',
	'sp',
	'zoo',
	'spzoo',
	'kft',
	'zrt',
	'doo',
	'sro',
]);
/** Legal forms that are phrases: removed as a whole before the word-by-word pass. */
const LEGAL_PHRASES = [
	/\bgmbh\s*&\s*co\.?\s*kg$/,
	/\bs\.?\s*de\s*r\.?\s*l\.?(\s*de\s*c\.?\s*v\.?)?$/,
	/\bs\.?\s*a\.?\s*de\s*c\.?\s*v\.?$/,
	/\bsp\.?\s*z\s*o\.?\s*o\.?$/,
];

/**
 * A company name as a key: visible text, NFKC, lower case, accents kept apart from letters
 * ("Müller" and "Muller" compare equal, as CRMs are typed both ways), "&" as "and", punctuation
 * as spaces, a leading "The" and the legal form at the end removed. Empty when nothing is left.
 */
export function normaliseCompanyName(value: unknown): string {
	let text = comparableKey(value)
		.normalize('NFD')
		.replace(/\p{M}+/gu, '')
		.replace(/ß/g, 'ss');
	for (const phrase of LEGAL_PHRASES) text = text.replace(phrase, ' ');
	// Dots inside abbreviations join their letters (S.A. -> sa, B.V. -> bv) before punctuation goes.
	text = text
		.replace(/\b(\p{L})\.(?=\p{L}\b\.?)/gu, '$1')
		.replace(/&/g, ' and ')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
	const words = text.split(' ').filter(Boolean);
	if (words[0] === 'the' && words.length > 1) words.shift();
	while (words.length > 1 && LEGAL_FORMS.has(words[words.length - 1])) {
		words.pop();
		// "Smith & Co." is Smith: the "and" before a removed form goes with it.
		if (words.length > 1 && words[words.length - 1] === 'and') words.pop();
	}
	return words.join(' ');
}
