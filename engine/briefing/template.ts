/**
 * The Intent Briefing: tells the rep why a lead matters, in the lead's own words, formatted for
 * SMS, Slack, email and CRM notes. Template mode is deterministic and offline. Nothing is
 * invented: a missing signal is left out, never guessed.
 */
import type { BriefingResult, IntentResult, LeadFields, RoutingResult, Signal, SignalType } from '../contract';
import { CONTRACT_VERSION } from '../contract';
import { formatNumber } from '../format';
import { fitOneSegment, smsLength, toGsmFriendly } from './sms';


export interface BriefingTemplates {
	/** The briefing sentence(s). Placeholders: see PLACEHOLDERS. */
	text: string;
	/** Parts of the SMS, in order of importance: later parts are dropped to fit one segment. */
	sms: string[];
}

export const DEFAULT_TEMPLATES: BriefingTemplates = {
	text: '{{summary}} Suggested first question: {{firstQuestion}}',
	sms: ['{{pathLabel}} lead: {{leadLabel}}.', '{{evidenceShort}}', 'Ask: {{firstQuestion}}', '{{repLine}}'],
};

/** The placeholders a template may use, for the node's help text. */
export const PLACEHOLDERS = [
	'name', 'company', 'role', 'email', 'phone', 'leadLabel', 'path', 'pathLabel', 'intentLevel', 'score', 'confidence', 'summary',
	'because', 'evidenceShort', 'quotes', 'reasons', 'deadline', 'budget', 'firstQuestion', 'rep', 'repLine',
] as const;

const INTENT_LEVEL: Record<string, string> = { hot: 'high-intent', warm: 'showing buying intent', nurture: 'early-stage', support: 'an existing customer with a request', junk: 'not a sales lead' };

/** Order in which signals choose the first question: the most actionable first. */
const QUESTION_ORDER: SignalType[] = ['deadline', 'competitor', 'budget', 'pain', 'scale', 'buying_action'];

const QUESTION_BANK: Partial<Record<SignalType, (signal: Signal) => string>> = {
	deadline: (signal) =>
		signal.value.kind === 'asap'
			? `You said "${signal.evidence.quote}": what happens if this is not solved this month?`
			: `You mentioned "${signal.evidence.quote}": what has to be in place by ${String(signal.value.date)} for that date to hold?`,
	competitor: (signal) => `You mentioned "${signal.evidence.quote}": what is driving the change, and what must the new solution do better?`,
	budget: (signal) =>
		signal.value.approved
			? `You said "${signal.evidence.quote}": who else is involved in the final decision?`
			: `You mentioned "${signal.evidence.quote}": is that budget approved, and who signs off on it?`,
	pain: (signal) => `You mentioned "${signal.evidence.quote}": how much time or money does that cost the team each week?`,
	scale: (signal) => `With "${signal.evidence.quote}", where does your current setup break first?`,
	buying_action: (signal) => `You asked about "${signal.evidence.quote}": what would you need to see to move forward?`,
};
const GENERIC_QUESTION = 'What prompted you to reach out today?';

const strongestOf = (signals: Signal[], type: SignalType) =>
	signals.filter((signal) => signal.type === type && signal.polarity === 'positive').sort((a, b) => b.strength - a.strength)[0];

export function chooseFirstQuestion(signals: Signal[]): string {
	for (const type of QUESTION_ORDER) {
		const signal = strongestOf(signals, type);
		if (signal) return QUESTION_BANK[type]!(signal);
	}
	return GENERIC_QUESTION;
}

function formatBudget(signal: Signal | undefined): string {
	if (!signal) return '';
	const value = signal.value;
	if (value.approved && value.amount === undefined && value.min === undefined) return 'an approved budget';
	const currency = value.currency ? `${String(value.currency)} ` : '';
	const figure = (n: unknown) => (typeof n === 'number' ? formatNumber(n) : '');
	const amount = value.amount !== undefined ? figure(value.amount) : `${figure(value.min)}-${figure(value.max)}`;
	return `a budget of ${currency}${amount}${value.period ? ` per ${String(value.period)}` : ''}`;
}

const CLAUSE_LIMIT = 90;

/**
 * The lead's own clause around a short piece of evidence ("spreadsheets break" ->
 * "our dispatch spreadsheets break every Monday"), so the rep reads the problem in full.
 */
