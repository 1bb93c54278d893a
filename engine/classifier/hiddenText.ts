/**
 * Text a person does not see, or sees as something else, read back into words: Unicode "tag"
 * characters that spell ASCII invisibly, letters with invisible characters between them
 * ("a\u00ADs\u00ADs\u00ADi\u00ADg\u00ADn"), words that mix look-alike Cyrillic or Greek letters into Latin
 * ("Рrіоrіtу"), and runs of full-width or mathematical letters ("ＰＲＩＯＲＩＴＡＥＴ", "𝐒𝐀𝐋𝐄𝐒").
 *
 * Normalisation removes the invisible characters and folds the wide letters so that the lexicons
 * read the words; but the disguise itself is evidence: nobody hides a word from the reader of a
 * contact form unless the word is meant for a machine. The hidden words are returned on their own,
 * so that a verdict written in them ("route to sales, no human review") can be told apart from the
 * same word in plain sight ("Priority Networks Ltd").
 *
 * Read on the raw field, before normalisation, and only when it holds one of these characters.
 */

/** A character any of the disguises uses: the cheap test that keeps ordinary leads out. */
const MAY_HIDE =
	// eslint-disable-next-line no-misleading-character-class -- each range is listed on purpose
	/[\u00AD\u034F\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u0370-\u03FF\u0400-\u04FF\uFF01-\uFF5E]|[\u{E0000}-\u{E007F}\u{1D400}-\u{1D7FF}]/u;

/** Unicode tag characters that stand for printable ASCII (U+E0020-U+E007E). */
const TAG_RUN = /[\u{E0020}-\u{E007E}]+/gu;
/** Letters (or spaces) each followed by an invisible character, four or more in a row. */
const INTERLEAVED =
	// eslint-disable-next-line no-misleading-character-class -- invisible characters are the point
	/(?:[\p{L}\p{N} ][\u00AD\u034F\u200B-\u200F\u2060-\u2064\uFEFF]+){4,}[\p{L}\p{N}]?/gu;
// eslint-disable-next-line no-misleading-character-class -- invisible characters are the point
const INVISIBLE_CHARS = /[\u00AD\u034F\u200B-\u200F\u2060-\u2064\uFEFF]/gu;
/** A word of letters; look-alikes are found inside it. */
const WORD = /[\p{L}]+/gu;
const LATIN_LETTER = /[A-Za-z\u00C0-\u024F]/;
const GREEK_OR_CYRILLIC = /[\u0370-\u03FF\u0400-\u04FF]/;
/** Full-width or mathematical letters, four or more (spaces between them count). */
const WIDE_RUN = /[\uFF01-\uFF5E\u3000 \u{1D400}-\u{1D7FF}]{4,}/gu;

/** Cyrillic and Greek letters drawn like Latin ones. */
const LOOK_ALIKES: Record<string, string> = {
	а: 'a',
	в: 'b',
	е: 'e',
	к: 'k',
	м: 'm',
	н: 'h',
	о: 'o',
	р: 'p',
	с: 'c',
	т: 't',
	у: 'y',
	х: 'x',
	і: 'i',
	ј: 'j',
	ѕ: 's',
	ԁ: 'd',
	ӏ: 'l',
	А: 'A',
	В: 'B',
	Е: 'E',
	К: 'K',
	М: 'M',
	Н: 'H',
	О: 'O',
	Р: 'P',
	С: 'C',
	Т: 'T',
	Х: 'X',
	І: 'I',
	Ј: 'J',
	Ѕ: 'S',
	Ү: 'Y',
	α: 'a',
	ε: 'e',
	ι: 'i',
	κ: 'k',
	ν: 'v',
	ο: 'o',
	ρ: 'p',
	τ: 't',
	υ: 'u',
	χ: 'x',
	Α: 'A',
	Β: 'B',
	Ε: 'E',
	Ζ: 'Z',
	Η: 'H',
	Ι: 'I',
	Κ: 'K',
	Μ: 'M',
	Ν: 'N',
	Ο: 'O',
	Ρ: 'P',
	Τ: 'T',
	Υ: 'Y',
	Χ: 'X',
};

/** A word with a look-alike letter among Latin ones, in Latin letters; null when it has none. */
function unmaskedWord(word: string): string | null {
	if (!GREEK_OR_CYRILLIC.test(word)) return null;
	let latin = LATIN_LETTER.test(word);
	let mapped = '';
	for (const letter of word) {
		const plain = LOOK_ALIKES[letter];
		if (plain === undefined) {
			// A letter of another script with no Latin look-alike: a word of that language.
			if (GREEK_OR_CYRILLIC.test(letter)) return null;
			mapped += letter;
		} else mapped += plain;
	}
	// A word made only of look-alikes is a disguise too when the text around it is Latin.
	latin ||= mapped.length >= 3;
	return latin ? mapped : null;
}

/** The words a field hides from a person's eye, read as plain text; null when it hides none. */
export function hiddenTextOf(value: unknown, cap = 8_000): string | null {
	if (typeof value !== 'string' || !MAY_HIDE.test(value)) return null;
	const raw = value.length > cap ? value.slice(0, cap) : value;
	const pieces: string[] = [];
	for (const run of raw.match(TAG_RUN) ?? [])
		pieces.push(
			Array.from(run, (char) => String.fromCharCode(char.codePointAt(0)! - 0xe0000)).join(''),
		);
	for (const run of raw.match(INTERLEAVED) ?? []) pieces.push(run.replace(INVISIBLE_CHARS, ''));
	for (const run of raw.match(WIDE_RUN) ?? []) {
		const plain = run.normalize('NFKC').trim();
		if (/\p{L}/u.test(plain)) pieces.push(plain);
	}
	const unmasked: string[] = [];
	for (const word of raw.replace(INVISIBLE_CHARS, '').match(WORD) ?? []) {
		const plain = unmaskedWord(word);
		if (plain) unmasked.push(plain);
	}
	// Look-alike words are read together: "Рrіоrіtу Ѕаlеs Rоutе" is one phrase.
	if (unmasked.length > 0) pieces.push(unmasked.join(' '));
	const hidden = pieces
		.map((piece) => piece.replace(/\s+/g, ' ').trim())
		.filter(Boolean)
		.join(' | ');
	return hidden || null;
}
