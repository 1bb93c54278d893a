/**
 * Anchored matching: how the built-in engine stays well under a millisecond per lead.
 *
 * A lexicon holds dozens of regular expressions, and a global scan of each over a 1,000-character
 * lead costs more than everything else the engine does. But every match of a lexicon pattern
 * starts with one of a few literals ("book a", "pricing", a digit, "<"). So the text is read
 * once (`TextIndex`): from each word start the text is walked down a trie of every pattern's
 * literals, which lists the positions where each pattern could start. A pattern then runs as a
 * sticky regex at those positions only (a phrase list, one small regex per alternative).
 *
 * The matches are exactly those of a global scan: the positions tried are a superset of the
 * positions where a match can start, tried in order from the end of the previous match, and a
 * sticky regex at a position prefers the same alternative a global one would there. A text the
 * table cannot reason about (lower-casing changes its length, astral characters, letters with
 * special case folding) and a pattern with no literal get a global scan instead.
 */

import { ASCII_WORD, charFlags, DIGIT, UNICODE_WORD, UNTRUSTED, WHITESPACE } from './chars';

/** A literal one of which every match of a pattern starts with (lower case). */
export interface AnchorLiteral {
	text: string;
	/** The pattern requires the literal to end at a word boundary (a space or the pattern's end follows it). */
	wholeWord: boolean;
	/** For a pattern made of alternatives (a phrase list): which one starts with this literal. */
	alternative?: number;
}

/**
 * Candidates are stored as position * ALTERNATIVES + alternative: at one position only the
 * alternatives whose literal is there are tried, each a small sticky regex of its own.
 */
const ALTERNATIVES = 64;

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

const SPACE = 32;

const addOnce = (ids: number[], id: number) => {
	if (!ids.includes(id)) ids.push(id);
};

const isWordFlags = (flags: number) => (flags & (UNICODE_WORD | ASCII_WORD)) !== 0;
const isWordCode = (code: number) => isWordFlags(charFlags[code]);
/** A character after which one kind of word boundary holds: not an ASCII \w ("demoé"), or not a letter or digit ("demo_"). */
const endsSomeWord = (flags: number) => (flags & (UNICODE_WORD | ASCII_WORD)) !== (UNICODE_WORD | ASCII_WORD);

/**
 * The literals of every pattern as a trie over lower-case characters (a space edge stands for a
 * run of white space), as patterns register. Texts are walked down its flattened copy (FlatTrie).
 */
class LiteralTrie {
	readonly codes: number[] = [];
	readonly children: LiteralTrie[] = [];
	/** HAS_PREFIX | HAS_WHOLE: which id lists are not empty. */
	kinds = 0;
	/** Patterns whose literal is a prefix of any word through this node ("struggl" in "struggling"). */
	readonly prefixIds: number[] = [];
	/**
	 * Patterns whose literal is a whole word ending here. It may still end one kind of word inside a
	 * longer run ("demo" in "demoé" for an ASCII \b, in "demo_" for a Unicode boundary): only a
	 * character that is both an ASCII \w and a letter or digit rules it out.
	 */
	readonly wholeIds: number[] = [];

	/** Notes a pattern code on this node (a literal ends here). */
	note(whole: boolean, code: number): void {
		addOnce(whole ? this.wholeIds : this.prefixIds, code);
		this.kinds |= whole ? HAS_WHOLE : HAS_PREFIX;
	}

	/** The node for `text` below `root`, made on the way where missing. */
	static insert(root: LiteralTrie, text: string): LiteralTrie {
		let node = root;
		for (let i = 0; i < text.length; i++) {
			const code = text.charCodeAt(i);
			const at = node.codes.indexOf(code);
			if (at >= 0) node = node.children[at];
			else {
				const child = new LiteralTrie();
				node.codes.push(code);
				node.children.push(child);
				node = child;
			}
		}
		return node;
	}
}

const HAS_PREFIX = 1;
const HAS_WHOLE = 2;

