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
 * A literal trie flattened into typed arrays, built once after the literals are registered:
 * nodes are numbers, each node's edges a short contiguous run. Kilobytes instead of megabytes of
 * scattered objects, so a walk stays in the processor's cache between the engine's other work.
 */
export class FlatTrie {
	/** The first step, for ASCII characters (-1: no literal starts with it). */
	readonly rootAscii = new Int32Array(128).fill(-1);
	readonly rootOther = new Map<number, number>();
	/** Node n's edges are edgeCodes/edgeTargets[edgeStart[n] .. edgeStart[n + 1]). */
	readonly edgeStart: Int32Array;
	readonly edgeCodes: Uint16Array;
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
		this.edgeCodes = new Uint16Array(edgeCount);
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
