/**
 * Which language a message is written in, as far as the built-in engine needs to know: one of
 * the languages its lexicons and stance families read (English, Spanish, German), or another
 * one. A lead in French or Dutch has no signal the engine can read, so its route is a guess a
 * person should check, not a confident "junk" or "nurture".
 */
import { charFlags, LETTER } from './chars';
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
	fr: "les des est nous vous avec dans sur pas je notre nos votre vos qui mais très aussi bonjour merci sommes êtes avons une et au aux ce cette c'est j'ai ou où pour pouvez serait souhaitons aimerions cherchons salut oui chez leur leurs été être avoir fait faire bonsoir coucou cordialement madame monsieur plaît depuis aujourd'hui demain tes ils elle elles avez peux pouvons voudrais voulons besoin n'arrive t'as quoi devis entreprise prix livraison",
	pt: 'não você vocês nós uma os é são somos nossa nosso nossos obrigado obrigada olá está estou também muito sua seu ao pelo pela isso essa esse vou tenho temos gostaria gostaríamos até hoje amanhã então já minha meu quanto custa precisamos podem segue vaga mãe bom boa ganhe com pra vcs você preço quero preciso orçamento',
	it: 'il gli della delle dei degli sono siamo vorremmo vorrei nostro nostra nostri vostro vostra grazie buongiorno buonasera anche molto questo questa che non è ciao alla alle nel nella abbiamo avete potete potreste di sul essere tutto oggi domani salve più perché posso può puoi vostri vostre nostre mio ogni ancora sempre già qui quando chi quanto cordiali saluti stasera chiamami richiesta preventivo azienda prezzo prezzi dipendenti gentile gentili spettabile',
	pl: 'czy dla jest nie się że jak oraz dzień dobry proszę dziękuję możemy mamy chcemy jestem',
	tr: 've bir bu için ile merhaba teşekkürler lütfen biz siz musun misiniz',
	sv: 'och att är jag inte tack hej vill kan det som för på också mamma',
	nl: 'het een van wij ons onze jullie zijn voor met niet ook graag bedankt naar bij kunnen ik hebben wordt zoeken goedemiddag goedemorgen goedendag dank wel dit deze zou willen heeft mijn uw op aan om hoi groeten alvast straks schat geen veel nog waarom kunt kost offerte kan',
};

/** The languages the lexicons and stance families read. */
const READ = new Set(['en', 'es', 'de']);

export const LANGUAGE_NAMES: Record<string, string> = {
	fr: 'French',
	pt: 'Portuguese',
	it: 'Italian',
	nl: 'Dutch',
	pl: 'Polish',
	tr: 'Turkish',
	sv: 'Swedish',
	latin: 'a language other than English, Spanish or German',
	script: 'a script other than the Latin alphabet',
};

/** The last one has no marker words, only letters (SPELLING_MARKERS). */
const LANGUAGES = [...Object.keys(MARKERS), 'latin'];
const READ_BITS = LANGUAGES.reduce(
	(bits, language, bit) => (READ.has(language) ? bits | (1 << bit) : bits),
	0,
);

/** Stemmed marker word -> a bit per language it marks. */
const LANGUAGE_BITS = new Map<string, number>();
Object.keys(MARKERS).forEach((language, bit) => {
	for (const word of MARKERS[language].split(' ')) {
		const key = stem(word);
		LANGUAGE_BITS.set(key, (LANGUAGE_BITS.get(key) ?? 0) | (1 << bit));
	}
});

/**
 * Spellings only one unread language has, for the content words no list can hold: Italian
 * "-iamo" verbs and "-zione" nouns ("abbiamo", "posizione"), Portuguese "ão"/"çõ"/"õe" ("não",
 * "informações"), Dutch "ij" ("wij", "prijs"), French elisions ("l'ia", "qu'il", "j'aime").
 * English, Spanish and German write none of them ("Fiji" is too short to matter once among many words).
 */
