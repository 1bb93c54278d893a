/**
 * The data contract between the intent-funnel nodes.
 *
 * Every node reads and writes these keys on an item's `json`, and nothing else of ours:
 *   json.intent   - written by Semantic Classifier
 *   json.routing  - written by Capacity Check
 *   json.briefing - written by Intent Briefing
 *   json.gate     - written by Confidence Gate
 *   json.audit    - appended to by every node: the human-readable trail of decisions
 *
 * The contract is versioned as a whole (CONTRACT_VERSION). A node that reads an object whose
 * major version it does not know treats it as malformed and says so, instead of guessing.
 * CONTRACT.md documents the same shapes for users; keep the two in step.
 */

import { encodeLeadValue } from './encode';
import type { SignalType } from './signals';

// 1.1: intent.pathRule (additive; 1.0 items without it are read by their path's name).
export const CONTRACT_VERSION = '1.1';

// Signal types, their polarity and which are "strong buying" live in one table: engine/signals.ts.
export type { SignalType } from './signals';
export { STRONG_BUYING_SIGNAL_TYPES } from './signals';

/** Where in the lead's text a signal was found. `field` is the lead field it came from. */
export interface Evidence {
	/** The exact substring of the source text. */
	quote: string;
	/** Offsets into the source field's text: text.slice(start, end) === quote. */
	start: number;
	end: number;
	field: 'text' | 'email' | 'name' | 'company' | 'role' | 'phone' | 'source';
}

export interface Signal {
	type: SignalType;
	/** Positive signals raise the score; negative ones lower it or route away from sales. */
	polarity: 'positive' | 'negative';
	/** Normalised value: e.g. { amount: 50000, currency: 'USD', period: 'year' } for a budget,
	 * { date: '2027-03-31', kind: 'absolute' } for a deadline, { seats: 200 } for scale. */
	value: Record<string, unknown>;
	/** 0-1: how sure the engine is that this span really is the signal. */
	strength: number;
	evidence: Evidence;
	/** Lexicon language the match came from ('en', 'es', 'de', ...). */
	language?: string;
	/** Where the signal came from: the built-in engine or the model. */
	source?: 'builtin' | 'model';
}

/** Who is speaking, to whom (the stance layer): 0-1 per stance and the speaker it settles on. */
export interface IntentStance {
	speaker:
		| 'prospect'
		| 'vendor'
		| 'applicant'
		| 'customer'
		| 'personal'
		| 'spammer'
		| 'addressing_system'
		| 'unknown';
	buyer: number;
	seller: number;
	applicant: number;
	/** Text addressed to the software itself (prompt injection). */
	system: number;
}

/** The learned scorer's calibrated probability per route. */
export interface RouteProbabilities {
	sales: number;
	nurture: number;
	support: number;
	junk: number;
}

export type IntentEngine = 'builtin' | 'model' | 'hybrid' | 'builtin-fallback';

export interface IntentResult {
	/** Semantic Score 0-100. */
	score: number;
	/** Name of the priority path (one of the configured paths). */
	path: string;
	/** The rule of that path (optional, added in contract 1.1): later nodes act on the rule, so a
	 * renamed path keeps its behaviour. Read it with `pathRuleOf`. */
	pathRule?: PathRule;
	/** 0-1: evidence strength and margin between paths. */
	confidence: number;
	signals: Signal[];
	/** Readable sentences that explain the score and path, strongest first. */
	reasons: string[];
	engine: IntentEngine;
	/** Model name when a model was used; null for the built-in engine. */
	model: string | null;
	/** Contract version. */
	version: string;
	/** ISO timestamp of classification. */
	classifiedAt: string;
	latencyMs: number;
	/** The route the decision belongs to (optional, added with classifier v2; older readers ignore it). */
	route?: 'sales' | 'nurture' | 'support' | 'junk';
	/** Who is speaking, to whom (optional, added with classifier v2; older readers ignore it). */
	stance?: IntentStance;
	/** The learned scorer's calibrated probabilities per route (optional, added with classifier v2; older readers ignore it). */
	routeProbabilities?: RouteProbabilities;
	/** Present when the model path failed and the built-in result was used instead. */
	fallbackReason?: string;
	/** The lead fields the classifier read, normalised (so later nodes need not re-map). */
	lead?: LeadFields;
}

