import type { LeadFields, PathDefinition, Signal, SignalType } from '../contract';
import { DEFAULT_PATH_DEFINITIONS } from '../contract';
import { formatNumber } from '../format';
import { marginToBoundary, scorePathFor } from './paths';

/** Points a positive signal type adds at full strength. Buying actions weigh most: they are explicit. */
const POINTS: Partial<Record<SignalType, number>> = {
	buying_action: 38,
	budget: 22,
	deadline: 20,
	authority: 14,
	pain: 14,
	competitor: 12,
	scale: 10,
};
const BASE_POINTS = 15;
const POINT_ENTRIES = Object.entries(POINTS) as Array<[SignalType, number]>;

/** Negative types that make a lead junk, and those that mean "an existing customer". */
const JUNK_TYPES = new Set<SignalType>(['spam', 'vendor_pitch', 'job_seeker', 'student', 'gibberish', 'disposable_email', 'prompt_injection', 'off_topic']);
/** Junk types too weak on their own to outvote a clear buying request. */
const SOFT_JUNK_TYPES = new Set<SignalType>(['off_topic', 'disposable_email']);
const PENALTIES: Partial<Record<SignalType, number>> = { browsing: 22, negation: 10, prompt_injection: 30, student: 20 };
const PENALTY_ENTRIES = Object.entries(PENALTIES) as Array<[SignalType, number]>;

const JUNK_THRESHOLD = 0.6;
const SUPPORT_THRESHOLD = 0.55;

const LABELS: Record<SignalType, string> = {
	buying_action: 'Buying action',
	budget: 'Budget',
	deadline: 'Timeline',
	pain: 'Pain point',
	authority: 'Authority',
	scale: 'Scale',
	competitor: 'Switching from a current solution',
	spam: 'Spam or SEO pitch',
	vendor_pitch: 'Vendor or partnership pitch',
	job_seeker: 'Job seeker',
	student: 'Student or research request',
	browsing: 'Early interest only',
	support_request: 'Support request from an existing customer',
	gibberish: 'Gibberish',
	disposable_email: 'Disposable email address',
	prompt_injection: 'Prompt-injection attempt (ignored, treated as a red flag)',
	off_topic: 'Off-topic or chit-chat',
	negation: 'Negated signal',
};

/** Strongest signal per type, with repeated evidence adding a little ("noisy-or", capped). */
function strengthByType(signals: Signal[]): Map<SignalType, number> {
	const byType = new Map<SignalType, number>();
	for (const signal of signals) {
		const previous = byType.get(signal.type) ?? 0;
		const combined = 1 - (1 - previous) * (1 - signal.strength * 0.5);
		byType.set(signal.type, Math.min(1, Math.max(previous, signal.strength, combined)));
	}
	return byType;
}

function describe(signal: Signal): string {
	const quote = `'${signal.evidence.quote.length > 80 ? `${signal.evidence.quote.slice(0, 77)}...` : signal.evidence.quote}'`;
	const where = signal.evidence.field === 'text' ? '' : ` (${signal.evidence.field} field)`;
	const value = signal.value;
	switch (signal.type) {
		case 'budget':
			if (value.approved) return `Budget approved: ${quote}`;
			return `Budget of ${formatMoney(value)}: ${quote}`;
		case 'deadline':
			return value.kind === 'asap' ? `Wants it as soon as possible: ${quote}` : `Timeline ${value.date as string}: ${quote}`;
		case 'scale':
			return `Scale of ${formatNumber(value.count as number)} ${value.unit as string}: ${quote}`;
		case 'negation':
			return `Negated ${String(value.negates).replace('_', ' ')}: ${quote}`;
		default:
			return `${LABELS[signal.type]}: ${quote}${where}`;
	}
}

function formatMoney(value: Record<string, unknown>): string {
	const currency = (value.currency as string | null) ?? '';
	const amount = (n: unknown) => (typeof n === 'number' ? formatNumber(n) : '?');
	const figure = value.amount !== undefined ? amount(value.amount) : `${amount(value.min)}-${amount(value.max)}`;
	const period = value.period ? ` per ${value.period as string}` : '';
	return `${currency ? `${currency} ` : ''}${figure}${period}`;
}

/**
 * Turns signals into a Semantic Score, a path and a confidence.
 * - Score: base points plus the weighted strength of each positive type, minus penalties.
 * - Path: junk or support when their negative evidence is strong enough and not outweighed by an
 *   explicit buying request; otherwise the score ladder.
 * - Confidence: how strong the deciding evidence is and how far the score is from a boundary.
 */
