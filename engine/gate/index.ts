/**
 * The Confidence Gate: decides whether a classified lead may be routed automatically or needs a
 * human first. Pure: every rule reads only the item's json and the configuration, and the
 * decision always exists, whatever the input, so no item can be lost between the two outputs.
 */
import type { GateResult, IntentResult, Signal, SignalType } from '../contract';
import {
	CONTRACT_VERSION,
	DEFAULT_PATH_DEFINITIONS,
	pathRuleOf,
	readIntent,
	STRONG_BUYING_SIGNAL_TYPES,
} from '../contract';
import { LONG_FORM_CHARS } from '../classifier/scorer/lengths';
import { encodeLeadValue, FIELD_LIMITS } from '../encode';

export type GateRuleName =
	| 'malformedIntent'
	| 'vip'
	| 'modelFallback'
	| 'lowConfidence'
	| 'falseNegativeGuard'
	| 'nearBoundary'
	| 'qaSample';

export interface GateConfig {
	malformedIntent: { enabled: boolean };
	vip: { enabled: boolean; domains: string[]; accounts: string[] };
	modelFallback: { enabled: boolean };
	/** Minimum confidence per path; `default` for paths not listed. Wrong on "hot" costs more than on "junk". */
	lowConfidence: { enabled: boolean; default: number; perPath: Record<string, number> };
	/** Paths that would drop a lead out of sales, and the buying signals that must not be dropped. */
	falseNegativeGuard: {
		enabled: boolean;
		paths: string[];
		signalTypes: SignalType[];
		minStrength: number;
		/**
		 * Review a lead on a guarded path whenever the classifier's calibrated sales probability
		 * reaches this, with or without buying signals (1 turns it off).
		 */
		reviewFromSalesProbability: number;
		/**
		 * Buying signals alone do not hold a letter back (a message of LONG_FORM_CHARS or more, read
		 * by the long-form scorer) when the built-in engine's calibrated sales probability is under
		 * this: a nurture lead who names a team size and a date, or a customer who asks for a call,
		 * is what its route says (0 turns it off). Short messages keep the guard: on unfamiliar chat
		 * turns the general scorer can be sure and wrong ("we need smth like this asap": nurture 0.99).
		 */
		signalsNeedSalesProbability: number;
	};
	/** Review scores this close to a boundary between score paths (their minimum scores). Paths
	 * chosen by rule rather than score (support, junk) are exempt. */
	nearBoundary: { enabled: boolean; margin: number; boundaries: number[]; exemptPaths: string[] };
	/** Audit a reproducible share of the items that would be auto-routed. */
	qaSample: { enabled: boolean; percent: number; seed: string };
}

/**
 * The default paths the guard watches, by rule rather than by name: where a buyer would be lost
 * quietly, the bottom of the score ladder (nurture) and the junk rule's paths.
 */
const lowestScorePath = DEFAULT_PATH_DEFINITIONS.filter((path) => path.rule === 'score').reduce(
	(lowest, path) => (path.minScore < lowest.minScore ? path : lowest),
);
const GUARDED_PATHS = [
	lowestScorePath.name,
	...DEFAULT_PATH_DEFINITIONS.filter((path) => path.rule === 'junk' || path.rule === 'support').map(
		(path) => path.name,
	),
];

export const DEFAULT_GATE_CONFIG: GateConfig = {
	malformedIntent: { enabled: true },
	vip: { enabled: false, domains: [], accounts: [] },
	modelFallback: { enabled: true },
	lowConfidence: {
		enabled: true,
		default: 0.6,
		perPath: { hot: 0.7, warm: 0.6, nurture: 0.5, support: 0.5, junk: 0.5 },
	},
	falseNegativeGuard: {
		enabled: true,
		paths: GUARDED_PATHS,
		signalTypes: [...STRONG_BUYING_SIGNAL_TYPES],
		minStrength: 0.6,
		reviewFromSalesProbability: 0.2,
		signalsNeedSalesProbability: 0.05,
	},
	nearBoundary: {
		enabled: true,
		margin: 5,
		boundaries: DEFAULT_PATH_DEFINITIONS.filter(
			(path) => path.rule === 'score' && path.minScore > 0,
		).map((path) => path.minScore),
		exemptPaths: DEFAULT_PATH_DEFINITIONS.filter((path) => path.rule !== 'score').map(
			(path) => path.name,
		),
	},
	qaSample: { enabled: false, percent: 5, seed: 'intent-funnel' },
};

