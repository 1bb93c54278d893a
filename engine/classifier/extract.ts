/**
 * The lexicon readers: every shipped lexicon's phrases, budgets, deadlines and scale, the
 * misspelling and gibberish passes, and the disposable-email check, over a normalised lead.
 */
import type { LeadFields, Signal } from '../contract';
import type { CompiledLexicon, PhraseType } from './compile';
import { CLASSIFIER_PATTERNS } from './classifierPatterns';
import { compileLexicon } from './compile';
import { extractDeadlines } from './extractors/deadline';
import { dateContext } from './extractors/wallClock';
import { extractDisposableEmail } from './extractors/disposableEmail';
import { extractGibberish } from './extractors/gibberish';
import { extractMisspelledBuyingWords } from './extractors/misspelling';
import { extractBudgets } from './extractors/money';
import { extractPhrases } from './extractors/phrases';
import { extractScale } from './extractors/scale';
import { overlaps, within } from './extractors/signal';
import { LEXICONS } from './lexicons';
import { FIELD_CAPS } from './normalise';
import type { BuiltinClassifierOptions } from './options';
import { TextIndex } from './textIndex';

/** Longer texts are cut here (by normalisation): a 1 MB message must not cost a second. */
export const MAX_TEXT_CHARS = FIELD_CAPS.text;

/** Length of a chat-style message; also the sample read for keyboard mash. */
const SHORT_TEXT_CHARS = 300;

const compiledCache = new Map<string, CompiledLexicon>();
function compiled(language: string): CompiledLexicon {
	let lexicon = compiledCache.get(language);
	if (!lexicon) {
		const source = LEXICONS[language];
		if (!source)
			throw new Error(
				`No lexicon for language "${language}"; available: ${Object.keys(LEXICONS).join(', ')}`,
			);
		lexicon = compileLexicon(source, CLASSIFIER_PATTERNS);
		compiledCache.set(language, lexicon);
	}
	return lexicon;
}
// Compile at load, so the first lead is as fast as the rest.
for (const language of Object.keys(LEXICONS)) compiled(language);

/** Only these phrase types are read from the role field. */
const ROLE_TYPES: ReadonlySet<PhraseType> = new Set<PhraseType>(['authority']);

/** Dates a lead can really carry; anything outside (year 275760, NaN) is read as "now". */
const EARLIEST_REFERENCE = Date.UTC(1900, 0, 1);
const LATEST_REFERENCE = Date.UTC(3000, 0, 1);

function referenceTime(lead: LeadFields, now?: Date | string): Date {
	const candidate = now ?? lead.submittedAt;
	const date = candidate instanceof Date ? candidate : candidate ? new Date(candidate) : new Date();
	const time = date.getTime();
	return Number.isNaN(time) || time < EARLIEST_REFERENCE || time > LATEST_REFERENCE
		? new Date()
		: date;
}

/** The message's index (of CLASSIFIER_PATTERNS): the lexicon and stance readers share it. */
export function indexText(lead: LeadFields): TextIndex {
	return new TextIndex((lead.text ?? '').slice(0, MAX_TEXT_CHARS), CLASSIFIER_PATTERNS);
}

/** `textIndex`, when given, is indexText(lead), already made by the caller. */
export function extractSignals(
	lead: LeadFields,
	options: BuiltinClassifierOptions = {},
	textIndex: TextIndex = indexText(lead),
): Signal[] {
	const { text } = textIndex;
	const context = dateContext(referenceTime(lead, options.now), options.timeZone ?? 'UTC');
	const signals: Signal[] = [];
	// Read each field once; every lexicon's patterns then run only where they can match.
	const roleIndex = lead.role ? new TextIndex(lead.role, CLASSIFIER_PATTERNS) : null;
	for (const language of options.languages ?? Object.keys(LEXICONS)) {
		const lexicon = compiled(language);
		if (text && (!lexicon.marker || lexicon.marker.test(textIndex))) {
			const budgets = extractBudgets(lexicon, textIndex);
			signals.push(...budgets, ...extractPhrases(lexicon, textIndex, 'text'));
			signals.push(
				...extractDeadlines(lexicon, textIndex, context),
				...extractScale(lexicon, textIndex, budgets),
			);
		}
		if (roleIndex) signals.push(...extractPhrases(lexicon, roleIndex, 'role', ROLE_TYPES));
	}
	if (text) {
		// Misspellings and keyboard mash matter in short chat-style messages; a long message
		// with exact buying words, or one that reads as words, needs neither pass in full.
		const hasBuying = signals.some((signal) => signal.type === 'buying_action');
		const misspelled = (
			hasBuying && text.length > SHORT_TEXT_CHARS
				? []
				: extractMisspelledBuyingWords(text.slice(0, SHORT_TEXT_CHARS * 2))
		).filter(
			(candidate) =>
				!signals.some(
					(signal) =>
						signal.type === 'buying_action' &&
						overlaps(signal, candidate.evidence.start, candidate.evidence.end),
				),
		);
		signals.push(...misspelled);
		signals.push(...extractGibberish(text.slice(0, SHORT_TEXT_CHARS)));
	}
	signals.push(...extractDisposableEmail(lead.email));
	return dedupe(withoutRetractedBuyingActions(signals));
}