export function scoreLead(
	signals: Signal[],
	lead: LeadFields,
	paths: readonly PathDefinition[] = DEFAULT_PATH_DEFINITIONS,
): { score: number; path: string; confidence: number; reasons: string[] } {
	const strengths = strengthByType(signals);
	const hasText = lead.text.trim().length > 0;
	let points = hasText ? BASE_POINTS : 0;
	for (const [type, weight] of POINT_ENTRIES) {
		points += weight * (strengths.get(type) ?? 0);
	}
	const buyingStrength = strengths.get('buying_action') ?? 0;
	for (const [type, penalty] of PENALTY_ENTRIES) {
		// "Learn more about your pricing" is a pricing question: early-interest words only
		// pull the score down when nothing explicit was asked for.
		const damping = type === 'browsing' ? 1 - buyingStrength : 1;
		points -= penalty * (strengths.get(type) ?? 0) * damping;
	}

	let junkStrength = 0;
	let hardJunk = 0;
	for (const type of JUNK_TYPES) {
		const strength = strengths.get(type) ?? 0;
		if (strength === 0) continue;
		junkStrength = junkStrength === 0 ? strength : Math.min(1, Math.max(junkStrength, strength) + 0.1);
		if (!SOFT_JUNK_TYPES.has(type)) hardJunk = Math.max(hardJunk, strength);
	}
	const supportStrength = strengths.get('support_request') ?? 0;
	const buying = buyingStrength;

	const junkPath = paths.find((path) => path.rule === 'junk');
	const supportPath = paths.find((path) => path.rule === 'support');
	const outvotedByBuying = buying >= 0.9 && hardJunk < 0.9 && (strengths.get('prompt_injection') ?? 0) === 0;
	const isJunk = junkPath && junkStrength >= JUNK_THRESHOLD && !outvotedByBuying;
	const isSupport = !isJunk && supportPath && supportStrength >= SUPPORT_THRESHOLD && supportStrength >= buying;

	if (isJunk) points -= 60 * junkStrength;
	else if (isSupport) points -= 30 * supportStrength;
	const score = Math.round(Math.max(0, Math.min(100, points)));

	const ordered = [...signals].sort((a, b) => b.strength - a.strength || a.evidence.start - b.evidence.start);
	const reasons = ordered.slice(0, 8).map(describe);

	let path: PathDefinition;
	let confidence: number;
	if (isJunk) {
		path = junkPath!;
		confidence = 0.45 + 0.5 * junkStrength - 0.2 * buying;
		reasons.unshift(`Routed to "${path.name}": ${describeJunk(signals)}`);
	} else if (isSupport) {
		path = supportPath!;
		confidence = 0.45 + 0.45 * supportStrength - 0.25 * buying;
		reasons.unshift(`Routed to "${path.name}": reads as an existing customer's request`);
	} else {
		path = scorePathFor(score, paths);
		const positive = ordered.filter((signal) => signal.polarity === 'positive');
		// How much evidence there is for this path: positive signals for a sales path; any signal
		// at all for the lowest path. No signals at all is little evidence either way.
		const relevant = path.minScore > 0 ? positive : ordered;
		const evidence = relevant.length ? 1 - relevant.reduce((product, signal) => product * (1 - signal.strength * 0.6), 1) : 0.1;
		const margin = Math.min(1, marginToBoundary(score, paths) / 20);
		const noise = Math.max(junkStrength, supportStrength);
		confidence = hasText ? 0.25 + 0.45 * evidence + 0.25 * margin - 0.25 * noise : 0.2;
		if (!hasText) reasons.unshift('The lead has no message text: routed by score alone');
		else if (positive.length === 0) reasons.unshift(`No buying signals found: score ${score}, path "${path.name}"`);
		else reasons.unshift(`Score ${score} is on the "${path.name}" path (from ${path.minScore})`);
	}
	return { score, path: path.name, confidence: Math.round(Math.max(0.05, Math.min(0.99, confidence)) * 100) / 100, reasons };
}

function describeJunk(signals: Signal[]): string {
	const types = [...new Set(signals.filter((signal) => JUNK_TYPES.has(signal.type)).map((signal) => LABELS[signal.type].toLowerCase()))];
	return types.join(', ');
}
