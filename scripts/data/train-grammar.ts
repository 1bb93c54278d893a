/**
 * The registers of the generated part of the training corpus (scripts/data/generate-train.ts).
 * They are data, in train-registers.json: per register what it is and why it is there (`about`),
 * its route, templates per language and slots of its own. The adversarial suite and the
 * contact-form eval set are written from OTHER templates (adversarial-grammar.ts,
 * contact-form-grammar.ts): a scorer that only memorised these phrasings would show it there.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { Grammar } from './grammar';

export type Lang = 'en' | 'es' | 'de';

/** Per register and language: templates, plus slots of their own. */
export interface Register {
	route: 'sales' | 'nurture' | 'support' | 'junk';
	/** Text messages and spam come without a letter's greeting and sign-off. */
	unsigned?: boolean;
	/** Its slots include the made-up product names (`madeName`, `edition`). */
	madeNames?: boolean;
	templates: Record<Lang, readonly string[]>;
	slots: Record<Lang, Grammar>;
}

interface RegistersFile {
	/** Slots every letter-style register of a language can use. */
	shared: Record<Lang, Grammar>;
	/** Slots shared by the chat-register sets: short turns typed into a chat widget. */
	chatShared: Record<Lang, Grammar>;
	/** Two-syllable product names: each too rare in the corpus to get a weight of its own. */
	madeNames: Grammar;
	registers: Record<string, Register & { about: string }>;
}

const FILE = JSON.parse(
	readFileSync(join(__dirname, 'train-registers.json'), 'utf8'),
) as RegistersFile;

function register(name: string): Register {
	const entry = FILE.registers[name];
	if (!entry) throw new Error(`train-registers.json has no register ${name}`);
	return entry;
}

export const SALES_PLAIN = register('SALES_PLAIN');
export const SALES_DETAILED = register('SALES_DETAILED');
export const NURTURE_CONTENT = register('NURTURE_CONTENT');
export const NURTURE_EARLY = register('NURTURE_EARLY');
export const SUPPORT = register('SUPPORT');
export const PITCHES = register('PITCHES');
export const APPLICANTS = register('APPLICANTS');
export const CHITCHAT = register('CHITCHAT');
export const FORM_SPAM = register('FORM_SPAM');
export const INJECTIONS = register('INJECTIONS');
export const CHAT_SALES = register('CHAT_SALES');
export const CHAT_NURTURE = register('CHAT_NURTURE');
export const CHAT_SUPPORT = register('CHAT_SUPPORT');
export const PERSONAL_TEXTS = register('PERSONAL_TEXTS');
export const CHAT_HOWTO = register('CHAT_HOWTO');
export const CHAT_GETTING_STARTED = register('CHAT_GETTING_STARTED');
export const PITCHES_VARIED = register('PITCHES_VARIED');
export const PITCHES_CALL_US = register('PITCHES_CALL_US');
export const CHAT_TECH_QUESTIONS = register('CHAT_TECH_QUESTIONS');
export const CHAT_BOT_SMALLTALK = register('CHAT_BOT_SMALLTALK');
export const CHAT_NEWCOMERS = register('CHAT_NEWCOMERS');

const madeNamesOf = (register: Register): Grammar => (register.madeNames ? FILE.madeNames : {});

export function grammarFor(register: Register, lang: Lang): Grammar {
	return { ...FILE.shared[lang], ...madeNamesOf(register), ...register.slots[lang] };
}

export function chatGrammarFor(register: Register, lang: Lang): Grammar {
	return { ...FILE.chatShared[lang], ...madeNamesOf(register), ...register.slots[lang] };
}
