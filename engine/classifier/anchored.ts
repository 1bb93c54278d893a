/**
 * Anchored matching: how the built-in engine stays well under a millisecond per lead.
 *
 * A lexicon holds dozens of regular expressions, and a global scan of each over a 1,000-character
 * lead costs more than everything else the engine does. But every match of a lexicon pattern
 * starts with one of a few literals ("book", "demo", "pricing", a digit, "<"). So the text is read
 * once (`TextIndex`): each word start is looked up, once per distinct word, in a table of every
 * pattern's literals, which lists the positions where each pattern could start. A pattern then
 * runs as a sticky regex at those positions only.
 *
 * The matches are exactly those of a global scan: the positions tried are a superset of the
 * positions where a match can start, tried in order from the end of the previous match, and a
 * sticky regex at a position prefers the same alternative a global one would there. A text the
 * table cannot reason about (lower-casing changes its length, astral characters, letters with
 * special case folding) and a pattern with no literal get a global scan instead.
 */

/** A literal one of which every match of a pattern starts with (lower case). */
export interface AnchorLiteral {
	text: string;
	/** The pattern requires the literal to end at a word boundary (a space or the pattern's end follows it). */
	wholeWord: boolean;
}

/** Where a pattern's matches can start. */
export type Anchors =
	/** At a word start whose word fits one of these literals, or at a literal's leading symbol. */
	| { kind: 'literals'; literals: AnchorLiteral[] }
	/**
	 * At the start of a run of digits, or up to `lookback` characters before it at one of
	 * `leadChars` (lower case): amounts led by a currency symbol ("$50", "CHF 50").
	 */
	| { kind: 'digitRun'; lookback: number; leadChars: string }
	/** Anywhere: the pattern is scanned in full. */
	| { kind: 'anywhere' };

// Character classes, from the lower-cased text. A word start is where a Unicode letter/digit run
// or an ASCII \w run begins: the two kinds of word boundary lexicon patterns use.
const UNICODE_WORD = 1;
const ASCII_WORD = 2;
const DIGIT = 4;
/** The lexicon's literal table cannot be trusted on this text: scan every pattern in full. */
const UNTRUSTED = 8;

/** Flags of each UTF-16 code unit, worked out on first sight (KNOWN marks the ones done). */
const KNOWN = 16;
const charFlags = new Uint8Array(65536);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
// Letters whose case folding (what /iu matches by) differs from toLowerCase: "ſ" matches "s".
const SPECIAL_FOLDING = new Set(['\u017f', '\u1e9b', '\u212a', '\u212b', '\u1e9e', '\u0345', '\u1fbe']);

function flagsOf(code: number): number {
	let flags = charFlags[code];
	if (flags & KNOWN) return flags;
	const char = String.fromCharCode(code);
	flags = KNOWN;
	if ((code >= 0xd800 && code <= 0xdfff) || SPECIAL_FOLDING.has(char)) flags |= UNTRUSTED;
	else if (LETTER_OR_DIGIT.test(char)) flags |= UNICODE_WORD;
	if (/[A-Za-z0-9_]/.test(char)) flags |= ASCII_WORD;
	if (code >= 48 && code <= 57) flags |= DIGIT;
	charFlags[code] = flags;
	return flags;
}

const isWordFlags = (flags: number) => (flags & (UNICODE_WORD | ASCII_WORD)) !== 0;
const isWordCode = (code: number) => isWordFlags(flagsOf(code));
/** A character after which one kind of word boundary holds: not an ASCII \w ("demoé"), or not a letter or digit ("demo_"). */
const endsSomeWord = (flags: number) => (flags & (UNICODE_WORD | ASCII_WORD)) !== (UNICODE_WORD | ASCII_WORD);

/**
 * The word literals of every pattern as a trie over lower-case characters. Walking a word down it
 * finds every pattern that can start there in a few steps, without cutting the word out of the text.
 */
class LiteralTrie {
	private readonly ascii: Array<LiteralTrie | undefined> = new Array<LiteralTrie | undefined>(128).fill(undefined);
	private readonly other = new Map<number, LiteralTrie>();
	/** Patterns whose literal is a prefix of any word through this node ("struggl" in "struggling"). */
	readonly prefixIds: number[] = [];
	/**
	 * Patterns whose literal is a whole word ending here. It may still end one kind of word inside a
	 * longer run ("demo" in "demoé" for an ASCII \b, in "demo_" for a Unicode boundary): only a
	 * character that is both an ASCII \w and a letter or digit rules it out.
	 */
	readonly wholeIds: number[] = [];
	/** Patterns whose literal goes on past the word with a symbol ("co-founder", "we're"): the word must end here. */
	readonly exactIds: number[] = [];

