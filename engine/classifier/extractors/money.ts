import type { Signal } from '../../contract';
import type { TextIndex } from '../textIndex';
import type { CompiledLexicon } from '../compile';
import { makeSignal, negatorStart } from './signal';

const SYMBOL_CURRENCY: Record<string, string> = {
	$: 'USD',
	us$: 'USD',
	ca$: 'CAD',
	c$: 'CAD',
	au$: 'AUD',
	a$: 'AUD',
	'€': 'EUR',
	'£': 'GBP',
	'¥': 'JPY',
	'₹': 'INR',
	chf: 'CHF',
	r$: 'BRL',
};

const RANGE_JOINER = /^\s*(?:-|–|—|to|and|bis|a|y|or)\s*$/iu;
const CUE_WINDOW = 45;
/**
 * Below this, an amount with no period ("2 dollars a cupcake", "a budget of £20 each for the
 * gift") is the price of a small thing, not what an organisation has to spend; "$15 per seat
 * per month" keeps its period and counts.
 */
const SMALL_AMOUNT = 100;
/** A unit price ("$15 per user", "€9/seat"): small, and still what a buyer expects to pay. */
const PER_UNIT =
	/^\s*(?:per|\/|a|an|each|pro|por|al|je)\s*(?:user|seat|licen[cs]e|agent|rep|head|employee|member|month|year|week|day|hour|usuario|licencia|mes|año|nutzer|lizenz|monat|jahr)/iu;

/**
 * A unit of something other than money right after a bare magnitude ("about 60k sq ft", "around
 * 12k users a month"): a size, even beside a budget cue.
 */
const NOT_MONEY_UNIT =
	/^\s*(?:sq\.? ?(?:ft|feet|m|meters|metres)|sqft|sf|square (?:feet|foot|meters|metres|yards)|m2|m²|qm|acres?|hectares?|ha|users?|employees?|people|staff|visitors?|customers?|members?|students?|patients?|miles?|km|kilometers|kilometres|kg|lbs?|pounds of|tons?|tonnes?|units?|items?|orders?|calls?|leads?|emails?|messages?|records?|rows?|downloads?|followers?|subscribers?|views?|sessions?|tickets?|pallets?|parcels?|packages?|shipments?|deliveries|meals?|covers|guests?|seats?|licen[cs]es?)(?![\p{L}])/iu;

interface Amount {
	start: number;
	end: number;
	value: number;
	/** 1000 for "50k", 1e6 for "2m", 1 without a magnitude. */
	multiplier: number;
	hasMagnitude: boolean;
	currency?: string;
	explicitCurrency: boolean;
}

/** "1,500,000" / "1.500.000" / "1 500 000" -> 1500000; "2.5" / "2,5" -> 2.5. */
export function parseNumber(raw: string): number {
	const compact = raw.replace(/\s/g, '');
	if (/^\d{1,3}(?:[,.]\d{3})+(?:[.,]\d{1,2})?$/.test(compact)) {
		const lastSeparator = Math.max(compact.lastIndexOf(','), compact.lastIndexOf('.'));
		const decimals = compact.length - lastSeparator - 1;
		const integerPart = decimals === 3 ? compact : compact.slice(0, lastSeparator);
		const fraction = decimals === 3 ? '' : compact.slice(lastSeparator + 1);
		return Number(integerPart.replace(/[,.]/g, '') + (fraction ? `.${fraction}` : ''));
	}
	return Number(compact.replace(',', '.'));
}

/**
 * Budgets: amounts with a currency (symbol or word) or a magnitude ("50k") near a budget cue,
 * ranges ("$20-30k", "between 20k and 40k"), periods ("per month") and "budget approved".
 */