/**
 * Notes a candidate for each pattern code (pattern id and alternative) at a position. Positions
 * arrive in ascending order; alternatives at one position are kept in ascending order too.
 */
function addAll(candidates: Array<number[] | undefined>, codes: readonly number[], position: number): void {
	for (let k = 0; k < codes.length; k++) {
		const id = Math.floor(codes[k] / ALTERNATIVES);
		const packed = position * ALTERNATIVES + (codes[k] - id * ALTERNATIVES);
		const list = candidates[id];
		if (!list) {
			candidates[id] = [packed];
			continue;
		}
		let at = list.length;
		while (at > 0 && list[at - 1] > packed) at--;
		if (at > 0 && list[at - 1] === packed) continue;
		if (at === list.length) list.push(packed);
		else list.splice(at, 0, packed);
	}
}

/** Candidates of a group's digit-anchored patterns for a run of digits starting at `start`. */
function addDigitRun(group: LiteralGroup, candidates: Array<number[] | undefined>, lower: string, start: number): void {
	for (const { patternId, lookback, leadChars } of group.digitRunPatterns) {
		const list = candidates[patternId];
		const last = list ? Math.floor(list[list.length - 1] / ALTERNATIVES) : -1;
		const packed: number[] = [];
		for (let position = Math.max(start - lookback, last + 1); position < start; position++) {
			if (leadChars.includes(lower[position])) packed.push(position * ALTERNATIVES);
		}
		packed.push(start * ALTERNATIVES);
		if (list) list.push(...packed);
		else candidates[patternId] = packed;
	}
}

/**
 * A literal trie flattened into typed arrays, built once after the literals are registered:
 * nodes are numbers, each node's edges a short contiguous run. Kilobytes instead of megabytes of
 * scattered objects, so a walk stays in the processor's cache between the engine's other work.
 */
class FlatTrie {
	/** The first step, for ASCII characters (-1: no literal starts with it). */
	readonly rootAscii = new Int32Array(128).fill(-1);
	readonly rootOther = new Map<number, number>();
	/** Node n's edges are edgeCodes/edgeTargets[edgeStart[n] .. edgeStart[n + 1]). */
	readonly edgeStart: Int32Array;
	readonly edgeCodes: Int32Array;
	readonly edgeTargets: Int32Array;
	readonly kinds: Uint8Array;
	readonly prefixIds: number[][] = [];
	readonly wholeIds: number[][] = [];

	constructor(root: LiteralTrie) {
		const nodes: LiteralTrie[] = [];
		const number = new Map<LiteralTrie, number>();
		const visit = (node: LiteralTrie) => {
			number.set(node, nodes.length);
			nodes.push(node);
			node.children.forEach(visit);
		};
		root.children.forEach(visit);
		const edgeCount = nodes.reduce((sum, node) => sum + node.codes.length, 0);
		this.edgeStart = new Int32Array(nodes.length + 1);
		this.edgeCodes = new Int32Array(edgeCount);
		this.edgeTargets = new Int32Array(edgeCount);
		this.kinds = new Uint8Array(nodes.length);
		let edge = 0;
		nodes.forEach((node, n) => {
			this.edgeStart[n] = edge;
			node.codes.forEach((code, k) => {
				this.edgeCodes[edge] = code;
				this.edgeTargets[edge++] = number.get(node.children[k])!;
			});
			this.kinds[n] = node.kinds;
			this.prefixIds.push(node.prefixIds);
			this.wholeIds.push(node.wholeIds);
		});
		this.edgeStart[nodes.length] = edge;
		root.codes.forEach((code, k) => {
			const target = number.get(root.children[k])!;
			if (code < 128) this.rootAscii[code] = target;
			else this.rootOther.set(code, target);
		});
	}
}

/**
 * The literals of a set of patterns. Patterns of a language that is only read when its marker
 * words are in the text ("und", "que") form a group of their own, indexed only when asked for:
 * an English lead does not pay for the Spanish and German literals.
 */
