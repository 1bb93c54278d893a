/**
 * The stance layer: who is speaking, and to whom. A prospect asking for something for their
 * organisation, a seller offering services to us, an applicant, or text addressed to the
 * software itself. Buying words only mean buying in a buyer's mouth, so the scorer reads these
 * stances before it trusts "call us today" or "Head of Sales".
 */
import type { Evidence, Signal } from '../../contract';
import { makeSignal } from '../extractors/signal';
import type { Stance, StanceFamily } from './patterns';
import { STANCE_FAMILIES, STANCE_PATTERNS } from './patterns';
import { ALTERNATIVES } from '../anchors';
import { isLetterOrDigit } from '../chars';
import { TextIndex } from '../textIndex';
import { skeletonOf } from './skeleton';

export type { Stance } from './patterns';
export { skeletonOf } from './skeleton';

/** The speaker the classifier settles on; `unknown` when no stance has evidence. */
export type Speaker =
	| 'prospect'
	| 'vendor'
	| 'applicant'
	| 'customer'
	| 'personal'
	| 'addressing_system'
	| 'unknown';

export interface StanceReading {
	/** 0-1 per stance: the noisy-or of its matches' strengths. */
	scores: Record<Stance, number>;
	/** One signal per match, with the lead's own words as evidence. */
	signals: Signal[];
}

const UNDERSCORE = 0x5f;
const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;

/** Matches of one family in one field beyond this add nothing (and cost time on hostile input). */
const MAX_MATCHES_PER_FAMILY = 4;

/** Identity fields are read for what addresses the software, and the role also for applicants. */
const FIELD_STANCES: Record<Evidence['field'], ReadonlySet<Stance>> = {
	text: new Set<Stance>(['buyer', 'seller', 'applicant', 'system']),
	role: new Set<Stance>(['system', 'applicant']),
	name: new Set<Stance>(['system']),
	company: new Set<Stance>(['system', 'seller']),
	email: new Set<Stance>(['system']),
	phone: new Set<Stance>(),
	source: new Set<Stance>(),
};

/** A letter, digit or "_": a family's match must not start right after one. */
const isWordCharacter = (text: string, index: number): boolean => {
	const code = text.charCodeAt(index);
	return code === UNDERSCORE || isLetterOrDigit(code);
};

/**
 * Whether a match at `index` would start inside a word ("demo" in "pseudemo"). A match that opens
 * with punctuation (". Looking for a replacement") starts nothing inside the word before it.
 */
const continuesWord = (text: string, index: number): boolean =>
	index > 0 && isWordCharacter(text, index - 1) && isWordCharacter(text, index);

const LETTERS_ONLY = /^[\p{L} ]+$/u;

/** Function words that show a text is (partly) in a language: Spanish and German families wait for them. */
const LANGUAGE_MARKERS: Record<string, string[]> = {
	es: [
		'que',
		'los',
		'las',
		'para',
		'una',
		'con',
		'por',
		'del',
		'el',
		'la',
		'de',
		'en',
		'mi',
		'su',
		'es',
		'y',
		'nuestro',
		'nuestra',
		'nosotros',
		'ya',
		'necesitamos',
		'tenemos',
		'somos',
		'estamos',
		'hola',
		'gracias',
		'buenos',
		'buenas',
		'usted',
		'ustedes',
		// Words of short messages with no article in them ("¿Están contratando?", "Ofrezco mis servicios").
		'están',
		'estan',
		'tienen',
		'pueden',
		'podrían',
		'quiero',
		'quisiera',
		'quería',
		'necesito',
		'busco',
		'buscamos',
		'ofrezco',
		'ofrecemos',
		'contratan',
		'contratando',
		'servicios',
		'empresa',
		'cotización',
		'cotizar',
		'precio',
		'precios',
		'hacen',
		'manejan',
		'venden',
		'le',
		'les',
		'nos',
		'tu',
		'sus',
		'vuestra',
		'vuestro',
	],
	de: [
		'und',
		'der',
		'die',
		'das',
		'ist',
		'wir',
		'ich',
		'sie',
		'nicht',
		'mit',
		'für',
		'ein',
		'eine',
		'zu',
		'unser',
		'unsere',
		'hallo',
		'danke',
		'bitte',
		'sehr',
		'guten',
		'uns',
		// Words of short messages with no article in them ("Könnt ihr das?", "Suche Praktikum").
		'ihr',
		'ihre',
		'ihnen',
		'euch',
		'eure',
		'euer',
		'kann',
		'können',
		'könnt',
		'könnten',
		'habe',
		'haben',
		'gibt',
		'suche',
		'suchen',
		'brauche',
		'brauchen',
		'möchte',
		'möchten',
		'wäre',
		'gerne',
		'gern',
		'auch',
		'noch',
		'schon',
		'oder',
		'aber',
		'wer',
		'wie',
		'bei',
		'mein',
		'meine',
		'dass',
		'sind',
		'bin',
		'grüß',
		'servus',
		'moin',
		'tach',
		'grüezi',
	],
};

