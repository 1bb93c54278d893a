/**
 * Everything the classifier knows about a lead before it decides: the normalised fields, the
 * lexicon signals, the stance (who is speaking, to whom) and the learned scorer's features.
 * Training (`npm run train`) reads leads through this same function, so the scorer learns on
 * exactly what it sees at run time.
 */
import type { LeadFields, Signal } from '../contract';
import { signalLabel } from '../signals';
import type { AnchoredPattern } from './anchoredPattern';
import { phraseListPattern } from './classifierPatterns';
import { dedupe, extractSignals, indexText, namesExistingCustomer } from './extract';
import { overlaps, within } from './extractors/signal';
import { unreadLanguageOf } from './language';
import { normaliseLead } from './normalise';
import type { BuiltinClassifierOptions } from './options';
import type { FeatureVector } from './scorer/features';
import { featuresOf, stem, tokensOf } from './scorer/features';
import type { Stance, StanceReading } from './stance';
import { readStance, skeletonOf, withStrength } from './stance';
import { readDisguisedInstructions } from './stance/disguised';
import type { TextIndex } from './textIndex';
import { STANCE_FAMILIES } from './stance/patterns';

/** A stance this strong, and ahead of the buyer's by this margin, decides who is speaking. */
export const STANCE_DECIDES = 0.75;
const STANCE_MARGIN = 0.1;
export const INJECTION_DECIDES = 0.9;
/**
 * A seller's phrasing with no buyer's anywhere ("we provide outsourced SDRs at $15/hr") decides
 * at less: their "sales team", "demo" and rates are the pitch, and nobody asks for anything.
 */
const SELLER_ALONE_DECIDES = 0.7;
/** Families whose phrasing only hints at a stance ("we sell ...", a rate card): see readStance. */
const SOFT_FAMILIES = new Set(
	STANCE_FAMILIES.filter((family) => family.soft).map((family) => family.id),
);
/** A match of a soft family: a hint at a stance, never evidence on its own. */
export const isSoftHint = (signal: Signal): boolean =>
	SOFT_FAMILIES.has(signal.value?.family as string);
/** What buying evidence still counts with no business in sight: "call me" there is mostly just life. */
const PERSONAL_DISCOUNT = 0.4;

/** A buying signal read where no business is in sight, weakened and marked so. */
export const withoutBusinessContext = (signal: Signal): Signal => ({
	...signal,
	strength: Math.round(signal.strength * PERSONAL_DISCOUNT * 100) / 100,
	value: { ...signal.value, discounted: 'no business context' },
});
/** Spam this plain (prize claims, premium numbers) makes its "call now" and "£1000" bait, not a budget. */
const SPAM_DECIDES = 0.9;

export interface LeadAnalysis {
	lead: LeadFields;
	/** Signals that count: positive ones only where a buyer is speaking about their business. */
	signals: Signal[];
	stance: StanceReading;
	/** The non-buyer stance that silenced the buying words, if any. */
	silencedBy: Exclude<Stance, 'buyer'> | 'spam' | null;
	/**
	 * Signals that were found but do not count, with why (for the reasons): buying words in a
	 * non-buyer's mouth, or a seller's hint in a buyer's ("we sell bike parts online").
	 */
	ignored: Array<{ signal: Signal; why: string }>;
	/** Whether the text speaks of an organisation, a product or a purchase at all. */
	businessContext: boolean;
	/** No business in sight, and words of a personal register with no buyer speaking, or the reader's own family named (texts to friends and family). */
	personal: boolean;
	/** A language the engine does not read ("fr", "pt", "it", "nl") the message is written in; null for English, Spanish, German or too short to tell. */
	unreadLanguage: string | null;
	/** A language the engine does not read that part of the message is written in, beside more of a read one; null when none. */
	unreadLanguageInPart: string | null;
	features: FeatureVector;
	/** The message's text index, for the readers the decision asks later (who else is speaking). */
	textIndex?: TextIndex;
	/** The lead as it arrived, before normalisation: the decision reads it for words hidden or disguised in it. */
	rawLead: Partial<Record<keyof LeadFields, unknown>>;
}

/** Words that put a message in a business setting: without any of them "call me" is a friend's text. */
const BUSINESS_WORDS = new Set(
	(
		'company business team organisation organization firm department office agency startup enterprise corporate clients client customers customer users employees staff ' +
		'platform software tool tools solution solutions service services product products system crm erp saas integration api implementation onboarding rollout deployment migration ' +
		'license licence licenses licences seats subscription contract vendor vendors provider providers supplier budget procurement ' +
		'sales revenue pipeline leads operations ops marketing finance hr logistics warehouse fleet clinic clinics store stores locations sites branches annual ' +
		'agreement deal account manager executive consultant partner partnership rollout renewal enterprise b2b manufacturer reps stakeholders ' +
		'bakery bakeries franchise franchises dealership dealerships merger mergers acquisition brochure brochures catalogue catalog intake inbound pharmacy pharmacies farmacia farmacias cooperativa cooperative hausverwaltung brokerage concesionario concesionarios patients inquiries enquiries ' +
		'bot chatbot install installation docs documentation api sdk server deploy deployment code python nlu database bug version upgrade config configuration setup feature features tutorial webinar newsletter ' +
		'empresa equipo negocio compañía organización clientes proveedor cotización presupuesto licencias usuarios ventas ' +
		'empresas proveedores solución soluciones herramienta herramientas plataforma sistema departamento técnicos tiendas sucursales sedes oficinas clínicas comercial comerciales atención logística almacén contrato implantar ' +
		'unternehmen firma team kunden anbieter lizenzen nutzer vertrieb betrieb abteilung lösung ' +
		'lösungen plattform system filialen filiale standorte praxen kanzlei mitarbeitende mitarbeitenden mitarbeiter kundenservice disposition einführung einführen vertrag lager ' +
		'suppliers wholesale wholesaler wholesalers packaging sku skus inventory 3pl fulfillment fulfilment dtc ecommerce e-commerce shopify brands shipments retailers distributor distributors factory contractors subcontractors storefront ' +
		'distribuidores distribuidor mayoristas mayorista fábrica inventario lieferanten lieferant großhandel großhändler versandhandel onlineshop ' +
		'hostel hostels motel motels guesthouse guesthouses nursing carehome carehomes pflegeheim pflegeheime altenheim seniorenheim pflegedienst ' +
		'production equipment manufacturing standort konzern mutterkonzern tochtergesellschaft fertigung produktion konstruktion franchisor franchisee franchisees ' +
		// A one-man business's own words ("plumber self employed ... invoicing app",
		// "fontanero autónomo", "elektrikerbetrieb ... rechnungsapp"); not the trades themselves, nor
		// invoices and shops, which texts between family name as often ("did the plumber send the invoice?").
		'invoicing pos self-employed selfemployed autónomo autonomo autónoma autonoma inquilinos rechnungsapp'
	)
		.split(' ')
		.map(stem),
);