class LiteralGroup {
	readonly trie = new LiteralTrie();
	private flatTrie: FlatTrie | null = null;
	/** The trie in typed arrays, rebuilt after literals were added. */
	get flat(): FlatTrie {
		return (this.flatTrie ??= new FlatTrie(this.trie));
	}
	/** Literals were added: flatten again before the next text is read. */
	changed(): void {
		this.flatTrie = null;
	}
	/** Pattern codes anchored at a symbol character ("<", ":", "$"), by that character. */
	readonly symbolAnchors = new Map<number, number[]>();
	readonly isSymbolAnchor = new Uint8Array(65536);
	readonly digitRunPatterns: Array<{ patternId: number; lookback: number; leadChars: string }> = [];
}

/** Every registered pattern, by id. */
const registry: AnchoredPattern[] = [];
/** Group 0 is indexed with every text; the others on demand. */
const groups: LiteralGroup[] = [new LiteralGroup()];
const groupIds = new Map<string, number>();
const NONE: readonly number[] = [];

function groupId(name: string | undefined): number {
	if (name === undefined) return 0;
	let id = groupIds.get(name);
	if (id === undefined) {
		id = groups.length;
		groups.push(new LiteralGroup());
		groupIds.set(name, id);
	}
	return id;
}

function register(pattern: AnchoredPattern, anchors: Anchors): void {
	const group = groups[pattern.group];
	if (anchors.kind === 'digitRun') group.digitRunPatterns.push({ patternId: pattern.id, lookback: anchors.lookback, leadChars: anchors.leadChars });
	if (anchors.kind !== 'literals') return;
	for (const literal of anchors.literals) {
		const head = literal.text.charCodeAt(0);
		const code = pattern.id * ALTERNATIVES + (pattern.hasAlternatives ? literal.alternative ?? 0 : 0);
		if (!isWordCode(head)) {
			const ids = group.symbolAnchors.get(head) ?? [];
			addOnce(ids, code);
			group.symbolAnchors.set(head, ids);
			group.isSymbolAnchor[head] = 1;
			continue;
		}
		group.changed();
		const node = LiteralTrie.insert(group.trie, literal.text);
		// After a symbol ("a.s.a.p.") the boundary that follows is not a word end: any text may follow.
		const endsInWord = isWordCode(literal.text.charCodeAt(literal.text.length - 1));
		node.note(literal.wholeWord && endsInWord, code);
	}
}

/**
 * Walks the text from a word start down a group's literal trie: through the word, and on over
 * white space and symbols while some literal does ("book a demo", "we're").
 */
