import type { Evidence, Signal, SignalType } from '../../contract';
import type { TextIndex } from '../textIndex';
import type { CompiledLexicon, PhraseType } from '../compile';
import { makeSignal } from './signal';

/** Phrase types whose meaning flips when a negator stands right before them. */
const NEGATABLE = new Set<PhraseType>([
	'buying_action',
	'pain',
	'competitor',
	'authority',
	'budget',
]);

/** Lexicon pseudo-types stored as a contract signal type. */
const STORED_AS: Partial<Record<PhraseType, SignalType>> = { nurture_interest: 'browsing' };

const LOOKBEHIND_CHARS = 40;

const APOSTROPHES = new Set(["'", '\u2019']);
/**
 * Whether a match starts on the tail of a contraction ("d" in "we'd", "s" in "it's"): chat
 * shorthand ("d" for "the", "u" for "you") is a word of its own, never the end of another.
 */
const startsOnContractionTail = (text: string, start: number): boolean =>
	start >= 2 && APOSTROPHES.has(text[start - 1]) && /\p{L}/u.test(text[start - 2]);

/** Finds every lexicon phrase in one field of the lead (`index` is that field's text, indexed). */
export function extractPhrases(
	compiled: CompiledLexicon,
	index: TextIndex,
	field: Evidence['field'],
	only?: ReadonlySet<PhraseType>,
): Signal[] {
	const signals: Signal[] = [];
	const { text } = index;
	for (const { type, pattern, entries } of compiled.phraseLists) {
		if (only && !only.has(type)) continue;
		for (const match of pattern.matchAll(index)) {
			const entry = entries[match.alternative];
			const start = match.index;
			if (startsOnContractionTail(text, start)) continue;
			const end = start + match[0].length;
			if (NEGATABLE.has(type)) {
				const from = Math.max(0, start - LOOKBEHIND_CHARS);
				const negator = compiled.negatorAtEnd.exec(index, from, start);
				if (negator) {
					const negationStart = from + negator.index;
					signals.push(
						makeSignal(
							'negation',
							0.6,
							{ negates: type, ...entry.value },
							text,
							negationStart,
							end,
							field,
							compiled.lexicon.language,
						),
					);
					continue;
				}
			}
			const signalType = STORED_AS[type] ?? (type as SignalType);
			const value =
				type === 'nurture_interest' ? { interest: true, ...entry.value } : { ...entry.value };
			signals.push(
				makeSignal(
					signalType,
					entry.strength,
					value,
					text,
					start,
					end,
					field,
					compiled.lexicon.language,
				),
			);
		}
	}
	return signals;
}