/**
 * The people and occasions of a private life ("mum", "babe", "birthday", "the pub"): more of them
 * than words of work make a text private though it names a deal, a manager or a bakery. Not the
 * ways of typing ("u", "pls", "lol"), places that buy (school, gym, church, a hotel's beds), words
 * of business as well ("would love to", "third party", "tonight") or of another language ("son").
 */
const PRIVATE_LIFE_WORDS = new Set(
	(
		'babe baby honey hun sweetheart darling mum mom dad mummy daddy bro sis dude mate xx xxx xoxo kiss hugs ' +
		'gf bf boyfriend girlfriend wife husband cousin aunt uncle grandma granny grandad grandpa nan father mother daughter grandson ' +
		'kids kid sister brother puppy dog bday birthday xmas pub beer wedding stag hen ' +
		'tmr tmrw 2moro 2nite movie cinema lecture exam homework hungry tired bored concert hols guitar sofa groceries ' +
		'fiesta finde sofá cole cena abendessen urlaub ferien ferienwohnung ' +
		'mamá papá amor cariño abuela abuelo hermano hermana niños cumple besos boda tío tía mami papi ' +
		'mama papa schatz oma opa schwester bruder geburtstag kuss'
	)
		.split(' ')
		.map(stem),
);

/**
 * Words of a personal register (texts to friends and family): a private life's, and the ways of
 * typing and everyday places around it. With no business word, buying words there are just life.
 */
const PERSONAL_WORDS = new Set([
	...PRIVATE_LIFE_WORDS,
	...(
		'love luv lol lmao haha hahaha hehe omg tonight hiya dinner lunch breakfast home bed sleep party drinks weekend ' +
		'ur u r wat wot ya lor lar ok okay k pls plz thx petrol pizza son school uni church gym holiday taxi shower ' +
		'landlord landlady fundraiser band gig te tú ti llámame escríbeme avísame pasas mandas entradas jaja jajaja oye porfa du dich dir'
	)
		.split(' ')
		.map(stem),
]);

/**
 * The reader's own family or mates ("the guy your dad recommended", "dile a tu madre", "ur
 * mate"), or an errand the
 * reader is asked to run with a third party ("can you ring the garage"), or a plan shared with
 * them ("budget for the holiday is 2k, let's book before prices go up"): a text to someone close,
 * whatever it asks for. Nobody writes to a vendor about the vendor's mother.
 */
