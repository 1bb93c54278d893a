/**
 * One field's text, read once: for every pattern of a table, the positions where it could start.
 * From each word start the text is walked down the table's literal trie (through the word, and on
 * over white space and symbols while some literal does), which lists the positions where each
 * pattern could start.
 */
import type { AnchoredPattern } from './anchoredPattern';
import { ALTERNATIVES } from './anchors';
import { ASCII_WORD, charFlags, DIGIT, UNICODE_WORD, UNTRUSTED, WHITESPACE } from './chars';
import type { FlatTrie } from './literalTrie';
import { HAS_PREFIX, HAS_WHOLE, HEADER, isWordCode, KIND_BITS, KIND_MASK } from './literalTrie';
import type { LiteralGroup, PatternTable } from './patternTable';

const SPACE = 32;
const NONE: readonly number[] = [];
/** A character after which one kind of word boundary holds: not an ASCII \w ("demoé"), or not a letter or digit ("demo_"). */
const endsSomeWord = (flags: number) =>
	(flags & (UNICODE_WORD | ASCII_WORD)) !== (UNICODE_WORD | ASCII_WORD);

/**
 * Notes a candidate for each pattern code (pattern id and alternative) at a position. Positions
 * arrive in ascending order; alternatives at one position are kept in ascending order too.
 */
function addAll(
	candidates: Array<number[] | undefined>,
	codes: readonly number[],
	position: number,
): void {
	const base = position * ALTERNATIVES;
	for (let k = 0; k < codes.length; k++) {
		const code = codes[k];
		// Codes and packed positions are small non-negative integers: "| 0" is Math.floor here.
		const id = (code / ALTERNATIVES) | 0;
		const packed = base + (code - id * ALTERNATIVES);
		const list = candidates[id];
		if (list === undefined) {
			candidates[id] = [packed];
			continue;
		}
		const last = list[list.length - 1];
		if (last < packed) {
			list.push(packed);
			continue;
		}
		if (last === packed) continue;
		let at = list.length - 1;
		while (at > 0 && list[at - 1] > packed) at--;
		if (at > 0 && list[at - 1] === packed) continue;
		list.splice(at, 0, packed);
	}
}

/** Candidates of a group's digit-anchored patterns for a run of digits starting at `start`. */
function addDigitRun(
	group: LiteralGroup,
	candidates: Array<number[] | undefined>,
	lower: string,
	start: number,
): void {
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
 * Walks the text from a word start down a group's literal trie: through the word, and on over
 * white space and symbols while some literal does ("book a demo", "we're").
 */
function walkLiterals(
	trie: FlatTrie,
	candidates: Array<number[] | undefined>,
	lower: string,
	start: number,
): void {
	const length = lower.length;
	const first = lower.charCodeAt(start);
	let node = first < 128 ? trie.rootAscii[first] : (trie.rootOther.get(first) ?? -1);
	const { cells } = trie;
	for (let j = start; node >= 0; ) {
		const nextFlags = j + 1 < length ? charFlags[lower.charCodeAt(j + 1)] : 0;
		const header = cells[node];
		const kinds = header & KIND_MASK;
		if (kinds !== 0) {
			if (kinds & HAS_PREFIX) addAll(candidates, trie.prefixIds[cells[node + 1]], start);
			if (kinds & HAS_WHOLE && endsSomeWord(nextFlags))
				addAll(candidates, trie.wholeIds[cells[node + 1]], start);
		}
		if (j + 1 >= length) break;
		let code: number;
		if (nextFlags & WHITESPACE) {
			code = SPACE;
			for (j++; j + 1 < length && charFlags[lower.charCodeAt(j + 1)] & WHITESPACE; j++);
		} else code = lower.charCodeAt(++j);
		let next = -1;
		for (let edge = node + HEADER, end = edge + 2 * (header >> KIND_BITS); edge < end; edge += 2) {
			if (cells[edge] === code) {
				next = cells[edge + 1];
				break;
			}
		}
		node = next;
	}
}

/** Where the first of the ascending candidates that is `packed` or more stands (their length if none is). */
export function firstAtOrAfter(candidates: readonly number[], packed: number): number {
	let low = 0;
	let high = candidates.length;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (candidates[middle] < packed) low = middle + 1;
		else high = middle;
	}
	return low;
}

/** Bits per character of text in a gram set: few enough collisions to keep it sure of most absences. */
const GRAM_BITS_PER_CHAR = 16;

/** The hashes of a text's four-character pieces as a bit set (a power of two of bits). */
export function gramBitsOf(text: string): Uint32Array {
	let bits = 1024;
	while (bits < text.length * GRAM_BITS_PER_CHAR && bits < 1 << 22) bits *= 2;
	const set = new Uint32Array(bits >>> 5);
	const mask = bits - 1;
	for (let i = 0; i + GRAM_LENGTH <= text.length; i++) {
		const bit = gramHash(text, i) & mask;
		set[bit >>> 5] |= 1 << (bit & 31);
	}
	return set;
}

/** Pieces this long: the shortest string a pattern's need is asked about. */
export const GRAM_LENGTH = 4;
/** A four-character piece's hash (the same for a need's pieces and the text's). */
export function gramHash(text: string, at: number): number {
	let hash = 0;
	for (let k = 0; k < GRAM_LENGTH; k++)
		hash = Math.imul(hash ^ text.charCodeAt(at + k), 0x9e3779b1);
	return (hash ^ (hash >>> 15)) >>> 0;
}

