import { de } from './de';
import { en } from './en';
import { es } from './es';
import type { Lexicon } from './types';

export type { Lexicon, LexiconEntry } from './types';

/** Every shipped lexicon. A new language is a new file plus one line here. */
export const LEXICONS: Readonly<Record<string, Lexicon>> = { en, es, de };