	child(code: number): LiteralTrie | undefined {
		return code < 128 ? this.ascii[code] : this.other.get(code);
	}

	/** The node for `text` below `root`, made on the way where missing. */
	static insert(root: LiteralTrie, text: string): LiteralTrie {
		let node = root;
		for (let i = 0; i < text.length; i++) {
			const code = text.charCodeAt(i);
			let next = node.child(code);
			if (!next) {
				next = new LiteralTrie();
				if (code < 128) node.ascii[code] = next;
				else node.other.set(code, next);
			}
			node = next;
		}
		return node;
	}
}

/** Notes a candidate position for each pattern (positions arrive in ascending order). */
function addAll(candidates: Array<number[] | undefined>, ids: readonly number[], position: number): void {
	for (let k = 0; k < ids.length; k++) {
		const list = candidates[ids[k]];
		if (!list) candidates[ids[k]] = [position];
		else if (list[list.length - 1] !== position) list.push(position);
	}
}

const addOnce = (ids: number[], id: number) => {
	if (!ids.includes(id)) ids.push(id);
};

/** Every registered pattern, by id. */
const registry: AnchoredPattern[] = [];
const wordLiterals = new LiteralTrie();
/** Pattern ids anchored at a symbol character ("<", ":", "$"), by that character. */
const symbolAnchors = new Map<number, number[]>();
const isSymbolAnchor = new Uint8Array(65536);
const digitRunPatterns: Array<{ patternId: number; lookback: number; leadChars: string }> = [];
const NONE: readonly number[] = [];

function register(pattern: AnchoredPattern, anchors: Anchors): void {
	if (anchors.kind === 'digitRun') digitRunPatterns.push({ patternId: pattern.id, lookback: anchors.lookback, leadChars: anchors.leadChars });
	if (anchors.kind !== 'literals') return;
	for (const literal of anchors.literals) {
		const head = literal.text.charCodeAt(0);
		if (!isWordCode(head)) {
			const ids = symbolAnchors.get(head) ?? [];
			addOnce(ids, pattern.id);
			symbolAnchors.set(head, ids);
			isSymbolAnchor[head] = 1;
			continue;
		}
		// The word part of the literal: where the literal goes on past it, the word must end there.
		let wordEnd = 0;
		while (wordEnd < literal.text.length && isWordCode(literal.text.charCodeAt(wordEnd))) wordEnd++;
		const node = LiteralTrie.insert(wordLiterals, literal.text.slice(0, wordEnd));
		addOnce(wordEnd < literal.text.length ? node.exactIds : literal.wholeWord ? node.wholeIds : node.prefixIds, pattern.id);
	}
}

/**
 * One lead's text, read once: for every registered pattern, the positions where it could start.
 * Build it once per text and hand it to every pattern.
 */
export class TextIndex {
	/** Candidate start positions by pattern id; null when every pattern must scan in full. */
	private readonly candidates: Array<number[] | undefined> | null;
	/** Patterns registered after this index was built are not in it. */
	private readonly patternCount = registry.length;

	constructor(readonly text: string) {
		this.candidates = TextIndex.build(text);
	}

	/** Positions (ascending) where the pattern could start; null: scan in full. */
	positionsFor(pattern: AnchoredPattern): readonly number[] | null {
		if (this.candidates === null || pattern.anchors.kind === 'anywhere' || pattern.id >= this.patternCount) return null;
		return this.candidates[pattern.id] ?? NONE;
	}

	/**
	 * Whether a slice of the text [from, to) may hold a match of the pattern when searched on its
	 * own: a literal of the pattern starts inside it, or a cut word at its edges could fit one.
	 */
	mayMatchWithin(pattern: AnchoredPattern, from: number, to: number): boolean {
		const positions = this.positionsFor(pattern);
		if (positions === null || this.cutsWord(from) || this.cutsWord(to)) return true;
		let low = 0;
		let high = positions.length;
		while (low < high) {
			const middle = (low + high) >> 1;
			if (positions[middle] < from) low = middle + 1;
			else high = middle;
		}
		return low < positions.length && positions[low] < to;
	}

	private cutsWord(at: number): boolean {
		return at > 0 && at < this.text.length && isWordCode(this.text.charCodeAt(at - 1)) && isWordCode(this.text.charCodeAt(at));
	}

