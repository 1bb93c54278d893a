/**
 * The literals of a set of patterns as a character trie (built as patterns register) and its
 * flat copy in typed arrays (what a text is walked down).
 */
import { ASCII_WORD, charFlags, UNICODE_WORD } from './chars';

export const addOnce = (ids: number[], id: number) => {
	if (!ids.includes(id)) ids.push(id);
};

export const isWordCode = (code: number) => (charFlags[code] & (UNICODE_WORD | ASCII_WORD)) !== 0;

/**
 * The literals of every pattern as a trie over lower-case characters (a space edge stands for a
 * run of white space), as patterns register. Texts are walked down its flattened copy (FlatTrie).
 */
export class LiteralTrie {
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

export const HAS_PREFIX = 1;
export const HAS_WHOLE = 2;

/**
 * A literal trie flattened into one typed array, built once after the literals are registered.
 * A node is an address in `cells`: a header (its kinds and edge count, then its number), then its
 * edges as (character, child address) pairs. A step down the trie reads one header and the edges
 * right after it: one or two cache lines, where separate arrays for kinds, edge starts, edge
 * characters and targets cost a cache miss each on a trie of a hundred thousand nodes.
 */
export class FlatTrie {
	/** The first step, for ASCII characters (-1: no literal starts with it): a node address. */
	readonly rootAscii = new Int32Array(128).fill(-1);
	readonly rootOther = new Map<number, number>();
	/** Node headers and edges: cells[a] = kinds | edgeCount << 2, cells[a + 1] = node number, then the edges. */
	readonly cells: Int32Array;
	/** By node number. */
	readonly prefixIds: number[][] = [];
	readonly wholeIds: number[][] = [];

	constructor(root: LiteralTrie) {
		const nodes: LiteralTrie[] = [];
		const address = new Map<LiteralTrie, number>();
		let size = 0;
		const visit = (node: LiteralTrie) => {
			address.set(node, size);
			size += HEADER + 2 * node.codes.length;
			nodes.push(node);
			node.children.forEach(visit);
		};
		root.children.forEach(visit);
		this.cells = new Int32Array(size);
		nodes.forEach((node, n) => {
			const at = address.get(node)!;
			this.cells[at] = node.kinds | (node.codes.length << KIND_BITS);
			this.cells[at + 1] = n;
			node.codes.forEach((code, k) => {
				this.cells[at + HEADER + 2 * k] = code;
				this.cells[at + HEADER + 2 * k + 1] = address.get(node.children[k])!;
			});
			this.prefixIds.push(node.prefixIds);
			this.wholeIds.push(node.wholeIds);
		});
		root.codes.forEach((code, k) => {
			const target = address.get(root.children[k])!;
			if (code < 128) this.rootAscii[code] = target;
			else this.rootOther.set(code, target);
		});
	}
}

/** Cells of a node's header, and the bits of its first cell that hold its kinds. */
export const HEADER = 2;
export const KIND_BITS = 2;
export const KIND_MASK = (1 << KIND_BITS) - 1;
