/**
 * Reading a regular expression's source for words every match must contain somewhere: a phrasing
 * that opens with "we" or "the" is tried at each of a message's dozens of "we"s and "the"s, and
 * fails at nearly all of them because a later word of it ("teardown", "cheques") is nowhere in
 * the message. Asking the lower-cased message once whether it holds one of those words spares
 * those tries (`TextIndex.mayHold`).
 *
 * The reading is conservative: whatever it cannot read (a class, a back-reference, a repetition
 * that may be absent) says nothing, so it can only leave a try in, never take a match out.
 */

/** What one piece of a pattern says about the text it matches. */
interface Reading {
	/** The piece matches exactly one of these strings (lower case; '' for a piece of no width), or null. */
	exact: string[] | null;
	/** Sets of strings one of which every match of the piece contains (lower case, none empty). */
	needs: string[][];
}

/** A piece's exact strings are listed up to this many; past it they become a need. */
const MAX_EXACT = 32;
/** A need is worth asking about only if its shortest string is at least this long. */
const MIN_NEED_CHARS = 4;
/** And only if it has at most this many strings to look for. */
const MAX_NEED_STRINGS = 16;

const NOTHING: Reading = { exact: null, needs: [] };
const NO_WIDTH: Reading = { exact: [''], needs: [] };

/** One character as a literal, or nothing known when lower-casing changes its length. */
function literal(char: string): Reading {
	const lower = char.toLowerCase();
	return lower.length === char.length ? { exact: [lower], needs: [] } : NOTHING;
}

const ESCAPED_CHARACTERS: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v' };

class SourceReader {
	private at = 0;
	constructor(private readonly source: string) {}

	/** The whole source; null when it cannot be read to its end. */
	readAll(): Reading | null {
		const reading = this.alternation();
		return this.at === this.source.length ? reading : null;
	}

	private alternation(): Reading {
		const alternatives = [this.sequence()];
		while (this.source[this.at] === '|') {
			this.at++;
			alternatives.push(this.sequence());
		}
		if (alternatives.length === 1) return alternatives[0];
		const exact = alternatives.every((alternative) => alternative.exact)
			? unique(alternatives.flatMap((alternative) => alternative.exact!))
			: null;
		if (exact && exact.length <= MAX_EXACT) return { exact, needs: asNeeds(exact) };
		// Every alternative must hold a need of its own; their union is one for the whole.
		const union: string[] = [];
		for (const alternative of alternatives) {
			const best = bestNeed(alternative);
			if (!best) return NOTHING;
			union.push(...best);
		}
		return { exact: null, needs: [unique(union)] };
	}

	private sequence(): Reading {
		const needs: string[][] = [];
		let run: string[] | null = [''];
		let whole = true;
		const closeRun = () => {
			if (run) needs.push(...asNeeds(run));
			run = null;
		};
		while (
			this.at < this.source.length &&
			this.source[this.at] !== '|' &&
			this.source[this.at] !== ')'
		) {
			const piece = this.quantified(this.atom());
			needs.push(...piece.needs);
			if (!piece.exact) {
				whole = false;
				closeRun();
				continue;
			}
			if (!run) {
				run = piece.exact;
				continue;
			}
			const joined: string[] = [];
			for (const head of run) for (const tail of piece.exact) joined.push(head + tail);
			if (joined.length <= MAX_EXACT) run = unique(joined);
			else {
				whole = false;
				closeRun();
				run = piece.exact;
			}
		}
		if (whole && run) return { exact: run, needs: [...needs, ...asNeeds(run)] };
		closeRun();
		return { exact: null, needs };
	}