const TO_SOMEONE_CLOSE_ALTERNATIVES = String.raw`(?:babe|hun|sweetheart|sweetie|mi amor|cariño|schatzi|mausi|liebling)(?=[,!:]| )|are we still (?:booking|going|doing|on for|meeting|getting|ordering|buying)|(?:can|could|would) (?:you|u) (?:please |pls )?(?:ring|call|phone|text|ask|message|email) (?:the|my|your|ur|our) (?:garage|mechanic|plumber|dentist|doctor|gp|vet|landlord|school|bank|council|electrician|builder|hairdresser|babysitter|nanny|gym|insurance|insurer|estate agent|letting agent)|(?:did|have|can|could|would) (?:you|u) (?:\S+ ){0,6}?(?:from|with|to|call|ring|phone|ask) the (?:\S+ )?(?:caterer|florist|plumber|mechanic|garage|builder|electrician|landlord|dentist|vet|venue|photographer|dj|painter|decorator|hairdresser|babysitter|nanny|bank)|(?:a |the )?(?:call|meeting|appointment|viewing) with the (?:bank|landlord|letting agent|estate agent|school|teacher|doctor|gp|dentist|vet|mechanic|garage|plumber|builder|council|solicitor)|(?:pide|pedir|pídele|pregunta|preguntar|llama|llamar|llamo|llamaré|pregunto|preguntaré|hablo con|hablaré con) (?:\S+ ){0,2}?(?:al|a la) (?:pintor|fontanero|electricista|mecánico|taller|albañil|carpintero|jardinero|casero|casera|seguro|banco|dentista|médico|veterinario|peluquero)|(?:^|[.!?]\s*)(?:hi |hey |hola |hallo )?(?:cariño|amor|cielo|mi vida|mi amor|babe|hun|honey|sweetheart|darling|schatz|liebling)\s*[,!]|(?:your|ur|yr) (?:mum|mom|mummy|mommy|dad|daddy|mother|father|parents|sister|sis|brother|bro|nan|nana|gran|granny|grandma|grandpa|grandad|aunt|auntie|uncle|cousin|wife|husband|hubby|girlfriend|boyfriend|gf|bf|kids|son|daughter|mate|mates|pal|buddy|flatmate|housemate|roommate)|(?:ur|yr) (?:friend|friends|neighbour|neighbor)|what do (?:you|u|ya) (?:think|reckon)|(?:if|whether) (?:you|u) (?:can|could) (?:work from home|wfh|leave early|finish early|take (?:the|a) day off|take (?:monday|tuesday|wednesday|thursday|friday|the afternoon) off|swap (?:shifts?|days))|wdyt|(?:do (?:you|u) |d'you |u )?know (?:anyone|anybody|someone|somebody)(?: \S+)? (?:cheap|good|decent|reliable)|(?:the|our|my) (?:\S+ )?(?:garage|mechanic|plumber|builder|electrician|landlord|landlady|dentist|vet|venue|caterer|florist|photographer|dj|painter|decorator|roofer|gardener|cleaner|babysitter|nanny|estate agent|letting agent) (?:sent|gave|quoted|wants|says|said|rang|called|charged|is charging)|we should (?:get|buy|order|book|try|grab)|(?:budget|money|spending money|price|cost)s? (?:for|of) the (?:holiday|hols|trip|vacation|weekend away|honeymoon|wedding|hen do|stag do|birthday|party|flights|airbnb|cabin)|let'?s book (?:it |them )?(?:before|now|asap|soon|early|today|tonight|tomorrow|this)|drinks (?:are )?on me|(?:just |finally )?(?:got|been) promoted|got the job|got a (?:raise|pay rise|payrise|bonus)|(?:at|to|down) the pub|quiz night|pub quiz|(?<=^|[.!?]\s*)(?:ok|okay|k|kk)[,!.]? see (?:you|u|ya) (?:at \d|later|tonight|tmr|tomorrow|then)|how much did (?:you|u|ya|you guys) (?:pay|spend)|(?<=^|[.!?]\s*)(?:pls |please |plz )?(?:call|ring|phone|text|ask) the (?:plumber|mechanic|garage|dentist|vet|landlord|landlady|electrician|builder|hairdresser|babysitter|nanny|caterer|florist|photographer|roofer|gardener|cleaner|painter|decorator|estate agent|letting agent)|(?:got|we'?re|i'?m) engaged|demo tape|mixtape|we play at the|para mi (?:hij[oa]|niñ[oa]|marido|mujer|novi[oa]|madre|padre|herman[oa])|(?:die|der|das|eine|ein|den) (?:ferienwohnung|ferienhaus|urlaub) (?:auf|in|am|an der)|was hat (?:der|die) (?:handwerker|klempner|elektriker|maler|fliesenleger|dachdecker|installateur|gärtner|schreiner|tischler|vermieter|werkstatt)|(?:a |the |any )?quotes? (?:back )?from the (?:\S+ )?(?:roofer|plumber|builder|electrician|mechanic|garage|painter|decorator|tiler|landscaper|gardener|carpenter|joiner|contractor|guy|kitchen (?:guy|people|company))|(?:dad|mum|mom|mam|nan|gran|grandma|grandpa) (?:says|said|thinks|reckons|wants|asked|needs)|(?:you'?re|you are|ur) out of (?:the|your) (?:meeting|call|class|lecture|gym|shift)|(?:die werkstatt|der mechaniker|der klempner|der handwerker|der elektriker|die reinigung) hat (?:angerufen|geschrieben|sich gemeldet)|das auto ist fertig|(?:dad|mum|mom|mam|nan|nana|gran|granny|grandma|grandpa|sis|bro)'?s (?:birthday|bday|party|house|place|surgery|anniversary|funeral|wedding|retirement)|when (?:you|u) (?:get|finish|are) (?:off|out of|done with|home from) (?:work|school|your shift|the gym)|your (?:car|bike|van|motorbike|order|prescription|dry cleaning|repair|parcel|glasses|suit)(?:'s| is) (?:now )?ready(?: for (?:collection|pickup|pick-up))?|(?:can|could) (?:you|u) (?:please |pls )?book (?:the|a|us a) table|(?:the (?:whole )?(?:team|lot|gang|lads|girls) )?from (?:the )?(?:football|footy|gym|church|training|netball|rugby|choir|book club|pub quiz|running club|yoga class)|(?:liebe|viele|herzliche|sonnige) grüße aus|book (?:the|an appointment with the|a slot at the|an appointment at the) (?:vet|vets|dentist|doctor|gp|hairdresser|hairdressers|barber|barbers|mechanic|garage|optician|physio|groomer)(?![\p{L}])|(?:oma|opa|mama|papa|mami|papi) (?:und|&) (?:opa|oma|papa|mama|papi|mami)|soy (?:el|la|tu|su) (?:plomero|plomera|fontanero|fontanera|electricista|pintor|pintora|albañil|jardinero|jardinera|mecánico|mecanico|cerrajero|vecino|vecina)|^(?:hey |hi |hallo |servus |na )?leute[,!]|(?:das|unser) training (?:morgen |heute |am \S+ )?fällt aus|(?:sie können|du kannst|ihr könnt) (?:den wagen|das auto|ihr auto|dein auto|ihren wagen|deinen wagen|das fahrzeug|ihr fahrzeug|die brille|ihre brille|das paket|ihre bestellung) (?:\S+ ){0,3}?abholen|hier ist (?:die|der|das) (?:autowerkstatt|werkstatt|praxis|zahnarztpraxis|reinigung|apotheke)|^(?:hi |hey |hello )?(?:is this|is that|this is(?! the)) (?:still )?(?!(?:e-?mail|mail|message|letter|notice|invoice|text|sms|call|link|real|genuine|legit|legitimate|authentic|safe|a scam|phishing|fake)(?![\p{L}]))\p{L}+(?:'s)?(?: \p{L}+)?\s*\?|(?:sorry,? )?(?:wrong number|falsche nummer|n[uú]mero equivocado)|(?<=^|[.!?]\s*)(?:the )?(?:garage|mechanic|dentist|vet|school|doctor|plumber|builder|landlord|landlady|babysitter|nanny) (?:called|rang|rung|texted|phoned|emailed|says|said|reckons|quoted)|(?:the |an? |my |our |your )?mot (?:quote|test|is due|due|failed|passed)|(?:the |your )?mot (?:for|on) (?:\S+ ){1,3}?(?:is )?(?:due|overdue|expires|expiring)|the group chat (?:is|was|has|went)|splitting the (?:bill|airbnb|cabin|cost|costs|rent|taxi|uber|petrol|gas|tab)|(?:das|mein|unser|dein) auto (?:vorbeibringen|vorbei bringen|bringen|abgeben)|call me when (?:you|u) (?:get|see|read) (?:this|it|the message|my message)|(?:the |our |my )?(?:bank|mortgage|solicitor|lawyer|accountant|landlord) (?:meeting|appointment)|(?:can|could|would) (?:you|u) (?:please |pls )?(?:book|reserve|get) (?:us|me) (?:a |an |the )?(?:\S+ ){0,3}?(?:at|with|from) the (?:new )?(?:\S+ )?(?:yoga studio|studio|gym|salon|spa|restaurant|pub|bar|cinema|theatre|pool|club|hairdresser|barber|dentist|clinic|hotel|vet)|any tips on (?:who|which|where)|who(?:'s| is) (?:the )?cheapest|what would (?:you|u) (?:get|buy|go for)|(?:llama|llámale|llamar|pregunta|escribe) (?:al|a la|a tu|a mi) (?:seguro|aseguradora|mecánico|taller|fontanero|electricista|banco|médico|dentista|veterinario|casero|casera|colegio|guardería|peluquería)|(?:kannst|könntest) du (?:mal |bitte )?(?:beim|bei der|den|die) (?:autohaus|werkstatt|arzt|zahnarzt|handwerker|elektriker|klempner|vermieter|versicherung|bank|schule|kita|tierarzt)|tu (?:madre|padre|mamá|papá|hermana|hermano|abuela|abuelo|tía|tío|novia|novio|mujer|marido|hijo|hija)|(?:dein|deine|deinen|deinem|deiner) (?:mutter|vater|mama|papa|schwester|bruder|oma|opa|frau|mann|freundin|freund|sohn|tochter|eltern)|(?:it'?s|it is) (?:about|for) (?:grandma|grandpa|granny|nan|nana|gran|mum|mom|dad|mam|auntie|aunt|uncle|the kids|the baby)(?![\p{L}])|(?:ihr|dein|euer) (?:auto|wagen|fahrzeug) ist (?:jetzt )?fertig|(?:le|te) dejo (?:la plata|el dinero|la llave|las llaves|el sobre)|(?<=^|[.!?]\s*)(?:hey |oi |olá |ola )?(?:tio|tia|tío|tía|pai|mãe|mae|mano|mana|vovó|vovo|avó|avo)\s*[,!]|(?:pai|mãe|mae) (?:wants|says|said|asked|thinks|quer|disse|pergunta)|wenn du (?:kannst|zeit hast|magst|willst|da bist|wach bist)|(?:la |una )?cotización del (?:plomero|fontanero|electricista|mecánico|mecanico|taller|albañil|pintor|carpintero|jardinero)|(?:the |our |those )?tickets for the (?:\S+ )?(?:game|match|concert|gig|show|festival)|(?<=^|[.!?]\s*)(?:hola |hey |hi )?(?:vecino|vecina|vecinos|neighbour|neighbor|nachbar|nachbarin)\s*[,!]|soy (?:la|el) del \d|(?:mañana|hoy|el sábado|el domingo) (?:hay )?partido(?![\p{L}])|fútbol sala|futbol sala|(?:die|meine|deine) kinder (?:sind|haben|müssen|kommen|schlafen|wollen|waren)|(?:una |me entró una |tengo una )?llamada perdida de (?:este|tu|su|ese) número|(?:a |got a |i have a )?missed call from (?:this|your|that) number|(?:einen )?verpassten anruf von (?:dieser|ihrer|deiner) nummer|(?<=^|[.!?]\s*)(?:alter|digga|diggi|oida|alta)(?=[,!]| (?:was|wie|wo|wann|hast|bist|kannst|weißt|hab|ich|du|wir|lass|komm|schau|ey|check))|(?:rizz|bestie|ngl|iykyk|no cap|fr fr|the ick|lowkey|deadass|istg)(?=[\s,.!?]|$)|(?:maybe |let'?s |we (?:can|could|should) )split (?:it|the (?:bill|cost|fare|uber|taxi|cab))|(?:el|un|the|an|our) (?:uber|lyft|taxi|cab) (?:to|al|a la|home|back)|(?:those|that|the) (?:\S+ ){0,2}?(?:you|u) (?:wore|had on) (?:yesterday|today|last night|to)|(?<=^|[.!?]\s*)(?:(?:it'?s |this is )?(?:your |ur )?(?:landlord|landlady|driver|courier|delivery driver|postman|postie|removals?(?: van| men| guys| team)?|(?:driver|guys?) from the (?:removal|removals|delivery) (?:van|truck|lorry)|neighbou?r(?: from (?:no\.? ?|number )?\d+)?) here)(?![\p{L}])|(?:the )?keys? (?:aren'?t|isn'?t|are not|is not|wasn'?t|weren'?t) (?:in|under|on) the (?:lockbox|key ?safe|key ?box|letterbox|mailbox|mat|doormat|plant pot)|(?:cover|take|swap) (?:my|your|ur) (?:\S+ )?(?:shift|shifts)|(?:meine|deine) schicht (?:\S+ )?(?:übernehmen|tauschen)|(?:cubrir(?:me)?|cambiar(?:me)?|hacer(?:me)?) (?:el|mi|tu) turno|(?<=^|[.!?]\s*)(?:güey|guey|wey|parce|parcero|parcera|boludo|boluda|pana|compa|chamo|chama|weón|weon|mae|hermano|hermana)\s*[,!]|(?:jaja(?:ja)*|jeje(?:je)*|jiji)(?=[\s,.!?]|$)|(?:buscamos|buscar|cogemos|pillamos|reservamos) un airbnb|(?:oder |dann )?(?:bestellen|holen) wir (?:\S+ )?(?:sushi|pizza|döner|burger|pommes|thai|chinesisch|indisch|asiatisch)|(?:zur mittagspause )?in die kantine|(?:got|had|getting|have) (?:\d{1,2}|two|three|four|a few|some) quotes for the (?:\S+ )?(?:loft|kitchen|bathroom|extension|driveway|conservatory|patio|decking|garden|fence|boiler|wedding|roof|car|house|flat|bedroom|bathroom)|(?:los|las|lo|la) compro\s*\?|soll (?:ich|i) (?:die |sie |es |das |den )?(?:buchen|kaufen|bestellen|nehmen|holen)\s*\?|(?:shall|should) i (?:just )?(?:book|buy|get|grab|order) (?:them|it|those|these|'em|em)\s*\?|should (?:i|we) (?:try|ask|ring|call|go to|check) the (?:\S+ )?(?:shop|butcher|butchers|baker|bakery|farm shop|market|supermarket|chemist|pharmacy|greengrocer|garden centre|garden center)`;
/**
 * A phrase list, run one alternative at a time, each only where one of its own first words
 * starts (the text index of the lexicons lists them) instead of all of them at every candidate.
 * A match starts after a character that is neither a letter nor a digit, as the index's words do
 * ("2wdyt" is no "wdyt"), and does not end inside a word.
 */
