/**
 * Paragraph pools for the held-out contact-form eval set (data/eval/contact-forms.jsonl). Long,
 * multi-paragraph messages as they arrive from a website form, written apart from the training
 * templates and the adversarial suite, with their own wording. They are data, in
 * contact-form-registers.json: the slots per language, and per kind of message what it is
 * (`about`), its route, its shapes and its senders' roles.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { Grammar } from './grammar';
import type { Route } from './random';
import type { Lang } from './train-grammar';

export type FormKind = 'hot' | 'warm' | 'nurture' | 'support' | 'pitch' | 'applicant' | 'spam';

interface FormKindEntry {
	about: string;
	route: Route;
	/** Each shape is a sequence of paragraphs, each paragraph one or more slots. */
	shapes: readonly string[][];
	roles: readonly string[];
}

interface ContactFormsFile {
	slots: Record<Lang, Grammar>;
	kinds: Record<FormKind, FormKindEntry>;
	people: Record<Lang, ReadonlyArray<{ name: string; company: string; domain: string }>>;
}

const FILE = JSON.parse(
	readFileSync(join(__dirname, 'contact-form-registers.json'), 'utf8'),
) as ContactFormsFile;

function perKind<T>(field: (entry: FormKindEntry) => T): Record<FormKind, T> {
	return Object.fromEntries(
		Object.entries(FILE.kinds).map(([kind, entry]) => [kind, field(entry)]),
	) as Record<FormKind, T>;
}

export const FORM_SLOTS = FILE.slots;
export const FORM_SHAPES = perKind((entry) => entry.shapes);
export const ROUTE_OF = perKind((entry) => entry.route);
export const PEOPLE = FILE.people;
export const ROLES = perKind((entry) => entry.roles);
