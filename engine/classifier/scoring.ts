/**
 * From what the classifier read to a decision: a route (sales, nurture, support, junk) from the
 * learned scorer and the stance layer, a Semantic Score from the evidence, the path on the
 * user's ladder, a calibrated confidence, and the reasons a person can check.
 */
import type { IntentStance, PathDefinition, Signal, SignalType } from '../contract';
import { DEFAULT_PATH_DEFINITIONS } from '../contract';
import { formatNumber, quotedForReason as quoted } from '../format';
import {
	JUNK_SIGNAL_TYPES,
	SIGNAL_REGISTRY,
	signalLabel,
	SIGNAL_TYPES,
	SOFT_JUNK_SIGNAL_TYPES,
} from '../signals';
import type { LeadAnalysis } from './analyse';
import { describeIgnored, isSoftHint, STANCE_DECIDES } from './analyse';
import { requestAsFragments } from './fragments';
import { LANGUAGE_NAMES } from './language';
import { isProblemWithAnOrder, orderGivenIn } from './orderGiven';
import { orderListIn } from './orderList';
import { organisationSpokenFor } from './organisation';
import type { OtherVoice } from './otherVoices';
import {
	purchaseNotYet,
	productTroubleIn,
	prospectTryingItOn,
	smallTalkOnly,
	purchaseOfTheReadersProduct,
	scamMoveIn,
	voiceOtherThanABuyer,
} from './otherVoices';
import { lowestScorePath, scorePathFor } from './pathRules';
import type { LearnedScorer, Route, RouteProbabilities } from './scorer/model';
import { ROUTES, softmax } from './scorer/model';

const BASE_POINTS = 15;

/** When no signal was found, how far the scorer's own wording is trusted. */
const GUESS = {
	/** Below this the scorer's words are not evidence enough. */
	sureEnough: 0.9,
	/** A message this short (in distinct words and word pairs) is a guess, however sure the scorer. */
	fewWords: 6,
	/**
	 * The confidence of a guess: below every gate threshold, and about as often right as such
	 * guesses are on text never trained on (a third of them on the shared dev set).
	 */
	confidence: 0.35,
} as const;

/**
 * A message with no signal that the wording reads as support and that tells of trouble with a
 * product ("docker is restarting", "it's not training", "how do I configure the webhook"): how
 * often such a reading is right. Of the 46 rows of every data file it reads, 41 are labelled
 * support, 2 nurture (chat rows asking how to download) and 3 junk or chit-chat (a colleague's
 * "no me funciona la plantilla", a question about an insurance policy): 0.6 clears the gate's
 * support threshold and stays under what was seen.
 */
const TROUBLE_TOLD = { confidence: 0.6 } as const;

/** A message that is nothing but small talk ("how are you?", "Ok.."): every such row of the data files is junk. */
const SMALL_TALK = { confidence: 0.8 } as const;

/**
 * The second reader's sales probability from which a lead the decision keeps off the sales route
 * goes to a person, and under which a lead on a sales path does (docs/evaluation.md, twenty-first
 * pass). On the 5,519 writer probes, which neither reader trained on: 10 of 32 plainly written
 * buyers dropped unseen go to a person for 1 more review; 9 of 74 short non-buyers at a rep do,
 * and no buyer; on the public dev set 4 buyers at a rep are reviewed first, none lost.
 * Before a lead is dropped (junk, nurture) a lower bar holds (thirty-third pass): a one-in-four
 * chance of a buyer is too much to drop unseen. Writer rounds 108-201: 70 -> 57 buyers dropped
 * for 0.3 points more review; 206-209: 13 -> 10; public dev set 19.9% -> 20.1% reviewed; 0.2
 * and 0.3 took 54 and 62, with 20.4% and 20.1% on the dev set.
 */
const SECOND_READING = { sales: 0.5, salesBeforeDropping: 0.25, notSales: 0.4 } as const;
/**
 * The reader of orders' bar: at 0.5 it took orders dropped unseen from 14 and 9 to 6 and 5 of 60
 * in two blind sets (with the order rule), and reviewed no more of 120 personal requests; at 0.25
 * it found two more of 60 but reviewed ten times as many other rows of the data files
 * (docs/evaluation.md, "Forty-first pass").
 */
const ORDER_READING = { sales: 0.5 } as const;

/** An injection attempt next to real buying words: a person should read it. */
const INJECTION_WITH_BUYER_CONFIDENCE = 0.4;
/**
 * The software greeted and nothing more ("Hello AI.", "Hallo Bot,", "querido chatbot."), or asked
 * to treat the message as urgent: what a buyer types into a site that says "Ask our AI assistant"
 * as readily as an attacker's opener. Beside a business, such a lead is read by a person rather
 * than dropped (red-team wave 13: 23 of 60 polite buyers talking to the chatbot were junked).
 */
const GREETING_WORDS =
	/(?<![\p{L}])(?:good (?:morning|afternoon|evening)|guten (?:tag|morgen|abend)|buen(?:os|as) (?:días|dias|tardes|noches)|hey|hi|hello|hallo|hola|dear|liebe[rsn]?|querid[oa]|estimad[oa]|oye|yo|there|ok|okay|please|pls|sir|madam|the|my|our|ai|a\.i\.|ki|ia|bot|chat ?bot|assistant|assistent|asistente|robot|siri|alexa)s?(?![\p{L}])/giu;