const SPELLING_MARKERS: Array<[RegExp, string]> = [
	[/iamo$|zion[ei]$/, 'it'],
	[/ão|çõ|õe|ção|[áí]ve(?:l|is)$/, 'pt'],
	[/ij/, 'nl'],
	[/^(?:l|j|qu|n|c)['’][aeiouhéèêà]/, 'fr'],
	// Letters English, Spanish and German never write (Polish "ł", Turkish "ş", Nordic "å", ...).
	[/[ąęłśżźćńşğıåøæœřčšžěůőűãõçêâîôûèàùëï]/, 'latin'],
];
const SPELLING_BITS = SPELLING_MARKERS.map(
	([spelling, language]) => [spelling, 1 << LANGUAGES.indexOf(language)] as const,
);
/** Whether a word could show one of SPELLING_MARKERS (most English words cannot: one test, not five). */
const MAY_SHOW_SPELLING = /ij|iamo$|zion[ei]$|[^\p{ASCII}]|^(?:l|j|qu|n|c)['’]/u;
function spellingBitsOf(token: string): number {
	if (!MAY_SHOW_SPELLING.test(token)) return 0;
	let bits = 0;
	for (const [spelling, bit] of SPELLING_BITS) if (spelling.test(token)) bits |= bit;
	return bits;
}

/** At least this many marker words of one unread language, and more than of any read one. */
const MIN_MARKERS = 3;
/** A message shows its language in its first sentences: the rest is not read for it. */
const TOKENS_READ = 60;

/** The unread languages a message is written in, wholly or in part. */
export interface UnreadLanguage {
	/** The language the message is written in ("fr", "pt", "it", "nl"); null: English, Spanish, German, or too short to tell. */
	whole: string | null;
	/**
	 * A language the message is partly written in, beside more words of a read one ("Hello, we are
	 * a German company but I write in Italian ... Vorremmo comprare 3 macchine"); null when none.
	 */
	inPart: string | null;
}
const NO_UNREAD_LANGUAGE: UnreadLanguage = { whole: null, inPart: null };

/**
 * The unread language a message is written in, wholly or in part. `tokens` are tokensOf(the
 * message's skeleton).
 */
export function unreadLanguageOf(tokens: readonly string[], text = ''): UnreadLanguage {
	if (inOtherScript(text)) return { whole: 'script', inPart: null };
	const counts = new Int32Array(LANGUAGES.length);
	let any = 0;
	const read = Math.min(tokens.length, TOKENS_READ);
	for (let i = 0; i < read; i++) {
		const bits = (LANGUAGE_BITS.get(tokens[i]) ?? 0) | spellingBitsOf(tokens[i]);
		if (bits === 0) continue;
		any |= bits;
		for (let bit = 0; bit < counts.length; bit++) if (bits & (1 << bit)) counts[bit]++;
	}
	// Only words of the read languages (or none at all): the common case ends here.
	if ((any & ~READ_BITS) === 0) return NO_UNREAD_LANGUAGE;
	let best = -1;
	let readMost = 0;
	for (let bit = 0; bit < counts.length; bit++) {
		if (READ_BITS & (1 << bit)) readMost = Math.max(readMost, counts[bit]);
		else if (best < 0 || counts[bit] > counts[best]) best = bit;
	}
	if (counts[best] < MIN_MARKERS) return NO_UNREAD_LANGUAGE;
	if (counts[best] > readMost) return { whole: LANGUAGES[best], inPart: null };
	return { whole: null, inPart: passageInUnreadLanguage(tokens) };
}

/** A passage this many words long... */
const PASSAGE_TOKENS = 8;
/** ...with this many marker words of one unread language and at most one of a read one is written in it. */
const PASSAGE_MARKERS = 3;

/**
 * The unread language a passage of the message is written in, where a few of its words alone
 * would not tell (Spanish "les" and "nos" are French markers too; an English text message holds a
 * Dutch "op"): null when none.
 */
function passageInUnreadLanguage(tokens: readonly string[]): string | null {
	const read = Math.min(tokens.length, TOKENS_READ);
	const bitsAt = new Int32Array(read);
	for (let i = 0; i < read; i++)
		bitsAt[i] = (LANGUAGE_BITS.get(tokens[i]) ?? 0) | spellingBitsOf(tokens[i]);
	for (let start = 0; start + PASSAGE_TOKENS <= Math.max(read, PASSAGE_TOKENS); start++) {
		const counts = new Int32Array(LANGUAGES.length);
		let readWords = 0;
		for (let i = start; i < Math.min(read, start + PASSAGE_TOKENS); i++) {
			if (bitsAt[i] & READ_BITS) readWords++;
			for (let bit = 0; bit < counts.length; bit++) if (bitsAt[i] & (1 << bit)) counts[bit]++;
		}
		if (readWords > 1) continue;
		for (let bit = 0; bit < counts.length; bit++)
			if (!(READ_BITS & (1 << bit)) && counts[bit] >= PASSAGE_MARKERS) return LANGUAGES[bit];
	}
	return null;
}

/** The first characters of a message are enough to tell its script. */
const SCRIPT_CHARS_READ = 400;
/** Letters of another script (Cyrillic, Greek, Arabic, Hebrew, CJK, ...) needed, and more than twice the Latin ones. */
const MIN_OTHER_SCRIPT_LETTERS = 6;

/**
 * Whether a message is written in a script other than the Latin alphabet ("Здравствуйте",
 * "您好"): the lexicons read none of its words. Counted on the text as written, so that English
 * spelled with a few Cyrillic look-alikes still reads as Latin (the skeleton reads those).
 */
function inOtherScript(text: string): boolean {
	let latin = 0;
	let other = 0;
	const read = Math.min(text.length, SCRIPT_CHARS_READ);
	for (let i = 0; i < read; i++) {
		const code = text.charCodeAt(i);
		if (code < 0x80) {
			if ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) latin++;
		} else if (charFlags[code] & LETTER) {
			if (code < 0x370) latin++;
			else other++;
		} else if (code >= 0xd800 && code <= 0xdbff) other++; // astral CJK letters
	}
	return other >= MIN_OTHER_SCRIPT_LETTERS && other > 2 * latin;
}