/**
 * Which families a word can wake up, found once at load and kept in a character trie: a need
 * made of letters must start a word ("ai" in "said" is no AI; a phrase counts by its first word);
 * a marker word must be a whole word. Other needs ("<", "we're", "10/10") are searched anywhere.
 */
interface TrieNode {
	next: Map<number, TrieNode>;
	/** Families woken by a word that starts with the path to this node. */
	families: number[];
	/** Language shown by a word that is exactly the path to this node. */
	language?: string;
}
const newNode = (): TrieNode => ({ next: new Map(), families: [] });
const WORD_START_TRIE = newNode();
function nodeFor(word: string): TrieNode {
	let node = WORD_START_TRIE;
	for (let i = 0; i < word.length; i++) {
		const code = word.charCodeAt(i);
		let child = node.next.get(code);
		if (!child) node.next.set(code, (child = newNode()));
		node = child;
	}
	return node;
}
/** Needs searched anywhere, each once for all the families that name it ("a.i" wakes three). */
const ANYWHERE_NEEDS = new Map<string, number[]>();
const FAMILY_LANGUAGE: Array<string | undefined> = [];
STANCE_FAMILIES.forEach((family, index) => {
	const language = family.id.split('.').pop() ?? '';
	FAMILY_LANGUAGE[index] = LANGUAGE_MARKERS[language] ? language : undefined;
	for (const need of family.needs) {
		if (!LETTERS_ONLY.test(need) || need.trim() === '') {
			const families = ANYWHERE_NEEDS.get(need) ?? [];
			if (!families.includes(index)) families.push(index);
			ANYWHERE_NEEDS.set(need, families);
			continue;
		}
		const node = nodeFor(need.trim().split(' ')[0]);
		if (!node.families.includes(index)) node.families.push(index);
	}
});
for (const [language, words] of Object.entries(LANGUAGE_MARKERS))
	for (const word of words) nodeFor(word).language = language;

/**
 * The needs searched anywhere, filed under a character each holds that is not a letter ("." in
 * "a.i", "," in "ai,"): such characters are few in a message, so a need is only compared where its
 * character stands, instead of searching the whole field for each of several hundred needs.
 */
interface KeyedNeed {
	need: string;
	/** Where the key character stands in the need. */
	offset: number;
	families: number[];
}
const NEEDS_BY_KEY = new Map<number, KeyedNeed[]>();
const IS_NEED_KEY = new Uint8Array(0x10000);
for (const [need, families] of ANYWHERE_NEEDS) {
	const notLetter = need
		.split('')
		.map((char, offset) => ({ char, offset }))
		.filter(({ char }) => !LETTERS_ONLY.test(char));
	const { offset } = notLetter.find(({ char }) => char !== ' ') ?? notLetter[0];
	const code = need.charCodeAt(offset);
	IS_NEED_KEY[code] = 1;
	NEEDS_BY_KEY.set(code, [...(NEEDS_BY_KEY.get(code) ?? []), { need, offset, families }]);
}

