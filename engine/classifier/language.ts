/**
 * Which language a message is written in, as far as the built-in engine needs to know: one of
 * the languages its lexicons and stance families read (English, Spanish, German), or another
 * one. A lead in French or Dutch has no signal the engine can read, so its route is a guess a
 * person should check, not a confident "junk" or "nurture".
 */
import { stem } from './scorer/features';

/**
 * Function words that mark a language. Words shared with a language the engine reads ("de",
 * "la", "con", "die") are left out, and so is chat shorthand that looks like one ("em", "na",
 * "oi", "wat"): an English text message must not read as Portuguese.
 */
const MARKERS: Record<string, string> = {
	en: 'the and we our you your is are to of for with this that it have my me be can will would please hi hello thanks what how not at from us an on am was just so if but',
	es: 'que los las para una con por del el mi su es y nuestro nuestra nosotros hola gracias somos tenemos necesitamos queremos pero como más muy este esta estamos lo al',
	de: 'und der die das wir sie ist sind nicht mit für ein eine einen ich auf zu von den dem uns unser unsere ihr ihre bitte danke hallo guten tag auch haben wie kann können wäre würde sehr oder noch schon',
	fr: "les des est nous vous avec dans sur pas je notre nos votre vos qui mais très aussi bonjour merci sommes êtes avons une et au aux ce cette c'est j'ai ou où pour pouvez serait souhaitons aimerions cherchons salut oui chez leur leurs été être avoir fait faire",
	pt: 'não você vocês nós uma os é são somos nossa nosso nossos obrigado obrigada olá está estou também muito sua seu ao pelo pela isso essa esse vou tenho temos gostaria gostaríamos até hoje amanhã então',
	it: 'il gli della delle dei degli sono siamo vorremmo vorrei nostro nostra nostri vostro vostra grazie buongiorno buonasera anche molto questo questa che non è ciao alla alle nel nella abbiamo avete potete potreste di sul essere tutto oggi domani',
	nl: 'het een van wij ons onze jullie zijn voor met niet ook graag bedankt naar bij kunnen ik hebben wordt zoeken goedemiddag goedemorgen goedendag dank wel dit deze zou willen heeft mijn uw op aan om',
};

/** The languages the lexicons and stance families read. */
const READ = new Set(['en', 'es', 'de']);

export const LANGUAGE_NAMES: Record<string, string> = {
	fr: 'French',
	pt: 'Portuguese',
	it: 'Italian',
	nl: 'Dutch',
};

const LANGUAGES = Object.keys(MARKERS);
const READ_BITS = LANGUAGES.reduce(
	(bits, language, bit) => (READ.has(language) ? bits | (1 << bit) : bits),
	0,
);

/** Stemmed marker word -> a bit per language it marks. */
const LANGUAGE_BITS = new Map<string, number>();
LANGUAGES.forEach((language, bit) => {
	for (const word of MARKERS[language].split(' ')) {
		const key = stem(word);
		LANGUAGE_BITS.set(key, (LANGUAGE_BITS.get(key) ?? 0) | (1 << bit));
	}
});

/** At least this many marker words of one unread language, and more than twice those of any read one. */
const MIN_MARKERS = 3;
/** A message shows its language in its first sentences: the rest is not read for it. */
const TOKENS_READ = 60;

/**
 * The unread language a message is written in ("fr", "pt", "it", "nl"), or null when it reads as
 * English, Spanish or German, or shows too few function words to tell. `tokens` are
 * tokensOf(the message's skeleton).
 */
export function unreadLanguageOf(tokens: readonly string[]): string | null {
	const counts = new Int32Array(LANGUAGES.length);
	let any = 0;
	const read = Math.min(tokens.length, TOKENS_READ);
	for (let i = 0; i < read; i++) {
		const bits = LANGUAGE_BITS.get(tokens[i]);
		if (bits === undefined) continue;
		any |= bits;
		for (let bit = 0; bit < counts.length; bit++) if (bits & (1 << bit)) counts[bit]++;
	}
	// Only words of the read languages (or none at all): the common case ends here.
	if ((any & ~READ_BITS) === 0) return null;
	let best = -1;
	let readMost = 0;
	for (let bit = 0; bit < counts.length; bit++) {
		if (READ_BITS & (1 << bit)) readMost = Math.max(readMost, counts[bit]);
		else if (best < 0 || counts[bit] > counts[best]) best = bit;
	}
	return counts[best] >= MIN_MARKERS && counts[best] > 2 * readMost ? LANGUAGES[best] : null;
}
