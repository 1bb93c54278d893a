import { cleanLeadText } from '../../encode';

/**
 * Longest key kept from one value. Emails, domains and company names are far shorter; a 1 MB
 * field is read up to a bounded prefix by cleanLeadText, so matching costs the same whatever
 * the input's size.
 */
export const KEY_LIMIT = 320;

/**
 * A value as a comparable key: visible text only (zero-width, bidi and control characters
 * gone, wrong types made text or empty), NFKC so full-width and compatibility forms compare
 * equal, lower case, one space between words.
 */
export function comparableKey(value: unknown): string {
	return cleanLeadText(value, KEY_LIMIT)
		.normalize('NFKC')
		.toLowerCase()
		.replace(/\s+/g, ' ')
		.trim();
}

/** A list from a sheet cell, a form field or an array: "es, de", ["es", "de"], "es;de". */
export function listOf(value: unknown): string[] {
	const entries = Array.isArray(value)
		? value.slice(0, 200)
		: comparableKey(value).split(/[,;|\n]/);
	return entries.map(comparableKey).filter(Boolean);
}