function walkLiterals(trie: FlatTrie, candidates: Array<number[] | undefined>, lower: string, start: number): void {
	const length = lower.length;
	const first = lower.charCodeAt(start);
	let node = first < 128 ? trie.rootAscii[first] : trie.rootOther.get(first) ?? -1;
	const { edgeStart, edgeCodes, edgeTargets, kinds } = trie;
	for (let j = start; node >= 0; ) {
		const nextFlags = j + 1 < length ? charFlags[lower.charCodeAt(j + 1)] : 0;
		if (kinds[node] !== 0) {
			if (kinds[node] & HAS_PREFIX) addAll(candidates, trie.prefixIds[node], start);
			if (kinds[node] & HAS_WHOLE && endsSomeWord(nextFlags)) addAll(candidates, trie.wholeIds[node], start);
		}
		if (j + 1 >= length) break;
		let code: number;
		if (nextFlags & WHITESPACE) {
			code = SPACE;
			for (j++; j + 1 < length && charFlags[lower.charCodeAt(j + 1)] & WHITESPACE; j++);
		} else code = lower.charCodeAt(++j);
		let next = -1;
		for (let edge = edgeStart[node], end = edgeStart[node + 1]; edge < end; edge++) {
			if (edgeCodes[edge] === code) {
				next = edgeTargets[edge];
				break;
			}
		}
		node = next;
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
	private readonly lower: string;
	/** Groups are indexed on first use: a field read only for some patterns pays only for their literals. */
	private readonly indexedGroups: boolean[] = [];

	constructor(readonly text: string) {
		this.lower = text.toLowerCase();
		this.candidates = this.lower.length === text.length && TextIndex.trusted(this.lower) ? new Array<number[] | undefined>(registry.length).fill(undefined) : null;
	}

	/** False when the text has a character the literal table cannot reason about (every pattern then scans in full). */
	private static trusted(lower: string): boolean {
		for (let i = 0; i < lower.length; i++) if (charFlags[lower.charCodeAt(i)] & UNTRUSTED) return false;
		return true;
	}

	/**
	 * Where the pattern could start, ascending, as position * ALTERNATIVES + alternative; null:
	 * scan in full.
	 */
	candidatesFor(pattern: AnchoredPattern): readonly number[] | null {
		if (this.candidates === null || pattern.anchors.kind === 'anywhere' || pattern.id >= this.patternCount) return null;
		if (!this.indexedGroups[pattern.group]) {
			TextIndex.scan(this.lower, groups[pattern.group], this.candidates);
			this.indexedGroups[pattern.group] = true;
		}
		return this.candidates[pattern.id] ?? NONE;
	}

	/** Positions (ascending) where the pattern could start; null: scan in full. */
	positionsFor(pattern: AnchoredPattern): number[] | null {
		const candidates = this.candidatesFor(pattern);
		if (candidates === null) return null;
		const positions: number[] = [];
		for (const packed of candidates) {
			const position = Math.floor(packed / ALTERNATIVES);
			if (positions[positions.length - 1] !== position) positions.push(position);
		}
		return positions;
	}

	/**
	 * Whether a slice of the text [from, to) may hold a match of the pattern when searched on its
	 * own: a literal of the pattern starts inside it, or a cut word at its edges could fit one.
	 */
	mayMatchWithin(pattern: AnchoredPattern, from: number, to: number): boolean {
		const candidates = this.candidatesFor(pattern);
		if (candidates === null || this.cutsWord(from) || this.cutsWord(to)) return true;
		let low = 0;
		let high = candidates.length;
		while (low < high) {
			const middle = (low + high) >> 1;
			if (candidates[middle] < from * ALTERNATIVES) low = middle + 1;
			else high = middle;
		}
		return low < candidates.length && candidates[low] < to * ALTERNATIVES;
	}

	private cutsWord(at: number): boolean {
		return at > 0 && at < this.text.length && isWordCode(this.text.charCodeAt(at - 1)) && isWordCode(this.text.charCodeAt(at));
	}

	/** One pass over a trusted text: the candidates of one group's patterns. */
	private static scan(lower: string, group: LiteralGroup, candidates: Array<number[] | undefined>): void {
		const length = lower.length;
		const trie = group.flat;
		let previous = 0;
		for (let i = 0; i < length; i++) {
			const code = lower.charCodeAt(i);
			const flags = charFlags[code];
			// Inside a word, a character of the same kind as the one before starts nothing.
			if (flags === previous && flags & (UNICODE_WORD | ASCII_WORD)) continue;
			if ((flags & (UNICODE_WORD | ASCII_WORD)) === 0) {
				if (group.isSymbolAnchor[code]) addAll(candidates, group.symbolAnchors.get(code)!, i);
				previous = flags;
				continue;
			}
			if ((flags & UNICODE_WORD && !(previous & UNICODE_WORD)) || (flags & ASCII_WORD && !(previous & ASCII_WORD))) {
				walkLiterals(trie, candidates, lower, i);
			}
			if (flags & DIGIT && !(previous & DIGIT) && group.digitRunPatterns.length) addDigitRun(group, candidates, lower, i);
			previous = flags;
		}
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
		group?: string,
	) {
		this.anchor = new AnchoredPattern(regex, anchors, { group });
	}

	/** The first match in text[from, to), with its index relative to `from`; null when none. */
	exec(index: TextIndex, from: number, to: number): RegExpExecArray | null {
		if (!index.mayMatchWithin(this.anchor, from, to)) return null;
		this.regex.lastIndex = 0;
		return this.regex.exec(index.text.slice(from, to));
	}
}

/** A match, and for a pattern made of alternatives, which alternative matched (else -1). */
export type PatternMatch = RegExpExecArray & { alternative: number };

/** A regular expression that runs only where the text index says it can start. */
export class AnchoredPattern {
	readonly id: number;
	/** Global twin, for a full scan. */
	readonly global: RegExp;
	private readonly sticky: RegExp;
	/** One sticky regex per alternative, when the pattern is `(alternative 1)|(alternative 2)|...`. */
	private readonly alternatives: RegExp[] | null;

	/** The literal group: 0, indexed with every text, or one indexed only when asked for. */
	readonly group: number;

	/**
	 * `alternatives`: the sources of a pattern written as one capturing group per alternative
	 * (a phrase list), with its literals tagged by alternative; each is then tried on its own.
	 * `group`: a name for patterns only run on some texts (a language behind its marker words).
	 */
	constructor(
		regex: RegExp,
		readonly anchors: Anchors,
		options: { alternatives?: string[]; group?: string } = {},
	) {
		const { alternatives } = options;
		this.group = groupId(options.group);
		const flags = regex.flags.replace(/[gy]/g, '');
		this.global = new RegExp(regex.source, `${flags}g`);
		this.sticky = new RegExp(regex.source, `${flags}y`);
		this.alternatives =
			alternatives && alternatives.length <= ALTERNATIVES ? alternatives.map((source) => new RegExp(source, `${flags}y`)) : null;
		this.id = registry.length;
		registry.push(this);
		register(this, anchors);
	}

	get hasAlternatives(): boolean {
		return this.alternatives !== null;
	}

	/** The match starting exactly at `position`, as a global scan would find it there; null when none. */
	execAt(text: string, position: number): RegExpExecArray | null {
		this.sticky.lastIndex = position;
		return this.sticky.exec(text);
	}

	/** Every match in the indexed text, exactly as a global scan finds them. */
	matchAll(index: TextIndex): PatternMatch[] {
		const candidates = index.candidatesFor(this);
		return candidates === null ? this.scan(index.text) : this.matchAt(index.text, candidates);
	}

	/** Whether the indexed text has a match. */
	test(index: TextIndex): boolean {
		const candidates = index.candidatesFor(this);
		if (candidates === null) {
			this.global.lastIndex = 0;
			return this.global.test(index.text);
		}
		return this.matchAt(index.text, candidates, true).length > 0;
	}

	/** The global scan (the reference the anchored path must equal). */
	scan(text: string): PatternMatch[] {
		const matches: PatternMatch[] = [];
		this.global.lastIndex = 0;
		let match: RegExpExecArray | null;
		while ((match = this.global.exec(text)) !== null) {
			let alternative = -1;
			if (this.alternatives) for (let group = 1; group < match.length && alternative < 0; group++) if (match[group] !== undefined) alternative = group - 1;
			(match as PatternMatch).alternative = alternative;
			matches.push(match as PatternMatch);
			if (match[0].length === 0) this.global.lastIndex++;
		}
		return matches;
	}

	private matchAt(text: string, candidates: readonly number[], first = false): PatternMatch[] {
		const matches: PatternMatch[] = [];
		let from = 0;
		for (const packed of candidates) {
			const position = Math.floor(packed / ALTERNATIVES);
			if (position < from) continue;
			const alternative = this.alternatives ? packed - position * ALTERNATIVES : -1;
			const regex = alternative >= 0 ? this.alternatives![alternative] : this.sticky;
			regex.lastIndex = position;
			const match = regex.exec(text);
			if (match) {
				(match as PatternMatch).alternative = alternative;
				matches.push(match as PatternMatch);
				if (first) break;
				from = match.index + Math.max(1, match[0].length);
			}
		}
		return matches;
	}
}