const phraseList = (alternatives: string): AnchoredPattern =>
	phraseListPattern(alternatives, (source) => `(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}])`, 'u');

export const TO_SOMEONE_CLOSE = phraseList(TO_SOMEONE_CLOSE_ALTERNATIVES);

/**
 * A writer introducing the organisation they speak for ("we're a two-lawyer PI shop", "im the
 * owner of a boxing gym", "wir sind eine Gemeinde"): a business setting, even when its nouns are
 * also words of everyday life. Only organisations that buy, not agencies or vendors, which sell.
 */
const OWN_ORGANISATION_ALTERNATIVES = String.raw`(?:(?:we'?re|we are|i'?m|i am|im|i run|i own|we run|we own|(?:we|i) (?:now |just |recently |also )?(?:opened|started|bought|took over|run|own)|(?:my \S+ and i|me and my \S+) (?:run|own|opened|started|bought|took over)) (?:the (?:owner|manager|head|director|principal|business manager|bursar|office manager) of |running |from )?(?:a|an)|i have (?:a |an )?(?:small|little|big|new|busy)|(?:i'?m|i am|im) (?:the )?owner of(?: a| an)?) (?:\S+ ){0,4}?(?:school|academy|kindergarten|nursery|college|practice|clinic|surgery|gym|shop|restaurant|cafe|café|hotel|farm|winery|brewery|bakery|garage|studio|salon|warehouse|factory|depot|council|municipality|charity|church|parish|care home|law firm|pi firm|dental practice|vet practice|distillery|dairy|hospital|pharmacy|co-working space|coworking space|coworking|venue|cinema|theatre|theater|museum|library|marina|campsite|golf club|kennel|kennels|cattery|place|diner|bar|pub|takeaway|food truck|store|spa|yard|timber yard|sawmill|workshop|mill)|(?:wir sind|ich bin|wir betreiben|ich betreibe) (?:der |die |das )?(?:eine?n? |ne |'ne )(?:\S+ ){0,3}?\p{L}*(?:schule|gemeinde|stadtgemeinde|marktgemeinde|kita|kindergarten|praxis|kanzlei|brauerei|bäckerei|metzgerei|gärtnerei|werkstatt|hotel|pension|klinik|apotheke|pfarre|pfarrei|schulgemeinde|kommune|stadt)|(?:somos|soy) (?:el dueño de |la dueña de )?(?:una?|el|la) (?:\S+ ){0,3}?(?:escuela|colegio|clínica|finca|granja|hacienda|vivero|tienda|panadería|restaurante|hotel|fábrica|bodega|taller|municipio|alcaldía|parroquia|centro de salud|centro médico|centro medico|consultorio|residencia|guardería|guarderia|gimnasio|cooperativa|ayuntamiento|iglesia|club|despacho|hostal|ferretería|ferreteria|farmacia|librería|comunidad de vecinos|comunidad de propietarios|administración de fincas|edificio|edificios)`;
export const OWN_ORGANISATION = phraseList(OWN_ORGANISATION_ALTERNATIVES);

