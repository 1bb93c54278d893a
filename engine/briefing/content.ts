/**
 * What an Intent Briefing says: the lead's own words chosen as evidence, the first question to
 * ask, the routing line and every placeholder value, written for one channel at a time. Nothing is
 * invented: a missing signal is left out, never guessed.
 */
import type {
	IntentResult,
	LeadFields,
	PathRule,
	RoutingResult,
	Signal,
	SignalType,
} from '../contract';
import { CONTRACT_VERSION, pathRuleOf, readIntent } from '../contract';
import type { Channel } from '../encode';
import { cleanLeadText, encodeLeadValue, FIELD_LIMITS } from '../encode';
import { formatNumber } from '../format';
import type { PLACEHOLDERS } from './templating';

/** How the summary describes a lead on a support or junk path, whatever the path is called. */
const RULE_LEVEL: Partial<Record<PathRule, string>> = {
	support: 'an existing customer with a request',
	junk: 'not a sales lead',
};
/** The default score ladder's steps; a score path of another name is called by its name. */
const SCORE_PATH_LEVEL: Record<string, string> = {
	hot: 'high-intent',
	warm: 'showing buying intent',
	nurture: 'early-stage',
};

/** Order in which signals choose the first question: the most actionable first. */
const QUESTION_ORDER: SignalType[] = [
	'deadline',
	'competitor',
	'budget',
	'pain',
	'scale',
	'buying_action',
];

/** Writes a value from the lead (or from an upstream item) as data in one channel. */
export type Encode = (value: unknown, maxLength?: number) => string;
export const encoderFor =
	(channel: Channel): Encode =>
	(value, maxLength = FIELD_LIMITS.quote) =>
		encodeLeadValue(channel, value, maxLength);

const hasOwn = (record: object, key: string) => Object.prototype.hasOwnProperty.call(record, key);
export const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
export const quoteOf = (signal: Signal, encode: Encode) => encode(signal.evidence?.quote);
/** Upstream values no one could mean ("USD NaN", "Invalid DateTime") are left out. */
const WRONG_VALUE = /\b(?:NaN|Infinity|Invalid DateTime|undefined)\b|∞/;
const dateOf = (signal: Signal, encode: Encode) => {
	const date = encode(signal.value?.date, FIELD_LIMITS.label);
	return WRONG_VALUE.test(date) ? '' : date;
};

const QUESTION_BANK: Partial<Record<SignalType, (signal: Signal, encode: Encode) => string>> = {
	deadline: (signal, encode) =>
		signal.value?.kind === 'asap' || !dateOf(signal, encode)
			? `You said "${quoteOf(signal, encode)}": what happens if this is not solved this month?`
			: `You mentioned "${quoteOf(signal, encode)}": what has to be in place by ${dateOf(signal, encode)} for that date to hold?`,
	competitor: (signal, encode) =>
		`You mentioned "${quoteOf(signal, encode)}": what is driving the change, and what must the new solution do better?`,
	budget: (signal, encode) =>
		signal.value?.approved
			? `You said "${quoteOf(signal, encode)}": who else is involved in the final decision?`
			: `You mentioned "${quoteOf(signal, encode)}": is that budget approved, and who signs off on it?`,
	pain: (signal, encode) =>
		`You mentioned "${quoteOf(signal, encode)}": how much time or money does that cost the team each week?`,
	scale: (signal, encode) =>
		`With "${quoteOf(signal, encode)}", where does your current setup break first?`,
	buying_action: (signal, encode) =>
		`You asked about "${quoteOf(signal, encode)}": what would you need to see to move forward?`,
};
const GENERIC_QUESTION = 'What prompted you to reach out today?';

const strongestOf = (signals: Signal[], type: SignalType) => {
	let best: Signal | undefined;
	for (const signal of signals)
		if (
			signal.type === type &&
			signal.polarity === 'positive' &&
			(!best || signal.strength > best.strength)
		)
			best = signal;
	return best;
};

