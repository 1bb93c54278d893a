/**
 * Templates for the adversarial suite (test/fixtures/adversarial/). Written apart from the
 * training templates (train-grammar.ts), with other wording and other carriers, so that passing
 * this suite means the engine recognises what a message does, not that it memorised phrases.
 * They are data, in adversarial-registers.json: shapes and slots for injections and pitches,
 * listed cases for the rest, each with what it is and what the suite expects of it (`about`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { Grammar } from './grammar';
import type { Lang } from './train-grammar';

export type AdversarialKind = 'injection' | 'pitch' | 'applicant' | 'recruiter' | 'chitchat' | 'spam';

export interface CaseTemplate {
	kind: AdversarialKind | 'plain_buyer';
	lang: Lang;
	text: string;
	name?: string;
	company?: string;
	role?: string;
	email?: string;
}

interface ShapedSuite {
	about: string;
	shapes: readonly string[];
	slots: Record<Lang, Grammar>;
}

interface ListedCases {
	about: string;
	texts: Record<Lang, readonly string[]>;
}

interface AdversarialFile {
	/** Injections also carry attacks in the other fields (`fieldAttacks`). */
	injection: ShapedSuite & { fieldAttacks: Record<Lang, readonly string[]> };
	pitch: ShapedSuite;
	cases: Record<'applicant' | 'recruiter' | 'chitchat' | 'spam' | 'plainBuyer', ListedCases>;
}

const FILE = JSON.parse(
	readFileSync(join(__dirname, 'adversarial-registers.json'), 'utf8'),
) as AdversarialFile;

/** Slots for injection cases: the attack, what it wants, and the ordinary lead it hides in. */
export const INJECTION_SLOTS = FILE.injection.slots;
export const INJECTION_SHAPES = FILE.injection.shapes;
/** Carriers in the other fields: the message looks ordinary, the attack rides elsewhere. */
export const FIELD_ATTACKS = FILE.injection.fieldAttacks;

export const PITCH_SLOTS = FILE.pitch.slots;
export const PITCH_SHAPES = FILE.pitch.shapes;

export const APPLICANT_CASES = FILE.cases.applicant.texts;
export const RECRUITER_CASES = FILE.cases.recruiter.texts;
export const CHITCHAT_CASES = FILE.cases.chitchat.texts;
export const SPAM_CASES = FILE.cases.spam.texts;
/** Plain B2B buyers: short, no budget, no date, no "demo" or "pricing". */
export const PLAIN_BUYER_CASES = FILE.cases.plainBuyer.texts;