const FREE_MAIL =
	/@(?:gmail|googlemail|yahoo|ymail|rocketmail|hotmail|outlook|live|msn|aol|icloud|me|mac|gmx|web|proton|protonmail|yandex|mail|qq|163|btinternet|talktalk|sky|virginmedia|blueyonder|ntlworld|ziggo|kpnmail|planet|hetnet|t-online|arcor|freenet|posteo|mailbox|orange|wanadoo|free|sfr|laposte|libero|tiscali|alice|virgilio|telefonica|movistar|terra|comcast|verizon|att|sbcglobal|bellsouth|cox|charter|earthlink|optonline|shaw|rogers|sympatico|bigpond|optusnet|xtra|tutanota|hushmail)\./i;

/**
 * A company or role field that names no organisation: a placeholder ("n/a", "-", "ninguna") or the
 * writer's place in a family or a house ("wife", "Lily's dad", "vecina 3ºA", "Enkel"). Personal
 * texts sent through a form carry these (set 306, blind at 40ce14d: 13 of 100 reviewed as
 * "speaks of a business" on such fields alone).
 */
const NO_ORGANISATION_IN_FIELD =
	/^(?:[\s\p{P}]*|n\/?a|na|none|nil|no|nope|nothing|ninguna|ninguno|nada|keine|keiner|kein|nichts|private|privat|privado|particular|self|myself|me|yo|ich|same as you.*|(?:[\p{L}'’]+['’]s |mi |mein |meine |de )?(?:wife|husband|mum|mom|mother|dad|father|son|daughter|sister|brother|grandson|granddaughter|grandma|grandpa|nan|gran|aunt|uncle|cousin|niece|nephew|friend|bestie|neighbou?r|tenant|landlord|landlady|roommate|flatmate|housemate|esposa|esposo|marido|mamá|mama|madre|papá|papa|padre|hijo|hija|hermana|hermano|nieto|nieta|abuela|abuelo|tía|tio|tío|tia|primo|prima|amiga|amigo|vecina|vecino|inquilina|inquilino|compañera de piso|compañero de piso|frau|mann|mutter|vater|sohn|tochter|schwester|bruder|enkel|enkelin|oma|opa|tante|onkel|freundin|freund|nachbarin|nachbar|mieterin|mieter|mitbewohnerin|mitbewohner)(?:[\s\p{P}]*\(?(?:no\.?|nr\.?|n[ºo°]\.?|flat|piso|apt\.?|eg|og|\d)[\s\p{L}\p{N}.ºª°]{0,8}\)?)?)$/iu;

/** A company or role field that names an organisation or a job. */
const namesAnAffiliation = (value: string | undefined) =>
	!!value && !NO_ORGANISATION_IN_FIELD.test(value.trim());