export function extractBudgets(compiled: CompiledLexicon, index: TextIndex): Signal[] {
	const amounts: Amount[] = [];
	const { text } = index;
	for (const match of compiled.money.matchAll(index)) {
		const [whole, symbol, digits, magnitude, currencyWord] = match;
		const multiplier = magnitude ? (compiled.magnitudeByWord.get(magnitude.toLowerCase()) ?? 1) : 1;
		const value = parseNumber(digits) * multiplier;
		const symbolKey = symbol?.trim().toLowerCase();
		const currency = symbolKey
			? SYMBOL_CURRENCY[symbolKey]
			: currencyWord
				? compiled.currencyByWord.get(currencyWord.toLowerCase())
				: undefined;
		// Trim a trailing space the optional groups may have swallowed.
		const trimmed = whole.replace(/\s+$/u, '');
		amounts.push({
			start: match.index,
			end: match.index + trimmed.length,
			value,
			multiplier,
			hasMagnitude: Boolean(magnitude),
			currency,
			explicitCurrency: Boolean(currency),
		});
	}

	const signals: Signal[] = [];
	for (let i = 0; i < amounts.length; i++) {
		const low = amounts[i];
		let high: Amount | undefined;
		const next = amounts[i + 1];
		if (next && RANGE_JOINER.test(text.slice(low.end, next.start))) {
			high = next;
			i++;
		}
		const currency = low.currency ?? high?.currency;
		// "20-30k": the low end takes the high end's magnitude.
		const lowValue =
			high && !low.hasMagnitude && high.hasMagnitude ? low.value * high.multiplier : low.value;
		const start = low.start;
		const end = (high ?? low).end;
		// A bare number ("250 users", "30 days") is never money: only look for a cue around an
		// amount with a currency or a magnitude.
		if (!currency && !low.hasMagnitude && !high?.hasMagnitude) continue;
		const nearCue =
			compiled.budgetCue.exec(
				index,
				Math.max(0, start - CUE_WINDOW),
				Math.min(text.length, end + CUE_WINDOW),
			) !== null;
		const isMoney = Boolean(currency) || ((low.hasMagnitude || high?.hasMagnitude) && nearCue);
		if (!isMoney || lowValue <= 0) continue;
		// A bare magnitude with no currency and no cue ("50k users") is scale, not money.
		if (!currency && !nearCue) continue;
		if (!currency && NOT_MONEY_UNIT.test(text.slice(end, end + 24))) continue;

		const periodMatch = compiled.period.exec(text.slice(end, end + 16));
		const period = periodMatch
			? compiled.periodByPhrase.get(periodMatch[0].trim().toLowerCase())
			: undefined;
		if (
			!period &&
			!PER_UNIT.test(text.slice(end, end + 16)) &&
			(high ? high.value : lowValue) < SMALL_AMOUNT
		)
			continue;
		const evidenceEnd = periodMatch ? end + periodMatch[0].length : end;
		const value: Record<string, unknown> = {
			amount: high ? undefined : lowValue,
			min: high ? lowValue : undefined,
			max: high ? high.value : undefined,
			currency: currency ?? null,
			period: period ?? null,
		};
		for (const key of Object.keys(value)) if (value[key] === undefined) delete value[key];
		const strength = nearCue ? 0.95 : currency ? 0.75 : 0.6;
		signals.push(
			makeSignal(
				'budget',
				strength,
				value,
				text,
				start,
				evidenceEnd,
				'text',
				compiled.lexicon.language,
			),
		);
	}

	for (const match of compiled.budgetApproved.matchAll(index)) {
		// "Ahora mismo no tenemos presupuesto": the approval is denied, not given.
		const negated = negatorStart(compiled, index, match.index);
		signals.push(
			makeSignal(
				negated >= 0 ? 'negation' : 'budget',
				negated >= 0 ? 0.8 : 0.9,
				negated >= 0 ? { negates: 'budget', approved: true } : { approved: true },
				text,
				negated >= 0 ? negated : match.index,
				match.index + match[0].length,
				'text',
				compiled.lexicon.language,
			),
		);
	}
	return signals;
}