/** Greeting words, the software's names and courtesy only ("Hello AI.", "bot, please", "ok bot"). */
const isBareGreeting = (quote: string) =>
	/\p{L}/u.test(quote) &&
	// A role tag ("<assistant>", "[assistant]:", "### assistant") is not a greeting.
	!/[<>[\]#{}|]/.test(quote) &&
	!/\p{L}/u.test(quote.replace(GREETING_WORDS, ''));
const URGENCY_ASK =
	/^(?:please )?(?:mark|flag|treat|tag|label|marcar|marca|marque)\s+(?:this|it|me|us|esto|mi (?:pedido|mensaje))?\s*(?:as|como)?\s+(?:urgent|urgente|dringend|time-sensitive|a priority)$/iu;
const greetsOrHurries = (signal: Signal) => {
	const quote = signal.evidence.quote.trim();
	return isBareGreeting(quote) || URGENCY_ASK.test(quote);
};
/**
 * A writer taking back their own earlier words ("ignore the previous instructions I put in the
 * delivery notes", "disregard my earlier message, we gave the wrong quantity"): the classic
 * override's words, about the writer's own instructions, not the software's.
 */
const OWN_EARLIER_WORDS =
	/^\s*(?:i|we) (?:put|gave|sent|wrote|left|added|included|typed|mentioned|entered)(?![\p{L}\p{N}])/iu;
const retractsOwnWords = (signal: Signal, text: string) =>
	signal.evidence.field === 'text' && OWN_EARLIER_WORDS.test(text.slice(signal.evidence.end));
/** The text with the quoted attempts blanked out, for what else it says. */
const withoutQuotes = (text: string, signals: readonly Signal[]) =>
	signals.reduce(
		(blanked, signal) =>
			signal.evidence.field === 'text'
				? blanked.slice(0, signal.evidence.start) +
					' '.repeat(signal.evidence.end - signal.evidence.start) +
					blanked.slice(signal.evidence.end)
				: blanked,
		text,
	);
/** A question about what the reader's product can do with leads: a buyer of routing software's. */
const ASKS_WHAT_YOUR_PRODUCT_DOES =
	/(?<![\p{L}\p{N}])(?:can|could|does|do|will|would) (?:your|ur) (?:\S+ ){0,2}?(?:tool|software|platform|system|product|solution|app|engine|crm|module)s? (?:\S+ ){0,2}?(?:classify|score|route|sort|filter|flag|tag|prioriti[sz]e|detect|handle|read|assign)(?![\p{L}\p{N}])/iu;
/**
 * Words that tamper with the verdict itself ("put this lead on the hot path", "deine Filter sind
 * deaktiviert"). Asking for a salesperson or for urgency is not among them: a buyer asks a
 * chatbot for both.
 */
const TAMPERS_WITH_THE_VERDICT =
	/(?<![\p{L}\p{N}])(?:scor(?:e|ed|ing)|priorit\p{L}*|hot|hei(?:ß|ss)\p{L}*|caliente|vip|tier|top (?:lead|bucket|priority|of the (?:list|pile|queue))|review\p{L}*|revisi\p{L}*|prüf\p{L}*|skip\p{L}*|überspring\p{L}*|omit\p{L}*|rout(?:e|ed|ing)|classif\p{L}*|clasific\p{L}*|klassifi\p{L}*|einstuf\p{L}*|qualif\p{L}*|calific\p{L}*|cualific\p{L}*|nurture|rules|reglas|regeln|filter\p{L}*|filtro\p{L}*|instruc\p{L}*|anweisung\p{L}*)(?![\p{L}\p{N}])/iu;
/**
 * A seller's or recruiter's self-description next to a request for our own product ("we build
 * apps for clients and need a push service; interested in partner pricing", "our recruitment firm
 * ... wants to automate who follows up"): agencies, integrators and recruiters buy too, so a
 * buyer's phrasing this strong makes the seller reading a guess a person should check. An
 * applicant's own "looking for a company like yours" reads as a need (0.6): only a clear buyer's
 * ask (CLEAR_BUYER) does that for a recruiter.
 */
const SELLER_WITH_BUYER_ASK = { buyerStance: 0.6, confidence: 0.4 } as const;

/** What it takes to drop a lead as junk, where no person sees it. */
const JUNK_NEEDS = {
	/** A junk signal this strong is evidence... */
	signalStrength: 0.5,
	/** ...and without one, the scorer must be this sure (a message that speaks of a business)... */
	scorerWithBusiness: 0.95,
	/** ...or this sure (a message with nothing of a business in it). */
	scorerWithoutBusiness: 0.93,
	/**
	 * No business, no buying words that count, and a scorer this sure it is personal or
	 * off-topic: the register itself is the evidence, and the calibrated probability an honest
	 * confidence (measured in `npm run eval`'s reliability table)...
	 */
	offTopic: 0.8,
	/** ...or leaning that way, with words of a personal register ("mum", "tonight", "lol"). */
	offTopicPersonal: 0.5,
} as const;

/** Interest in the reader's own product ("learn more about your chat tool", "tell me more about your packages"). */
const INTEREST_IN_THE_READERS_PRODUCT =
	/(?<![\p{L}])(?:(?:learn|hear|know|tell (?:me|us)) (?:a bit |a little |something )?(?:more )?about|(?:information|info|details|a brochure) (?:on|about|regarding|for)) your (?:\S+ ){0,3}?(?:platform|software|tool|product|service|packages?|plans?|system|solution|app|offering|integration|module)s?(?![\p{L}])/iu;

/**
 * A message that is only a request to be called on a number, a greeting, a please, a first name
 * and what it is about at most ("hi pls call 0412 555 019", "Rückruf bitte: 0171 2345678",
 * "llámenme al 612 345 678", "Call me back pls. Tom, 0412 555 019. About the forklifts").
 */
const BARE_CALLBACK =
	/^\s*(?:(?:hi|hello|hey|hiya|hola|buenas|hallo|servus|moin|guten tag|good (?:morning|afternoon))[\s,!.]*)?(?:(?:pls|please|plz|por favor|porfa|porfis|bitte|kindly)\s+)?(?:(?:call|ring|phone)(?:\s+(?:me|us))?(?:\s+back)?|ll[aá]m(?:ame|enme|enos|eme)|rufen sie (?:mich|uns) an|ruf (?:mich|uns) an|(?:bitte um )?r[uü]ckruf)(?:\s+(?:pls|please|plz|por favor|bitte|asap|urgently))?[\s,:.!-]*(?:\p{L}+[,:]?\s+)?(?:(?:on|at|al|unter)\s+)?\+?\d[\d ()./-]{5,}\d[\s.!]*(?:(?:about|re|regarding|wegen|sobre|por lo de)\s+(?:the |our |los |las |la |el |die |den |das |unsere? )?(?:\p{L}+\s*){1,3}[.!]*\s*)?(?:(?:thanks|thx|ty|gracias|danke)[\s.!]*)?$/iu;

/**
 * Words of a text to someone close in the languages the engine does not read (French, Portuguese,
 * Italian, Dutch) and in pictographs: kin, endearments, kisses, love.
 */
const WORDS_TO_SOMEONE_CLOSE =
	/(?<![\p{L}])(?:maman|papa|chéri(?:e)?|ma puce|mon c(?:œ|oe)ur|bisous?|gros bisous|tata|tonton|mamie|papi|coucou|bébé|je t'aime|ma belle|mãe|mamãe|papai|querid[ao]|meu amor|beijos?|beijinhos?|bjs|vovó|avó|avô|te amo|mamma|papà|babbo|amore|tesoro|baci|bacio|ti voglio bene|nonna|nonno|mam|mama|schat|lieverd|liefje|kusjes?|dikke kus|hou van je|oma|opa)(?![\p{L}])|[😘😍🥰💋😚💕❤♥🎂]/iu;
const CLOSE_IN_AN_UNREAD_LANGUAGE = { confidence: 0.7 } as const;

/** A spam shape this strong (a login asked for behind a link, a domain expiring, a casino) beside a buyer's words is for a person to read. */
const SPAM_BESIDE_BUYER = 1;

/** Positive signals this strong are a buyer's words, whatever the register... */
const BUYER_WORDS = 0.6;
/** ...and then a sales reading this strong is worth a rep's call; weaker ones wait in nurture. */
const SALES_INSTEAD_OF_JUNK = 0.3;
/** Signals of a lead that is early, not absent ("just collecting information", "newsletter"), and how strong one must be. */
const EARLY_INTEREST_TYPE: SignalType = 'browsing';
const EARLY_INTEREST = 0.8;
/** An early-interest phrase this strong says the writer is not buying now ("no active project"). */
const NOT_BUYING_YET = 0.9;
/** Scores this far below a sales boundary stay clear of the gate's near-boundary band. */
const CLEAR_OF_BOUNDARY = 6;
/**
 * A lead whose only buying evidence is one request to talk, in a message longer than a chat
 * turn, is read by a person (decide()). Measured on the writer probes before choosing 80: it
 * takes 24 of 88 non-buyers off a rep's desk and sends 38 of 2,350 buyers to review; 60 and 120
 * characters take 28/57 and 17/34.
 */
const THIN_ASK = { minChars: 80 } as const;
/** Messages this short are read for buying nouns the writer already has. */
const ALREADY_THEIRS = { maxChars: 160 } as const;
/** Buying nouns a team has and speaks of; not a price (buyers ask "what is the price"), not a call (a "call centre"). */
const OWN_WORK_NOUN =
	/^(?:demo|demos|quote|quotes|quotation|proposal|price ?list|order|meeting|angebot|preisliste|bestellung|präsentation|demo-termin|tarifa|presupuesto|propuesta|cotizaci[oó]n|pedido|reuni[oó]n|rfp|rfq)$/iu;
/** A determiner of a thing already had: definite, possessive or praised ("the", "my", "nice"), perhaps with one word between that is not a preposition. */
const HAD_BEFORE =
	/(?:^|[^\p{L}\p{N}])(?:the|my|our|this|that|his|her|their|every|each|nice|great|good|new|final|old|latest|updated|revised|der|die|das|dem|den|im|am|vom|zum|beim|meine|meiner|meinen|unser|unsere|unserer|unseren|unserem|deine|jedes|jede|neue|neuen|finale|alte|alten|el|la|los|las|del|al|mi|mis|nuestra|nuestro|tu|cada|nueva|nuevo)\s+(?:(?!(?:with|for|of|about|mit|für|von|über|de|con|para|sobre)\s)\p{L}+['’]?s?\s+)?$/iu;
/** A thing a team makes of its demos, quotes and price lists, named right after the noun. */
const WORK_OBJECT_AFTER =
	/^\s+(?:templates?|slides?|deck|decks|video|videos|script|scripts|printouts?|pdfs?|spreadsheet|folder|file|files|laptop|rehearsal|update|v\d+|vorlage|folie|folien|plantilla|diapositivas?)(?![\p{L}\p{N}])|^\s+(?:for|für|para) (?:\S+ ){1,3}?(?:is|are|was|has|needs|ist|hat|braucht|fehlt|está|tiene|necesita)(?![\p{L}\p{N}])/iu;
/**
 * Whether a buying noun of a team's own work stands after such a determiner or names a thing of
 * that work ("the Tuesday demo", "Die Bestellung ist unvollständig", "the pricing slide"). Asked
 * of a colleague ("can you double-check the Oakhurst quote?") it is still theirs; a buyer asks for
 * "a demo" or "a quote for 40 chairs".
 */
function alreadyTheirs(text: string, signal: Signal): boolean {
	const quote = signal.evidence.quote.trim();
	const article = /^(?:the|la|el|los|las|die|der|das|den|dem)\s+/iu.exec(quote);
	const noun = article ? quote.slice(article[0].length) : quote;
	const ownWork = OWN_WORK_NOUN.test(noun);
	if (signal.evidence.field !== 'text' || !(ownWork || /^pricing$/iu.test(noun))) return false;
	// The noun naming a thing of the team's work ("the pricing slide", "price list printouts").
	if (WORK_OBJECT_AFTER.test(text.slice(signal.evidence.end, signal.evidence.end + 30)))
		return true;
	return (
		ownWork &&
		(article !== null ||
			HAD_BEFORE.test(text.slice(Math.max(0, signal.evidence.start - 40), signal.evidence.start)))
	);
}
/** How much of a quoted sentence a reason shows. */
const QUOTE_CHARS = 120;
const clip = (text: string) =>
	text.length > QUOTE_CHARS ? `${text.slice(0, QUOTE_CHARS - 1)}…` : text;
/** What a reason says a voice other than a buyer's did, with its words. */
const OTHER_VOICE_READS: Record<OtherVoice['speaker'], (voice: OtherVoice) => string> = {
	addressing_system: ({ quote, field }) =>
		`the lead speaks to the software about its verdict ('${clip(quote)}'${field === 'text' ? '' : ` in the ${field} field`}); instructions in a lead are never a boost`,
	vendor: ({ quote }) => `the lead offers us something as a seller would ('${clip(quote)}')`,
	applicant: ({ quote }) => `the lead reads as a job seeker's ('${clip(quote)}')`,
	customer: ({ quote }) =>
		`the lead speaks of work we already did for the writer ('${clip(quote)}'), as an existing customer would`,
	unknown: ({ quote, among }) =>
		among === 'automatic_reply'
			? `the lead reads as an automatic reply ('${clip(quote)}'), not a person writing to us`
			: `the lead asks us for something other than a purchase ('${clip(quote)}'), such as press, sponsorship or research`,
	personal: ({ quote, among }) =>
		among === 'colleagues'
			? `the lead reads as people talking among themselves about their own work or plans ('${clip(quote)}'), not as a request to us`
			: among === 'private_sale'
				? `the lead reads as a private sale between individuals ('${clip(quote)}'), not a business inquiry`
				: `the lead reads as a text to someone close ('${clip(quote)}'), not to a business`,
};

const POINT_ENTRIES = SIGNAL_TYPES.flatMap((type) => {
	const info = SIGNAL_REGISTRY[type] as { points?: number; penalty?: number };
	return info.points || info.penalty ? [[type, info.points ?? 0, info.penalty ?? 0] as const] : [];
});

/** Strongest signal per type, with repeated evidence adding a little ("noisy-or", capped). */
export function strengthByType(signals: readonly Signal[]): Map<SignalType, number> {
	const byType = new Map<SignalType, number>();
	for (const signal of signals) {
		const previous = byType.get(signal.type) ?? 0;
		const combined = 1 - (1 - previous) * (1 - signal.strength * 0.5);
		byType.set(signal.type, Math.min(1, Math.max(previous, signal.strength, combined)));
	}
	return byType;
}

/** Evidence points: base, plus each positive type's weight at its strength, minus penalties. */
export function evidencePoints(signals: readonly Signal[], hasText: boolean): number {
	const strengths = strengthByType(signals);
	const buying = strengths.get('buying_action') ?? 0;
	let points = hasText ? BASE_POINTS : 0;
	for (const [type, gain, penalty] of POINT_ENTRIES) {
		const strength = strengths.get(type) ?? 0;
		// "Learn more about your pricing" is a pricing question: early-interest words only pull
		// the score down when nothing explicit was asked for.
		const damping = type === 'browsing' ? 1 - buying : 1;
		points += gain * strength - penalty * strength * damping;
	}
	return points;
}

const JUNK_TYPES = new Set(JUNK_SIGNAL_TYPES);
const SOFT_JUNK_TYPES = new Set(SOFT_JUNK_SIGNAL_TYPES);
const JUNK_THRESHOLD = 0.6;
const SUPPORT_THRESHOLD = 0.55;
/** The rule expert never claims more than this, nor less than the floor, for its route. */
const RULE_MAX = 0.9;
const RULE_MIN = 0.4;

/**
 * The rule expert: what the lexicon evidence alone says. Strong junk or support evidence picks
 * those routes (an explicit buying request outvotes soft junk), otherwise the evidence points
 * pick sales above the first boundary and nurture below. Its confidence grows with the evidence.
 */
export function ruleVerdict(
	signals: readonly Signal[],
	points: number,
): { route: Route; confidence: number } {
	const strengths = strengthByType(signals);
	const buying = strengths.get('buying_action') ?? 0;
	let junk = 0;
	let hardJunk = 0;
	for (const type of JUNK_TYPES) {
		const strength = strengths.get(type) ?? 0;
		if (strength === 0) continue;
		junk = junk === 0 ? strength : Math.min(1, Math.max(junk, strength) + 0.1);
		if (!SOFT_JUNK_TYPES.has(type)) hardJunk = Math.max(hardJunk, strength);
	}
	const support = strengths.get('support_request') ?? 0;
	const outvotedByBuying =
		buying >= 0.9 && hardJunk < 0.9 && (strengths.get('prompt_injection') ?? 0) === 0;
	if (junk >= JUNK_THRESHOLD && !outvotedByBuying)
		return { route: 'junk', confidence: 0.45 + 0.5 * junk - 0.2 * buying };
	// A customer asking for help brings no budget, no decision-maker and no date for a decision;
	// a buyer whose current system "crashes" brings all three: their breakage words are pain.
	const qualified = Math.min(
		strengths.get('budget') ?? 0,
		strengths.get('authority') ?? 0,
		strengths.get('deadline') ?? 0,
	);
	const purchase = Math.max(buying, qualified);
	if (support >= SUPPORT_THRESHOLD && support >= purchase)
		return { route: 'support', confidence: 0.45 + 0.45 * support - 0.25 * buying };
	const positive = signals.filter((signal) => signal.polarity === 'positive');
	const evidence =
		1 - positive.reduce((product, signal) => product * (1 - signal.strength * 0.6), 1);
	if (points >= 40) return { route: 'sales', confidence: 0.35 + 0.5 * evidence };
	return { route: 'nurture', confidence: 0.3 + 0.3 * Math.min(1, (40 - points) / 25) };
}

/**
 * The rule expert as a distribution: its confidence on its route, the rest spread evenly. With
 * no signal at all it knows nothing and abstains (all routes equal): "below the sales boundary"
 * is no evidence for nurture, and leaning there made every wordless guess a nurture guess.
 */
function ruleDistribution(signals: readonly Signal[], points: number): number[] {
	if (signals.length === 0) return ROUTES.map(() => 1 / ROUTES.length);
	const { route, confidence } = ruleVerdict(signals, points);
	const mass = Math.max(RULE_MIN, Math.min(RULE_MAX, confidence));
	return ROUTES.map((candidate) => (candidate === route ? mass : (1 - mass) / (ROUTES.length - 1)));
}

/**
 * Calibrated route probabilities: the learned scorer and the rule expert multiplied (a product
 * of experts: a route needs both to find it plausible), then the temperature fitted on held-out
 * rows. The scorer carries the wording of many registers; the rules carry evidence that holds in
 * registers the scorer never saw.
 */
export function combinedLogits(
	analysis: Pick<LeadAnalysis, 'signals' | 'features' | 'lead'>,
	scorer: LearnedScorer,
): number[] {
	const model = softmax(scorer.logits(analysis.features));
	const rules = ruleDistribution(
		analysis.signals,
		evidencePoints(analysis.signals, analysis.lead.text.length > 0),
	);
	return model.map((probability, i) => Math.log(Math.max(probability, 1e-9)) + Math.log(rules[i]));
}

export function routeProbabilities(
	analysis: Pick<LeadAnalysis, 'signals' | 'features' | 'lead'>,
	scorer: LearnedScorer,
): RouteProbabilities {
	const probabilities = softmax(combinedLogits(analysis, scorer), scorer.temperature);
	return {
		sales: probabilities[0],
		nurture: probabilities[1],
		support: probabilities[2],
		junk: probabilities[3],
	};
}

function quoteOf(signal: Signal): string {
	return quoted(signal.evidence.quote);
}

export function describeSignal(signal: Signal): string {
	const quote = quoteOf(signal);
	const where = signal.evidence.field === 'text' ? '' : ` (${signal.evidence.field} field)`;
	const value = signal.value ?? {};
	switch (signal.type) {
		case 'budget':
			if (value.approved) return `Budget approved: ${quote}`;
			return `Budget of ${formatMoney(value)}: ${quote}`;
		case 'deadline':
			return value.kind === 'asap'
				? `Wants it as soon as possible: ${quote}`
				: `Timeline ${String(value.date)}: ${quote}`;
		case 'scale':
			return `Scale of ${formatNumber(value.count as number)} ${String(value.unit)}: ${quote}`;
		case 'negation':
			return `Negated ${String(value.negates).replace('_', ' ')}: ${quote}`;
		default:
			return `${signalLabel(signal.type)}: ${quote}${where}`;
	}
}

function formatMoney(value: Record<string, unknown>): string {
	const currency = (value.currency as string | null) ?? '';
	const amount = (n: unknown) =>
		typeof n === 'number' && Number.isFinite(n) ? formatNumber(n) : '?';
	const figure =
		value.amount !== undefined ? amount(value.amount) : `${amount(value.min)}-${amount(value.max)}`;
	const period = value.period ? ` per ${value.period as string}` : '';
	return `${currency ? `${currency} ` : ''}${figure}${period}`;
}

/**
 * Nouns that name sales or a plan tier without asking for anything: alone, they are as likely in
 * a pitch, a job ad or an injection ("an enterprise opportunity") as in a buyer's message.
 */
const BARE_SALES_NOUN =
	/^(?:enterprise|sales|pricing|prices|precios|preise|vertrieb|ventas|comercial|sales ?(?:team|department|dept|force|org|organi[sz]ation|people|reps?|role)|vertriebs\p{L}*|(?:departamento|equipo) (?:de )?ventas)$/iu;

/** The bare nouns that name the sales team rather than a price or a tier. */
const SALES_TEAM_NOUN =
	/^(?:sales|vertrieb|ventas|comercial|sales ?(?:team|department|dept|force|org|organi[sz]ation|people|reps?|role)|vertriebs\p{L}*|(?:departamento|equipo) (?:de )?ventas)$/iu;

/**
 * The one bare noun naming sales or a tier among a lead's buying evidence, when everything else
 * is a title ("lol our sales manager just fell asleep"): a word and a job title are not a buyer.
 */
function bareSalesNoun(positives: readonly Signal[]): Signal | undefined {
	const bare = positives.filter((signal) => BARE_SALES_NOUN.test(signal.evidence.quote.trim()));
	if (bare.length !== 1) return undefined;
	if (positives.length === 1) return bare[0];
	// Beside titles, only a word for the sales team itself: "pricing" next to a COO in the role
	// field is a short buyer's ask the stance layer did not hear ("Can you share pricing?").
	return SALES_TEAM_NOUN.test(bare[0].evidence.quote.trim()) &&
		positives.every(
			(signal) =>
				signal === bare[0] || (signal.type === 'authority' && signal.evidence.field === 'text'),
		)
		? bare[0]
		: undefined;
}

/** A buyer's phrasing this strong outweighs a lexicon's word for another speaker; a polite "I'd like to talk to someone" (0.75) does not. */
const CLEAR_BUYER = 0.85;
/** Lexicon signals of someone who is not a buyer: their sales words are not a request to buy. */
const OTHER_SPEAKERS: ReadonlySet<SignalType> = new Set<SignalType>([
	'student',
	'job_seeker',
	'vendor_pitch',
]);
const otherSpeaker = (signals: readonly Signal[]): Signal | undefined =>
	signals.find((signal) => OTHER_SPEAKERS.has(signal.type) && signal.strength >= 0.6);

/** The first phrasing the stance layer read as the buyer's own (buyer families read only the text). */
const buyerPhrasing = (analysis: LeadAnalysis): Signal | undefined =>
	analysis.stance.signals.find((signal) => signal.value?.stance === 'buyer');

export interface Decision {
	score: number;
	path: string;
	route: Route;
	confidence: number;
	reasons: string[];
	stance: IntentStance;
}

const round2 = (value: number) => Math.round(value * 100) / 100;

function pathForRoute(
	route: Route,
	score: number,
	paths: readonly PathDefinition[],
): PathDefinition {
	const byRule = (rule: PathDefinition['rule']) => paths.find((path) => path.rule === rule);
	if (route === 'junk') return byRule('junk') ?? lowestScorePath(paths)!;
	if (route === 'support') return byRule('support') ?? lowestScorePath(paths)!;
	if (route === 'nurture') return lowestScorePath(paths)!;
	return scorePathFor(score, paths);
}

function speakerOf(analysis: LeadAnalysis, route: Route): IntentStance['speaker'] {
	if (analysis.silencedBy === 'system') return 'addressing_system';
	if (analysis.silencedBy === 'seller') return 'vendor';
	if (analysis.silencedBy === 'applicant') return 'applicant';
	if (analysis.silencedBy === 'spam') return 'spammer';
	if (route === 'support') return 'customer';
	if (route === 'sales' || route === 'nurture') return 'prospect';
	return analysis.businessContext ? 'unknown' : 'personal';
}

/**
 * The decision. The learned scorer chooses among the routes its calibrated probabilities allow;
 * a lead that addresses the software, pitches its own services or applies for a job cannot take
 * the sales route at all. The score follows the evidence but stays on the side of the ladder the
 * route belongs to, so path and route never disagree.
 */
export function decide(
	analysis: LeadAnalysis,
	probabilities: RouteProbabilities,
	paths: readonly PathDefinition[] = DEFAULT_PATH_DEFINITIONS,
	/** The second reader's probabilities (short messages): a buyer it hears is not dropped unseen. */
	secondReading?: RouteProbabilities,
	/** The reader of orders, asked only of a lead about to be dropped or sent to support. */
	orderReading?: () => RouteProbabilities,
): Decision {
	const { signals, lead, silencedBy } = analysis;
	const hasText = lead.text.length > 0;
	const points = evidencePoints(signals, hasText);
	const allowed: RouteProbabilities = { ...probabilities };
	if (silencedBy) allowed.sales = 0;
	if (silencedBy === 'system') {
		allowed.nurture = 0;
		allowed.support = 0;
		allowed.junk = 1;
	}
	const total = ROUTES.reduce((sum, route) => sum + allowed[route], 0) || 1;
	for (const route of ROUTES) allowed[route] /= total;
	let route: Route = ROUTES.reduce(
		(best, candidate) => (allowed[candidate] > allowed[best] ? candidate : best),
		'junk' as Route,
	);
	// A business saying it is early ("no active project yet", "is there a newsletter I can
	// follow?") is a lead for later, not junk: the scorer alone does not drop it.
	const earlyInterestStrength = signals.reduce(
		(strongest, signal) =>
			signal.type === EARLY_INTEREST_TYPE ? Math.max(strongest, signal.strength) : strongest,
		0,
	);
	const earlyInterest = earlyInterestStrength >= EARLY_INTEREST;
	// Junk is where a lead is dropped without a person: it takes evidence (a junk signal, a
	// non-buyer stance) or a scorer that is very sure. Otherwise the next route is taken.
	const junkEvidence =
		silencedBy !== null ||
		signals.some(
			(signal) =>
				JUNK_TYPES.has(signal.type) &&
				signal.strength >= JUNK_NEEDS.signalStrength &&
				// Beside early interest, a mere hint at a seller ("we're a small consultancy ... is
				// there a newsletter?") is the writer describing their own business.
				!(earlyInterest && isSoftHint(signal)),
		);
	// Text with nothing of a business in it (a personal message) needs less certainty to be junk.
	const junkNeeds = analysis.businessContext
		? JUNK_NEEDS.scorerWithBusiness
		: JUNK_NEEDS.scorerWithoutBusiness;
	const buyerWords = signals.some(
		(signal) => signal.polarity === 'positive' && signal.strength >= BUYER_WORDS,
	);
	const offTopic =
		!analysis.businessContext &&
		!silencedBy &&
		analysis.stance.scores.buyer === 0 &&
		!buyerWords &&
		allowed.junk >= (analysis.personal ? JUNK_NEEDS.offTopicPersonal : JUNK_NEEDS.offTopic);
	const smallTalk = !offTopic && signals.length === 0 && !lead.company && smallTalkOnly(lead.text);
	if (offTopic || smallTalk) route = 'junk';
	// A business describing its pain, size or plans is not dropped on the scorer's word alone.
	else if (
		route === 'junk' &&
		!junkEvidence &&
		(allowed.junk < junkNeeds || (analysis.businessContext && (buyerWords || earlyInterest)))
	) {
		route =
			earlyInterest && !buyerWords
				? 'nurture'
				: allowed.sales >= SALES_INSTEAD_OF_JUNK
					? 'sales'
					: allowed.support > allowed.nurture
						? 'support'
						: 'nurture';
	}
	// The writer says outright they are not buying now ("no active project", "not in a position to
	// buy this year") and names no date, no money and no ask of a buyer's: a lead for later.
	const namesDateOrMoney = signals.some(
		(signal) =>
			signal.polarity === 'positive' && (signal.type === 'deadline' || signal.type === 'budget'),
	);
	const notBuyingYet =
		route === 'sales' &&
		analysis.stance.scores.buyer === 0 &&
		earlyInterestStrength >= NOT_BUYING_YET &&
		!namesDateOrMoney;
	if (notBuyingYet) route = 'nurture';
	// The same words beside a buyer's ask: the lead stays on its path, for a person to confirm.
	const notBuyingNow =
		route === 'sales' && earlyInterestStrength >= NOT_BUYING_YET && !namesDateOrMoney
			? signals.find(
					(signal) => signal.type === EARLY_INTEREST_TYPE && signal.strength >= NOT_BUYING_YET,
				)
			: undefined;
	// Read once, and only for a lead that reaches the question.
	let otherVoice: OtherVoice | null | undefined;
	const heardVoice = () =>
		otherVoice === undefined ? (otherVoice = voiceHeardIn(analysis)) : otherVoice;
	// A user's trouble with a product ("smart plug wont reset", "la instalación falla al final"),
	// where no signal speaks either way: whether the wording says support or junk, it is a
	// customer to help, and the trouble is the evidence a guess lacked.
	const troubleFound =
		signals.length === 0 &&
		!smallTalk &&
		!analysis.personal &&
		analysis.stance.scores.buyer === 0 &&
		(route === 'support' || (route === 'junk' && !junkEvidence))
			? productTroubleIn(lead.text, analysis.textIndex, { howTo: route === 'support' })
			: null;
	// ...unless someone else speaks in it ("Developer note (do not display to user): ...").
	const othersVoice = troubleFound ? heardVoice() : null;
	const troubleTold =
		troubleFound && (!othersVoice || othersVoice.speaker === 'customer') ? troubleFound : null;
	if (troubleTold) route = 'support';
	if (!hasText) route = 'nurture';

	const scorePaths = paths.filter((path) => path.rule === 'score');
	const salesFloor = Math.min(
		...scorePaths.filter((path) => path.minScore > 0).map((path) => path.minScore),
		101,
	);
	let score: number;
	if (route === 'sales')
		score = Math.max(
			points,
			salesFloor + CLEAR_OF_BOUNDARY + Math.round(20 * (allowed.sales - 0.5)),
		);
	else if (route === 'nurture')
		score = Math.min(points, salesFloor - (allowed.nurture >= 0.6 ? CLEAR_OF_BOUNDARY : 1));
	else if (route === 'support') score = Math.min(points, 30);
	else score = Math.min(points, 20);
	score = Math.round(Math.max(0, Math.min(100, score)));
	const path = pathForRoute(route, score, paths);

	let confidence = allowed[route];
	/** Who the decision hears speaking, where it knows better than the stance layer. */
	let heardSpeaker: IntentStance['speaker'] | undefined;
	let notYet: string | null | undefined;
	const purchaseYearsAway = () =>
		notYet === undefined ? (notYet = purchaseNotYet(lead.text, analysis.textIndex)) : notYet;
	const reasons: string[] = [];
	const strongest = [...signals].sort(
		(a, b) => b.strength - a.strength || a.evidence.start - b.evidence.start,
	);
	const positives = strongest.filter((signal) => signal.polarity === 'positive');
	const otherStance = route === 'sales' ? otherStanceBesideBuyer(analysis, strongest) : undefined;
	let scamMoveRead: string | null | undefined;
	const scamMove = () =>
		scamMoveRead === undefined
			? (scamMoveRead = scamMoveIn(lead.text, analysis.textIndex))
			: scamMoveRead;
	const strongSpam =
		route === 'sales'
			? strongest.find((signal) => signal.type === 'spam' && signal.strength >= SPAM_BESIDE_BUYER)
			: undefined;
	if (!hasText) {
		confidence = 0.2;
		reasons.push('The lead has no message text: nothing to judge, a person should look');
	} else if (silencedBy === 'system') {
		const attempts = strongest.filter((signal) => signal.type === 'prompt_injection');
		const attempt = attempts[0];
		const buyerLeft =
			positives.some((signal) => signal.strength >= 0.6) ||
			(analysis.businessContext &&
				attempts.every(
					(signal) => greetsOrHurries(signal) || retractsOwnWords(signal, lead.text),
				) &&
				!TAMPERS_WITH_THE_VERDICT.test(withoutQuotes(lead.text, attempts))) ||
			// A buyer of routing software asks what the reader's tool can do ("Can your tool classify
			// them and route accordingly?"); an attacker who asks so is read by a person too.
			ASKS_WHAT_YOUR_PRODUCT_DOES.test(lead.text);
		confidence = buyerLeft ? INJECTION_WITH_BUYER_CONFIDENCE : Math.max(0.9, confidence);
		reasons.push(
			`Routed to "${path.name}": the lead tries to instruct the classifier (${quoteOf(attempt)}${attempt.evidence.field === 'text' ? '' : ` in the ${attempt.evidence.field} field`}); instructions in a lead are never a boost${buyerLeft ? ', and it also reads like a buyer, so a person should look' : ''}`,
		);
	} else if (silencedBy) {
		const { type, reads } = SILENCED_READS[silencedBy];
		const evidence = strongest
			.filter((signal) => signal.type === type)
			.slice(0, 2)
			.map(quoteOf)
			.join(', ');
		const buyerAsk =
			analysis.stance.scores.buyer >=
			(silencedBy === 'seller'
				? SELLER_WITH_BUYER_ASK.buyerStance
				: silencedBy === 'applicant'
					? CLEAR_BUYER
					: Infinity)
				? buyerPhrasing(analysis)
				: undefined;
		if (buyerAsk) {
			confidence = Math.min(confidence, SELLER_WITH_BUYER_ASK.confidence);
			reasons.push(
				`Routed to "${path.name}": reads as ${reads} (${evidence}), but it also asks for something for its own business (${quoteOf(buyerAsk)}), so a person should look`,
			);
		} else reasons.push(`Routed to "${path.name}": reads as ${reads} (${evidence})`);
	} else {
		const wordsRead = analysis.features.buckets.length;
		const speaker = otherSpeaker(signals);
		if (smallTalk) {
			confidence = Math.max(confidence, SMALL_TALK.confidence);
			reasons.push(
				`Routed to "${path.name}": the whole message is small talk (${quoted(lead.text.trim())}), no request of any kind`,
			);
		} else if (troubleTold) {
			confidence = Math.max(confidence, TROUBLE_TOLD.confidence);
			reasons.push(
				`Routed to "${path.name}" (the wording's support ${Math.round(allowed.support * 100)}%): no signal of a buyer, and it tells of trouble with a product (${quoted(troubleTold)})`,
			);
		} else if (offTopic) {
			reasons.push(
				`Routed to "${path.name}": nothing of a business, no buying words, reads as personal or off-topic (${Math.round(allowed.junk * 100)}%)`,
			);
		} else if (
			route === 'support' &&
			!signals.some((signal) => signal.type === 'support_request') &&
			analysis.stance.scores.buyer >= STANCE_DECIDES
		) {
			// The stance layer hears a prospect and nothing names a problem with our product: only the wording says customer.
			confidence = Math.min(confidence, GUESS.confidence);
			reasons.push(
				`Routed to "${path.name}" on wording alone (${Math.round(allowed.support * 100)}%): it reads like a prospect asking for something, so a person should look`,
			);
		} else if (route === 'nurture' && analysis.stance.scores.buyer >= STANCE_DECIDES) {
			// A buyer's own phrasing ("our reps fight over inbound orders") beside words of early
			// interest ("keen to learn more"): a nurture loop is where such a lead would be lost.
			const ask = buyerPhrasing(analysis);
			confidence = Math.min(confidence, GUESS.confidence);
			reasons.push(
				`Routed to "${path.name}" (${Math.round(allowed.nurture * 100)}%), but it reads like a buyer${ask ? ` (${quoteOf(ask)})` : ''}, so a person should look`,
			);
		} else if (
			route === 'junk' &&
			(analysis.stance.scores.buyer >= STANCE_DECIDES ||
				(!junkEvidence && !analysis.personal && analysis.stance.scores.buyer > 0))
		) {
			// Nothing silenced the buyer's phrasing ("looking for a replacement this quarter"), yet
			// the wording says junk: a buyer must not be dropped on that alone. A weaker buyer's
			// phrasing ("we'd like to replace what we have now") counts too where no junk evidence
			// and no personal register speak against it.
			const ask = buyerPhrasing(analysis);
			confidence = Math.min(confidence, GUESS.confidence);
			reasons.push(
				`Routed to "${path.name}" (${Math.round(allowed.junk * 100)}%), but it reads like a buyer asking for something${ask ? ` (${quoteOf(ask)})` : ''}, so a person should look`,
			);
		} else if (
			route === 'junk' &&
			!junkEvidence &&
			analysis.businessContext &&
			analysis.personal &&
			analysis.stance.scores.buyer === 0
		) {
			// Work or money named in a text that names someone close ("bring the contract papers for
			// ur dad", "how much did u pay for the panels"): the scorer is sure and the register agrees.
			reasons.push(
				`Routed to "${path.name}": reads as a personal message to someone close (${Math.round(allowed.junk * 100)}%), though it names work or money`,
			);
		} else if (route === 'junk' && !junkEvidence && analysis.businessContext) {
			// Only the scorer's wording says "not a lead" about a message that speaks of a business.
			confidence = Math.min(confidence, GUESS.confidence);
			reasons.push(
				`Routed to "${path.name}" on wording alone (${Math.round(allowed.junk * 100)}%): it speaks of a business and shows no spam, pitch or application, so a person should look`,
			);
		} else if (
			signals.length === 0 &&
			(confidence < GUESS.sureEnough || wordsRead < GUESS.fewWords)
		) {
			confidence = Math.min(confidence, GUESS.confidence);
			reasons.push(
				`No signal either way: "${path.name}" is only a guess (score ${score}), so a person should look`,
			);
		} else if (
			route === 'sales' &&
			analysis.stance.scores.buyer === 0 &&
			bareSalesNoun(positives) &&
			wordsRead >= GUESS.fewWords
		) {
			// The only buying evidence is a noun naming sales or a tier inside a sentence where
			// nobody asks for anything ("treat the following as an enterprise opportunity",
			// "helping teams scale their Vertrieb"): a word is not a buyer. Typed alone in a chat
			// ("sales please") it is the request itself.
			confidence = Math.min(confidence, GUESS.confidence);
			reasons.push(
				`Score ${score} is on the "${path.name}" path on one word (${quoteOf(bareSalesNoun(positives)!)}) and no phrasing of a buyer asking for something, so a person should look`,
			);
		} else if (
			route === 'sales' &&
			analysis.stance.scores.buyer === 0 &&
			lead.text.length <= ALREADY_THEIRS.maxChars &&
			positives.some((signal) => signal.type === 'buying_action') &&
			positives.every(
				(signal) =>
					(signal.type === 'buying_action' && alreadyTheirs(lead.text, signal)) ||
					signal.type === 'deadline' ||
					(signal.type === 'authority' && signal.evidence.field === 'text'),
			)
		) {
			// Every buying noun is one the writer already has ("the Tuesday demo", "my quote
			// template", "Die Bestellung ist unvollständig", "la demo de hoy"): colleagues speaking of
			// their own work. A buyer asks for one ("a demo", "an Angebot", "quote for 40 chairs").
			confidence = Math.min(confidence, GUESS.confidence);
			reasons.push(
				`Score ${score} is on the "${path.name}" path on ${quoteOf(positives.find((signal) => signal.type === 'buying_action')!)}, a thing the writer already has rather than asks for, so a person should look`,
			);
		} else if (route === 'sales' && purchaseYearsAway()) {
			// The writer says the purchase is a year or more away, or waits on a decision: sales
			// may want it now, or a nurture loop; a person decides.
			confidence = Math.min(confidence, GUESS.confidence);
			reasons.push(
				`Score ${score} is on the "${path.name}" path, but the lead says the purchase is not decided yet or a year or more away ('${clip(purchaseYearsAway()!)}'), so a person should look`,
			);
		} else if (route === 'sales' && notBuyingNow) {
			// The writer says outright they are not buying now, yet asks as a buyer would ("we're not
			// evaluating anything now ... a rough per-seat range is all I need"): a rep's call or a
			// nurture loop, a person decides. With a date or money named, the purchase is real.
			confidence = Math.min(confidence, GUESS.confidence);
			reasons.push(
				`Score ${score} is on the "${path.name}" path, but the lead says it is not buying now (${quoteOf(notBuyingNow)}), so a person should look`,
			);
		} else if (
			route === 'sales' &&
			analysis.stance.scores.buyer === 0 &&
			positives.length === 1 &&
			positives[0].type === 'authority'
		) {
			// A title word and nothing else: no ask, no buyer's phrasing, no size, no pain ("we'll
			// head out in a few" read "head" as a title). Who someone is, is not a request.
			confidence = Math.min(confidence, GUESS.confidence);
			reasons.push(
				`Score ${score} is on the "${path.name}" path on a title alone (${quoteOf(positives[0])}): nobody asks for anything, so a person should look`,
			);
		} else if (route === 'support' && analysis.personal && !analysis.businessContext) {
			// A bill or a broken phone in a text to family ("Schatz, die Rechnung vom Handwerker ist
			// gekommen"): the words say customer, the register says someone close. A person tells.
			confidence = Math.min(confidence, GUESS.confidence);
			reasons.push(
				`Routed to "${path.name}", but it reads as a personal message to someone close and names no business, so a person should look`,
			);
		} else if (route === 'sales' && analysis.personal) {
			// The register says a text to someone close ("we should get a demo of that robot hoover,
			// mine broke"), the words say a purchase: whose purchase is for a person to tell.
			confidence = Math.min(confidence, GUESS.confidence);
			reasons.push(
				`Score ${score} is on the "${path.name}" path, but it reads as a personal message to someone close, so a person should look`,
			);
		} else if (route === 'sales' && analysis.stance.scores.buyer < CLEAR_BUYER && speaker) {
			// A student, an applicant or a vendor named by the lexicons, and no clear buyer's phrasing:
			// the sales words are theirs ("talk to your sales team for my thesis").
			confidence = Math.min(confidence, GUESS.confidence);
			reasons.push(
				`Score ${score} is on the "${path.name}" path, but the writer is not a buyer (${signalLabel(speaker.type).toLowerCase()}: ${quoteOf(speaker)}) and no buyer clearly asks to buy, so a person should look`,
			);
		} else if (route === 'sales' && otherStance) {
			// Both a buyer's ask and a seller's or applicant's own phrasing, too close to decide
			// ("can someone call me? ... how our note-taker could save your coaches hours"): the
			// ask may be the pitch's opener. Who is speaking is for a person to tell.
			const ask = buyerPhrasing(analysis);
			confidence = Math.min(confidence, SELLER_WITH_BUYER_ASK.confidence);
			reasons.push(
				`Score ${score} is on the "${path.name}" path${ask ? ` (${quoteOf(ask)})` : ''}, but it also reads as ${SILENCED_READS[otherStance.stance].reads} (${quoteOf(otherStance.signal)}), so a person should look`,
			);
		} else if (route === 'sales' && (strongSpam || scamMove())) {
			// A buyer's words around a scam's own move (log in with your company e-mail to see the
			// order, your domain expires): spam dressed as an order. Red-team wave 27: a purchase
			// order of 2,000 pieces behind a login link reached a rep.
			confidence = Math.min(confidence, GUESS.confidence);
			reasons.push(
				`Score ${score} is on the "${path.name}" path, but it also reads as ${SILENCED_READS.spam.reads} (${strongSpam ? quoteOf(strongSpam) : `'${scamMove()}'`}), so a person should look`,
			);
		} else if (route === 'sales' && heardVoice()) {
			// An instruction to the software, a seller's offer or a job seeker's ask beside the
			// buying words: the request to talk is how those end too. Said so in the stance, so that
			// a model asked next cannot lift it either.
			const voice = heardVoice()!;
			confidence = Math.min(confidence, GUESS.confidence);
			heardSpeaker = voice.speaker;
			reasons.push(
				`Score ${score} is on the "${path.name}" path, but ${OTHER_VOICE_READS[voice.speaker](voice)}, so a person should look`,
			);
		} else if (
			route === 'sales' &&
			analysis.stance.scores.buyer === 0 &&
			positives.length === 1 &&
			positives[0].type === 'buying_action' &&
			lead.text.length > THIN_ASK.minChars &&
			!organisationSpokenFor(lead.text)
		) {
			// One request ("when suits you for a meeting?", "Rückruf gewünscht?") at the end of a
			// message in which nothing reads as a buyer's own need is how pitches, applications and
			// customers' complaints end as often as buyers' notes. A chat turn that is only the
			// request ("book a sales call") is the request itself, and stays.
			confidence = Math.min(confidence, GUESS.confidence);
			reasons.push(
				`Score ${score} is on the "${path.name}" path on one request (${quoteOf(positives[0])}), and nothing else in the message reads as a buyer's own need, so a person should look`,
			);
		} else if (route === 'sales') {
			reasons.push(
				`Score ${score} is on the "${path.name}" path: reads as a buyer asking for something (${Math.round(allowed.sales * 100)}% sales)`,
			);
		} else {
			reasons.push(
				`Routed to "${path.name}": reads as ${ROUTE_WORDS[route]} (${Math.round(allowed[route] * 100)}%)${positives.length === 0 ? ', no buying signals' : ''}`,
			);
		}
	}
	if (secondReading && confidence > GUESS.confidence) {
		// Two readers disagree on whether a buyer wrote this: not a lead to drop, nor to hand a
		// rep, without a person.
		const sales = Math.round(secondReading.sales * 100);
		const salesBar =
			route === 'junk' || route === 'nurture'
				? SECOND_READING.salesBeforeDropping
				: SECOND_READING.sales;
		if (route !== 'sales' && secondReading.sales >= salesBar) {
			confidence = GUESS.confidence;
			reasons.push(
				secondReading.sales < SECOND_READING.sales
					? `Routed to "${path.name}", but a second reading trained on short messages from other writers gives it a ${sales}% chance of being a sales inquiry, too much to drop it unseen, so a person should look`
					: `Routed to "${path.name}", but a second reading trained on short messages from other writers reads it as a sales inquiry (${sales}%), so a person should look`,
			);
		} else if (route === 'sales' && secondReading.sales < SECOND_READING.notSales) {
			confidence = GUESS.confidence;
			reasons.push(
				`On the "${path.name}" path, but a second reading trained on short messages from other writers does not read it as a sales inquiry (${sales}%), so a person should look`,
			);
		}
	}
	if (
		(route === 'junk' || route === 'nurture') &&
		confidence > GUESS.confidence &&
		!silencedBy &&
		hasText &&
		analysis.signals.every((signal) => signal.polarity !== 'positive')
	) {
		// Nothing for or against a buyer, from someone who speaks for an organisation: the
		// scorer's certainty rests on the absence of words, which is how plain buyers write. A
		// chatty register does not change that ("hi!! we're a youth orchestra ... lol"): in the
		// writer rounds, such leads were buyers about one time in three.
		const organisation = organisationSpokenFor(lead.text, analysis.personal);
		if (organisation) {
			confidence = GUESS.confidence;
			reasons.push(
				`Routed to "${path.name}" on no evidence either way, but the writer speaks for an organisation ('${organisation}'), so a person should look`,
			);
		}
	}
	if ((route === 'junk' || route === 'nurture') && confidence > GUESS.confidence && hasText) {
		// A recruiter buying job ads, an SEO agency buying a licence, a reseller opening a trade
		// account: whatever else the words say the writer is, a purchase of our own product asked for
		// in so many words is read by a person, never dropped unseen.
		const purchase = purchaseOfTheReadersProduct(lead.text, analysis.textIndex);
		if (purchase) {
			confidence = GUESS.confidence;
			reasons.push(
				`Routed to "${path.name}", but it asks to buy our own product ('${purchase}'), so a person should look`,
			);
		} else {
			// A prospect asking how it would work for them, in a customer's words ("how would we
			// move our data over", "¿sus técnicos pueden venir a instalar?"): not dropped unseen.
			const tryingItOn = prospectTryingItOn(lead.text, analysis.textIndex);
			if (tryingItOn) {
				confidence = GUESS.confidence;
				reasons.push(
					`Routed to "${path.name}", but it asks how our product or people would work for the writer ('${tryingItOn}'), as a prospect would, so a person should look`,
				);
			}
		}
	}
	if (
		(route === 'junk' || route === 'nurture') &&
		confidence > GUESS.confidence &&
		hasText &&
		BARE_CALLBACK.test(lead.text)
	) {
		// "hi pls call 0412 555 019" and nothing else: whoever wrote it waits for a call, and only
		// a person can tell a buyer from a wrong number (round 517).
		confidence = GUESS.confidence;
		reasons.push(
			`Routed to "${path.name}", but the whole message asks for a call back on a number (${quoted(lead.text.trim())}), so a person should look`,
		);
	}
	if ((route === 'junk' || route === 'nurture') && confidence > GUESS.confidence && hasText) {
		// A pasted list of items and quantities is an order, though no buying word stands in it.
		const order = orderListIn(lead.text);
		const fragments = order ? null : requestAsFragments(lead.text);
		if (order) {
			confidence = GUESS.confidence;
			reasons.push(
				`Routed to "${path.name}", but it lists items and quantities like an order ('${order}'), so a person should look`,
			);
		} else if (fragments) {
			confidence = GUESS.confidence;
			reasons.push(
				`Routed to "${path.name}", but it reads like a request typed in fragments, a thing, a count and a place ('${fragments}'), so a person should look`,
			);
		}
	}
	if (
		(route === 'junk' || route === 'nurture' || route === 'support') &&
		confidence > GUESS.confidence &&
		hasText
	) {
		// An order given as an instruction ("Send us 40 boxes of gloves to our Fulham clinic"):
		// a sale, though no buying word stands in it, and not a customer's problem either.
		const order = orderGivenIn(lead.text);
		if (order && !(route === 'support' && isProblemWithAnOrder(lead.text))) {
			confidence = GUESS.confidence;
			reasons.push(
				`Routed to "${path.name}", but it gives an order, a count of goods ('${order}') and where they go, so a person should look`,
			);
		}
	}
	if (route === 'nurture' && confidence > GUESS.confidence && hasText) {
		// Interest in our own product from a writer who speaks for an organisation ("Keen to learn
		// about your customer support chat tool. We're an online furniture retailer, team of 15
		// agents"; red-team wave 34: such short buyers sat in nurture unseen).
		const interest = INTEREST_IN_THE_READERS_PRODUCT.exec(lead.text)?.[0];
		const organisation = interest
			? (organisationSpokenFor(lead.text, analysis.personal) ??
				signals.find((signal) => signal.type === 'scale')?.evidence.quote)
			: undefined;
		if (interest && organisation) {
			confidence = GUESS.confidence;
			reasons.push(
				`Routed to "${path.name}", but an organisation ('${organisation}') asks about our own product ('${interest}'), so a person should look`,
			);
		}
	}

	if (route !== 'sales' && confidence > GUESS.confidence && orderReading) {
		// Asked after the rules that quote their evidence, so a reason names words when it can.
		// Orders given as instructions carry no buying word ("Put us down for 6 cases of the oil,
		// kitchen door round the side"): the scorers read them as personal texts. A reader trained
		// on such orders, and on the personal requests that look like them, hears the sale.
		const sales = orderReading().sales;
		if (sales >= ORDER_READING.sales) {
			confidence = GUESS.confidence;
			reasons.push(
				`Routed to "${path.name}", but a reading trained on orders from trade customers reads it as a sales inquiry (${Math.round(sales * 100)}%), so a person should look`,
			);
		}
	}
	const closeWords =
		analysis.unreadLanguage && route === 'junk' && !analysis.businessContext
			? WORDS_TO_SOMEONE_CLOSE.exec(lead.text)?.[0]
			: undefined;
	if (analysis.unreadLanguage && silencedBy !== 'system' && hasText && closeWords) {
		// A mother, a darling, kisses, a birthday: the words of a text to someone close are few and
		// alike in every language, where a buyer's are not (set 311, blind: 67 of 100 personal texts
		// in French, Portuguese, Italian and Dutch were reviewed; no buyer of set 309 uses them).
		confidence = Math.min(confidence, CLOSE_IN_AN_UNREAD_LANGUAGE.confidence);
		reasons.push(
			`Written in ${LANGUAGE_NAMES[analysis.unreadLanguage]}, which the built-in engine does not read, but it speaks to someone close (${quoted(closeWords)}) and names no business`,
		);
	} else if (analysis.unreadLanguage && silencedBy !== 'system' && hasText) {
		// Its words are not read at all, so whatever the route, it rests on almost nothing.
		confidence = Math.min(confidence, GUESS.confidence);
		reasons.push(
			`Written in ${LANGUAGE_NAMES[analysis.unreadLanguage]}, which the built-in engine does not read: "${path.name}" is only a guess, so a person should look`,
		);
	}
	if (
		analysis.unreadLanguageInPart &&
		(route === 'junk' || route === 'nurture') &&
		confidence > GUESS.confidence &&
		silencedBy !== 'system' &&
		hasText
	) {
		// A buyer who writes to us in two languages puts the request in the one we do not read
		// (red-team set 241: "Hello, we are a German company but I write in italian ... Vorremmo
		// comprare 3 macchine", dropped as a seller on its English words alone).
		confidence = GUESS.confidence;
		reasons.push(
			`Routed to "${path.name}", but part of it is written in ${LANGUAGE_NAMES[analysis.unreadLanguageInPart]}, which the built-in engine does not read, so a person should look`,
		);
	}
	const ignored = describeIgnored(analysis.ignored);
	if (ignored) reasons.push(ignored);
	reasons.push(...strongest.slice(0, 8).map(describeSignal));
	return {
		score,
		path: path.name,
		route,
		confidence: round2(Math.max(0.05, Math.min(0.99, confidence))),
		reasons,
		stance: {
			speaker: heardSpeaker ?? speakerOf(analysis, route),
			buyer: round2(analysis.stance.scores.buyer),
			seller: round2(analysis.stance.scores.seller),
			applicant: round2(analysis.stance.scores.applicant),
			system: round2(analysis.stance.scores.system),
		},
	};
}

/**
 * Who other than a buyer is heard in a lead bound for a rep (`voiceOtherThanABuyer`). Asked only
 * for a lead about to reach a rep, so that the other leads do not pay for reading the raw fields.
 */
function voiceHeardIn(analysis: LeadAnalysis): OtherVoice | null {
	return voiceOtherThanABuyer(analysis.rawLead, analysis.lead, analysis.textIndex);
}

/** A seller's or applicant's stance as strong as decides, left undecided only by a buyer's ask beside it. */
function otherStanceBesideBuyer(
	analysis: LeadAnalysis,
	/** The lead's signals, strongest first. */
	strongest: readonly Signal[],
): { stance: 'seller' | 'applicant'; signal: Signal } | undefined {
	for (const stance of ['seller', 'applicant'] as const) {
		if (analysis.stance.scores[stance] < STANCE_DECIDES) continue;
		const signal = strongest.find((candidate) => candidate.type === SILENCED_READS[stance].type);
		if (signal) return { stance, signal };
	}
	return undefined;
}

const SILENCED_READS: Record<'seller' | 'applicant' | 'spam', { type: SignalType; reads: string }> =
	{
		seller: { type: 'vendor_pitch', reads: 'a vendor or agency offering its services' },
		applicant: { type: 'job_seeker', reads: 'a job application or a recruiter' },
		spam: { type: 'spam', reads: 'spam' },
	};

const ROUTE_WORDS: Record<Route, string> = {
	sales: 'a sales inquiry',
	nurture: 'early interest, not a request to buy',
	support: "an existing customer's request",
	junk: 'not a lead (spam, chit-chat or off-topic)',
};
