/**
 * The built-in Semantic Classifier: deterministic, offline, well under a millisecond per lead.
 * Signals with evidence -> Semantic Score -> path -> confidence, all explained in `reasons`.
 */
import { performance } from 'node:perf_hooks';

import type { IntentResult, LeadFields, PathDefinition, Signal } from '../contract';
import { CONTRACT_VERSION, DEFAULT_PATH_DEFINITIONS } from '../contract';
import { TextIndex } from './anchored';
import type { CompiledLexicon, PhraseType } from './compile';
import { compileLexicon } from './compile';
import { extractDeadlines, dateContext } from './extractors/deadline';
import { extractDisposableEmail, extractGibberish, extractMisspelledBuyingWords } from './extractors/heuristics';
import { extractBudgets } from './extractors/money';
import { extractPhrases } from './extractors/phrases';
import { extractScale } from './extractors/scale';
import { overlaps } from './extractors/signal';
import { LEXICONS } from './lexicons';
import { scoreLead } from './scoring';

export { scoreLead } from './scoring';
export { validatePaths, scorePathFor, marginToBoundary } from './paths';
export { LEXICONS } from './lexicons';
export type { Lexicon, LexiconEntry } from './lexicons';

export interface BuiltinClassifierOptions {
	/** Priority paths; default DEFAULT_PATH_DEFINITIONS. */
	paths?: readonly PathDefinition[];
	/** IANA time zone in which relative deadlines are resolved; default 'UTC'. */
	timeZone?: string;
	/** Reference time for relative dates; default lead.submittedAt, else now. */
	now?: Date | string;
	/** Lexicon languages to use; default every shipped lexicon. */
	languages?: string[];
}

/** Longer texts are cut here: a 1 MB message must not cost a second. */
export const MAX_TEXT_CHARS = 20_000;

/** Length of a chat-style message; also the sample read for keyboard mash. */
const SHORT_TEXT_CHARS = 300;

const compiledCache = new Map<string, CompiledLexicon>();
function compiled(language: string): CompiledLexicon {
	let lexicon = compiledCache.get(language);
	if (!lexicon) {
		const source = LEXICONS[language];
		if (!source) throw new Error(`No lexicon for language "${language}"; available: ${Object.keys(LEXICONS).join(', ')}`);
		lexicon = compileLexicon(source);
		compiledCache.set(language, lexicon);
	}
	return lexicon;
}
// Compile at load, so the first lead is as fast as the rest.
for (const language of Object.keys(LEXICONS)) compiled(language);

/** Only these phrase types are read from the role field. */
const ROLE_TYPES: ReadonlySet<PhraseType> = new Set<PhraseType>(['authority']);

function referenceTime(lead: LeadFields, now?: Date | string): Date {
	const candidate = now ?? lead.submittedAt;
	const date = candidate instanceof Date ? candidate : candidate ? new Date(candidate) : new Date();
	return Number.isNaN(date.getTime()) ? new Date() : date;
}

export function extractSignals(lead: LeadFields, options: BuiltinClassifierOptions = {}): Signal[] {
	const text = (lead.text ?? '').slice(0, MAX_TEXT_CHARS);
	const context = dateContext(referenceTime(lead, options.now), options.timeZone ?? 'UTC');
	const signals: Signal[] = [];
	// Read each field once; every lexicon's patterns then run only where they can match.
	const textIndex = new TextIndex(text);
	const roleIndex = lead.role ? new TextIndex(lead.role) : null;
	for (const language of options.languages ?? Object.keys(LEXICONS)) {
		const lexicon = compiled(language);
		if (text && (!lexicon.marker || lexicon.marker.test(textIndex))) {
			const budgets = extractBudgets(lexicon, textIndex);
			signals.push(...budgets, ...extractPhrases(lexicon, textIndex, 'text'));
			signals.push(...extractDeadlines(lexicon, textIndex, context), ...extractScale(lexicon, textIndex, budgets));
		}
		if (roleIndex) signals.push(...extractPhrases(lexicon, roleIndex, 'role', ROLE_TYPES));
	}
	if (text) {
		// Misspellings and keyboard mash matter in short chat-style messages; a long message
		// with exact buying words, or one that reads as words, needs neither pass in full.
		const hasBuying = signals.some((signal) => signal.type === 'buying_action');
		const misspelled = (hasBuying && text.length > SHORT_TEXT_CHARS ? [] : extractMisspelledBuyingWords(text.slice(0, SHORT_TEXT_CHARS * 2))).filter(
			(candidate) => !signals.some((signal) => signal.type === 'buying_action' && overlaps(signal, candidate.evidence.start, candidate.evidence.end)),
		);
		signals.push(...misspelled);
		signals.push(...extractGibberish(text.slice(0, SHORT_TEXT_CHARS)));
	}
	signals.push(...extractDisposableEmail(lead.email));
	return dedupe(signals);
}

/**
 * Overlapping evidence of one type is one signal: "$50k/year" and "$50k" (found by two
 * lexicons), or "book a demo" and "demo". The stronger, then the longer, span is kept.
 */
function dedupe(signals: Signal[]): Signal[] {
	const ranked = [...signals].sort(
		(a, b) => b.strength - a.strength || b.evidence.end - b.evidence.start - (a.evidence.end - a.evidence.start),
	);
	const kept: Signal[] = [];
	const keptByType = new Map<string, Signal[]>();
	for (const signal of ranked) {
		const { field, start, end } = signal.evidence;
		const sameType = keptByType.get(signal.type);
		if (!sameType) keptByType.set(signal.type, [signal]);
		else if (!sameType.some((other) => other.evidence.field === field && other.evidence.start < end && start < other.evidence.end)) sameType.push(signal);
		else continue;
		kept.push(signal);
	}
	return kept.sort((a, b) => a.evidence.start - b.evidence.start);
}

export function classifyLead(lead: LeadFields, options: BuiltinClassifierOptions = {}): IntentResult {
	const started = performance.now();
	const paths = options.paths ?? DEFAULT_PATH_DEFINITIONS;
	const normalisedLead: LeadFields = { ...lead, text: typeof lead.text === 'string' ? lead.text : String(lead.text ?? '') };
	const signals = extractSignals(normalisedLead, options);
	const { score, path, confidence, reasons } = scoreLead(signals, normalisedLead, paths);
	return {
		score,
		path,
		confidence,
		signals,
		reasons,
		engine: 'builtin',
		model: null,
		version: CONTRACT_VERSION,
		classifiedAt: new Date().toISOString(),
		latencyMs: Math.round((performance.now() - started) * 1000) / 1000,
	};
}