export function chooseFirstQuestion(signals: Signal[], channel: Channel = 'plain'): string {
	const encode = encoderFor(channel);
	for (const type of QUESTION_ORDER) {
		const signal = strongestOf(signals, type);
		if (signal && quoteOf(signal, encode)) return QUESTION_BANK[type]!(signal, encode);
	}
	return GENERIC_QUESTION;
}

/** Amounts beyond this are not a budget anyone wrote on purpose ("1e308", a pasted ID). */
const LARGEST_BUDGET = 1e13;
const isAmount = (n: unknown): n is number =>
	typeof n === 'number' && Number.isFinite(n) && n > 0 && n <= LARGEST_BUDGET;

/** "a budget of USD 60,000 per year"; a figure that is not a real positive number is no budget at all. */
function formatBudget(signal: Signal | undefined, encode: Encode): string {
	if (!signal || !isRecord(signal.value)) return '';
	const { amount, min, max, approved, currency, period } = signal.value;
	const figure = isAmount(amount)
		? formatNumber(amount)
		: isAmount(min) && isAmount(max)
			? `${formatNumber(min)}-${formatNumber(max)}`
			: isAmount(min)
				? formatNumber(min)
				: isAmount(max)
					? formatNumber(max)
					: '';
	if (!figure) return approved === true ? 'an approved budget' : '';
	const unit = encode(currency, FIELD_LIMITS.label);
	const per = encode(period, FIELD_LIMITS.label);
	return `a budget of ${unit ? `${unit} ` : ''}${figure}${per ? ` per ${per}` : ''}`;
}

const CLAUSE_LIMIT = 90;

/**
 * The lead's own clause around a short piece of evidence ("spreadsheets break" ->
 * "our dispatch spreadsheets break every Monday"), so the rep reads the problem in full. Reads at
 * most CLAUSE_LIMIT characters on each side of the evidence. Returns raw text: encode it.
 */
export function clauseAround(text: string | undefined, signal: Signal): string {
	const { quote, start, end, field } = signal.evidence;
	if (
		typeof text !== 'string' ||
		field !== 'text' ||
		!(end - start <= CLAUSE_LIMIT) ||
		cleanLeadText(text.slice(start, end), CLAUSE_LIMIT) !== quote
	)
		return quote;
	const boundary = /[.!?;\n]/;
	let from = start;
	while (from > 0 && !boundary.test(text[from - 1]) && start - from < CLAUSE_LIMIT) from--;
	let to = end;
	while (to < text.length && !boundary.test(text[to]) && to - from < CLAUSE_LIMIT) to++;
	const clause = text
		.slice(from, to)
		.trim()
		.replace(/^(?:and|but|so|also|because)\s+/i, '');
	return clause.length <= CLAUSE_LIMIT ? clause.charAt(0).toLowerCase() + clause.slice(1) : quote;
}