/** The lead fields the funnel works with, as mapped by the Semantic Classifier. */
export interface LeadFields {
	text: string;
	name?: string;
	email?: string;
	phone?: string;
	company?: string;
	role?: string;
	source?: string;
	/** ISO timestamp of submission; defaults to the classification time. */
	submittedAt?: string;
	/** IANA time zone of the prospect when known. */
	timeZone?: string;
}

export interface RepRef {
	id: string;
	name: string;
	email?: string;
	phone?: string;
	timeZone?: string;
}

export interface FreeSlot {
	repId: string;
	/** ISO start/end in UTC. */
	start: string;
	end: string;
	/** Human-readable start in the prospect's (or rep's) time zone. */
	label: string;
}

export interface RoutingSms {
	/** E.164 phone number, or null when the prospect's phone is missing or invalid. */
	to: string | null;
	body: string;
	/** False inside quiet hours in the prospect's local time. */
	allowedNow: boolean;
	/** ISO time at which the text may be sent (now, or the end of quiet hours). */
	sendAt: string;
	/** Why the SMS cannot be sent, when `to` is null. */
	reason?: string;
}

export interface RoutingResult {
	status: 'assigned' | 'no_capacity' | 'passed_through' | 'released' | 'error';
	rep: RepRef | null;
	tier: string | null;
	strategy: string;
	reason: string;
	assignedAt: string | null;
	nextSlots?: FreeSlot[];
	sms?: RoutingSms;
	/** Calendar problems that affected this decision (e.g. a calendar that could not be read). */
	warnings?: string[];
	/** What owner match, territories, language and skills decided (optional, added with the routing rules). */
	rules?: RoutingRulesApplied;
	/**
	 * The lead's id in the state store: Release uses it so that releasing one lead twice changes
	 * nothing. A duplicate carries the first submission's id.
	 */
	leadId?: string;
	/** Set when this lead was routed before (same duplicate key within the Duplicate Window). */
	duplicateOf?: RoutingDuplicate;
	/**
	 * On a duplicate only: the messages of the first submission its workflow confirmed it sent
	 * (Capacity Check's Confirm Delivery after the sending node): 'repNotification', 'prospectSms'.
	 */
	confirmedDeliveries?: Array<'repNotification' | 'prospectSms'>;
	/**
	 * On a duplicate only: what the workflow should send now because the first submission never
	 * confirmed it. Only ever 'repNotification' (at least once: the first execution may have sent it
	 * and died before confirming). A prospect SMS is never listed: a prospect gets at most one.
	 */
	pendingDeliveries?: Array<'repNotification'>;
	audit: AuditEntry[];
	version: string;
}

export interface RoutingRulesApplied {
	/** The known contact or account the lead matched, and its owner's rep id (null: not in the roster). */
	owner?: {
		record: string;
		matchedOn: 'email' | 'domain' | 'company';
		value: string;
		repId: string | null;
		fallback: 'waitForOwner' | 'ownerBackup' | 'pool';
	};
	/** The territory rule that picked the tier (null: the path's own tier), and the lead's country. */
	territory?: { rule: string | null; tier: string; country: string | null };
	/** The lead's language and how many reps of the tier speak it. */
	language?: { language: string; source: 'field' | 'classifier'; speakers: number };
	/** Skills the lead needs. */
	skills?: string[];
}

export interface RoutingDuplicate {
	/** The first submission's lead id. */
	leadId: string;
	/** ISO submission time of the first submission. */
	firstSubmittedAt: string;
	/**
	 * False: a second submission (double submit, retried webhook, retried execution); it leaves on
	 * the Duplicate output, with the first one's rep and no SMS. True: the same execution and item
	 * ran again (n8n re-ran the job of a worker that died): it leaves as the first run did.
	 */
	replay: boolean;
	/** Which field the duplicate key came from: 'lead ID', 'email', 'phone' or 'text'. */
	key: string;
}

