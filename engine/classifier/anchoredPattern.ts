/**
 * Anchored matching: how the built-in engine stays well under a millisecond per lead.
 *
 * A lexicon holds dozens of regular expressions, and a global scan of each over a 1,000-character
 * lead costs more than everything else the engine does. But every match of a lexicon pattern
 * starts with one of a few literals ("book a", "pricing", a digit, "<"). So the text is read
 * once (`TextIndex`), which lists the positions where each pattern could start, and a pattern
 * then runs as a sticky regex at those positions only (a phrase list, one small regex per
 * alternative).
 *
 * The matches are exactly those of a global scan: the positions tried are a superset of the
 * positions where a match can start, tried in order from the end of the previous match, and a
 * sticky regex at a position prefers the same alternative a global one would there. A text the
 * table cannot reason about (lower-casing changes its length, astral characters, letters with
 * special case folding) and a pattern with no literal get a global scan instead.
 */
import type { Anchors } from './anchors';
import { ALTERNATIVES } from './anchors';
import type { PatternTable } from './patternTable';
import { requiredLiterals } from './requiredLiterals';
import type { TextIndex } from './textIndex';
import { GRAM_LENGTH, gramHash } from './textIndex';

/**
 * A regular expression searched on slices of the text ("the 40 characters before a phrase"): the
 * slice is only searched when the text index says the pattern may match inside it.
 */
export class SlicePattern {
	private readonly anchor: AnchoredPattern;

	constructor(
		readonly regex: RegExp,
		anchors: Anchors,
		table: PatternTable,
		group?: string,
	) {
		// A slice has a start of its own, where "^" matches: the text's start says nothing about it.
		if (anchors.kind === 'literals' && anchors.literals.some((literal) => literal.textStart))
			throw new Error(`A slice pattern cannot be anchored at the text's start: ${regex.source}`);
		this.anchor = new AnchoredPattern(regex, anchors, { table, group });
	}

	/** The first match in text[from, to), with its index relative to `from`; null when none. */
	exec(index: TextIndex, from: number, to: number): RegExpExecArray | null {
		if (!index.mayMatchWithin(this.anchor, from, to)) return null;
		this.regex.lastIndex = 0;
		return this.regex.exec(index.text.slice(from, to));
	}
}

/**
 * A run of digits and separators in a pattern (`\d[\d.,]*`) read at most this far. Unbounded, a
 * text of "1.1.1.1..." made each of the run's thousands of start positions read to its end:
 * 120 ms for 8,000 characters. No amount, count or date a lead writes is longer.
 */
const NUMBER_RUN_CHARS = 20;
const NUMBER_RUN = /\[\\d([.,]{0,2})\](?:\*|\+|\{(\d+),\})/g;
/** The pattern with each run of digits and separators (`*`, `+`, `{n,}`) bounded. */
export const withBoundedNumberRuns = (source: string): string =>
	source.replace(NUMBER_RUN, (run, separators: string, least?: string) => {
		const fewest = least ?? (run.endsWith('+') ? '1' : '0');
		return `[\\d${separators}]{${fewest},${NUMBER_RUN_CHARS}}`;
	});

/** A match, and for a pattern made of alternatives, which alternative matched (else -1). */
export type PatternMatch = RegExpExecArray & { alternative: number };

/** A regular expression that runs only where the text index says it can start. */
export class AnchoredPattern {
	readonly id: number;
	readonly table: PatternTable;
	/** Global twin, for a full scan. */
	readonly global: RegExp;
	private readonly sticky: RegExp;
	/** One sticky regex per alternative, when the pattern is `(alternative 1)|(alternative 2)|...`. */
	private readonly alternatives: RegExp[] | null;

	/** The literal group: 0, indexed with every text, or one indexed only when asked for. */
	readonly group: number;

	/**
	 * `table`: where the pattern's literals are kept (a TextIndex of that table runs it).
	 * `alternatives`: the sources of a pattern written as one capturing group per alternative
	 * (a phrase list), with its literals tagged by alternative; each is then tried on its own.
	 * `group`: a name for patterns only run on some texts (a language behind its marker words).
	 */
	constructor(
		regex: RegExp,
		readonly anchors: Anchors,
		options: { table: PatternTable; alternatives?: string[]; group?: string },
	) {
		const { alternatives } = options;
		const flags = regex.flags.replace(/[gy]/g, '');
		// With the m flag "^" also matches after every line break, which no anchor lists.
		if (
			flags.includes('m') &&
			anchors.kind === 'literals' &&
			anchors.literals.some((literal) => literal.textStart)
		)
			throw new Error(
				`A multiline pattern cannot be anchored at the text's start: ${regex.source}`,
			);
		const source = withBoundedNumberRuns(regex.source);
		this.global = new RegExp(source, `${flags}g`);
		this.sticky = new RegExp(source, `${flags}y`);
		this.alternatives =
			alternatives && alternatives.length <= ALTERNATIVES
				? alternatives.map(
						(alternative) => new RegExp(withBoundedNumberRuns(alternative), `${flags}y`),
					)
				: null;
		this.table = options.table;
		const added = options.table.add(anchors, this.alternatives !== null, options.group);
		this.id = added.id;
		this.group = added.group;
		options.table.patterns[this.id] = this;
	}