/** A count of people as such ("a table for 8 people", "90 ppl"): a party as often as a firm. */
const COUNTED_PEOPLE = /(?:people|persons?|personas|personen|leute|ppl|pax)$/i;

/**
 * A count of sites, staff, vehicles, machines or customers ("4 venues", "9 campuses", "12
 * Transporter", "6 mecánicos"): an organisation described by its size is a business, whatever
 * words it uses for itself.
 */
const countsAnOrganisation = (signals: readonly Signal[]) =>
	signals.some((signal) => signal.type === 'scale' && !COUNTED_PEOPLE.test(signal.evidence.quote));

function hasBusinessContext(
	tokens: readonly string[],
	lead: LeadFields,
	lexicon: readonly Signal[],
	speaksForAnOrganisation: () => boolean,
): boolean {
	if (namesAnAffiliation(lead.company) || namesAnAffiliation(lead.role)) return true;
	if (countsAnOrganisation(lexicon)) return true;
	if (lead.email && lead.email.includes('@') && !FREE_MAIL.test(lead.email)) return true;
	// A word of work among as many words of private life ("ur dog is outside the bakery", "the
	// deal is: you walk the dog") is everyday life, not a business setting, unless something is
	// asked for there ("my dad, who founded the bakery, wants a quote for 2 ovens").
	let businessWords = 0;
	let privateLifeWords = 0;
	for (const token of tokens) {
		// A German trade's compound ("Elektrikerbetrieb", "Handwerksbetrieb") is a business too.
		if (BUSINESS_WORDS.has(token) || token.endsWith('betrieb')) businessWords++;
		else if (PRIVATE_LIFE_WORDS.has(token)) privateLifeWords++;
	}
	if (businessWords > privateLifeWords) return true;
	if (
		businessWords > 0 &&
		businessWords === privateLifeWords &&
		lexicon.some((signal) => signal.type === 'buying_action')
	)
		return true;
	return speaksForAnOrganisation();
}

const SENTENCE_END = new Set(['.', '!', '?', '\n']);
const MAX_SENTENCE_REACH = 300;

/** Spans of the sentences (or lines) that hold an injection attempt: nothing in them counts for the lead. */
function sentenceSpans(text: string, hits: Signal[]): Array<[number, number]> {
	return hits
		.filter((hit) => hit.evidence.field === 'text')
		.map((hit) => {
			// A sentence is read at most this far each way: text without punctuation stays linear.
			const floor = Math.max(0, hit.evidence.start - MAX_SENTENCE_REACH);
			const ceiling = Math.min(text.length, hit.evidence.end + MAX_SENTENCE_REACH);
			let start = hit.evidence.start;
			while (start > floor && !SENTENCE_END.has(text[start - 1])) start--;
			let end = hit.evidence.end;
			while (end < ceiling && !SENTENCE_END.has(text[end])) end++;
			return [start, end] as [number, number];
		});
}

/** A request for help that names nothing to buy ("Can you help?", "could someone look into it"). */
const BARE_HELP_REQUEST =
	/^(?:(?:can|could) (?:you|someone|somebody|anyone) (?:please )?(?:help|look|have a look|take a look|check|fix|investigate)|who (?:can|could|would be able to) help|¿?(?:pueden|podrían|puede|podría|me pueden|nos pueden) (?:ayudar(?:nos|me)?|revisarlo|mirarlo)|(?:können|könnten) sie (?:uns|mir) (?:helfen|weiterhelfen))/i;
/**
 * A customer's problem this plain ("since this morning ...", "stopped syncing", "is down since")
 * makes a bare help request a support call, and a callback about it a service call.
 */
const CUSTOMER_PROBLEM_STRENGTH = 0.75;
/**
 * "Need someone to" after a customer's problem, asking for a visit or a look at what broke ("is
 * peeling in the main lobby. Need someone to look at it this week"): a service call. Asking
 * someone to "look at options" is still a buyer's ask, so the words after it decide.
 */
const SOMEONE_NEEDED =
	/^(?:we |i )?needs? (?:someone|somebody|a technician|an engineer|a tech)(?: from [\w-]+)? to$/i;
const SERVICE_AFTER_SOMEONE_NEEDED =
	/^ (?:(?:come|pop) (?:out|over|by|round|and)|(?:take|have) a look(?! at (?:options|alternatives|solutions|replacements|quotes))|look (?:at|into) (?:it|this|that|them|the (?:issue|problem|fault|damage))\b|check (?:it|this|them|on it)\b|fix|repair|sort (?:it|this|that) out|call me|ring me|get back to me)/i;

/** Early-interest phrases this strong say the writer is not buying yet ("no active project", "we don't think we need a tool yet"). */
const NOT_BUYING_YET = 0.9;
/** A buyer's phrasing that is a request to be called back ("Bitte um Rückruf", "call me", "llámenme"). */
const CALLBACK_ASK = /r(?:ü|ue)ckruf|zur(?:ü|ue)ckrufen|anruf|\bcall|\bring\b|\bphone|ll(?:á|a)m/i;

/**
 * What a customer asks for that is still a purchase ("pricing to upgrade", "20 more seats"): it
 * stays a buyer's ask even from a customer.
 */
const COMMERCIAL_OBJECT =
	/pric|quote|demo|upgrad|seats?\b|users?\b|licen[cs]|plan\b|enterprise|expan|add (?:more|another)|cotizaci|precio|angebot|preis/i;

/**
 * Buyer's phrasings that ask for nothing: one the lexicons found negated ("we're not ready to talk
 * to sales yet"), one inside a seller's offer ("Need a quote?" closing a pitch, where "need a
 * quote" alone reads as a buyer's ask), and a bare request for help from a customer who reports a
 * problem. They are dropped, and the buyer's stance is what the other buyer phrasings show.
 */