/** A letter, digit or apostrophe: what a word of the needs trie is made of ("we're"). */
const isWordCharacterAt = (text: string, index: number): boolean => {
	const code = text.charCodeAt(index);
	return code === APOSTROPHE || code === RIGHT_QUOTE || isLetterOrDigit(code);
};

/**
 * The trie in flat arrays, walked once per word of every field, kept small enough to stay in the
 * processor's cache (a table of 37 slots per node was 1.2 MB and cost a cache miss a letter): node
 * n's children are EDGE_CODES / EDGE_TARGETS[EDGE_START[n] .. EDGE_START[n + 1]), the root's ASCII
 * children also in ROOT_ASCII, and the families it wakes FAMILY_IDS[FAMILY_START[n] .. FAMILY_START[n + 1]).
 * Node 0 is the root.
 */
const FLAT_NODES: TrieNode[] = [];
{
	const visit = (node: TrieNode) => {
		FLAT_NODES.push(node);
		node.next.forEach(visit);
	};
	visit(WORD_START_TRIE);
}
const EDGE_START = new Int32Array(FLAT_NODES.length + 1);
const EDGE_CODES = new Uint16Array(FLAT_NODES.length);
const EDGE_TARGETS = new Int32Array(FLAT_NODES.length);
const ROOT_ASCII = new Int32Array(128).fill(-1);
const FAMILY_START = new Int32Array(FLAT_NODES.length + 1);
const FAMILY_IDS = new Uint16Array(FLAT_NODES.reduce((sum, node) => sum + node.families.length, 0));
const LANGUAGES = Object.keys(LANGUAGE_MARKERS);
/** Bit of the language a word that ends on this node shows (0: none). */
const FLAT_LANGUAGE = new Uint8Array(FLAT_NODES.length);
{
	const numberOf = new Map(FLAT_NODES.map((node, n) => [node, n]));
	let edge = 0;
	let family = 0;
	FLAT_NODES.forEach((node, n) => {
		if (node.language) FLAT_LANGUAGE[n] = 1 << LANGUAGES.indexOf(node.language);
		EDGE_START[n] = edge;
		node.next.forEach((child, code) => {
			EDGE_CODES[edge] = code;
			EDGE_TARGETS[edge++] = numberOf.get(child)!;
			if (n === 0 && code < 128) ROOT_ASCII[code] = numberOf.get(child)!;
		});
		FAMILY_START[n] = family;
		for (const id of node.families) FAMILY_IDS[family++] = id;
	});
	EDGE_START[FLAT_NODES.length] = edge;
	FAMILY_START[FLAT_NODES.length] = family;
}

/** The child of a trie node for one character, or -1. */
function childOf(node: number, code: number): number {
	if (node === 0 && code < 128) return ROOT_ASCII[code];
	for (let edge = EDGE_START[node], end = EDGE_START[node + 1]; edge < end; edge++)
		if (EDGE_CODES[edge] === code) return EDGE_TARGETS[edge];
	return -1;
}
const FAMILY_LANGUAGE_BIT = FAMILY_LANGUAGE.map((language) =>
	language ? 1 << LANGUAGES.indexOf(language) : 0,
);

/** The families worth running on a field (1: awake): each word start walked down the trie, no strings made. */
export function familiesToRun(skeleton: string, field: Evidence['field']): Uint8Array {
	const awake = new Uint8Array(STANCE_FAMILIES.length);
	let languages = 0;
	const length = skeleton.length;
	let i = 0;
	while (i < length) {
		if (!isWordCharacterAt(skeleton, i)) {
			i++;
			continue;
		}
		let node = 0;
		let j = i;
		for (; j < length && isWordCharacterAt(skeleton, j); j++) {
			if (node < 0) continue;
			node = childOf(node, skeleton.charCodeAt(j));
			if (node < 0) continue;
			for (let k = FAMILY_START[node], end = FAMILY_START[node + 1]; k < end; k++)
				awake[FAMILY_IDS[k]] = 1;
		}
		if (node >= 0 && j > i) languages |= FLAT_LANGUAGE[node];
		i = j;
	}
	for (let at = 0; at < length; at++) {
		const code = skeleton.charCodeAt(at);
		if (!IS_NEED_KEY[code]) continue;
		for (const { need, offset, families } of NEEDS_BY_KEY.get(code)!) {
			if (at < offset || !skeleton.startsWith(need, at - offset)) continue;
			for (const family of families) awake[family] = 1;
		}
	}
	// A message shows its language by its function words; a name or company field is too short to.
	if (field === 'text')
		FAMILY_LANGUAGE_BIT.forEach((bit, family) => bit && !(languages & bit) && (awake[family] = 0));
	return awake;
}