const BAIT_TYPES = new Set<SignalType>(['spam', 'vendor_pitch', 'prompt_injection']);
const SENIOR_LEVELS = new Set(['executive', 'vp', 'director', 'decision_maker']);

/** FNV-1a: a stable hash, so the same item is sampled the same way on every run. */
function hash32(text: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return hash >>> 0;
}

/** What identifies an item for QA sampling: the lead's email, else its text, else its score. */
function sampleKey(intent: IntentResult): string {
	const lead = intent.lead && typeof intent.lead === 'object' ? intent.lead : undefined;
	const key = [lead?.email, lead?.text].find((value) => typeof value === 'string' && value !== '');
	return key ?? `${intent.path}:${intent.score}:${String(intent.classifiedAt)}`;
}

function isStrongBuyingSignal(signal: Signal, config: GateConfig['falseNegativeGuard']): boolean {
	if (
		!config.signalTypes.includes(signal.type) ||
		signal.polarity !== 'positive' ||
		signal.strength < config.minStrength
	)
		return false;
	// Only senior authority is a reason to look again; a "manager" alone is not.
	return signal.type !== 'authority' || SENIOR_LEVELS.has(String(signal.value?.level ?? ''));
}

// Reasons reach Slack, Teams and the audit trail: what they quote is written as inert plain text.
const quoteOf = (signal: Signal) =>
	`'${encodeLeadValue('plain', signal.evidence.quote, FIELD_LIMITS.quote)}'`;
const labelOf = (value: unknown) => encodeLeadValue('plain', value, FIELD_LIMITS.label);

/** A configured number for a path; path names are data, so "toString" or "__proto__" is just a name. */
const ownNumber = (table: Record<string, number>, key: string): number | undefined =>
	Object.prototype.hasOwnProperty.call(table, key) &&
	typeof table[key] === 'number' &&
	Number.isFinite(table[key])
		? table[key]
		: undefined;

function emailDomain(email: string | undefined): string | undefined {
	const at = email?.lastIndexOf('@') ?? -1;
	return at >= 0
		? email!
				.slice(at + 1)
				.trim()
				.toLowerCase()
		: undefined;
}

/** A well-formed calibrated sales probability on the intent, if it has one. */
function salesProbabilityOf(intent: IntentResult): number | undefined {
	const sales = (intent.routeProbabilities as { sales?: unknown } | undefined)?.sales;
	return typeof sales === 'number' && sales >= 0 && sales <= 1 ? sales : undefined;
}

/** Why a lead on a path away from sales may be a buyer dropped quietly, or undefined. */
function droppedBuyerReason(
	intent: IntentResult,
	config: GateConfig['falseNegativeGuard'],
): string | undefined {
	const salesProbability = salesProbabilityOf(intent);
	if (salesProbability !== undefined && salesProbability >= config.reviewFromSalesProbability) {
		return `Path is "${labelOf(intent.path)}" but the classifier gives sales a probability of ${salesProbability.toFixed(2)} (reviewed from ${config.reviewFromSalesProbability})`;
	}
	// Spam and pitches ask for "pricing" or "a call" as bait: next to strong spam evidence only
	// a budget, a deadline or senior authority counts as a buyer's signal.
	const baited = intent.signals.some(
		(signal) => BAIT_TYPES.has(signal.type) && signal.strength >= 0.9,
	);
	const strong = intent.signals.filter(
		(signal) =>
			isStrongBuyingSignal(signal, config) && !(baited && signal.type === 'buying_action'),
	);
	// A support ticket says "urgent" and "call me" too: on a support path only a budget, or
	// buying signals of two kinds (a purchase and a deadline, a decision-maker), make a buyer.
	// pathRuleOf knows a 1.0 item's default support path by its name.
	const onSupportPath = pathRuleOf(intent) === 'support';
	const kinds = new Set(strong.map((signal) => signal.type)).size;
	// Only the built-in engine's own probabilities speak for its decision; a model's path may differ.
	// Three kinds of buying evidence at once (an action, a date and a senior title) outvote even a
	// confident scorer: reviewing them costs about one letter in seventy.
	const letter =
		typeof intent.lead?.text === 'string' && intent.lead.text.length >= LONG_FORM_CHARS;
	if (
		letter &&
		intent.engine === 'builtin' &&
		salesProbability !== undefined &&
		salesProbability < config.signalsNeedSalesProbability &&
		kinds < 3
	)
		return undefined;
	if (
		strong.length === 0 ||
		(onSupportPath && kinds < 2 && !strong.some((signal) => signal.type === 'budget'))
	)
		return undefined;
	const evidence = strong
		.slice(0, 3)
		.map((signal) => `${signal.type.replace('_', ' ')} ${quoteOf(signal)}`)
		.join(', ');
	return `Path is "${labelOf(intent.path)}" but the lead shows strong buying signals: ${evidence}`;
}

