/**
 * The one table of signal types. Everything that needs to know about a type reads it from here:
 * the contract's `SignalType`, polarity, the score points or penalty, which types make a lead
 * junk, which are "strong buying" for the Confidence Gate, the enum the model's answer is checked
 * against, the learned scorer's features and the readable label in reasons and briefings.
 * A new signal type is one entry here plus the extractor that finds it.
 */

export interface SignalTypeInfo {
	/** Readable name, used in reasons, briefings and the audit trail. */
	label: string;
	polarity: 'positive' | 'negative';
	/** Points a positive signal adds to the Semantic Score at full strength. */
	points?: number;
	/** Points a negative signal takes away at full strength. */
	penalty?: number;
	/** Makes a lead junk when strong enough; `soft` types cannot outvote a clear buying request. */
	junk?: 'hard' | 'soft';
	/** Reads as an existing customer's request. */
	support?: boolean;
	/** A drop to nurture/junk with this signal is worth a human look (Confidence Gate). */
	strongBuying?: boolean;
	/** Bait that pitches and spam use ("call us today"): buying words next to it are not trusted. */
	bait?: boolean;
	/** A model may report this type (it is in the answer schema's enum). */
	modelMayReport: boolean;
}

export const SIGNAL_REGISTRY = {
	buying_action: {
		label: 'Buying action',
		polarity: 'positive',
		points: 38,
		strongBuying: true,
		modelMayReport: true,
	},
	budget: {
		label: 'Budget',
		polarity: 'positive',
		points: 22,
		strongBuying: true,
		modelMayReport: true,
	},
	deadline: {
		label: 'Timeline',
		polarity: 'positive',
		points: 20,
		strongBuying: true,
		modelMayReport: true,
	},
	authority: {
		label: 'Authority',
		polarity: 'positive',
		points: 14,
		strongBuying: true,
		modelMayReport: true,
	},
	pain: { label: 'Pain point', polarity: 'positive', points: 14, modelMayReport: true },
	competitor: {
		label: 'Switching from a current solution',
		polarity: 'positive',
		points: 12,
		modelMayReport: true,
	},
	scale: { label: 'Scale', polarity: 'positive', points: 10, modelMayReport: true },
	spam: {
		label: 'Spam or SEO pitch',
		polarity: 'negative',
		junk: 'hard',
		bait: true,
		modelMayReport: true,
	},
	vendor_pitch: {
		label: 'Vendor or partnership pitch',
		polarity: 'negative',
		junk: 'hard',
		bait: true,
		modelMayReport: true,
	},
	job_seeker: {
		label: 'Job application or recruiter',
		polarity: 'negative',
		junk: 'hard',
		modelMayReport: true,
	},
	student: {
		label: 'Student or research request',
		polarity: 'negative',
		penalty: 20,
		modelMayReport: true,
	},
	browsing: {
		label: 'Early interest only',
		polarity: 'negative',
		penalty: 22,
		modelMayReport: true,
	},
	support_request: {
		label: 'Support request from an existing customer',
		polarity: 'negative',
		support: true,
		modelMayReport: true,
	},
	gibberish: { label: 'Gibberish', polarity: 'negative', junk: 'hard', modelMayReport: true },
	disposable_email: {
		label: 'Disposable email address',
		polarity: 'negative',
		junk: 'soft',
		modelMayReport: false,
	},
	prompt_injection: {
		label: 'Prompt-injection attempt (ignored, treated as a red flag)',
		polarity: 'negative',
		penalty: 30,
		junk: 'hard',
		bait: true,
		modelMayReport: true,
	},
	off_topic: {
		label: 'Off-topic or chit-chat',
		polarity: 'negative',
		junk: 'soft',
		modelMayReport: true,
	},
	negation: { label: 'Negated signal', polarity: 'negative', penalty: 10, modelMayReport: false },
} as const satisfies Record<string, SignalTypeInfo>;

export type SignalType = keyof typeof SIGNAL_REGISTRY;

const entries = Object.entries(SIGNAL_REGISTRY) as Array<[SignalType, SignalTypeInfo]>;
const typesWhere = (test: (info: SignalTypeInfo) => boolean): SignalType[] =>
	entries.filter(([, info]) => test(info)).map(([type]) => type);

export const SIGNAL_TYPES: readonly SignalType[] = entries.map(([type]) => type);
export const NEGATIVE_SIGNAL_TYPES: readonly SignalType[] = typesWhere(
	(info) => info.polarity === 'negative',
);
export const STRONG_BUYING_SIGNAL_TYPES: readonly SignalType[] = typesWhere(
	(info) => info.strongBuying === true,
);
export const JUNK_SIGNAL_TYPES: readonly SignalType[] = typesWhere(
	(info) => info.junk !== undefined,
);
export const SOFT_JUNK_SIGNAL_TYPES: readonly SignalType[] = typesWhere(
	(info) => info.junk === 'soft',
);
export const BAIT_SIGNAL_TYPES: readonly SignalType[] = typesWhere((info) => info.bait === true);
export const MODEL_SIGNAL_TYPES = typesWhere((info) => info.modelMayReport) as [
	SignalType,
	...SignalType[],
];

export const signalInfo = (type: SignalType): SignalTypeInfo => SIGNAL_REGISTRY[type];
export const signalLabel = (type: string): string =>
	(SIGNAL_REGISTRY as Record<string, SignalTypeInfo>)[type]?.label ?? type.replace(/_/g, ' ');
export const isSignalType = (type: unknown): type is SignalType =>
	typeof type === 'string' && Object.prototype.hasOwnProperty.call(SIGNAL_REGISTRY, type);