export interface BriefingResult {
	text: string;
	firstQuestion: string;
	sms: string;
	/** Number of SMS segments `sms` needs (1 when it fits). */
	smsSegments: number;
	smsEncoding: 'GSM-7' | 'UCS-2';
	slackBlocks: Array<Record<string, unknown>>;
	html: string;
	crmNote: string;
	/** The briefing written for each kind of message, lead words encoded as data in each. */
	channels: Record<'plain' | 'slack' | 'html' | 'markdown', BriefingChannel>;
	mode: 'template' | 'model' | 'template-fallback';
	/** Why model mode fell back to the template, when it did. */
	fallbackReason?: string;
	version: string;
}

/** One channel's version of a briefing: every string is safe to put in a message of that kind. */
export interface BriefingChannel {
	/** The briefing text. */
	text: string;
	/** "Dana Reyes (Acme Logistics, VP Operations)". */
	leadLabel: string;
	/** The lead's whole message, on one line, capped (2,000 characters). */
	message: string;
	/** What routing did: "Assigned to Ana Closer." or why nobody can take the lead and what was texted. */
	routing: string;
}

export type GateDecision = 'auto_route' | 'human_review';

export interface GateResult {
	decision: GateDecision;
	/** Every rule that fired, with a readable sentence each. */
	reasons: string[];
	/** The rule that decided (first that fired), or 'none' when auto-routed by default. */
	rule: string;
	version: string;
}

/** One readable line of the audit trail: which node decided what, and why. */
export interface AuditEntry {
	at: string;
	node: 'semanticClassifier' | 'capacityCheck' | 'intentBriefing' | 'confidenceGate' | string;
	decision: string;
	reason: string;
}

/** Returns a new audit trail with `entry` appended; never mutates the input. */
export function appendAudit(trail: unknown, entry: AuditEntry): AuditEntry[] {
	const existing = Array.isArray(trail) ? (trail as AuditEntry[]) : [];
	return [...existing, entry];
}

export type ContractProblem = { ok: false; problem: string };

/**
 * Checks that a value is an intent object this version of the package can read. Every node that
 * consumes `json.intent` goes through here, so a malformed or foreign object gets one clear
 * message wherever it shows up.
 */
