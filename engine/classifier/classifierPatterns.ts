/**
 * One pattern table for the lexicons and the stance families: a message is indexed once (one
 * walk per word start down one trie) and both readers take their candidates from that index.
 */
import { AnchoredPattern } from './anchoredPattern';
import { anchorsForAlternatives, topLevelAlternatives } from './leadingLiterals';
import { PatternTable } from './patternTable';

export const CLASSIFIER_PATTERNS = new PatternTable();

/**
 * A phrase list, run one alternative at a time, each only where one of its own first words
 * starts (the message's text index lists them) instead of all of them at every position.
 * `bounded` puts each alternative, and the whole list for a full scan, between its edges;
 * `group`: a group of literals indexed only when one of its patterns is first asked about.
 */
export function phraseListPattern(
	alternatives: string,
	bounded: (source: string) => string,
	flags: string,
	group?: string,
): AnchoredPattern {
	return new AnchoredPattern(
		new RegExp(bounded(alternatives), flags),
		anchorsForAlternatives(alternatives),
		{
			table: CLASSIFIER_PATTERNS,
			alternatives: topLevelAlternatives(alternatives).map(bounded),
			group,
		},
	);
}
