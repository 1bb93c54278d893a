/**
 * One pattern table for the lexicons and the stance families: a message is indexed once (one
 * walk per word start down one trie) and both readers take their candidates from that index.
 */
import { PatternTable } from './patternTable';

export const CLASSIFIER_PATTERNS = new PatternTable();
