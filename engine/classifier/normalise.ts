/**
 * One normal form for every lead field the classifier reads, made once before any matching.
 *
 * Lead fields come from anonymous web forms and webhooks: they can be numbers, objects, a
 * megabyte long, or stuffed with characters a person cannot see (zero-width spaces splitting
 * "ig\u200bnore", bidi overrides reversing what a reviewer reads). Everything downstream (lexicons,
 * stance, injection, the learned scorer) sees the same cleaned string, so a phrase cannot hide
 * from one reader and be seen by another. Every step is a single linear pass.
 */
import type { LeadFields } from '../contract';

/** Characters kept per field. A contact form's message fits in the first 8,000 characters (what comes after
 * is signatures, quoted threads or padding); identity fields are short. */
export const FIELD_CAPS = {
	text: 8_000,
	name: 200,
	company: 200,
	role: 200,
	email: 254,
} as const;

export type NormalisedField = keyof typeof FIELD_CAPS;

/** Format characters (zero-width, bidi marks and overrides, soft hyphen, BOM...) and the
 * Unicode "tag" block: invisible, and only ever there to split or disguise words. */
// eslint-disable-next-line no-misleading-character-class -- U+034F (combining grapheme joiner) is listed on its own on purpose: it is removed, not combined
const INVISIBLE = /[\p{Cf}\u{E0000}-\u{E007F}\u034F\u115F\u1160\u3164\uFFA0]/gu;
/** Control characters other than line breaks and tabs. */
// eslint-disable-next-line no-control-regex -- matching control characters is this regex's job
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const PRINTABLE_ASCII = /^[\x20-\x7e\n\t\r]*$/;
/** Typographic quotes (what phones and word processors type): the lexicons read "can't", "we're". */
const CURLY_SINGLE = /[\u2018\u2019\u201A\u201B\u02BC]/g;
const CURLY_DOUBLE = /[\u201C\u201D\u201E\u201F]/g;
/** White space other than line breaks, in runs; a lone plain space is left alone (replacing it with itself is most of the work). */
const HORIZONTAL_SPACE_RUN = /[^\S\n]{2,}|[^\S\n ]/g;
const LINE_BREAK_RUN = / ?\n[\s]*/g;
/**
 * A word spelled out letter by letter ("I G N O R E", "d-i-s-r-e-g-a-r-d"): four or more single
 * letters with one and the same separator between them. No writer spaces out an ordinary word;
 * it is done so that a phrase hides from word matching, so the word is read joined up. A dot joins
 * only from five letters on ("a.s.a.p." and "u.s.a." stay as written).
 */
const SPELLED_OUT =
	/(?<![\p{L}\p{N}])\p{L}(?:( )\p{L}(?: \p{L}){2,}|(-)\p{L}(?:-\p{L}){2,}|(_)\p{L}(?:_\p{L}){2,}|(\*)\p{L}(?:\*\p{L}){2,}|(\.)\p{L}(?:\.\p{L}){3,})(?![\p{L}\p{N}])/gu;
const MAYBE_SPELLED_OUT = /\p{L}[ \-_*.]\p{L}[ \-_*.]\p{L}[ \-_*.]\p{L}/u;
const SEPARATORS = /[ \-_*.]/g;

const joinSpelledOut = (text: string): string =>
	MAYBE_SPELLED_OUT.test(text)
		? text.replace(SPELLED_OUT, (letters) => letters.replace(SEPARATORS, ''))
		: text;

/** A string for any input shape: strings as they are, finite numbers and booleans as text, anything else empty. */
export function fieldToString(value: unknown): string {
	if (typeof value === 'string') return value;
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
	if (typeof value === 'boolean' || typeof value === 'bigint') return String(value);
	return '';
}

/**
 * NFKC (full-width and compatibility letters become plain ones), invisible and control
 * characters removed, typographic quotes made plain, white-space runs collapsed (a line break survives as one "\n"), trimmed,
 * and capped. The raw value is cut before normalising, so a 1 MB field costs no more than a
 * capped one.
 */
export function normaliseText(value: unknown, cap: number = FIELD_CAPS.text): string {
	const raw = fieldToString(value);
	if (raw === '') return '';
	// Invisible characters and white space shrink the text: read a little more than the cap.
	const slice = raw.length > cap * 4 ? raw.slice(0, cap * 4) : raw;
	// Printable ASCII (most leads) has nothing for NFKC, invisible or control removal to do.
	let text = PRINTABLE_ASCII.test(slice)
		? slice
		: slice
				.normalize('NFKC')
				.replace(INVISIBLE, '')
				.replace(CONTROL, ' ')
				.replace(CURLY_SINGLE, "'")
				.replace(CURLY_DOUBLE, '"');
	// Spelled-out words are joined before and after white space is collapsed: before, so that
	// wider gaps between spelled-out words keep them apart ("i g n o r e   p r e v i o u s"
	// reads "ignore previous", not "ignoreprevious"); after, for letters spaced wider ("i  g  n").
	text = joinSpelledOut(text).replace(HORIZONTAL_SPACE_RUN, ' ');
	if (text.includes('\n')) text = text.replace(LINE_BREAK_RUN, '\n');
	text = joinSpelledOut(text);
	text = text.trim();
	if (text.length > cap) {
		text = text.slice(0, cap);
		// Never end on half of a surrogate pair.
		const last = text.charCodeAt(text.length - 1);
		if (last >= 0xd800 && last <= 0xdbff) text = text.slice(0, -1);
	}
	return text;
}

/**
 * The lead as the classifier reads it: every free-text field normalised and capped; other
 * fields (phone, dates, time zone) kept as strings when they are strings.
 */
export function normaliseLead(
	lead: Partial<Record<keyof LeadFields, unknown>> | null | undefined,
): LeadFields {
	const source = lead && typeof lead === 'object' ? lead : {};
	const normalised: LeadFields = { text: normaliseText(source.text, FIELD_CAPS.text) };
	for (const field of ['name', 'company', 'role', 'email'] as const) {
		const value = normaliseText(source[field], FIELD_CAPS[field]);
		if (value) normalised[field] = value;
	}
	for (const field of ['phone', 'source', 'submittedAt', 'timeZone'] as const) {
		const value = fieldToString(source[field]).slice(0, 200);
		if (value) normalised[field] = value;
	}
	return normalised;
}