/**
 * A family's matches that start a word, at most MAX_MATCHES_PER_FAMILY, each found where the
 * previous one ended: the same as a global scan that looks again one further on after a match
 * inside a word ("demo" in "pseudemo"), but tried only where one of the family's first words starts.
 */
export function familyMatches(
	family: StanceFamily,
	skeleton: string,
	index: TextIndex,
): RegExpExecArray[] {
	const matches: RegExpExecArray[] = [];
	// Candidates read in place (no array of positions per family and field).
	const candidates = family.anchored ? index.candidatesFor(family.anchored) : null;
	if (candidates === null) {
		const pattern = family.pattern;
		pattern.lastIndex = 0;
		for (
			let match = pattern.exec(skeleton);
			match && matches.length < MAX_MATCHES_PER_FAMILY;
			match = pattern.exec(skeleton)
		) {
			if (match[0].length === 0 || continuesWord(skeleton, match.index)) {
				pattern.lastIndex = match.index + 1;
				continue;
			}
			matches.push(match);
		}
		return matches;
	}
	let from = 0;
	const holder = index.serves(skeleton) ? index : undefined;
	// A position where the first alternative that matches matches nothing is passed over whole,
	// as the global scan does: later alternatives there are not tried.
	let emptyAt = -1;
	for (const packed of candidates) {
		if (matches.length >= MAX_MATCHES_PER_FAMILY) break;
		const position = Math.floor(packed / ALTERNATIVES);
		if (position < from || position === emptyAt || continuesWord(skeleton, position)) continue;
		const match = family.anchored!.execCandidate(skeleton, packed, holder);
		if (!match) continue;
		if (match[0].length === 0) {
			emptyAt = position;
			continue;
		}
		matches.push(match);
		from = position + match[0].length;
	}
	return matches;
}

/**
 * A buyer's phrasing put to the reader ("are you evaluating scheduling software?", "if you're
 * comparing CRM platforms"): a seller's opener, not the writer's own search.
 */