/** Evaluates every enabled rule; the first that fires decides, all that fire are reasons. */
export function evaluateGate(json: unknown, config: GateConfig = DEFAULT_GATE_CONFIG): GateResult {
	const fired: Array<{ rule: GateRuleName; reason: string }> = [];
	const review = (rule: GateRuleName, reason: string) => fired.push({ rule, reason });

	const record =
		json !== null && typeof json === 'object' && !Array.isArray(json)
			? (json as Record<string, unknown>)
			: {};
	const read = readIntent(record.intent);
	if (!read.ok) {
		if (config.malformedIntent.enabled) review('malformedIntent', read.problem);
		return decide(fired);
	}
	const intent = read.intent;

	if (config.vip.enabled) {
		// Lead fields come from outside: only strings count.
		const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
		const lead = intent.lead && typeof intent.lead === 'object' ? intent.lead : undefined;
		const domain = emailDomain(text(lead?.email) ?? text(record.email));
		const companyName = text(lead?.company) ?? text(record.company) ?? '';
		const company = companyName.trim().toLowerCase();
		const vipDomain =
			domain && config.vip.domains.find((vip) => domain === vip || domain.endsWith(`.${vip}`));
		const vipAccount = company && config.vip.accounts.find((account) => account === company);
		if (vipDomain) review('vip', `VIP domain ${vipDomain}: always reviewed`);
		else if (vipAccount)
			review(
				'vip',
				`VIP account "${encodeLeadValue('plain', companyName, FIELD_LIMITS.company)}": always reviewed`,
			);
	}

	if (
		config.modelFallback.enabled &&
		(intent.engine === 'builtin-fallback' || intent.fallbackReason)
	) {
		const why = encodeLeadValue('plain', intent.fallbackReason, FIELD_LIMITS.reason);
		review(
			'modelFallback',
			`The model failed and the built-in result was used${why ? `: ${why}` : ''}`,
		);
	}

	if (config.lowConfidence.enabled) {
		const threshold =
			ownNumber(config.lowConfidence.perPath, intent.path) ?? config.lowConfidence.default;
		if (intent.confidence < threshold) {
			review(
				'lowConfidence',
				`Confidence ${intent.confidence} is below ${threshold} for path "${labelOf(intent.path)}"`,
			);
		}
	}

	if (config.falseNegativeGuard.enabled && config.falseNegativeGuard.paths.includes(intent.path)) {
		const reason = droppedBuyerReason(intent, config.falseNegativeGuard);
		if (reason) review('falseNegativeGuard', reason);
	}

	if (config.nearBoundary.enabled) {
		const near = config.nearBoundary.boundaries.find(
			(boundary) => Math.abs(intent.score - boundary) <= config.nearBoundary.margin,
		);
		// A support or junk path is not on the score ladder, whatever its name (items of contract
		// 1.0 carry no rule: the configured names alone decide, as they did).
		const exempt =
			config.nearBoundary.exemptPaths.includes(intent.path) ||
			(intent.pathRule !== undefined && pathRuleOf(intent) !== 'score');
		if (!exempt && near !== undefined) {
			review(
				'nearBoundary',
				`Score ${intent.score} is within ${config.nearBoundary.margin} of the boundary at ${near}`,
			);
		}
	}

	if (fired.length === 0 && config.qaSample.enabled && config.qaSample.percent > 0) {
		const draw = hash32(`${config.qaSample.seed}|${sampleKey(intent)}`) / 2 ** 32;
		if (draw < config.qaSample.percent / 100)
			review('qaSample', `Picked for the ${config.qaSample.percent}% quality-assurance sample`);
	}
	return decide(fired);
}

function decide(fired: Array<{ rule: GateRuleName; reason: string }>): GateResult {
	if (fired.length === 0) {
		return {
			decision: 'auto_route',
			reasons: ['No review rule fired'],
			rule: 'none',
			version: CONTRACT_VERSION,
		};
	}
	return {
		decision: 'human_review',
		reasons: fired.map((entry) => entry.reason),
		rule: fired[0].rule,
		version: CONTRACT_VERSION,
	};
}