	get hasAlternatives(): boolean {
		return this.alternatives !== null;
	}

	/** Strings a match of an alternative (-1: of the whole pattern) must contain, by slot (alternative + 1), read on first use. */
	private readonly required: Array<string[][] | undefined> = [];
	private readonly requiredGrams: Array<number[][][] | undefined> = [];

	/** The source of each alternative tried on its own, or of the whole pattern. */
	get alternativeSources(): string[] {
		return (this.alternatives ?? [this.sticky]).map((regex) => regex.source);
	}

	/** Sets of strings (lower case), for each of which every match of the alternative holds one. */
	requiredLiteralsOf(alternative: number): string[][] {
		return (this.required[alternative + 1] ??= requiredLiterals(
			(alternative >= 0 && this.alternatives ? this.alternatives[alternative] : this.sticky).source,
		));
	}

	/** The same sets, each string as the hashes of its four-character pieces (`gramHash`). */
	requiredGramsOf(alternative: number): number[][][] {
		return (this.requiredGrams[alternative + 1] ??= this.requiredLiteralsOf(alternative).map(
			(need) =>
				need.map((string) =>
					Array.from({ length: string.length - GRAM_LENGTH + 1 }, (_, at) => gramHash(string, at)),
				),
		));
	}

	/**
	 * The match of one candidate (position * ALTERNATIVES + alternative, from the text index): its
	 * alternative's sticky regex, or the whole pattern's, run at its position; null when none.
	 * `index`: the text index `text` is (a piece of; case aside), which knows whether the text
	 * holds the words a match needs.
	 */
	execCandidate(text: string, packed: number, index?: TextIndex): PatternMatch | null {
		const position = Math.floor(packed / ALTERNATIVES);
		const alternative = this.alternatives ? packed - position * ALTERNATIVES : -1;
		if (index && !index.mayHold(this, alternative)) return null;
		const regex = alternative >= 0 ? this.alternatives![alternative] : this.sticky;
		regex.lastIndex = position;
		const match = regex.exec(text) as PatternMatch | null;
		if (match) match.alternative = alternative;
		return match;
	}

	/** Every match in the indexed text, exactly as a global scan finds them. */
	matchAll(index: TextIndex): PatternMatch[] {
		const candidates = index.candidatesFor(this);
		return candidates === null
			? this.scan(index.text)
			: this.matchAt(index.text, candidates, false, index);
	}

	/**
	 * Whether the indexed text has a match; `text`: a copy of it with the same characters at the
	 * same positions but for case (its lower-cased skeleton, which a case-sensitive pattern reads).
	 */
	test(index: TextIndex, text: string = index.text): boolean {
		const candidates = index.candidatesFor(this);
		if (candidates === null) return this.testText(text);
		return this.matchAt(text, candidates, true, index).length > 0;
	}

	/**
	 * The first match in the indexed text, as a global scan finds it; null when none, undefined
	 * when the index cannot list where the pattern starts (the caller then scans).
	 */
	firstIndexedMatch(index: TextIndex): PatternMatch | null | undefined {
		const candidates = index.candidatesFor(this);
		if (candidates === null) return undefined;
		return this.matchAt(index.text, candidates, true, index)[0] ?? null;
	}

	/** Whether a text this table has not indexed has a match: a global scan from its start. */
	testText(text: string): boolean {
		this.global.lastIndex = 0;
		return this.global.test(text);
	}

	/** The global scan (the reference the anchored path must equal). */
	scan(text: string): PatternMatch[] {
		const matches: PatternMatch[] = [];
		this.global.lastIndex = 0;
		let match: RegExpExecArray | null;
		while ((match = this.global.exec(text)) !== null) {
			let alternative = -1;
			if (this.alternatives)
				for (let group = 1; group < match.length && alternative < 0; group++)
					if (match[group] !== undefined) alternative = group - 1;
			(match as PatternMatch).alternative = alternative;
			matches.push(match as PatternMatch);
			if (match[0].length === 0) this.global.lastIndex++;
		}
		return matches;
	}

	private matchAt(
		text: string,
		candidates: readonly number[],
		first: boolean,
		index: TextIndex,
	): PatternMatch[] {
		const matches: PatternMatch[] = [];
		let from = 0;
		// Another text than the index's (a skeleton with look-alike letters folded) is not asked about.
		const holder = text === index.text ? index : undefined;
		for (const packed of candidates) {
			if (Math.floor(packed / ALTERNATIVES) < from) continue;
			const match = this.execCandidate(text, packed, holder);
			if (match) {
				matches.push(match);
				if (first) break;
				from = match.index + Math.max(1, match[0].length);
			}
		}
		return matches;
	}
}
