/**
 * Character classes of every UTF-16 code unit, in one 64 KB table filled once at load (a few
 * milliseconds): the engine's scans over a lead read a byte per character instead of running a
 * regular expression.
 */

/** A Unicode letter or digit (what the lexicons' Unicode word boundaries see). */
export const UNICODE_WORD = 1;
/** An ASCII \w character (what \b sees). */
export const ASCII_WORD = 2;
export const DIGIT = 4;
/**
 * A surrogate (half of an astral character) or a letter whose case folding, which /iu matches by,
 * differs from toLowerCase ("ſ" matches "s"): literal tables cannot reason about such a text.
 */
export const UNTRUSTED = 8;
/** White space, as \s matches it. */
export const WHITESPACE = 16;
/** A Unicode letter (\p{L}). */
export const LETTER = 32;

export const charFlags = new Uint8Array(65536);
{
	const letter = /\p{L}/u;
	const letterOrDigit = /[\p{L}\p{N}]/u;
	const specialFolding = new Set([
		'\u017f',
		'\u1e9b',
		'\u212a',
		'\u212b',
		'\u1e9e',
		'\u0345',
		'\u1fbe',
	]);
	for (let code = 0; code < 65536; code++) {
		const char = String.fromCharCode(code);
		let flags = 0;
		if ((code >= 0xd800 && code <= 0xdfff) || specialFolding.has(char)) flags |= UNTRUSTED;
		else if (code < 128 ? /[A-Za-z0-9]/.test(char) : letterOrDigit.test(char))
			flags |= UNICODE_WORD;
		if (/[A-Za-z0-9_]/.test(char)) flags |= ASCII_WORD;
		if (code >= 48 && code <= 57) flags |= DIGIT;
		if (/\s/.test(char)) flags |= WHITESPACE;
		if (code < 0xd800 || code > 0xdfff ? letter.test(char) : false) flags |= LETTER;
		charFlags[code] = flags;
	}
}

/** [\p{L}\p{N}] for one UTF-16 unit (a lone surrogate is neither), without a regex. */
export const isLetterOrDigit = (code: number): boolean =>
	(charFlags[code] & (UNICODE_WORD | LETTER)) !== 0;
