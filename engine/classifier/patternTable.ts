/**
 * A table of anchored patterns: their ids and the literals their matches start with, in groups.
 * A TextIndex is built for one table; every pattern of the table can then be run on that text.
 * Each reader owns its table (the lexicons one, the stance families another), so nothing is
 * registered in module-wide state.
 */
import type { AnchoredPattern } from './anchoredPattern';
import type { Anchors } from './anchors';
import { ALTERNATIVES } from './anchors';
import { addOnce, FlatTrie, isWordCode, LiteralTrie } from './literalTrie';

/**
 * The literals of a set of patterns. Patterns of a language that is only read when its marker
 * words are in the text ("und", "que") form a group of their own, indexed only when asked for:
 * an English lead does not pay for the Spanish and German literals.
 */
export class LiteralGroup {
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
	/** Symbols some literal of the trie starts with ("." of ". very"): the text is walked from them too. */
	readonly walksFromSymbol = new Uint8Array(65536);
	/** Pattern codes whose matches can start at the text's start ("^"). */
	readonly textStartAnchors: number[] = [];
	readonly digitRunPatterns: Array<{ patternId: number; lookback: number; leadChars: string }> = [];
}

export class PatternTable {
	/** Patterns added so far; ids are 0 .. size - 1. */
	private count = 0;
	/** Every pattern of the table, by id (for the tests that compare each with a global scan). */
	readonly patterns: AnchoredPattern[] = [];
	/** Group 0 is indexed with every text; the others on demand. */
	readonly groups: LiteralGroup[] = [new LiteralGroup()];
	private readonly groupIds = new Map<string, number>();

	get size(): number {
		return this.count;
	}

	/**
	 * Adds a pattern's anchors (`alternatives`: it is a phrase list whose literals name their
	 * alternative); returns its id and the number of its group.
	 */
	add(anchors: Anchors, alternatives: boolean, groupName?: string): { id: number; group: number } {
		const id = this.count++;
		const groupNumber = this.groupNumber(groupName);
		const group = this.groups[groupNumber];
		if (anchors.kind === 'digitRun')
			group.digitRunPatterns.push({
				patternId: id,
				lookback: anchors.lookback,
				leadChars: anchors.leadChars,
			});
		if (anchors.kind === 'literals') {
			for (const literal of anchors.literals) {
				const head = literal.text.charCodeAt(0);
				const code = id * ALTERNATIVES + (alternatives ? (literal.alternative ?? 0) : 0);
				if (literal.textStart) {
					addOnce(group.textStartAnchors, code);
					continue;
				}
				// A symbol alone is looked up where it stands; a symbol with words after it (". very")
				// goes into the trie, walked from that symbol.
				if (!isWordCode(head) && literal.text.length === 1) {
					const ids = group.symbolAnchors.get(head) ?? [];
					addOnce(ids, code);
					group.symbolAnchors.set(head, ids);
					group.isSymbolAnchor[head] = 1;
					continue;
				}
				group.changed();
				if (!isWordCode(head)) group.walksFromSymbol[head] = 1;
				const node = LiteralTrie.insert(group.trie, literal.text);
				// After a symbol ("a.s.a.p.") the boundary that follows is not a word end: any text may follow.
				const endsInWord = isWordCode(literal.text.charCodeAt(literal.text.length - 1));
				node.note(literal.wholeWord && endsInWord, code);
			}
		}
		return { id, group: groupNumber };
	}

	private groupNumber(name: string | undefined): number {
		if (name === undefined) return 0;
		let number = this.groupIds.get(name);
		if (number === undefined) {
			number = this.groups.length;
			this.groups.push(new LiteralGroup());
			this.groupIds.set(name, number);
		}
		return number;
	}
}