/**
 * Overlapping evidence of one type is one signal: "$50k/year" and "$50k" (found by two
 * lexicons), or "book a demo" and "demo". The stronger, then the longer, span is kept.
 */
/** More evidence of one type adds nothing a reader needs, and a pasted wall of phrases must not bloat the item. */
const MAX_SIGNALS_PER_TYPE = 8;

export function dedupe(signals: Signal[]): Signal[] {
	const ranked = [...signals].sort(
		(a, b) =>
			b.strength - a.strength ||
			b.evidence.end - b.evidence.start - (a.evidence.end - a.evidence.start),
	);
	const kept: Signal[] = [];
	const keptByType = new Map<string, Signal[]>();
	for (const signal of ranked) {
		const { field, start, end } = signal.evidence;
		const sameType = keptByType.get(signal.type);
		if (!sameType) keptByType.set(signal.type, [signal]);
		else if (sameType.length >= MAX_SIGNALS_PER_TYPE) continue;
		else if (
			!sameType.some(
				(other) =>
					other.evidence.field === field &&
					other.evidence.start < end &&
					start < other.evidence.end,
			)
		)
			sameType.push(signal);
		else continue;
		kept.push(signal);
	}
	return kept.sort((a, b) => a.evidence.start - b.evidence.start);
}

/** The writer says they already are a customer ("we've been on the Business plan since 2025", "ya somos clientes"). */
const EXISTING_CUSTOMER =
	/(?:plan|tier|subscription|package) (?:since|for)|(?:existing|current) (?:customer|client|subscriber|account holder)|(?:we|i) (?:already )?(?:use|have) your|been using (?:your|the)|somos clientes|soy cliente|(?:bereits|schon) kunde|(?:customer|client|account|order|booking|ticket|case) (?:id|number|no\.?|#)|kunden-?(?:nummer|nr)|número de cliente|(?:we'?re|we are|i'?m|i am) (?:already |existing |current |paying )?(?:your )?(?:customers?|clients?|subscribers?)|bestandskunde|wir sind (?:\S+ )?kunden? (?:bei|von) ihnen|tenemos una reserva|one of your (?:cleaners|technicians|techs|drivers|engineers|installers|crew|couriers|fitters)|(?:den|die|das) wir (?:\S+ ){0,3}?(?:bei ihnen |bei euch )?(?:gemietet|gekauft|bestellt|geleast|gebucht) haben|(?:our|my) (?:account manager|account rep|account executive|contact person|csm|customer success manager) (?:\S+ ){0,2}?(?:left|has left|is gone|moved on|quit|is on leave|went on leave)|your (?:\S+ )?(?:crew|team|drivers?|guys|cleaners?|technicians?|techs?|installers?|fitters?|engineers?|movers|gardeners?|landscapers?) (?:hit|damaged|broke|knocked|scratched|dented|cracked|left|forgot|missed|spilled|flooded|blocked)|(?:wir|ich) (?:bei|von) ihnen (?:gekauft|bestellt|bezogen|erworben)|admin(?:istrator)? (?:on|of|for) (?:the|our|this) account|(?:we|i) (?:bought|purchased|ordered|leased|rented) (?:\S+ ){0,4}?from you|(?:bei|von) ihnen (?:gekauft|bestellt|gemietet|geleast)|(?:les|os) (?:compramos|compré|pedimos|alquilamos)|(?:a|con) (?:ustedes|vosotros)|(?:pedido|reserva|envío|albarán|incidencia|póliza|contrato|ticket)\b.*\d{3,}|(?:nos|me) (?:instalaron|instalasteis|vendieron|vendisteis|pusieron|pusisteis|montaron|montasteis|entregaron|entregasteis)|(?:installed|set up|fitted|delivered|supplied|configured|built) .*(?:for us|for me|on our|at our|in our)|sie (?:uns|mir) .*(?:installiert|eingerichtet|geliefert|eingebaut|verkauft)/i;

/** A support phrase that says its writer is already a customer ("Kundennummer 30418", "we're existing customers"). */
export const namesExistingCustomer = (signal: Signal): boolean =>
	signal.type === 'support_request' && EXISTING_CUSTOMER.test(signal.evidence.quote);

/** A support phrase this strong is a customer's whole request ("can someone from support call me"). */
const SUPPORT_OUTRIGHT = 0.95;

/**
 * Buying actions inside a phrase that takes them back: negated after the fact ("ein Rückruf ist
 * nicht nötig", "no hace falta que nos llamen"; a negator before a phrase already keeps it out),
 * naming the plan a customer is already on ("we have been on the Business plan since 2025"), or
 * asking the support team for the call ("can someone from support call me today?").
 */
function withoutRetractedBuyingActions(signals: Signal[]): Signal[] {
	const retractions = signals.filter(
		(signal) =>
			(signal.type === 'negation' && signal.value?.negates === 'buying_action') ||
			(signal.type === 'support_request' && signal.strength >= SUPPORT_OUTRIGHT) ||
			namesExistingCustomer(signal),
	);
	if (retractions.length === 0) return signals;
	return signals.filter(
		(signal) =>
			signal.type !== 'buying_action' ||
			!retractions.some((retraction) => within(signal, retraction)),
	);
}