/** "because they mentioned 'x' and a deadline of 2027-03-31": built only from what exists. */
function becauseClause(signals: Signal[], text: string, encode: Encode): string {
	const parts: string[] = [];
	const quoted = (raw: unknown) => {
		const quote = encode(raw);
		if (quote) parts.push(`'${quote}'`);
	};
	const pain = strongestOf(signals, 'pain') ?? strongestOf(signals, 'competitor');
	if (pain) quoted(clauseAround(text, pain));
	const deadline = strongestOf(signals, 'deadline');
	if (deadline) {
		const date = dateOf(deadline, encode);
		if (deadline.value.kind !== 'asap' && date) parts.push(`a deadline of ${date}`);
		else if (quoteOf(deadline, encode)) parts.push(`needing it '${quoteOf(deadline, encode)}'`);
	}
	const budget = formatBudget(strongestOf(signals, 'budget'), encode);
	if (budget) parts.push(budget);
	if (parts.length < 3) {
		const buying = strongestOf(signals, 'buying_action');
		if (buying) quoted(buying.evidence.quote);
	}
	if (parts.length < 3) {
		const scale = strongestOf(signals, 'scale');
		if (scale) quoted(scale.evidence.quote);
	}
	if (parts.length === 0) return '';
	return parts.length === 1
		? parts[0]
		: `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

function negativeClause(signals: Signal[], encode: Encode): string {
	return signals
		.filter((signal) => signal.polarity === 'negative' && signal.type !== 'negation')
		.sort((a, b) => b.strength - a.strength)
		.slice(0, 2)
		.map((signal) => quoteOf(signal, encode))
		.filter(Boolean)
		.map((quote) => `'${quote}'`)
		.join(' and ');
}

function leadLabel(lead: Partial<LeadFields>, encode: Encode): string {
	const details = [encode(lead.company, FIELD_LIMITS.company), encode(lead.role, FIELD_LIMITS.role)]
		.filter(Boolean)
		.join(', ');
	const who =
		encode(lead.name, FIELD_LIMITS.name) || encode(lead.email, FIELD_LIMITS.email) || 'This lead';
	return details ? `${who} (${details})` : who;
}

/** What the routing did, for the rep: "Assigned to Ana Closer." or why nobody could take the lead. */
export function routingLine(routing: unknown, encode: Encode): string {
	if (!isRecord(routing)) return '';
	const rep = isRecord(routing.rep) ? encode(routing.rep.name, FIELD_LIMITS.name) : '';
	if (routing.status === 'assigned') return rep ? `Assigned to ${rep}.` : '';
	if (routing.status !== 'no_capacity') return '';
	const tier = encode(routing.tier, FIELD_LIMITS.label);
	const nobody = `No ${tier ? `${tier} ` : ''}rep can take the lead now`;
	const sms = isRecord(routing.sms) ? routing.sms : {};
	const to = encode(sms.to, FIELD_LIMITS.phone);
	if (!to) {
		const why = encode(sms.reason, FIELD_LIMITS.reason);
		return `${nobody}; no SMS to the prospect${why ? `: ${why}` : ''}`;
	}
	const slots = Array.isArray(routing.nextSlots) ? routing.nextSlots.length : 0;
	const held = sms.allowedNow === false ? encode(sms.sendAt, FIELD_LIMITS.label) : '';
	return `${nobody}: ${slots} free slot(s) texted to ${to}${held ? ` at ${held}, after quiet hours` : ''}.`;
}

export interface BriefingInput {
	intent: IntentResult;
	routing?: RoutingResult;
	lead: LeadFields;
}

/** An intent for an item nobody classified (or whose intent is malformed): the briefing says so. */
export function unclassifiedIntent(problem: string): IntentResult {
	return {
		score: 0,
		path: 'unclassified',
		confidence: 0,
		signals: [],
		reasons: [problem],
		engine: 'builtin',
		model: null,
		version: CONTRACT_VERSION,
		classifiedAt: '',
		latencyMs: 0,
	};
}

/** The intent as readIntent checked it, so a malformed one from the engine API cannot crash a briefing. */
const checkedIntent = (intent: unknown): IntentResult => {
	const read = readIntent(intent);
	return read.ok ? read.intent : unclassifiedIntent(read.problem);
};

const hasBudgetFigure = (signal: Signal) =>
	formatBudget(signal, (value) => cleanLeadText(value, FIELD_LIMITS.label)) !== '';

const PREPARED = new WeakSet<BriefingInput>();

/**
 * The input every format is written from, computed once: the intent checked, budgets without a
 * real figure dropped (a number that does not parse is not a budget), quotes, reasons and lead
 * fields cleaned and capped. The message text stays raw for the clause around a quote (read in a
 * bounded window only).
 */
export function prepareBriefingInput(input: BriefingInput): BriefingInput {
	if (PREPARED.has(input)) return input;
	const intent = checkedIntent(input?.intent);
	const lead: Partial<LeadFields> = isRecord(input?.lead) ? input.lead : {};
	const prepared: BriefingInput = {
		intent: {
			...intent,
			signals: intent.signals
				.filter((signal) => signal.type !== 'budget' || hasBudgetFigure(signal))
				.map((signal) => ({
					...signal,
					evidence: {
						...signal.evidence,
						quote: cleanLeadText(signal.evidence.quote, FIELD_LIMITS.quote),
					},
				})),
			reasons: intent.reasons
				.slice(0, 3)
				.map((reason) => cleanLeadText(reason, FIELD_LIMITS.reason))
				.filter((reason) => reason && !WRONG_VALUE.test(reason)),
		},
		routing: isRecord(input?.routing) ? input.routing : undefined,
		lead: {
			text: typeof lead.text === 'string' ? lead.text : '',
			name: cleanLeadText(lead.name, FIELD_LIMITS.name),
			company: cleanLeadText(lead.company, FIELD_LIMITS.company),
			role: cleanLeadText(lead.role, FIELD_LIMITS.role),
			email: cleanLeadText(lead.email, FIELD_LIMITS.email),
			phone: cleanLeadText(lead.phone, FIELD_LIMITS.phone),
		},
	};
	PREPARED.add(prepared);
	return prepared;
}

/** Most quotes a briefing lists: enough for a rep, bounded for a lead with thousands of signals. */
export const MAX_QUOTES = 10;

/**
 * Every placeholder value for a lead, written for one channel; absent facts are empty strings,
 * never "undefined". Lead words are cleaned, capped and encoded; our own words are safe as they are.
 */
export function placeholderValues(
	input: BriefingInput,
	channel: Channel = 'plain',
): Record<(typeof PLACEHOLDERS)[number], string> {
	const encode = encoderFor(channel);
	const { intent, lead, routing } = prepareBriefingInput(input);
	const text = lead.text;
	const positives = intent.signals.filter((signal) => signal.polarity === 'positive');
	// Junk and support leads are explained by what made them so, not by stray buying words.
	const rule = pathRuleOf(intent);
	const explainedByNegatives = rule !== 'score';
	const because = explainedByNegatives
		? negativeClause(intent.signals, encode)
		: becauseClause(positives, text, encode);
	const label = leadLabel(lead, encode);
	const path = encode(intent.path, FIELD_LIMITS.label);
	const level =
		RULE_LEVEL[rule] ??
		(hasOwn(SCORE_PATH_LEVEL, intent.path)
			? SCORE_PATH_LEVEL[intent.path]
			: `on the "${path}" path`);
	const summary = because
		? `Lead ${label} is ${level} because they mentioned ${because}.`
		: `Lead ${label} is ${level}: no specific buying signals in the message (score ${intent.score}).`;
	const deadline = strongestOf(positives, 'deadline');
	const rep =
		isRecord(routing) && isRecord(routing.rep) ? encode(routing.rep.name, FIELD_LIMITS.name) : '';
	const quotes = positives
		.sort((a, b) => b.strength - a.strength)
		.slice(0, MAX_QUOTES)
		.map((signal) => quoteOf(signal, encode))
		.filter(Boolean)
		.map((quote) => `'${quote}'`);
	return {
		name: encode(lead.name, FIELD_LIMITS.name),
		company: encode(lead.company, FIELD_LIMITS.company),
		role: encode(lead.role, FIELD_LIMITS.role),
		email: encode(lead.email, FIELD_LIMITS.email),
		phone: encode(lead.phone, FIELD_LIMITS.phone),
		leadLabel: label,
		path,
		pathLabel: path.charAt(0).toUpperCase() + path.slice(1),
		intentLevel: level,
		score: String(intent.score),
		confidence: String(intent.confidence),
		summary,
		because,
		evidenceShort: quotes.length ? `Said ${quotes.slice(0, 2).join(', ')}.` : '',
		quotes: quotes.join('; '),
		reasons: intent.reasons.map((reason) => encode(reason, FIELD_LIMITS.reason)).join('; '),
		deadline: deadline ? (deadline.value.kind === 'asap' ? 'ASAP' : dateOf(deadline, encode)) : '',
		budget: formatBudget(strongestOf(positives, 'budget'), encode),
		// Stray buying words in spam or a support request are not something to ask about.
		firstQuestion: explainedByNegatives
			? GENERIC_QUESTION
			: chooseFirstQuestion(positives, channel),
		rep,
		repLine: rep ? `Assigned to ${rep}.` : '',
	};
}