const READER_AS_SUBJECT =
	/(?:^|[^\p{L}\p{N}'])(?:are you|if you|if you're|if you are|when you're|when you are|while you're|while you are|whether you're|whether you are)(?: still| currently| already| actively| now| also)? ?$/u;
const READER_LOOKBACK = 32;
function addressedToReader(skeleton: string, start: number): boolean {
	return READER_AS_SUBJECT.test(skeleton.slice(Math.max(0, start - READER_LOOKBACK), start));
}

/**
 * A writer asking the person who reads their message to hurry ("we would be grateful if this could
 * be treated as urgent"): a passive verdict with no lead, message or score in it, only urgency,
 * in a message's text. An order ("mark as urgent"), one naming the lead, or one in a name or role
 * field stays an instruction to the software.
 */
const URGENCY_ASKED_OF_A_PERSON =
	/^(?:treated|handled|prioriti[sz]ed) (?:as )?(?:an? )?(?:urgent|priority|high[- ]priority|matter of (?:urgency|priority))$/;

/**
 * "Can I white-label the client reports?": a buyer asking whether the product lets them put their
 * own logo on it, not a partner offering to resell it.
 */
const WHITE_LABEL = /^white[- ]label/;
const ASKED_AS_A_FEATURE =
	/(?:(?:can|could|may) (?:i|we|you)|(?:able|possible|an option|option) to) $/;
const FEATURE_LOOKBACK = 24;
function whiteLabelAskedAsFeature(skeleton: string, match: RegExpExecArray): boolean {
	return (
		WHITE_LABEL.test(match[0]) &&
		ASKED_AS_A_FEATURE.test(
			skeleton.slice(Math.max(0, match.index - FEATURE_LOOKBACK), match.index),
		)
	);
}

const SENTENCE_PUNCTUATION = /[.!?;:,\s]/;
/** A phrasing that opens at a sentence break (". Looking for ...") is quoted from its first word. */
function quoteStart(skeleton: string, start: number, end: number): number {
	let at = start;
	while (at < end - 1 && SENTENCE_PUNCTUATION.test(skeleton[at])) at++;
	return at;
}

/** A stance's score with one more match: the noisy-or of its matches' strengths. */
export const withStrength = (score: number, strength: number): number =>
	1 - (1 - score) * (1 - strength);

/**
 * `skeleton`, when given, is skeletonOf(text), already made by the caller; `index`, when given,
 * indexes that skeleton's characters (a lower-cased text that equals it) with STANCE_PATTERNS.
 */
export function readStance(
	fields: Array<{ field: Evidence['field']; text: string; skeleton?: string; index?: TextIndex }>,
): StanceReading {
	const scores: Record<Stance, number> = { buyer: 0, seller: 0, applicant: 0, system: 0 };
	const softOnly: Record<Stance, number> = { buyer: 0, seller: 0, applicant: 0, system: 0 };
	const signals: Signal[] = [];
	for (const { field, text, skeleton: made, index: given } of fields) {
		if (!text) continue;
		// An address reads as words: "ignore.previous.instructions@..." is an instruction.
		const skeleton =
			field === 'email' ? skeletonOf(text).replace(/[._+\-@]/g, ' ') : (made ?? skeletonOf(text));
		const allowed = FIELD_STANCES[field];
		const awake = familiesToRun(skeleton, field);
		let index: TextIndex | undefined = given;
		for (let familyIndex = 0; familyIndex < STANCE_FAMILIES.length; familyIndex++) {
			const family = STANCE_FAMILIES[familyIndex];
			if (!awake[familyIndex] || !allowed.has(family.stance)) continue;
			index ??= new TextIndex(skeleton, STANCE_PATTERNS);
			for (const match of familyMatches(family, skeleton, index)) {
				if (family.stance === 'buyer' && addressedToReader(skeleton, match.index)) continue;
				if (family.stance === 'seller' && whiteLabelAskedAsFeature(skeleton, match)) continue;
				if (
					family.stance === 'system' &&
					field === 'text' &&
					URGENCY_ASKED_OF_A_PERSON.test(match[0].trim())
				)
					continue;
				const end = match.index + match[0].length;
				signals.push(
					makeSignal(
						family.signal,
						family.strength,
						{ ...(family.value ?? {}), stance: family.stance, family: family.id },
						text,
						quoteStart(skeleton, match.index, end),
						end,
						field,
					),
				);
				const target = family.soft ? softOnly : scores;
				target[family.stance] = withStrength(target[family.stance], family.strength);
			}
		}
	}
	// A soft hint (a rate card, "worth a quick chat?") adds to a stance another match already
	// shows. Alone it shows a little, and nothing against a buyer's own phrasing ("We need a CRM
	// for 15 reps by April. Worth a call this week?"). No buyer family is soft: its score is final.
	for (const stance of Object.keys(scores) as Stance[]) {
		if (softOnly[stance] === 0) continue;
		if (scores[stance] > 0)
			scores[stance] = Math.min(1, scores[stance] + 0.5 * softOnly[stance] * (1 - scores[stance]));
		else scores[stance] = stance !== 'buyer' && scores.buyer > 0 ? 0 : softOnly[stance] * 0.75;
	}
	return { scores, signals };
}
