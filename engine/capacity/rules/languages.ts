import type { IntentResult } from '../../contract';
import type { Rep } from '../types';
import { comparableKey, listOf } from './keys';

let languageNames: Map<string, string> | undefined;

/** Language names in English, German, Spanish, French and the language itself (Intl's tables), built on first use. */
function languageNameIndex(): Map<string, string> {
	if (languageNames) return languageNames;
	languageNames = new Map();
	const displays = ['en', 'de', 'es', 'fr'].map(
		(locale) => new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' }),
	);
	for (let first = 97; first <= 122; first++) {
		for (let second = 97; second <= 122; second++) {
			const code = String.fromCharCode(first, second);
			let own: Intl.DisplayNames | undefined;
			try {
				own = new Intl.DisplayNames([code], { type: 'language', fallback: 'none' });
			} catch {
				own = undefined;
			}
			for (const display of [...displays, ...(own ? [own] : [])]) {
				const name = display.of(code);
				if (name && name !== code) languageNames.set(comparableKey(name), code);
			}
		}
	}
	return languageNames;
}

/** An ISO 639-1 code from "es", "ES", "es-MX", "es_419", "Spanish", "Español", "Spanisch"; empty when unknown. */
export function normaliseLanguage(value: unknown): string {
	const key = comparableKey(value);
	if (!key) return '';
	const tag = /^([a-z]{2})(?:[-_][a-z0-9]{2,8})*$/.exec(key);
	if (tag)
		return new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' }).of(tag[1])
			? tag[1]
			: '';
	return languageNameIndex().get(key) ?? '';
}

export interface LeadLanguage {
	language: string;
	source: 'field' | 'classifier' | 'none';
}

/**
 * The language a lead wrote in: a mapped field first (a form's locale), else the lexicon
 * language of the classifier's signals (`intent.signals[].language`), weighed by strength.
 */
export function leadLanguage(
	intent: Pick<IntentResult, 'signals'> | null | undefined,
	explicit?: unknown,
): LeadLanguage {
	const fromField = normaliseLanguage(explicit);
	if (fromField) return { language: fromField, source: 'field' };
	const weight = new Map<string, number>();
	const signals = Array.isArray(intent?.signals) ? intent!.signals : [];
	for (const signal of signals.slice(0, 500)) {
		const language = normaliseLanguage(signal?.language);
		const strength =
			typeof signal?.strength === 'number' && Number.isFinite(signal.strength)
				? Math.max(0, signal.strength)
				: 0;
		if (language) weight.set(language, (weight.get(language) ?? 0) + strength);
	}
	let best = '';
	for (const [language, total] of weight) if (!best || total > weight.get(best)!) best = language;
	return best ? { language: best, source: 'classifier' } : { language: '', source: 'none' };
}

/** A rep's languages as codes; a rep who lists none speaks the team's language. */
export function repLanguages(rep: Pick<Rep, 'languages'>, teamLanguage: string): string[] {
	const listed = (rep.languages ?? []).map(normaliseLanguage).filter(Boolean);
	return listed.length ? listed : [normaliseLanguage(teamLanguage) || 'en'];
}

export const speaks = (
	rep: Pick<Rep, 'languages'>,
	language: string,
	teamLanguage: string,
): boolean => repLanguages(rep, teamLanguage).includes(language);

/** Skills compared without case: every required one must be among the rep's. */
export function hasSkills(rep: Pick<Rep, 'skills'>, required: string[]): boolean {
	const own = new Set((rep.skills ?? []).map(comparableKey));
	return required.every((skill) => own.has(comparableKey(skill)));
}

/** Skills a lead needs, from a mapped field: "payroll, api". */
export const requiredSkills = (value: unknown): string[] =>
	[...new Set(listOf(value))].slice(0, 20);

/** The English name of a language code, for reasons ("Spanish"). */
export function languageName(code: string): string {
	try {
		return new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' }).of(code) ?? code;
	} catch {
		return code;
	}
}