function withoutCancelledAsks(
	stance: StanceReading,
	lexicon: readonly Signal[],
	existingCustomer: boolean,
	/** The writer reports a problem of their own (CUSTOMER_PROBLEM_STRENGTH). */
	customerProblem: boolean,
	/** A customer, or a writer with a problem, whose message names nothing to buy (as for serviceCalls). */
	serviceOnly: boolean,
	/** The message the stance was read from (what follows an ask can tell service from purchase). */
	text: string,
): StanceReading {
	// A buyer's phrasing inside "not buying yet" ("we don't think we need a tool yet") is taken back too.
	const negations = lexicon.filter(
		(signal) =>
			(signal.type === 'negation' && signal.value?.negates === 'buying_action') ||
			(signal.type === 'browsing' && signal.strength >= NOT_BUYING_YET),
	);
	const offers = stance.signals.filter(
		(signal) => signal.value?.stance === 'seller' && !isSoftHint(signal),
	);
	if (negations.length === 0 && offers.length === 0 && !customerProblem && !serviceOnly)
		return stance;
	const cancelled = (signal: Signal) =>
		signal.value?.stance === 'buyer' &&
		// Buyer families read only the text, where the lexicons' negations are too.
		(negations.some((negation) => overlaps(negation, signal.evidence.start, signal.evidence.end)) ||
			offers.some((offer) => within(signal, offer)) ||
			(customerProblem && BARE_HELP_REQUEST.test(signal.evidence.quote)) ||
			(customerProblem &&
				SOMEONE_NEEDED.test(signal.evidence.quote) &&
				SERVICE_AFTER_SOMEONE_NEEDED.test(
					text.slice(signal.evidence.end, signal.evidence.end + 60),
				)) ||
			// A customer asking for someone or something that is no purchase ("who do I talk to about
			// a new admin", "our compliance team needs it for our annual review") asks for service.
			(existingCustomer &&
				signal.value?.action === 'contact_sales' &&
				!COMMERCIAL_OBJECT.test(signal.evidence.quote)) ||
			// ...and one who names nothing to buy and asks to be called back, or asks in a buyer's
			// general words ("Bestandskunde ... bitte um dringenden Rückruf", "tenemos una reserva ...
			// necesitamos cambiar el menú"), wants service, as the lexicon's call asks do (serviceCalls).
			(serviceOnly &&
				(CALLBACK_ASK.test(signal.evidence.quote) || signal.value?.action === 'inquiry')));
	if (!stance.signals.some(cancelled)) return stance;
	const signals = stance.signals.filter((signal) => !cancelled(signal));
	// No buyer family is soft: the buyer's score is made from its phrasings as readStance makes it.
	const buyer = signals
		.filter((signal) => signal.value?.stance === 'buyer')
		.reduce((score, signal) => withStrength(score, signal.strength), 0);
	return { scores: { ...stance.scores, buyer }, signals };
}

/** The writer asks whether a message they received is genuine (a lexicon phrase with `asks: 'genuine'`). */
const asksIfGenuine = (signal: Signal): boolean =>
	signal.type === 'support_request' && signal.value?.asks === 'genuine';

/**
 * The calls a customer asks for about their own account ("Kundennummer 30418 ... bitte rufen Sie
 * mich an", "order WS-48213 ... call me") when nothing in the message is a purchase, and any
 * buying word that is part of a customer's own request: service, not a buying action.
 */
function serviceCalls(lexicon: readonly Signal[], serviceOnly: boolean): Signal[] {
	const requests = lexicon.filter(
		(signal) => signal.type === 'support_request' && signal.strength >= CUSTOMER_PROBLEM_STRENGTH,
	);
	return lexicon.filter(
		(signal) =>
			signal.type === 'buying_action' &&
			((serviceOnly && signal.value?.action === 'call') ||
				// A buying word inside a customer's own request ("stornieren Sie unsere Bestellung",
				// "cancel the order 5521") is the thing they already have.
				requests.some((request) => within(signal, request))),
	);
}

/**
 * The stance with instructions found behind a disguise (digits for letters, typos, base64, ROT13,
 * text written backwards). A text already read as addressing the software needs no second look.
 */
function withDisguisedInstructions(
	stance: StanceReading,
	lead: LeadFields,
	skeleton: string,
): StanceReading {
	if (stance.scores.system > 0) return stance;
	const disguised = lead.text ? readDisguisedInstructions(lead.text, skeleton) : [];
	// A name, company or role field carries an override as readily as the message does.
	for (const field of ['name', 'company', 'role'] as const) {
		const value = lead[field];
		if (value) disguised.push(...readDisguisedInstructions(value, skeletonOf(value), field));
	}
	if (disguised.length === 0) return stance;
	const system = disguised.reduce((score, signal) => withStrength(score, signal.strength), 0);
	return { scores: { ...stance.scores, system }, signals: [...stance.signals, ...disguised] };
}

