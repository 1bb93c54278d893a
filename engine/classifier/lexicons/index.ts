import de from './de.json';
import en from './en.json';
import es from './es.json';
import { loadLexicon } from './load';
import type { Lexicon } from './types';

export type { Lexicon, LexiconEntry, LexiconFile, LexiconPhraseType, PhraseGroup } from './types';
export { LexiconError, loadLexicon } from './load';

/**
 * Every shipped lexicon, checked once when the engine loads. A new language is a new
 * `<language>.json` file (the shape of `LexiconFile`) plus one line here.
 */
export const LEXICONS: Readonly<Record<string, Lexicon>> = {
	en: loadLexicon('en.json', en),
	es: loadLexicon('es.json', es),
	de: loadLexicon('de.json', de),
};