	private static build(text: string): Array<number[] | undefined> | null {
		const lower = text.toLowerCase();
		if (lower.length !== text.length) return null;
		const candidates = new Array<number[] | undefined>(registry.length).fill(undefined);
		let previous = 0;
		let runEnd = 0;
		for (let i = 0; i < lower.length; i++) {
			const code = lower.charCodeAt(i);
			const flags = flagsOf(code);
			if (flags & UNTRUSTED) return null;
			if (!isWordFlags(flags)) {
				if (isSymbolAnchor[code]) addAll(candidates, symbolAnchors.get(code)!, i);
				previous = flags;
				continue;
			}
			if ((flags & UNICODE_WORD && !(previous & UNICODE_WORD)) || (flags & ASCII_WORD && !(previous & ASCII_WORD))) {
				if (runEnd <= i) {
					runEnd = i + 1;
					while (runEnd < lower.length && isWordCode(lower.charCodeAt(runEnd))) runEnd++;
				}
				let node: LiteralTrie | undefined = wordLiterals;
				for (let j = i; j < runEnd && (node = node.child(lower.charCodeAt(j))); j++) {
					addAll(candidates, node.prefixIds, i);
					const atEnd = j + 1 === runEnd;
					if (node.wholeIds.length && (atEnd || endsSomeWord(flagsOf(lower.charCodeAt(j + 1))))) addAll(candidates, node.wholeIds, i);
					if (atEnd) addAll(candidates, node.exactIds, i);
				}
			}
			if (flags & DIGIT && !(previous & DIGIT)) {
				for (const { patternId, lookback, leadChars } of digitRunPatterns) {
					const ids = [patternId];
					const list = candidates[patternId];
					const last = list ? list[list.length - 1] : -1;
					for (let position = Math.max(i - lookback, last + 1); position < i; position++) {
						if (leadChars.includes(lower[position])) addAll(candidates, ids, position);
					}
					addAll(candidates, ids, i);
				}
			}
			previous = flags;
		}
		return candidates;
	}
}

/**
 * A regular expression searched on slices of the text ("the 40 characters before a phrase"): the
 * slice is only searched when the text index says the pattern may match inside it.
 */
export class SlicePattern {
	private readonly anchor: AnchoredPattern;

	constructor(
		readonly regex: RegExp,
		anchors: Anchors,
	) {
		this.anchor = new AnchoredPattern(regex, anchors);
	}

	/** The first match in text[from, to), with its index relative to `from`; null when none. */
	exec(index: TextIndex, from: number, to: number): RegExpExecArray | null {
		if (!index.mayMatchWithin(this.anchor, from, to)) return null;
		this.regex.lastIndex = 0;
		return this.regex.exec(index.text.slice(from, to));
	}
}

/** A regular expression that runs only where the text index says it can start. */
export class AnchoredPattern {
	readonly id: number;
	/** Global twin, for a full scan. */
	readonly global: RegExp;
	private readonly sticky: RegExp;

	constructor(
		regex: RegExp,
		readonly anchors: Anchors,
	) {
		const flags = regex.flags.replace(/[gy]/g, '');
		this.global = new RegExp(regex.source, `${flags}g`);
		this.sticky = new RegExp(regex.source, `${flags}y`);
		this.id = registry.length;
		registry.push(this);
		register(this, anchors);
	}

	/** Every match in the indexed text, exactly as a global scan finds them. */
	matchAll(index: TextIndex): RegExpExecArray[] {
		const positions = index.positionsFor(this);
		return positions === null ? this.scan(index.text) : this.matchAt(index.text, positions);
	}

	/** Whether the indexed text has a match. */
	test(index: TextIndex): boolean {
		const positions = index.positionsFor(this);
		if (positions === null) {
			this.global.lastIndex = 0;
			return this.global.test(index.text);
		}
		for (const position of positions) {
			this.sticky.lastIndex = position;
			if (this.sticky.test(index.text)) return true;
		}
		return false;
	}

	/** The global scan (the reference the anchored path must equal). */
	scan(text: string): RegExpExecArray[] {
		const matches: RegExpExecArray[] = [];
		this.global.lastIndex = 0;
		let match: RegExpExecArray | null;
		while ((match = this.global.exec(text)) !== null) {
			matches.push(match);
			if (match[0].length === 0) this.global.lastIndex++;
		}
		return matches;
	}

	private matchAt(text: string, positions: readonly number[]): RegExpExecArray[] {
		const matches: RegExpExecArray[] = [];
		let from = 0;
		for (const position of positions) {
			if (position < from) continue;
			this.sticky.lastIndex = position;
			const match = this.sticky.exec(text);
			if (match) {
				matches.push(match);
				from = match.index + Math.max(1, match[0].length);
			}
		}
		return matches;
	}
}