export function readIntent(value: unknown): { ok: true; intent: IntentResult } | ContractProblem {
	if (value === undefined || value === null) {
		return {
			ok: false,
			problem: 'The item has no "intent": run it through the Semantic Classifier first',
		};
	}
	if (typeof value !== 'object' || Array.isArray(value)) {
		return {
			ok: false,
			problem: `"intent" must be an object, got ${Array.isArray(value) ? 'an array' : typeof value}`,
		};
	}
	const intent = value as Partial<IntentResult>;
	if (!isNumberFrom(intent.score, 0, 100)) {
		return { ok: false, problem: '"intent.score" must be a number from 0 to 100' };
	}
	if (typeof intent.path !== 'string' || intent.path.trim() === '') {
		return { ok: false, problem: '"intent.path" must be a non-empty string' };
	}
	if (!isNumberFrom(intent.confidence, 0, 1)) {
		return { ok: false, problem: '"intent.confidence" must be a number from 0 to 1' };
	}
	if (intent.signals !== undefined && !Array.isArray(intent.signals)) {
		return { ok: false, problem: '"intent.signals" must be an array' };
	}
	if (intent.version !== undefined && typeof intent.version === 'string') {
		const major = intent.version.split('.')[0];
		if (major !== CONTRACT_VERSION.split('.')[0]) {
			return {
				ok: false,
				problem: `"intent.version" is ${encodeLeadValue('plain', intent.version, 20)}, but this package reads contract version ${CONTRACT_VERSION}`,
			};
		}
	}
	const signals = intent.signals ?? [];
	for (let index = 0; index < signals.length; index++) {
		const missing = whatSignalLacks(signals[index]);
		if (missing) return { ok: false, problem: `"intent.signals[${index}]" ${missing}` };
	}
	const parsed = intent as IntentResult;
	return {
		ok: true,
		intent: {
			...parsed,
			engine: parsed.engine ?? 'builtin',
			model: parsed.model ?? null,
			version: parsed.version ?? CONTRACT_VERSION,
			classifiedAt: parsed.classifiedAt ?? '',
			latencyMs: parsed.latencyMs ?? 0,
			reasons: Array.isArray(intent.reasons)
				? intent.reasons.filter((r) => typeof r === 'string')
				: [],
			signals: [...signals],
			lead: isRecord(intent.lead) ? intent.lead : undefined,
		},
	};
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
const isFiniteNumber = (value: unknown): value is number =>
	typeof value === 'number' && Number.isFinite(value);
const isNumberFrom = (value: unknown, min: number, max: number): value is number =>
	isFiniteNumber(value) && value >= min && value <= max;

/** What a signal lacks for later nodes to read it safely, or '' when it is complete. */
function whatSignalLacks(signal: unknown): string {
	if (!isRecord(signal)) return 'must be an object';
	if (typeof signal.type !== 'string') return 'has no "type" (a string)';
	if (signal.polarity !== 'positive' && signal.polarity !== 'negative')
		return 'needs "polarity": "positive" or "negative"';
	if (!isFiniteNumber(signal.strength)) return 'has no "strength" (a number from 0 to 1)';
	if (!isRecord(signal.value)) return 'has no "value" (an object)';
	const evidence = signal.evidence;
	if (!isRecord(evidence)) return 'has no "evidence" (an object with quote, start, end and field)';
	if (typeof evidence.quote !== 'string') return 'has no "evidence.quote" (a string)';
	if (!isFiniteNumber(evidence.start) || !isFiniteNumber(evidence.end))
		return 'has no "evidence.start" and "evidence.end" (numbers)';
	return '';
}

/**
 * A priority path of the Semantic Classifier. Paths with rule 'score' form a ladder: the one with
 * the highest `minScore` at or below the lead's score wins. 'support' and 'junk' paths are chosen
 * by the negative signals (an existing customer's request; spam, pitches, gibberish...) whatever
 * the score. Users rename, add, remove and re-threshold paths in the node.
 */
export interface PathDefinition {
	name: string;
	rule: PathRule;
	minScore: number;
	description?: string;
}

export type PathRule = 'score' | 'support' | 'junk';
export const PATH_RULES: readonly PathRule[] = ['score', 'support', 'junk'];

export const DEFAULT_PATH_DEFINITIONS: readonly PathDefinition[] = [
	{ name: 'hot', rule: 'score', minScore: 70, description: 'A closer should call now' },
	{ name: 'warm', rule: 'score', minScore: 40, description: 'An SDR should follow up today' },
	{
		name: 'nurture',
		rule: 'score',
		minScore: 0,
		description: 'Interested, not ready: automated nurture',
	},
	{
		name: 'support',
		rule: 'support',
		minScore: 0,
		description: 'An existing customer who needs help',
	},
	{
		name: 'junk',
		rule: 'junk',
		minScore: 0,
		description: 'Spam, pitches, job seekers: keep out of the CRM',
	},
];

/**
 * The rule of the path an intent is on: `intent.pathRule` when it carries a known one, else (an
 * item from contract 1.0, or from a producer that leaves it out) the rule of the default path of
 * that name, else 'score': the name-based reading those items always had.
 */
export function pathRuleOf(intent: Pick<IntentResult, 'path' | 'pathRule'>): PathRule {
	if (PATH_RULES.includes(intent.pathRule as PathRule)) return intent.pathRule as PathRule;
	return DEFAULT_PATH_DEFINITIONS.find((path) => path.name === intent.path)?.rule ?? 'score';
}