	/** A repetition after an atom ("?", "*", "+", "{2}", "{1,3}", lazy or not). */
	private quantified(atom: Reading): Reading {
		const char = this.source[this.at];
		let least: number;
		let most: number;
		if (char === '?' || char === '*' || char === '+') {
			this.at++;
			least = char === '+' ? 1 : 0;
			most = char === '?' ? 1 : Infinity;
		} else if (char === '{') {
			const bounds = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.source.slice(this.at));
			if (!bounds) return atom;
			this.at += bounds[0].length;
			least = Number(bounds[1]);
			most = bounds[2] ? (bounds[3] ? Number(bounds[3]) : Infinity) : least;
		} else return atom;
		if (this.source[this.at] === '?') this.at++;
		if (least === 1 && most === 1) return atom;
		if (least === 0)
			return most === 1 && atom.exact ? { exact: unique(['', ...atom.exact]), needs: [] } : NOTHING;
		return {
			exact: null,
			needs: atom.exact ? [...atom.needs, ...asNeeds(atom.exact)] : atom.needs,
		};
	}

	private atom(): Reading {
		const char = this.source[this.at];
		if (char === '(') return this.group();
		if (char === '[') return this.characterClass();
		if (char === '\\') return this.escape();
		this.at++;
		if (char === '.') return NOTHING;
		if (char === '^' || char === '$') return NO_WIDTH;
		return literal(char);
	}

	private group(): Reading {
		const opener = /^\((\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>))?/.exec(this.source.slice(this.at))!;
		this.at += opener[0].length;
		const inner = this.alternation();
		if (this.source[this.at] !== ')') throw new Error('unbalanced group');
		this.at++;
		const kind = opener[1] ?? '';
		const lookaround = kind === '?=' || kind === '?!' || kind === '?<=' || kind === '?<!';
		return lookaround ? NO_WIDTH : inner;
	}

	/** A class of plain characters ("[sz]") is a choice of literals; any other says nothing. */
	private characterClass(): Reading {
		const end = this.classEnd();
		const body = this.source.slice(this.at + 1, end);
		this.at = end + 1;
		if (!body || body.startsWith('^') || /[\\\-[]/.test(body) || body.length > 8) return NOTHING;
		const chars = [...body].map((char) => char.toLowerCase());
		if (chars.some((char) => char.length !== 1)) return NOTHING;
		return { exact: unique(chars), needs: [] };
	}

	private classEnd(): number {
		for (let i = this.at + 1; i < this.source.length; i++) {
			if (this.source[i] === '\\') i++;
			else if (this.source[i] === ']') return i;
		}
		throw new Error('unclosed class');
	}

	private escape(): Reading {
		const next = this.source[this.at + 1];
		this.at += 2;
		if (next === undefined) throw new Error('trailing backslash');
		if (next === 'b' || next === 'B') return NO_WIDTH;
		if (next === 'p' || next === 'P') {
			if (this.source[this.at] === '{') this.at = this.source.indexOf('}', this.at) + 1;
			return NOTHING;
		}
		if (next === 'u' || next === 'x') {
			const code =
				next === 'x'
					? /^[0-9a-fA-F]{2}/.exec(this.source.slice(this.at))
					: /^(?:\{[0-9a-fA-F]+\}|[0-9a-fA-F]{4})/.exec(this.source.slice(this.at));
			if (!code) return NOTHING;
			this.at += code[0].length;
			const value = parseInt(code[0].replace(/[{}]/g, ''), 16);
			return value > 0xffff ? NOTHING : literal(String.fromCharCode(value));
		}
		if (next === 'k') {
			const name = /^<[^>]*>/.exec(this.source.slice(this.at));
			if (name) this.at += name[0].length;
			return NOTHING;
		}
		if (next === 'c') {
			this.at++;
			return NOTHING;
		}
		if (ESCAPED_CHARACTERS[next]) return literal(ESCAPED_CHARACTERS[next]);
		// Classes (\d, \s, \w), back-references (\1) and \0 say nothing.
		if (/[dDsSwW0-9]/.test(next)) return NOTHING;
		return literal(next);
	}
}

const unique = (strings: string[]): string[] => [...new Set(strings)];

/** Exact strings as a need: only when none is empty (an empty one is in every text). */
const asNeeds = (strings: string[]): string[][] =>
	strings.length && !strings.includes('') ? [strings] : [];

/** How much a need narrows: its shortest string, then the fewer strings the better. */
function bestNeed(reading: Reading): string[] | null {
	let best: string[] | null = null;
	let bestShortest = 0;
	for (const need of reading.needs) {
		const shortest = Math.min(...need.map((string) => string.length));
		if (
			shortest > bestShortest ||
			(shortest === bestShortest && best !== null && need.length < best.length)
		) {
			best = need;
			bestShortest = shortest;
		}
	}
	return best;
}

/**
 * Up to two sets of lower-case strings, for each of which every match of `source` contains one
 * string; empty when the source says nothing worth asking (nothing long enough, or more than it
 * can read).
 */
export function requiredLiterals(source: string): string[][] {
	let reading: Reading | null;
	try {
		reading = new SourceReader(source).readAll();
	} catch {
		return [];
	}
	if (!reading) return [];
	const distinct = new Map(reading.needs.map((need) => [[...need].sort().join('\u0000'), need]));
	const worth = [...distinct.values()]
		.filter((need) => need.length <= MAX_NEED_STRINGS)
		.map((need) => ({ need, shortest: Math.min(...need.map((string) => string.length)) }))
		.filter(({ shortest }) => shortest >= MIN_NEED_CHARS)
		.sort((a, b) => b.shortest - a.shortest || a.need.length - b.need.length);
	return worth.slice(0, 2).map(({ need }) => need);
}