export function analyseLead(
	rawLead: Partial<Record<keyof LeadFields, unknown>>,
	options: BuiltinClassifierOptions = {},
): LeadAnalysis {
	const lead = normaliseLead(rawLead);
	const textIndex = indexText(lead);
	const lexiconAsRead = extractSignals(lead, options, textIndex);
	// Read once: the calls such a writer asks for, and their asks for someone, are for service.
	const existingCustomer = lexiconAsRead.some(namesExistingCustomer);
	const customerProblem = lexiconAsRead.some(
		(signal) => signal.type === 'support_request' && signal.strength >= CUSTOMER_PROBLEM_STRENGTH,
	);
	// A customer whose message names nothing to buy asks for service, however a buyer would word it;
	// so does one who describes something of theirs that is broken or down ("seit heute früh
	// leuchtet die Störungslampe", "prod is down since the cert rotation").
	const serviceOnly = (existingCustomer || customerProblem) && !COMMERCIAL_OBJECT.test(lead.text);
	const customerCalls = serviceCalls(lexiconAsRead, serviceOnly);
	// A customer who asks whether a notice they got is genuine ("Is this email real? It says 'your
	// domain will be deleted'") quotes the scam's words; they are not the scam.
	const quotedScam = lexiconAsRead.some(asksIfGenuine)
		? lexiconAsRead.filter((signal) => signal.type === 'spam')
		: [];
	const setAside = [...customerCalls, ...quotedScam];
	const lexicon = setAside.length
		? lexiconAsRead.filter((signal) => !setAside.includes(signal))
		: lexiconAsRead;
	const skeleton = skeletonOf(lead.text);
	const stanceAsRead = readStance([
		{
			field: 'text',
			text: lead.text,
			skeleton,
			// Most messages have no look-alike letters: their skeleton is the lower-cased text, read once for both.
			index: textIndex.serves(skeleton) ? textIndex : undefined,
		},
		{ field: 'name', text: lead.name ?? '' },
		{ field: 'company', text: lead.company ?? '' },
		{ field: 'role', text: lead.role ?? '' },
		{ field: 'email', text: lead.email ?? '' },
	]);
	const stance = withoutCancelledAsks(
		withDisguisedInstructions(stanceAsRead, lead, skeleton),
		lexicon,
		existingCustomer,
		customerProblem,
		serviceOnly,
		lead.text,
	);
	const tokens = tokensOf(skeleton);
	// The message's index serves its skeleton when the skeleton is the lower-cased text (no look-alike letters).
	const skeletonHas = (pattern: AnchoredPattern) =>
		textIndex.serves(skeleton) ? pattern.test(textIndex, skeleton) : pattern.testText(skeleton);
	const businessContext = hasBusinessContext(tokens, lead, lexicon, () =>
		skeletonHas(OWN_ORGANISATION),
	);
	// "Call me" is a buyer's request in a chat with sales and a friend's text in a chat with a
	// friend: only a personal register with no business in sight discounts it.
	const personal =
		(!businessContext &&
			stance.scores.buyer === 0 &&
			tokens.some((token) => PERSONAL_WORDS.has(token))) ||
		skeletonHas(TO_SOMEONE_CLOSE);
	const all = dedupe([...lexicon, ...stance.signals]);

	const { scores } = stance;
	const injection = all.filter(
		(signal) => signal.type === 'prompt_injection' && signal.strength >= INJECTION_DECIDES,
	);
	let silencedBy: LeadAnalysis['silencedBy'] = null;
	if (injection.length) silencedBy = 'system';
	else if (
		(scores.seller >= STANCE_DECIDES && scores.seller > scores.buyer + STANCE_MARGIN) ||
		(scores.buyer === 0 && scores.seller >= SELLER_ALONE_DECIDES)
	)
		silencedBy = 'seller';
	else if (scores.applicant >= STANCE_DECIDES && scores.applicant > scores.buyer + STANCE_MARGIN)
		silencedBy = 'applicant';
	else if (
		scores.buyer < STANCE_DECIDES &&
		all.some((signal) => signal.type === 'spam' && signal.strength >= SPAM_DECIDES)
	)
		silencedBy = 'spam';

	const injectedSpans = sentenceSpans(lead.text, injection);
	const ignored: LeadAnalysis['ignored'] = customerCalls.map((signal) => ({
		signal,
		why:
			signal.value?.action === 'call'
				? 'a customer asking to be called about their own account'
				: "part of a customer's request about what they already have",
	}));
	for (const signal of quotedScam)
		ignored.push({ signal, why: 'quoted from a notice the writer asks us to check' });
	const signals: Signal[] = [];
	// A buyer's phrasing that decides makes a seller's mere hint ("we sell bike parts online ...
	// looking for a replacement") the buyer describing their own business, not a pitch.
	const buyerDecides =
		silencedBy === null &&
		scores.buyer >= STANCE_DECIDES &&
		scores.buyer > scores.seller + STANCE_MARGIN;
	// A hint that the stance layer set against a buyer's phrasing (its stance is 0) counts for nothing either.
	const hintOutweighed = scores.seller === 0 && scores.buyer > 0;
	for (const signal of all) {
		if ((buyerDecides || hintOutweighed) && isSoftHint(signal)) {
			ignored.push({
				signal,
				why: buyerDecides
					? 'a buyer describing their own business'
					: 'a hint, next to a buyer asking for something',
			});
			continue;
		}
		if (signal.polarity !== 'positive') {
			signals.push(signal);
			continue;
		}
		const { field, start, end } = signal.evidence;
		if (silencedBy === 'seller')
			ignored.push({ signal, why: 'the writer is offering their own services' });
		else if (silencedBy === 'applicant')
			ignored.push({ signal, why: 'the writer is applying for a job or placing candidates' });
		else if (silencedBy === 'spam')
			ignored.push({ signal, why: 'they are bait in a spam message' });
		else if (field !== 'text' && injection.length)
			ignored.push({ signal, why: 'the lead tries to instruct the classifier' });
		else if (injectedSpans.some(([from, to]) => field === 'text' && start < to && from < end))
			ignored.push({ signal, why: 'it is part of an instruction to the classifier' });
		else if (personal) signals.push(withoutBusinessContext(signal));
		else signals.push(signal);
	}
	return {
		lead,
		signals,
		stance,
		silencedBy,
		ignored,
		businessContext,
		personal,
		...unreadLanguagesOf(tokens, lead.text),
		// A buyer's phrasing in a text to family ("can you get a quote for the MOT") is discounted like its words.
		features: featuresOf(
			tokens,
			signals,
			personal ? { ...scores, buyer: scores.buyer * PERSONAL_DISCOUNT } : scores,
		),
		textIndex,
		rawLead,
	};
}

function unreadLanguagesOf(
	tokens: readonly string[],
	text: string,
): Pick<LeadAnalysis, 'unreadLanguage' | 'unreadLanguageInPart'> {
	const { whole, inPart } = unreadLanguageOf(tokens, text);
	return { unreadLanguage: whole, unreadLanguageInPart: inPart };
}

/** "Buying action 'call us today' ignored: the writer is offering their own services". */
export function describeIgnored(ignored: LeadAnalysis['ignored']): string | undefined {
	const lines = [true, false].flatMap((positive) => {
		const some = ignored.filter(({ signal }) => (signal.polarity === 'positive') === positive);
		if (some.length === 0) return [];
		const quotes = some
			.slice(0, 3)
			.map(
				({ signal }) =>
					`${signalLabel(signal.type).toLowerCase()} '${signal.evidence.quote.slice(0, 60).trim()}'`,
			);
		return [
			`Not counted as ${positive ? 'buying intent' : 'evidence against the lead'} (${some[0].why}): ${quotes.join(', ')}`,
		];
	});
	return lines.length ? lines.join('; ') : undefined;
}