/**
 * One lead's text, read once: for every registered pattern, the positions where it could start.
 * Build it once per text and hand it to every pattern.
 */
export class TextIndex {
	/** Candidate start positions by pattern id; null when every pattern must scan in full. */
	private readonly candidates: Array<number[] | undefined> | null;
	/** Patterns registered after this index was built are not in it. */
	private readonly patternCount: number;
	private readonly lower: string;
	/** Groups are indexed on first use: a field read only for some patterns pays only for their literals. */
	private readonly indexedGroups: boolean[] = [];

	constructor(
		readonly text: string,
		readonly table: PatternTable,
	) {
		this.lower = text.toLowerCase();
		this.patternCount = table.size;
		this.candidates =
			this.lower.length === text.length && TextIndex.trusted(this.lower)
				? new Array<number[] | undefined>(table.size).fill(undefined)
				: null;
	}

	/** The four-character pieces of the lower-cased text, hashed into bits (made on first use). */
	private grams: Uint32Array | null = null;

	/**
	 * Whether the text may hold, for each set of strings every match of the pattern's alternative
	 * (-1: the whole pattern) needs, one of them; false (sure) spares trying it at its candidates.
	 * A string may be in the text only if each of its four-character pieces is: each is looked up
	 * in a bit set of the text's pieces, a few nanoseconds, where searching the text for it cost
	 * a microsecond.
	 */
	mayHold(pattern: AnchoredPattern, alternative: number): boolean {
		const needs = pattern.requiredGramsOf(alternative);
		if (needs.length === 0) return true;
		const grams = (this.grams ??= gramBitsOf(this.lower));
		const mask = grams.length * 32 - 1;
		// Plain loops: this runs at every candidate, where closures cost more than the lookups.
		for (let n = 0; n < needs.length; n++) {
			const need = needs[n];
			let found = false;
			for (let s = 0; s < need.length && !found; s++) {
				const pieces = need[s];
				found = true;
				for (let k = 0; k < pieces.length; k++) {
					const bit = pieces[k] & mask;
					if ((grams[bit >>> 5] & (1 << (bit & 31))) === 0) {
						found = false;
						break;
					}
				}
			}
			if (!found) return false;
		}
		return true;
	}

	/** Whether the lower-cased text holds `fragment` (lower case). */
	hasLowerCased(fragment: string): boolean {
		return this.lower.includes(fragment);
	}

	/** Whether this index also serves `lowerCased` (the same characters once lower-cased, such as a field's skeleton). */
	serves(lowerCased: string): boolean {
		return lowerCased === this.lower;
	}

	/** False when the text has a character the literal table cannot reason about (every pattern then scans in full). */
	private static trusted(lower: string): boolean {
		for (let i = 0; i < lower.length; i++)
			if (charFlags[lower.charCodeAt(i)] & UNTRUSTED) return false;
		return true;
	}

	/**
	 * Where the pattern could start, ascending, as position * ALTERNATIVES + alternative; null:
	 * scan in full.
	 */
	candidatesFor(pattern: AnchoredPattern): readonly number[] | null {
		if (pattern.table !== this.table)
			throw new Error('This pattern belongs to another pattern table than the text index');
		if (
			this.candidates === null ||
			pattern.anchors.kind === 'anywhere' ||
			pattern.id >= this.patternCount
		)
			return null;
		if (!this.indexedGroups[pattern.group]) {
			TextIndex.scan(this.lower, this.table.groups[pattern.group], this.candidates);
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
		const first = firstAtOrAfter(candidates, from * ALTERNATIVES);
		return first < candidates.length && candidates[first] < to * ALTERNATIVES;
	}

	private cutsWord(at: number): boolean {
		return (
			at > 0 &&
			at < this.text.length &&
			isWordCode(this.text.charCodeAt(at - 1)) &&
			isWordCode(this.text.charCodeAt(at))
		);
	}

	/** One pass over a trusted text: the candidates of one group's patterns. */
	private static scan(
		lower: string,
		group: LiteralGroup,
		candidates: Array<number[] | undefined>,
	): void {
		const length = lower.length;
		const trie = group.flat;
		addAll(candidates, group.textStartAnchors, 0);
		let previous = 0;
		for (let i = 0; i < length; i++) {
			const code = lower.charCodeAt(i);
			const flags = charFlags[code];
			// Inside a word, a character of the same kind as the one before starts nothing.
			if (flags === previous && flags & (UNICODE_WORD | ASCII_WORD)) continue;
			if ((flags & (UNICODE_WORD | ASCII_WORD)) === 0) {
				if (group.isSymbolAnchor[code]) addAll(candidates, group.symbolAnchors.get(code)!, i);
				if (group.walksFromSymbol[code]) walkLiterals(trie, candidates, lower, i);
				previous = flags;
				continue;
			}
			if (
				(flags & UNICODE_WORD && !(previous & UNICODE_WORD)) ||
				(flags & ASCII_WORD && !(previous & ASCII_WORD))
			) {
				walkLiterals(trie, candidates, lower, i);
			}
			if (flags & DIGIT && !(previous & DIGIT) && group.digitRunPatterns.length)
				addDigitRun(group, candidates, lower, i);
			previous = flags;
		}
	}
}