export function clauseAround(text: string | undefined, signal: Signal): string {
	const { quote, start, end, field } = signal.evidence;
	if (!text || field !== 'text' || text.slice(start, end) !== quote) return quote;
	const boundary = /[.!?;\n]/;
	let from = start;
	while (from > 0 && !boundary.test(text[from - 1]) && start - from < CLAUSE_LIMIT) from--;
	let to = end;
	while (to < text.length && !boundary.test(text[to]) && to - from < CLAUSE_LIMIT) to++;
	const clause = text.slice(from, to).trim().replace(/^(?:and|but|so|also|because)\s+/i, '');
	return clause.length <= CLAUSE_LIMIT ? clause.charAt(0).toLowerCase() + clause.slice(1) : quote;
}

/** "because they mentioned 'x' and a deadline of 2027-03-31": built only from what exists. */
function becauseClause(signals: Signal[], text?: string): string {
	const parts: string[] = [];
	const pain = strongestOf(signals, 'pain') ?? strongestOf(signals, 'competitor');
	if (pain) parts.push(`'${clauseAround(text, pain)}'`);
	const deadline = strongestOf(signals, 'deadline');
	if (deadline) parts.push(deadline.value.kind === 'asap' ? `needing it '${deadline.evidence.quote}'` : `a deadline of ${String(deadline.value.date)}`);
	const budget = strongestOf(signals, 'budget');
	if (budget) parts.push(formatBudget(budget));
	if (parts.length < 3) {
		const buying = strongestOf(signals, 'buying_action');
		if (buying) parts.push(`'${buying.evidence.quote}'`);
	}
	if (parts.length < 3) {
		const scale = strongestOf(signals, 'scale');
		if (scale) parts.push(`'${scale.evidence.quote}'`);
	}
	if (parts.length === 0) return '';
	return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

const NEGATIVE_PATHS = new Set(['junk', 'support']);

function negativeClause(signals: Signal[]): string {
	const quotes = signals
		.filter((signal) => signal.polarity === 'negative' && signal.type !== 'negation')
		.sort((a, b) => b.strength - a.strength)
		.slice(0, 2)
		.map((signal) => `'${signal.evidence.quote}'`);
	return quotes.join(' and ');
}

function leadLabel(lead: LeadFields): string {
	const details = [lead.company, lead.role].filter(Boolean).join(', ');
	const who = lead.name || lead.email || 'This lead';
	return details ? `${who} (${details})` : who;
}

export interface BriefingInput {
	intent: IntentResult;
	routing?: RoutingResult;
	lead: LeadFields;
}

/** Every placeholder value for a lead; absent facts are empty strings, never "undefined". */
export function placeholderValues({ intent, routing, lead }: BriefingInput): Record<(typeof PLACEHOLDERS)[number], string> {
	const positives = intent.signals.filter((signal) => signal.polarity === 'positive');
	// Junk and support leads are explained by what made them so, not by stray buying words.
	const explainedByNegatives = NEGATIVE_PATHS.has(intent.path);
	const because = explainedByNegatives ? negativeClause(intent.signals) : becauseClause(positives, lead.text);
	const label = leadLabel(lead);
	const level = INTENT_LEVEL[intent.path] ?? `on the "${intent.path}" path`;
	const summary = because
		? `Lead ${label} is ${level} because they mentioned ${because}.`
		: `Lead ${label} is ${level}: no specific buying signals in the message (score ${intent.score}).`;
	const deadline = strongestOf(positives, 'deadline');
	const rep = routing?.rep?.name ?? '';
	const shortQuotes = positives
		.sort((a, b) => b.strength - a.strength)
		.slice(0, 2)
		.map((signal) => `'${signal.evidence.quote}'`);
	return {
		name: lead.name ?? '',
		company: lead.company ?? '',
		role: lead.role ?? '',
		email: lead.email ?? '',
		phone: lead.phone ?? '',
		leadLabel: label,
		path: intent.path,
		pathLabel: intent.path.charAt(0).toUpperCase() + intent.path.slice(1),
		intentLevel: level,
		score: String(intent.score),
		confidence: String(intent.confidence),
		summary,
		because,
		evidenceShort: shortQuotes.length ? `Said ${shortQuotes.join(', ')}.` : '',
		quotes: positives.map((signal) => `'${signal.evidence.quote}'`).join('; '),
		reasons: intent.reasons.slice(0, 3).join('; '),
		deadline: deadline ? (deadline.value.kind === 'asap' ? 'ASAP' : String(deadline.value.date)) : '',
		budget: formatBudget(strongestOf(positives, 'budget')),
		// Stray buying words in spam or a support request are not something to ask about.
		firstQuestion: explainedByNegatives ? GENERIC_QUESTION : chooseFirstQuestion(positives),
		rep,
		repLine: rep ? `Assigned to ${rep}.` : '',
	};
}

/** Fills {{placeholders}}; unknown or empty ones vanish, with the space and empty brackets around them. */
export function fillTemplate(template: string, values: Record<string, string>): string {
	return template
		.replace(/\{\{\s*(\w+)\s*\}\}/g, (_match, key: string) => values[key] ?? '')
		.replace(/\(\s*,?\s*\)/g, '')
		.replace(/[ \t]{2,}/g, ' ')
		.replace(/ +([.,;:!?])/g, '$1')
		.trim();
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** Slack mrkdwn needs &, < and > escaped, nothing else. */
const escapeSlack = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 3)}...`);

export function slackBlocks(text: string, firstQuestion: string, values: Record<string, string>, intent: IntentResult): Array<Record<string, unknown>> {
	const fields = [
		{ type: 'mrkdwn', text: `*Score*\n${intent.score} (${escapeSlack(intent.path)})` },
		{ type: 'mrkdwn', text: `*Confidence*\n${intent.confidence}` },
		values.deadline && { type: 'mrkdwn', text: `*Deadline*\n${escapeSlack(values.deadline)}` },
		values.budget && { type: 'mrkdwn', text: `*Budget*\n${escapeSlack(values.budget)}` },
		values.rep && { type: 'mrkdwn', text: `*Rep*\n${escapeSlack(values.rep)}` },
	].filter(Boolean);
	const blocks: Array<Record<string, unknown>> = [
		{ type: 'header', text: { type: 'plain_text', text: clip(`${values.pathLabel} lead: ${values.leadLabel}`, 150), emoji: true } },
		{ type: 'section', text: { type: 'mrkdwn', text: clip(escapeSlack(text), 3000) } },
		{ type: 'section', fields },
		{ type: 'section', text: { type: 'mrkdwn', text: clip(`*Suggested first question*\n${escapeSlack(firstQuestion)}`, 3000) } },
	];
	if (values.reasons) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: clip(escapeSlack(values.reasons), 3000) }] });
	return blocks;
}

export interface TemplateBriefingOptions {
	templates?: Partial<BriefingTemplates>;
}

export function buildBriefing(input: BriefingInput, options: TemplateBriefingOptions = {}): BriefingResult {
	const templates = { ...DEFAULT_TEMPLATES, ...options.templates };
	const values = placeholderValues(input);
	const text = fillTemplate(templates.text, values);
	return renderBriefing(input, values, text, values.firstQuestion, templates, 'template');
}

/** The formats of one briefing: shared by template and model mode. */
export function renderBriefing(
	input: BriefingInput,
	values: Record<string, string>,
	text: string,
	firstQuestion: string,
	templates: BriefingTemplates,
	mode: BriefingResult['mode'],
): BriefingResult {
	const smsValues = { ...values, firstQuestion };
	const sms = fitOneSegment(templates.sms.map((part) => toGsmFriendly(fillTemplate(part, smsValues))));
	const length = smsLength(sms);
	const lines = [
		`**${values.pathLabel} lead** (score ${input.intent.score}, confidence ${input.intent.confidence})`,
		'',
		text,
		'',
		`**Suggested first question:** ${firstQuestion}`,
	];
	const quotes = input.intent.signals.filter((signal) => signal.polarity === 'positive');
	if (quotes.length) lines.push('', '**In their words:**', ...quotes.map((signal) => `- ${signal.type.replace('_', ' ')}: "${signal.evidence.quote}"`));
	if (values.rep) lines.push('', `**Assigned to:** ${values.rep}`);
	const html = [
		`<h2>${escapeHtml(values.pathLabel)} lead: ${escapeHtml(values.leadLabel)}</h2>`,
		`<p>${escapeHtml(text)}</p>`,
		`<p><strong>Suggested first question:</strong> ${escapeHtml(firstQuestion)}</p>`,
		quotes.length ? `<ul>${quotes.map((signal) => `<li>${escapeHtml(signal.type.replace('_', ' '))}: &ldquo;${escapeHtml(signal.evidence.quote)}&rdquo;</li>`).join('')}</ul>` : '',
		`<p style="color:#666">Score ${input.intent.score}, confidence ${input.intent.confidence}${values.rep ? `, assigned to ${escapeHtml(values.rep)}` : ''}</p>`,
	].join('\n');
	return {
		text,
		firstQuestion,
		sms,
		smsSegments: length.segments,
		smsEncoding: length.encoding,
		slackBlocks: slackBlocks(text, firstQuestion, values, input.intent),
		html,
		crmNote: lines.join('\n'),
		mode,
		version: CONTRACT_VERSION,
	};
}
