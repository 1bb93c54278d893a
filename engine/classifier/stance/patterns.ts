/**
 * Who is speaking, to whom: phrase families that tell a prospect asking for something for their
 * organisation from a seller pitching us, an applicant, and text written to the software itself.
 *
 * Families are written over the field's skeleton (lower case, look-alike letters folded) and
 * describe what a sentence DOES rather than one exact wording: "<override verb> ... <your
 * instructions>" with up to a few words between, in English, Spanish and German. Each family
 * names the words that must appear before its regex is worth running (`needs`), which keeps the
 * common case (no such word) to a few substring checks.
 */
import type { SignalType } from '../../contract';
import { AnchoredPattern } from '../anchoredPattern';
import { leadingLiterals } from '../leadingLiterals';
import { PatternTable } from '../patternTable';

export type Stance = 'buyer' | 'seller' | 'applicant' | 'system';

export interface StanceFamily {
	/** Stable id, shown in tests and useful in debugging; not user-facing. */
	id: string;
	stance: Stance;
	/** The signal this family's matches become (evidence for the briefing and the reasons). */
	signal: SignalType;
	strength: number;
	/** Substrings of the skeleton of which one must be present for the regex to run. */
	needs: string[];
	pattern: RegExp;
	/** The same pattern run only where one of its first words starts; null: scanned in full. */
	anchored: AnchoredPattern | null;
	value?: Record<string, unknown>;
	/** A weak hint: counts only together with another match of the same stance. */
	soft?: boolean;
}

/** Letters and digits of the Latin scripts the lexicons cover (en, es, de): without the Unicode flag the regex engine scans much faster. */
const WORD_CHARS = 'A-Za-z0-9_\\u00C0-\\u024F';

/** Up to `n` words (with their trailing spaces or commas) between two parts of a phrase. */
const gap = (n: number) => `(?:[${WORD_CHARS}'’.-]+[\\s,:;]+){0,${n}}?`;

/** Unicode-aware word boundaries (JavaScript's \b only knows ASCII letters); a phrase that ends in a space ("we offer ") already ends a word. */
// The start of a word is checked by the reader (stance/index.ts), not by a lookbehind: a pattern
// that begins with its literal words lets the regex engine skip ahead fast, a lookbehind first does not.
const bounded = (source: string) => new RegExp(`(?:${source})(?:(?<=\\s)|(?![${WORD_CHARS}]))`, 'g');

interface FamilySource extends Omit<StanceFamily, 'pattern' | 'anchored'> {
	source: string;
}

const AI_NOUNS_EN = "ai|a\\.i\\.|assistant|bot|chat ?bot|model|llm|gpt|chat ?gpt|claude|gemini|copilot|classifier|algorithm|language model|automation|automated (?:system|filter|screener|reviewer|scoring|tool|lead \\w+|process\\w*)|automatic (?:system|filter|scoring)|lead[- ]?scor\\w+|scoring (?:system|engine|model|tool|bot|ai)|screening (?:ai|tool|bot|system|software)|sorting (?:ai|tool|bot|system)|triage (?:ai|bot|system)|ai agent|agent|parser|machine|system";
const AI_NOUNS_ES = 'sistema automático|sistema automatizado|ia|i\\.a\\.|inteligencia artificial|asistente|modelo|modelo de lenguaje|sistema|bot|chatbot|clasificador|algoritmo|gpt|chatgpt';
const AI_NOUNS_DE = 'automatische\\w* system|automatisierte\\w* system|ki|k\\.i\\.|künstliche intelligenz|assistent\\w*|modell|sprachmodell|system|bot|chatbot|klassifikator|algorithmus|gpt|chatgpt';
const AI_NEEDS = ['ai', 'a.i', 'assistant', 'bot', 'model', 'llm', 'gpt', 'claude', 'gemini', 'copilot', 'classif', 'algorithm', 'automat', 'scor', 'screen', 'sort', 'triage', 'agent', 'parser', 'machine', 'system', 'ia', 'asistente', 'modelo', 'sistema', 'clasificador', 'algoritmo', 'ki', 'k.i', 'künstliche', 'assistent', 'modell', 'klassifikator', 'algorithmus', 'inteligencia'];

const OVERRIDE_TARGETS_EN =
	'instructions?|guidance|guidelines?|rules?|prompts?|directions?|directives?|programming|orders|commands?|system (?:message|prompt)|context|polic(?:y|ies)|constraints?|training|configuration|settings|criteria|scoring (?:rules|logic|criteria|guide\\w*)|filters?|safeguards?|restrictions?|briefing|task|everything (?:above|before|else)|all (?:of )?(?:the )?above';
const OVERRIDE_TARGETS_ES = 'instrucciones|instrucción|indicaciones|reglas|órdenes|ordenes|directrices|normas|pautas|prompt|consignas|configuración|criterios|todo lo anterior';
const OVERRIDE_TARGETS_DE = 'anweisungen|anweisung|instruktionen|regeln|vorgaben|befehle|anordnungen|richtlinien|prompts?|systemanweisung\\w*|einstellungen|bewertungsregeln|kriterien|alles (?:obige|vorherige|bisherige)';

const HOT_VALUES_EN =
	"hot|very hot|a hot lead|hot lead|qualified|sales[- ]qualified|sql|high[- ]priority|top[- ]priority|highest priority|priority (?:one|1)|p1|urgent|vip|100|100 ?/ ?100|100 ?%|10 ?/ ?10|max(?:imum)?(?: score| priority)?|a perfect score|perfect|tier (?:1|one)|platinum|sales[- ]ready|ready to buy|score (?:of )?\\d+|a \\d+|\\d+ points|priority";
const HOT_VALUES_ES = 'calientes?|puntuación máxima|máxima puntuación|muy caliente|prioridad (?:alta|máxima|maxima|1|uno)|máxima prioridad|maxima prioridad|alta prioridad|urgente|100|cien|calificad[oa]|cualificad[oa]|hot|vip|puntuación (?:de )?(?:100|máxima|maxima)|prioritari[oa]';
const HOT_VALUES_DE = 'heiß\\w*|heiss\\w*|höchste punktzahl|maximale punktzahl|volle punktzahl|höchste bewertung|höchste stufe|hot|dringend|höchste priorität|hohe priorität|priorität (?:1|eins)|100|qualifiziert|vip|top[- ]lead|100 punkte|punktzahl (?:von )?100';

const HOT_NEEDS = ['hot', 'qualif', 'sql', 'priorit', 'p1', 'urgent', 'vip', '100', '10/10', '10 / 10', 'max', 'perfect', 'tier', 'platinum', 'ready', 'score', 'point', 'calient', 'urgente', 'cien', 'calific', 'cualific', 'puntua', 'heiß', 'heiss', 'dringend', 'prior', 'punkt'];

const SOURCES: FamilySource[] = [
	// ---- Text written to the software: overrides, addressing the AI, setting the verdict, role markers.
	{
		id: 'override.en',
		stance: 'system',
		signal: 'prompt_injection',
		strength: 1,
		needs: ['apply', 'void', 'cancel', 'obsolete', 'revoked', 'outdated', 'superseded', 'suspended', 'lifted', 'replaced', 'invalid', 'valid', 'deprecated', 'expired', 'overridden', 'stop here', 'ignor', 'disregard', 'forget', 'overrid', 'bypass', 'skip', 'neglect', 'overlook', 'discard', 'drop', 'abandon', 'aside', 'no attention', 'no heed', 'no mind', 'follow', 'obey', 'throw out', 'erase', 'reset', 'suspend', 'turn off', 'switch off', 'cancel'],
		source: `(?:your |the |all |any |my |these |those )?(?:previous |prior |earlier |above |preceding |original |initial |old |existing |current |default |system )+(?:${OVERRIDE_TARGETS_EN}) (?:no longer apply|do not apply|don'?t apply|(?:are|is) (?:now )?(?:void|cancell?ed|obsolete|revoked|outdated|superseded|suspended|lifted|replaced|invalid|no longer valid|deprecated|expired)|have been (?:cancell?ed|revoked|replaced|updated|lifted)|(?:are|is) overridden|stop here)|(?:ignore|ignoring|disregard|disregarding|forget|override|overriding|bypass|skip|neglect|overlook|discard|drop|abandon|set aside|put aside|throw out|erase|reset|suspend|turn off|switch off|cancel|pay (?:no|zero|little) (?:attention|heed|mind) to|(?:do not|don'?t|stop|no longer|never) (?:follow|obey|apply|use|listen to|pay attention to)(?:ing)?) ${gap(5)}(?:your |the |my |any |all |these |those |its )?(?:previous |prior |earlier |above |preceding |original |initial |old |existing |current |internal |hidden |default |system |standing |given )*(?:${OVERRIDE_TARGETS_EN})`,
	},
	{
		id: 'override.es',
		stance: 'system',
		signal: 'prompt_injection',
		strength: 1,
		needs: ['aplican', 'valen', 'sirven', 'cuentan', 'anuladas', 'efecto', 'ignor', 'olvid', 'descart', 'omit', 'anul', 'caso', 'sigas', 'siga', 'obedez', 'alto', 'lado', 'cuenta'],
		source: `(?:tus |sus |las )?(?:instrucciones|reglas|indicaciones|órdenes|directrices) (?:anteriores |previas |originales )?(?:ya no (?:aplican|valen|sirven|cuentan)|quedan (?:anuladas|sin efecto)|no (?:aplican|valen|cuentan))|(?:ignora|ignore|ignoren|ignorar|olvida|olvide|olviden|olvidar|olvídate de|olvidate de|descarta|descarte|omite|omita|anula|anule|no (?:sigas|siga|sigan|hagas caso a|haga caso a|obedezcas|obedezca|tengas en cuenta|tenga en cuenta)|haz caso omiso (?:a|de)|haga caso omiso (?:a|de)|pasa por alto|pase por alto|deja de lado|deja de seguir) ${gap(5)}(?:${OVERRIDE_TARGETS_ES})`,
	},
	{
		id: 'override.de',
		stance: 'system',
		signal: 'prompt_injection',
		strength: 1,
		needs: ['ungültig', 'aufgehoben', 'hinfällig', 'nichtig', 'veraltet', 'gelten', 'gilt', 'ignor', 'vergiss', 'vergesst', 'vergessen', 'missacht', 'überge', 'übergeh', 'überschreib', 'verwirf', 'verwerf', 'beachte', 'befolge', 'außer kraft', 'hör auf'],
		source: `(?:(?:ignoriere|ignorier|ignoriert|ignorieren sie|vergiss|vergesst|vergessen sie|missachte|missachten sie|übergehe|übergehen sie|überschreibe|überschreiben sie|verwirf|verwerfe|verwerfen sie|beachte nicht|beachten sie nicht|befolge nicht|befolgen sie nicht|setze außer kraft|hör auf mit) ${gap(5)}(?:${OVERRIDE_TARGETS_DE})|(?:${OVERRIDE_TARGETS_DE}) ${gap(4)}(?:ignorieren|vergessen|missachten|übergehen|verwerfen|sind (?:ungültig|aufgehoben|hinfällig|nichtig|veraltet)|gelten nicht|gilt nicht|außer kraft|nicht (?:mehr )?befolgen|nicht beachten))`,
	},
	{
		id: 'address.en',
		stance: 'system',
		signal: 'prompt_injection',
		strength: 1,
		needs: AI_NEEDS,
		source: [
			`(?:note|message|instructions?|memo|request|reminder|hint|directive|p\\.?s\\.?|task|command|notice) (?:for|to) (?:the |any |all |your |you, )?(?:${AI_NOUNS_EN})s?`,
			`(?:dear|hey|hi|hello|attention|yo|listen(?: up)?|ok|okay|note to|important for|warning to)[,:!]? (?:the |dear |you |my |our |any )?(?:${AI_NOUNS_EN})(?:s| reading this| processing this)?[ ,:!.]`,
			`(?:^|[.!?:;\\n]\\s*|p\\.?s\\.?:?\\s*)(?:to|for) (?:the |any |all |you, the )?(?:${AI_NOUNS_EN})s?(?: [^.:,;!?\\n—–]{1,30})?\\s*[:,—–]`,
			`(?:if|when|since|because|as long as) you(?:'re| are) (?:an? |the )?(?:${AI_NOUNS_EN})`,
			`(?:${AI_NOUNS_EN})(?: engine| system| model| tool| bot| agent)?, (?:listen|please|note|attention|you must|you should|you will|do not|don'?t|now|from now|kindly|be advised|read this)`,
			`(?:${AI_NOUNS_EN})s? (?:that is |which is |who is |that's |currently )?(?:reading|processing|parsing|scanning|reviewing|screening|analy[sz]ing|handling|triaging|scoring|evaluating|sorting|classifying|ranking|qualifying|summari[sz]ing) (?:this|these|the|my|our|incoming|inbound|new|all)`,
			'you are (?:now |hereby |from now on )?(?:an? |the |my )?(?:new |helpful |unrestricted |different )?(?:assistant|ai|bot|model|dan|classifier|system|agent|sales assistant|lead scorer)',
			'(?:from now on|starting now|henceforth),? you (?:will|must|shall|are|should)',
			'(?:developer|dev|god|admin|debug|jailbreak|dan|unrestricted|maintenance) mode',
			'(?:system prompt|system message|prompt injection|jailbreak|new instructions?|updated instructions?|revised instructions?|additional instructions?|secret instructions?|hidden instructions?|important instructions?)(?: ?:| follow| below| for you| apply)',
			'(?:begin|start|end) (?:of )?(?:the )?(?:system|admin|new|real|true|override) (?:prompt|instructions?|message|block)',
			'(?:your|the) (?:real|true|actual|new|only|primary|updated) (?:task|job|instructions?|goal|purpose|objective) (?:is|are|now)',
			'(?:respond|reply|answer|output|return|print|say) (?:only |just |exactly )?(?:with |the word |the json |json )?["“]?(?:hot|qualified|100|high priority|yes, hot)',
			'(?:repeat|reveal|print|show|output|tell me) (?:your|the) (?:system )?(?:prompt|instructions|rules|configuration)',
		].join('|'),
	},
	{
		id: 'address.es',
		stance: 'system',
		signal: 'prompt_injection',
		strength: 1,
		needs: AI_NEEDS,
		source: [
			`(?:mensaje|nota|instrucción|instrucciones|aviso|orden|tarea) (?:para|a) (?:la |el |los |las |cualquier )?(?:${AI_NOUNS_ES})`,
			`(?:querida|querido|estimada|estimado|hola|atención|oye|oiga)[,:!]? (?:la |el )?(?:${AI_NOUNS_ES})[ ,:!.]`,
			`(?:^|[.!?:;\\n]\\s*|p\\.?s\\.?:?\\s*)(?:para|a) (?:la |el )?(?:${AI_NOUNS_ES})\\s*[:,]`,
			`(?:si|como|ya que) (?:eres|es usted|sos) (?:una |un |la |el )?(?:${AI_NOUNS_ES})`,
			`(?:${AI_NOUNS_ES}) (?:que (?:lee|lees|procesa|procesas|analiza|analizas|clasifica|clasificas|revisa|revisas|evalúa|evaluas|evalúas))`,
			'(?:ahora eres|a partir de ahora,? (?:eres|serás|debes)|actúa como|actua como|modo (?:desarrollador|administrador|dios|sin restricciones))',
			'(?:nuevas|nueva|verdaderas|reales) (?:instrucciones|instrucción|tarea)(?: ?:| para ti| son)',
			'(?:tu|su) (?:verdadera|nueva|única|real) (?:tarea|misión|instrucción|función) es',
			'(?:responde|contesta|devuelve|escribe) (?:solo|solamente|únicamente)? ?(?:con )?["“]?(?:caliente|hot|100|prioridad alta)',
		].join('|'),
	},
	{
		id: 'address.de',
		stance: 'system',
		signal: 'prompt_injection',
		strength: 1,
		needs: AI_NEEDS,
		source: [
			`(?:nachricht|hinweis|anweisung|anweisungen|notiz|info|aufgabe|befehl) (?:an|für) (?:die |den |das |eine |einen |jede |jedes )?(?:${AI_NOUNS_DE})`,
			`(?:liebe|lieber|liebes|hallo|hey|achtung|hi)[,:!]? (?:die |der |das )?(?:${AI_NOUNS_DE})[ ,:!.]`,
			`(?:^|[.!?:;\\n]\\s*|p\\.?s\\.?:?\\s*)(?:an|für) (?:die |den |das )?(?:${AI_NOUNS_DE})\\s*[:,]`,
			`(?:wenn|falls|da) (?:du|sie) (?:eine |ein |das |die |der )?(?:${AI_NOUNS_DE}) (?:bist|sind)`,
			`(?:${AI_NOUNS_DE}),? (?:die|der|das) (?:diese|diesen|dieses|die|den|das) \\S+ (?:liest|verarbeitet|analysiert|bewertet|klassifiziert|prüft|sortiert)`,
			'(?:du bist (?:jetzt|nun|ab sofort)|ab (?:jetzt|sofort) bist du|handle als|agiere als|tu so,? als|entwicklermodus|admin-?modus|gott-?modus)',
			'(?:neue|neuen|eigentliche|wahre|geheime|zusätzliche) (?:anweisungen|anweisung|aufgabe|instruktionen)(?: ?:| für dich| lauten| sind)',
			'(?:deine|ihre) (?:eigentliche|wahre|neue|einzige|wirkliche) (?:aufgabe|anweisung|funktion) (?:ist|lautet)',
			'(?:antworte|antworten sie|gib|geben sie) (?:nur|ausschließlich|lediglich)? ?(?:mit )?["“„]?(?:heiß|heiss|hot|100|dringend)',
		].join('|'),
	},
	{
		id: 'verdict.en',
		stance: 'system',
		signal: 'prompt_injection',
		strength: 1,
		needs: [...HOT_NEEDS, 'label', 'tag', 'classif', 'categori', 'flag', 'mark', 'rank', 'confidence', 'skip', 'bypass', 'jump', 'queue', 'ceo', 'cto', 'cfo', 'coo', 'founder', 'owner', 'president', 'vp', 'head', 'closer', 'senior', 'c-suite', 'board', 'executive', 'director'],
		source: [
			`(?:set|assign|give|rate|score|mark|classify|label|tag|route|flag|treat|categori[sz]e|prioriti[sz]e|escalate|rank|grade|move|make|qualify|upgrade|promote|record|register|list|file|put|consider|count|enter|log|bump)(?:ed)? (?:this |the |my |our |me |us |it |him |her |them )?(?:lead|message|submission|inquiry|enquiry|request|form|entry|ticket|contact|email|record|prospect|application|one|person|company|account)?,? ?(?:as |to |with |at |into |in |a |an |the |=|:|under )*(?:${HOT_VALUES_EN})(?: lead| priority| score| tier| category| path| status| list| bucket| queue| segment)?`,
			`(?:lead |intent |this lead'?s? |the |my |our |its |their )?(?:score|scoring|classification|path|routing|priority|label|category|tier|rating|grade|status|verdict|qualification)(?: for (?:this|the|my|our) (?:lead|message|submission|inquiry|request|form|entry))? (?:should|must|needs to|has to|shall|will|is to) (?:be|read|say|equal|show)(?: set to| marked as| set at)? (?:${HOT_VALUES_EN}|high|highest|very high|maximum)`,
			`(?:this|the|my|our) (?:lead|message|submission|inquiry|enquiry|request|form|entry) (?:is|must be|should be|has to be|needs to be|qualifies as|counts as) (?:a |an )?(?:automatically |definitely |clearly )?(?:classified|marked|scored|rated|tagged|labell?ed|flagged|routed|treated|categori[sz]ed|prioriti[sz]ed) (?:as |at |to )?(?:${HOT_VALUES_EN})`,
			'(?:label|tag|classify|categori[sz]e|flag|mark|rate|score|rank|log|file) (?:this|it|me|us|the lead|this lead|this message|this submission|this inquiry|this request) (?:as|under) ',
			'(?:set|rate|score|give|mark|put|make) (?:the |its |this |my |our )?(?:intent|lead score|score|priority|urgency|rating|confidence) (?:at |to |as |of )?(?:\\d+|max|maximum|high|highest|top)|(?:with |at |a )?confidence (?:of |=|:|to |score of )?(?:1\\.0+|1,0+|100 ?%|0\\.9\\d*)(?![\\p{N}])',
			'(?:skip|bypass|jump|avoid|go around) the (?:queue|line|triage|review|gate|screening|checks?|filter|human review)',
			'(?:route|send|forward|assign|escalate|pass|hand|direct|transfer|give|deliver|notify|alert|page)(?: this| me| us| it| the lead| this lead| my request| my message| this inquiry)? (?:directly |immediately |straight |right away |only )?(?:to|over to|up to) (?:the |your |a )?(?:(?:on-call|best|top|senior|most senior|lead|star|head) closer|ceo|cto|cfo|coo|founder|owner|president|vp of sales|head of sales|sales director|most senior \\w+|top (?:closer|rep|salesperson)|best (?:closer|rep|salesperson)|senior(?:most)? closer|highest[- ]ranking \\w+|c-suite|board|executive team)',
		].join('|'),
	},
	{
		id: 'verdict.es',
		stance: 'system',
		signal: 'prompt_injection',
		strength: 1,
		needs: HOT_NEEDS,
		source: [
			`(?:marca|marque|marcar|márcame|marcame|márquenme|clasifica|clasifique|clasificar|clasifícame|califica|califique|calificar|puntúa|puntua|puntúe|asigna|asigne|asignar|pon|ponga|poner|etiqueta|etiquete|trata|trate|prioriza|priorice|considera|considere|dale|dele|da|dé|registra|registre) ${gap(4)}(?:como |con |a |de |una |un |la |el )*(?:${HOT_VALUES_ES})`,
			`(?:la |mi |su )?(?:puntuación|puntaje|prioridad|categoría|clasificación|ruta|calificación) (?:de (?:este|esta) \\S+ )?(?:debe ser|tiene que ser|debería ser|será|=|:) ?(?:${HOT_VALUES_ES}|alta|máxima|maxima)`,
			'(?:envía|envia|envíe|envie|reenvía|reenvia|pasa|pase|deriva|derive|asigna|asigne|manda|mande|dirige|dirija|escala|escale)(?: esto| este \\S+| esta \\S+| mi \\S+)? (?:directamente |inmediatamente )?(?:a|al) (?:tu |su |el |la )?(?:ceo|director general|directora general|director comercial|gerente general|fundador|fundadora|dueño|dueña|mejor vendedor\\w*|vendedor más \\S+)',
		].join('|'),
	},
	{
		id: 'verdict.de',
		stance: 'system',
		signal: 'prompt_injection',
		strength: 1,
		needs: HOT_NEEDS,
		source: [
			`(?:markiere|markieren sie|markiert|stufe|stufen sie|bewerte|bewerten sie|klassifiziere|klassifizieren sie|setze|setzen sie|gib|geben sie|behandle|behandeln sie|priorisiere|priorisieren sie|kennzeichne|kennzeichnen sie|ordne|ordnen sie) ${gap(4)}(?:als |mit |auf |in |eine |einen |die |den )*(?:${HOT_VALUES_DE})`,
			`(?:als |mit )(?:${HOT_VALUES_DE}) ${gap(2)}(?:markieren|einstufen|bewerten|klassifizieren|setzen|behandeln|kennzeichnen|einordnen|weiterleiten|priorisieren)`,
			`(?:die |meine |unsere )?(?:punktzahl|bewertung|priorität|kategorie|klassifizierung|einstufung|route) (?:dieser \\S+ |dieses \\S+ )?(?:muss|soll|sollte|ist) (?:auf |als )?(?:${HOT_VALUES_DE}|hoch|höchste|maximal)`,
			'(?:leite|leiten sie|schicke|schicken sie|sende|senden sie|gib|geben sie|reiche|reichen sie)(?: \\S+){0,3} (?:direkt |sofort |umgehend )?(?:an|zum|zur) (?:den |die |ihren |ihre |deinen |deine )?(?:ceo|geschäftsführer\\w*|gründer\\w*|inhaber\\w*|chef\\w*|vertriebsleiter\\w*|vertriebschef\\w*|besten verkäufer\\w*)',
		].join('|'),
	},
	{
		// Role markers and chat-template tokens, with or without spaces inside the brackets.
		id: 'roles',
		stance: 'system',
		signal: 'prompt_injection',
		strength: 1,
		needs: ['<', '[', '{', '#', '`', 'system', 'assistant', 'inst', 'user', 'developer', 'admin'],
		source: [
			'[<\\[{(]\\s*[|/]?\\s*(?:system|assistant|developer|admin|inst|instructions?|sys|im_start|im_end|endoftext|start_of_turn|end_of_turn|eot_id|begin_of_text|start_header_id)\\s*[|/]?\\s*[>\\]})]',
			'<\\s*/?\\s*(?:user|s)\\s*>',
			'<\\|[a-z_]+\\|>',
			'`{3}\\s*(?:system|assistant|instructions?|prompt|admin|developer)',
			'#{2,}\\s*(?:system|instructions?|new instructions?|override|admin|assistant)',
			'(?:^|\\n)\\s*(?:system|assistant|developer|admin|instruction|instructions|ai|sistema|asistente|instrucciones|anweisung|anweisungen|ki)\\s*:\\s*\\S',
		].join('|'),
	},
	{
		// Fake structured output: {"score": 100, "path": "hot"}, path=hot, lead_score: 99.
		id: 'structured',
		stance: 'system',
		signal: 'prompt_injection',
		strength: 1,
		needs: ['score', 'path', 'priorit', 'intent', 'confidence', 'classif', 'category', 'label', 'route', 'routing', 'tier', 'qualified', 'hot', 'verdict', 'decision', 'prioridad', 'puntua', 'priorität', 'bewertung'],
		source: [
			`["'{\\[,]\\s*(?:score|lead_?score|semantic_?score|path|priority|intent|confidence|classification|category|label|route|routing|tier|qualified|is_?hot|hot|status|verdict|decision|action|prioridad|puntuación|priorität|bewertung)\\s*["']?\\s*[:=]\\s*["']?\\s*(?:\\d+|hot|warm|high|highest|urgent|true|yes|sales|qualified|vip|max|caliente|alta|heiß|hoch)`,
			'<\\s*(?:score|lead_?score|path|priority|classification|routing|intent|confidence|verdict|route|label|category|tier)\\s*>\\s*(?:\\d+|hot|high|urgent|true|sales|qualified|vip|max)',
			'(?:score|lead_?score|path|priority|classification|routing|intent|confidence|verdict|puntuación|puntaje|prioridad|ruta|clasificación|punktzahl|priorität|bewertung|einstufung|route)\\s*=\\s*["\']?(?:\\d+|hot|high|urgent|true|sales|qualified|vip|max|caliente|alta|heiß|hoch)',
			'(?:lead[ _]?score|semantic[ _]?score|intent[ _]?score|score|path|classification|routing|verdict)\\s*:\\s*["\']?(?:100|9\\d|hot|qualified|vip|max)(?![\\p{L}\\p{N}])',
		].join('|'),
	},

	// ---- Sellers: offering services to us, quoting their own rates, praising or fixing "your" business.
	{
		id: 'seller.offer.en',
		stance: 'seller',
		signal: 'vendor_pitch',
		strength: 0.85,
		needs: ['we ', 'our ', 'i '],
		source: [
			"(?:we|our (?:team|agency|company|firm|studio|experts|developers|specialists))(?: also| proudly| currently)? (?:offer|provide|deliver|specialize|specialise|do|build|develop|design|create|handle|manage|run|supply|sell|place|staff|source)s? (?:\\S+ ){0,3}?(?:\\S+[- ]focused \\S+|landing pages|websites?|apps?|campaigns?|ads|content|videos?|services?|solutions?|packages?|engineers|developers|talent|for (?:\\S+ )?(?:companies|businesses|brands|clients|startups|firms|teams|agencies)|for businesses like yours|for companies like yours|in (?:seo|web|app|software|marketing|lead gen\\w*|design|development|staffing|outsourc\\w+))",
			"(?:we|our (?:team|agency|company|firm|studio|experts))(?: can| could| will| would| already)? (?:handle|manage|run|take over|build|rebuild|fix|grow|fill|redesign|automate|optimi[sz]e|scale|book|write|source|outsource|double|triple|audit|clean|revamp) (?:all of |all |most of )?your ",
			"(?:we|i)(?: have|'ve)? helped (?:\\S+ ){0,3}?(?:companies|businesses|brands|teams|clients|firms|startups|agencies|organi[sz]ations|b2b)|(?:guarantee|promise) (?:you )?(?:more|\\d+)|lock in (?:this|our|the|your) (?:\\S+ )?(?:rate|price|pricing|discount|offer|deal|spot)|who (?:on|in|from|at) your (?:\\S+ )?(?:team|department|company|organi[sz]ation|side) (?:is|would be|handles|owns|is responsible)",
			"(?:we|i|our (?:team|agency|company|firm))(?: can| could| would| will)? (?:help|helped|helps) (?:\\S+ ){0,2}?(?:companies|businesses|brands|b2b|saas|startups|teams|firms|clients|agencies|organi[sz]ations|you|your (?:company|business|team|brand)) (?:like yours |like you )?(?:to )?(?:grow|scale|increase|boost|double|triple|generate|get|book|close|reach|improve|save|reduce|automate|rank|win|find|land|hit)",
			"(?:we|i)(?:'d| would)? (?:love|like|want|wanted|are keen|'re keen) to (?:partner|collaborate|team up) (?:with (?:you|your)|together)",
			"(?:would|are|is) (?:you|your team|your company)(?: be)? (?:open|interested|available|up) (?:to|in|for) (?:a |an )?(?:quick |short |brief |free |\\d+[- ]?min\\w* )?(?:call|chat|conversation|meeting|partnership|collaboration|learning|hearing|exploring|discussing|a demo of our)",
			"(?:i|we)(?:'m| am|'re| are) reaching out (?:to (?:offer|introduce|see|share|propose)|because we|on behalf)|on behalf of (?:my|our) (?:client|company|agency|firm|team)|(?:allow|let) me to introduce|(?:i|we) (?:would|'d) like to introduce (?:our|my)|introduc(?:e|ing) (?:our|my) (?:company|services|agency|team|firm|solution|product)",
			'(?:our|my) (?:services|agency|company|firm|team|clients|portfolio|case studies|solution|platform|software|product|tool|offer|offering) (?:include|includes|has helped|have helped|helps (?:companies|businesses|clients|brands|teams)|can help|will help|is trusted|are trusted|delivers?)',
			"(?:do|would|could) you have (?:\\d+|a few|five|ten|fifteen|twenty|thirty) (?:minutes|mins?)|(?:got|have you got) (?:\\d+|a few|five|ten|fifteen) (?:minutes|mins?)",
			'who (?:on|in|from|at) your (?:\\S+ )?(?:team|department|company|organi[sz]ation|side) (?:should|could|can|do|would) i (?:speak|talk|reach out|contact|connect)|(?:could|can) you (?:point|direct|connect|introduce) me to the (?:right|best|appropriate) person|(?:are you|is this) the right person (?:to|for)',
			'our (?:clients|customers|partners) (?:typically |usually |often |regularly )?(?:triple|double|grow|increase|see|get|achieve|save|cut|reduce|boost|close|book)',
			'(?:book|schedule|grab|pick) (?:a |an )?(?:time|slot|free \\S+|\\d+[- ]?min\\w* \\S+) (?:on|in|with|from) (?:my|our) (?:calendar|calendly|agenda)|calendly\\.com',
		].join('|'),
	},
	{
		id: 'seller.your.en',
		stance: 'seller',
		signal: 'vendor_pitch',
		strength: 0.8,
		needs: ['your', 'ur '],
		source: [
			'(?:i|we) (?:noticed|came across|saw|found|visited|was looking at|were looking at|checked|reviewed|analy[sz]ed|audited|stumbled upon|have been following) (?:your|ur) (?:website|site|company|profile|business|listing|page|store|shop|app|linkedin|online presence|google (?:ranking|profile|listing)|instagram|brand|ads?|seo)',
			'(?:increase|boost|grow|double|triple|skyrocket|improve|scale|maximi[sz]e|10x|supercharge|fill) (?:your|ur) (?:sales|revenue|traffic|leads|conversions?|pipeline|ranking|rankings|bookings|appointments|calendar|roi|business|online presence|visibility|followers|profits?|customer base|inbox)',
			"(?:your|ur) (?:website|site|app|store|page|seo|google ranking|online presence|brand) (?:has|is|could|needs|lacks|isn'?t|is not|doesn'?t|does not|loads|ranks|deserves)",
			'(?:free|complimentary|no[- ]obligation|no[- ]cost) (?:audit|consultation|analysis|website review|seo audit|strategy (?:call|session)|assessment|report) (?:for|of) (?:your|you)',
		].join('|'),
	},
	{
		id: 'seller.trade.en',
		stance: 'seller',
		signal: 'vendor_pitch',
		strength: 0.75,
		needs: ['we are', "we're", 'call us', 'fixed fee', 'charge', 'flat', 'contract', 'good time', 'we offer', 'we provide', 'we supply', 'we sell', 'i offer', 'followers', 'likes', 'views', 'subscribers', 'reviews', 'instant', 'lead', 'appointment', 'cold', 'outbound', 'outsourc', 'offshore', 'nearshore', 'white', 'augment', 'dedicated', 'virtual', 'backlink', 'guest post', 'sponsored', 'link ', 'influencer', 'per hour', 'hourly', '/hr', 'rate', 'unsubscribe', 'opt out', 'opt-out', 'interested'],
		source: [
			'(?:we|i) (?:generate|deliver|book|send|bring|get|provide|source|supply)(?: you| your (?:team|company|business))? (?:\\d+\\+? )?(?:new |more |high[- ]quality |qualified |targeted |warm |verified |b2b |exclusive )*(?:leads|appointments|meetings|calls|customers|clients|traffic|prospects|contacts|databases?|email lists?)',
			"(?:we are|we're) (?:a |an )(?:\\S+ ){0,3}?(?:provider|agency|consultancy|studio|reseller|specialists?|experts?)|call (?:us|our \\S+) (?:today|now|this week)|fixed fee|(?:help|helping) your (?:sales |marketing )?team (?:hit|close|book|sell|grow|reach|crush|exceed|win)",
			'(?:buy|get|gain) (?:\\d+|real|more) (?:\\S+ )?(?:followers|likes|views|subscribers|reviews)|instant delivery|(?:we|i) (?:offer|provide|supply|sell) |(?:we|i) charge|(?:a |our )?flat (?:fee|rate|price)|no (?:long-term )?contract(?: required)?|(?:let me know|tell me) when (?:is )?a good time',
			'(?:appointment setting|cold (?:email|emailing|calling|outreach)|outbound (?:campaigns?|services|team|sdrs?)|outsourc\\w+|offshore|nearshore|white[- ]label\\w*|staff augmentation|dedicated (?:developers|team)|virtual assistants?|backlinks?|guest posts?|sponsored (?:post|article)s?|link (?:exchange|insertion|building)|influencer (?:campaign|marketing)s?)',
			'(?:our|my) (?:rates?|prices?|pricing|packages?|fees?|plans?) (?:start|starts|are|begin|from|is|range)|(?:starting|starts|start|only|just) (?:at |from )?[$€£]\\s?\\d+|[$€£]\\s?\\d+(?:[.,]\\d+)? ?(?:/|per) ?(?:hour|hr|h|month|mo|lead|appointment|meeting)|(?:per|an) hour|hourly rates?',
			"(?:reply|respond) (?:with )?(?:stop|unsubscribe|remove|no)|to (?:unsubscribe|opt[- ]out|stop receiving)|(?:let me know|tell me) if (?:you(?:'re| are)|this is) (?:interested|of interest)|worth a (?:quick )?(?:chat|call|conversation)\\??",
		].join('|'),
		soft: true,
	},
	{
		id: 'seller.es',
		stance: 'seller',
		signal: 'vendor_pitch',
		strength: 0.85,
		needs: ['gestionamos', 'manejamos', 'hacemos', 'llevamos', 'optimizamos', 'diseñamos', 'creamos', 'desarrollamos', 'administramos', 'tarifas', 'desde', 'minutos', 'con quién', 'somos', 'ofrec', 'brind', 'proporcion', 'especializ', 'ayudar', 'aument', 'increment', 'mejor', 'duplic', 'vi ', 'visit', 'revis', 'encontr', 'nuestr', 'generamos', 'conseguimos', 'agendamos', 'colabor', 'alianza'],
		source: [
			'(?:gestionamos|manejamos|hacemos|llevamos|optimizamos|diseñamos|creamos|desarrollamos|administramos) (?:sus|tus|su|tu|la|el|las|los) ',
			'(?:nuestros|nuestras) (?:clientes|socios) (?:\\S+ )?(?:triplican|duplican|aumentan|consiguen|logran|multiplican|ahorran)',
			'(?:tarifas|precios|proyectos|planes) (?:desde|a partir de) \\S*\\d',
			'(?:¿\\s*)?(?:tiene|tienes|tendría|tendrías) (?:\\d+|unos|cinco|diez|quince) minutos',
			'con quién (?:de|del|en) (?:\\S+ ){1,2}(?:puedo|podría|debo) hablar',
			'(?:ofrecemos|brindamos|proporcionamos|nos especializamos en|(?:te|le|les) ofrecemos|podemos ayudar(?:te|le|les) a)',
			'(?:aumentar|incrementar|mejorar|duplicar|triplicar|impulsar) (?:sus|tus|las|los) (?:ventas|clientes|ingresos|visitas|tráfico|leads|conversiones|citas|seguidores)',
			'(?:vi|visité|revisé|encontré|analicé|estuve viendo) (?:su|tu) (?:sitio|página|web|empresa|perfil|negocio|tienda)',
			'(?:nuestros servicios|nuestras tarifas|nuestra agencia|nuestros precios (?:empiezan|comienzan|desde)|nuestros paquetes)',
			'(?:generamos|conseguimos|agendamos|le enviamos|te enviamos) (?:\\S+ )?(?:leads|clientes|citas|reuniones|prospectos)',
			'(?:nos gustaría|me gustaría|queremos|quisiéramos) (?:colaborar|asociarnos|proponerle|proponerte|presentarle|presentarte)',
		].join('|'),
	},
	{
		id: 'seller.de',
		stance: 'seller',
		signal: 'vendor_pitch',
		strength: 0.85,
		needs: ['wir ', 'unsere', 'ihre', 'deine', 'ihr ', 'ich ', 'projekte', 'pakete', 'preise', 'wer ', 'minuten', 'retainer', 'stundensatz'],
		source: [
			'wir (?:bieten (?:ihnen|an)|unterstützen (?:unternehmen|firmen|sie)|helfen (?:unternehmen|firmen|ihnen|dir)|können ihnen helfen|haben uns (?:auf \\S+ )?spezialisiert)',
			'wir (?:übernehmen|betreuen|managen|verwalten|optimieren|gestalten|erstellen|entwickeln|machen|bauen|führen) (?:ihre|ihren|ihr|deine|deinen|dein) ',
			'unsere (?:kunden|partner) (?:\\S+ )?(?:verdreifachen|verdoppeln|steigern|gewinnen|sparen|erhöhen|vervielfachen)',
			'(?:projekte|pakete|preise|tarife|stundensätze|leistungen|entwickler|retainer) (?:\\S+ )?(?:ab|von|liegt bei|liegen bei) \\S*\\d|(?:unser|unsere) (?:retainer|stundensatz|tagessatz|honorar)',
			'wer (?:aus|in|bei) (?:ihrem|ihrer|eurem|eurer) (?:\\S+ )?(?:ist zuständig|ist der richtige|kann ich sprechen)|(?:haben|hätten) sie (?:\\S+ )?(?:\\d+|fünf|zehn|fünfzehn) minuten',
			'wir stellen (?:\\S+ ){0,2}(?:entwickler|programmierer|fachkräfte|personal|mitarbeiter)',
			'unsere (?:agentur|dienstleistungen|leistungen|preise (?:beginnen|starten|ab)|pakete|stundensätze|referenzen)',
			'(?:ihre|deine|ihren|deinen) (?:umsätze?|verkäufe|leads|reichweite|sichtbarkeit|website|webseite|kunden|anfragen|termine|conversions?) (?:zu )?(?:steigern|erhöhen|verdoppeln|verbessern|vervielfachen)',
			'(?:ich|wir) (?:bin|sind|habe|haben) (?:auf )?(?:ihre|deine) (?:website|webseite|seite|firma|unternehmen|profil) (?:gestoßen|aufmerksam geworden|angeschaut|angesehen|analysiert)',
			'(?:wir )?(?:generieren|liefern|vereinbaren|buchen) (?:ihnen |dir )?(?:\\S+ )?(?:qualifizierte |neue )?(?:leads|termine|kunden|anfragen)',
			'(?:wir würden gerne|ich würde gerne|gerne würden wir) (?:mit ihnen|mit dir|ihnen|dir) (?:zusammenarbeiten|kooperieren|unsere|unser|eine partnerschaft)',
		].join('|'),
	},

	// ---- Applicants and recruiters.
	{
		id: 'applicant.en',
		stance: 'applicant',
		signal: 'job_seeker',
		strength: 0.9,
		needs: ['exceeded', 'quota', 'first-year', 'first year', 'commission', 'freelance', 'rpo', 'talent', 'open to work', 'seeker', 'candidate', 'applicant', 'appl', 'cv', 'c.v', 'resume', 'résumé', 'curriculum', 'portfolio', 'cover letter', 'linkedin', 'hiring', 'vacanc', 'internship', 'recruit', 'headhunt', 'staffing', 'placement', 'graduate', 'hire me', 'salary', 'notice period', 'employ', 'job', 'career', 'position', 'experience', 'join', 'we fill', 'we place', 'we source', 'we staff', 'i fill'],
		source: [
			'(?:apply|applying|application|applied|interested|interest) (?:for|to|in) (?:the |a |an |your |any |this |one of your )?(?:\\S+ ){0,3}?(?:position|role|job|opening|vacancy|vacancies|internship|post|posting|opportunity)',
			'(?:my|attached (?:is |are )?(?:my|the)?|enclosed (?:is |are )?(?:my)?|find (?:attached )?my|here is my|sending (?:you )?my|forward(?:ing)? my|submit(?:ting)? my) (?:updated )?(?:cv|c\\.v\\.|resume|résumé|curriculum vitae|portfolio|cover letter|linkedin(?: profile)?|application)',
			'(?:are you|is your (?:company|team|firm)|you guys) (?:currently |still )?hiring|(?:open|available|current|any) (?:positions?|roles?|vacanc\\w+|openings?|jobs?)|job (?:opening|opportunit\\w+|offer|posting|ad|advert|listing)s?|career (?:opportunit\\w+|page|openings?)|internships?',
			"(?:i|i've|i have|with|bring(?:ing)?) (?:over |more than |nearly |almost |about )?\\d+\\+? years? (?:of )?(?:professional |proven |hands-on |relevant )?(?:experience|exp)",
			'(?:join|be part of|become part of|contribute to|work for|work at|grow with) (?:your|the|you) ?(?:team|company|organi[sz]ation|sales team|sales force|growing team|family|business)?',
			'(?:recruiter|recruiting (?:firm|agency|partner)|recruitment (?:agency|firm|partner|services)|headhunt\\w*|talent acquisition|staffing (?:agency|firm|partner)|placement fee|(?:i|we) (?:have|represent) (?:a |an |several |some )?(?:strong |excellent |great |top |qualified )?candidates?|candidates? (?:for|who|with))',
			"(?:resume|résumé|cv|c\\.v\\.|portfolio|cover letter) (?:is |are )?(?:attached|enclosed|included|below|linked)|bring (?:my|our) (?:\\S+ ){0,4}?(?:experience|skills|expertise|background) to (?:your|the)|(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty)\\+? years? (?:of )?(?:\\S+ ){0,2}?(?:experience|closing|selling|in sales)",
			"exceeded (?:my |our )?(?:quota|targets?)|(?:\\d+ ?%|\\d+ percent) (?:of |above |over )?(?:quota|target)|(?:we|i) (?:fill|place|staff|source) (?:\\S+ ){0,2}?(?:roles|positions|seats|hires|candidates|vacancies)|first[- ]year (?:salary|compensation)|(?:growing|expanding|scaling|building) your (?:sales |engineering |marketing )?team",
			"commission[- ]only|freelance (?:\\S+ ){0,2}(?:here|available|looking)|(?:your|ur) (?:\\S+ )?(?:hiring|recruiting|recruitment|talent acquisition)|\\brpo\\b|talent partner|open to work|job seeker|\\((?:candidate|applicant)\\)|(?:candidate|applicant) for",
			"(?:looking for|seeking|searching for|in search of|open to) (?:a |an )?(?:new |full[- ]time |part[- ]time |remote |entry[- ]level )?(?:job|position|role|employment|work|internship|opportunit(?:y|ies)|career)",
			"(?:i am|i'm) (?:a |an )?(?:recent |fresh |new )?(?:graduate|job seeker|candidate|applicant)|hire me|(?:my|the) (?:notice period|salary expectations?|expected salary|availability to start)",
		].join('|'),
	},
	{
		id: 'applicant.es',
		stance: 'applicant',
		signal: 'job_seeker',
		strength: 0.9,
		needs: ['cv', 'curr', 'hoja de vida', 'postul', 'aplicar', 'vacante', 'oferta', 'trabajo', 'empleo', 'prácticas', 'practicas', 'equipo', 'experiencia', 'reclut', 'candidat', 'puesto'],
		source: [
			'(?:mi|adjunto(?: mi)?|envío mi|te envío mi|le envío mi|les envío mi|comparto mi) (?:cv|currículum|curriculum|currículo|hoja de vida|portafolio)',
			'(?:postular\\w*|postulación|aplicar (?:a|para) (?:la|el|una|un|su|alguna) (?:vacante|puesto|posición|oferta|plaza)|vacantes?|oferta de (?:empleo|trabajo)|busco (?:trabajo|empleo)|prácticas profesionales|formar parte de (?:su|tu|vuestro) equipo|años de experiencia|están contratando|buscan personal|(?:un |el |algún )?puesto de)',
			'(?:reclutador\\w*|reclutamiento|headhunter|candidat[oa]s? (?:para|con|ideal))',
		].join('|'),
	},
	{
		id: 'applicant.de',
		stance: 'applicant',
		signal: 'job_seeker',
		strength: 0.9,
		needs: ['verstärkung', 'besetz', 'lebenslauf', 'cv', 'bewerb', 'stelle', 'praktik', 'ausbildung', 'erfahrung', 'team', 'gehalt', 'kündigungsfrist', 'personalvermitt', 'headhunt', 'kandidat', 'recruit'],
		source: [
			'(?:verstärkung (?:im|für|in)|(?:stellen|positionen|vakanzen) (?:zu )?besetzen|besetzen (?:\\S+ )?(?:stellen|positionen|vakanzen)|mein(?:en)? (?:lebenslauf|cv|anschreiben)|bewerbung|bewerbe mich|bewerben möchte|initiativbewerbung|(?:offene|freie|ausgeschriebene) stellen?|stellenangebote?|stellenanzeige|praktikum(?:splatz)?|ausbildungsplatz|jahre (?:berufs)?erfahrung|teil ihres teams|ihr team (?:zu )?verstärken|gehaltsvorstellung|kündigungsfrist|personalvermittl\\w+|headhunter|kandidat(?:en|in|innen)? (?:für|mit)|recruiter\\w*)',
		].join('|'),
	},

	// ---- Buyers who write plainly: no budget figure, no date, no "demo" or "pricing".
	{
		id: 'buyer.evaluate.en',
		stance: 'buyer',
		signal: 'buying_action',
		strength: 0.8,
		value: { action: 'evaluation' },
		needs: ['recommend', 'short', 'comparison', 'business case', 'proposal', 'one of', 'among', 'replac', 'switch', 'mov', 'get off', 'getting off', 'migrat', 'ditch', 'outgr', 'ready to', 'compar', 'evaluat', 'shortlist', 'looking', 'consider', 'shopping', 'market for', 'search', 'options', 'alternatives', 'vendor', 'provider', 'rfi'],
		source: [
			'(?:comparing|evaluating|shortlisting|assessing|reviewing|vetting|benchmarking|weighing) (?:a (?:few|couple of|handful of)|several|some|multiple|different|two|three|four|\\d+|the (?:top|main|leading)|possible|potential)? ?(?:\\S+ )?(?:providers|vendors|tools|options|solutions|platforms|suppliers|offers|products|partners|systems|companies|alternatives)',
			"(?:we(?:'re| are)|i(?:'m| am)|our (?:team|company|firm|organi[sz]ation) (?:is|are)) (?:currently |actively |now )?(?:looking (?:for|at|into)|in the market for|shopping (?:for|around)|searching for|considering|evaluating|exploring) (?:a |an |some |new |better |the right |your |options for |tools for |software (?:for|to)|a (?:new )?(?:tool|platform|solution|vendor|provider|partner|system|software|service))",
			'(?:shortlist|rfi|vendor selection|selection process|buying process|procurement process)',
			'(?:recommendation|short ?list|comparison|business case|proposal) (?:for|to) (?:the |our |my )?(?:leadership|management|board|exec\\w*|ceo|cfo|coo|director\\w*|owners?|partners|committee)|(?:you|your (?:company|firm|product|team|platform|tool)) (?:are|is) (?:one of|on our|among|in our|part of our) (?:\\S+ )?(?:shortlist|short list|options|candidates|finalists|three|two|four|few|vendors)',
			"(?:replace|replacing|switch(?:ing)? (?:away )?from|mov(?:e|ing) (?:away )?from|get(?:ting)? off|migrat(?:e|ing) (?:off|from)|ditch(?:ing)?|outgr[eo]w(?:n|ing)?) (?:our|the|a|an|this) (?:current |existing |old |legacy |clunky |aging )?(?:\\S+ ){0,2}?(?:tool|system|platform|software|vendor|provider|crm|spreadsheets?|solution|setup|stack|process|app)",
			'ready to (?:commit|buy|sign|purchase|go|start|move)',
		].join('|'),
	},
	{
		id: 'buyer.money.en',
		stance: 'buyer',
		signal: 'budget',
		strength: 0.8,
		value: { approved: true, stated: 'budget set aside' },
		needs: ['aside', 'budget', 'fund', 'money', 'approved', 'signed off', 'allocated', 'earmark', 'ringfenc', 'ring-fenc', 'dinero', 'presupuesto', 'fondos', 'partida', 'geld', 'mittel'],
		source: [
			"(?:finance|procurement|management|leadership|the board|our board|our cfo|our ceo|the (?:exec|executive|leadership) team|my boss|the owners?)(?: team)? (?:has|have|'s|just|already|finally)? ?(?:approved|set aside|put aside|signed off(?: on)?|allocated|earmarked|ring[- ]?fenced|green[- ]?lit|greenlit|okayed|released) (?:money|budget|funds|funding|spend|the (?:money|budget|funds|spend))?",
			'(?:money|budget|funds|funding) (?:has been |is |was |were )?(?:set aside|put aside|earmarked|ring[- ]?fenced|allocated|approved|reserved|freed up) (?:for (?:this|it|a|the|tools|software|\\S+))?',
			'(?:set|put) (?:some )?(?:money|budget|funds) aside',
			'(?:finanzas|dirección|gerencia|la junta|el director financiero|la directora financiera|contabilidad|compras) (?:ya )?(?:reservó|aprobó|asignó|destinó|apartó|tiene) (?:el |un )?(?:dinero|presupuesto|fondos|partida)',
			'(?:finanzabteilung|geschäftsführung|geschäftsleitung|vorstand|buchhaltung|einkauf|management|controlling|cfo) (?:hat|haben) (?:\\S+ ){0,2}?(?:geld|budget|mittel) (?:\\S+ ){0,2}?(?:eingeplant|freigegeben|bereitgestellt|reserviert|genehmigt|zurückgelegt)|budget (?:ist|wurde) (?:\\S+ )?(?:freigegeben|genehmigt|eingeplant)',
		].join('|'),
	},
	{
		id: 'buyer.ask.en',
		stance: 'buyer',
		signal: 'buying_action',
		strength: 0.85,
		value: { action: 'contact_sales' },
		needs: ['for us', 'fit', 'suitable', 'work for', 'have', 'ask', 'help', 'who ', 'like', 'love', 'conversation', 'talk', 'looks like', 'seems like', 'what we', 'before we', 'once we', 'so we', 'our ', 'my ', 'can ', 'could ', 'would ', 'will ', 'walk', 'take us', 'show us', 'connect', 'put me', 'put us', 'in touch', 'reach out', 'get back', 'call', 'sales', 'someone', 'somebody', 'rep', 'onboard', 'consultation', 'callback', 'quote', 'proposal', 'cost', 'how much', 'plans', 'fees', 'rates', 'fit', 'right for', 'work for', 'support', 'able'],
		source: [
			'(?:walk|take|talk|run) (?:us|me|our team) through (?:the |your |how |what |onboarding|setup|set-up|implementation|a |an |it|options|pricing|the process)?',
			'(?:connect|put|get) (?:me|us) (?:with|in touch with|through to|across to) (?:your |the |a |an |someone (?:on|in|from) (?:your|the) )?(?:sales|sales people|salespeople|sales team|sales reps?|account (?:executive|manager)|someone|somebody|a person|a human|commercial team|team)',
			'(?:could|can|would) (?:someone|somebody|one of your (?:team|reps|people|colleagues)|a (?:rep|salesperson|consultant)|your (?:team|sales team|sales people)) (?:please )?(?:get (?:back|in touch)|reach out|call|contact|email|walk|show|explain|tell|help) (?:to )?(?:us|me|our)',
			'(?:could|can|would) you (?:please )?(?:get (?:back|in touch)|reach out|call|contact|email) (?:to )?(?:us|me)|(?:could|can|would) you (?:please )?(?:walk|show|explain|tell|help) (?:to )?(?:us|our (?:team|company|business|firm))',
			'(?:please )?(?:have|ask|get) (?:someone|somebody|a rep|a salesperson|your sales team|sales|an? (?:account|sales|solutions?|customer success) (?:manager|executive|rep|representative|consultant|engineer|specialist)|a consultant|a specialist) (?:to )?(?:call|contact|reach out|get in touch|email|ring)',
			'(?:can|could|would|will) (?:your team|your company|your product|your platform|your tool|your software|your solution|your service|you guys|your system) (?:\\S+ ){0,2}?(?:help|handle|support|work for|solve|fix|replace|cover|manage|integrate|scale)|(?:can|could|would|will) you (?:\\S+ ){0,2}?(?:help|handle|support|work for|solve|fix|replace|cover|manage) (?:us|our|a \\d+|an? (?:\\S+ )?(?:company|team|business|firm|manufacturer|clinic|agency|practice|school|hospital|store|retailer))',
			'(?:can|could) you help\\s*\\?|who (?:do|should|can|could|shall) (?:i|we) (?:speak|talk) (?:to|with)|who (?:is|would be) (?:my|our) (?:contact|point of contact)|(?:would|\'d) (?:like|love) (?:a |to have a )?(?:real |quick |short |proper |first )?(?:conversation|call|chat|meeting|discussion|talk)',
			"(?:would (?:like|love|help|be (?:great|good|useful|helpful))|'d (?:like|love)|want|wish|hope|hoping) (?:to (?:have|get|set up|book|schedule|arrange) )?(?:a |an )?(?:\\S+ )?(?:conversation|call|chat|meeting|discussion|session|walkthrough) with (?:one of )?(?:your|you|a|an|someone)",
			"(?:you|your (?:team|company|product|platform|tool|software|solution|service|system|app)) (?:could|can|would|might) (?:\\S+ ){0,2}?(?:help|handle|support|work|solve|fix|replace|cover|manage|integrate|scale|fit)",
			"(?:let'?s|let us) (?:talk|chat|discuss|set up a call)|(?:would like|want|'d like|wish|hope|hoping) to (?:work with you|talk to (?:someone|somebody|a person)|discuss (?:a |an |our |the )?(?:\\S+ )?(?:contract|agreement|deal|license|licence|subscription|rollout|purchase|partnership|project|requirements|needs))",
			'(?:is|would|could|will) (?:this|it|your (?:\\S+ )?(?:product|platform|tool|solution|software|service|system|app)) (?:be )?(?:for us|a (?:good )?fit(?: for us)?|right for us|suitable for us|work for us)',
			'(?:looks like|seems like|is) (?:exactly )?what (?:we|i) (?:need|want|are looking for|have been looking for)|(?:exactly|just) what we(?: are|\'re)? (?:need|looking for)',
			'(?:before|once|so that|so) we (?:can )?(?:sign up|sign|buy|purchase|commit|roll (?:it |this )?out|move forward|go ahead|onboard|subscribe)',
			'(?:our|my) (?:it|security|procurement|finance|legal|ops|operations|engineering|hr|compliance|purchasing) (?:lead|team|department|manager|director|head|people|folks) (?:wants|want|needs|need|asked|requires|require|would like|has to|must)',
			'(?:request(?:ing)?|like|want|need|get|receive) (?:a |an )?(?:callback|call back|consultation|quote|quotation|proposal|price (?:list|sheet)|offer|cost estimate)',
			"(?:what (?:would|will|does|do) (?:it|this|that|your \\S+) cost|how much (?:would|will|does|do|is|are) (?:it|this|that|your|the)|what are (?:your|the) (?:prices|rates|plans|fees|costs|options)|(?:is|would) (?:your|this|the) (?:product|platform|tool|solution|software|service|offering) (?:be )?(?:a (?:good )?fit|right for|work for|suitable|able to|support))",
		].join('|'),
	},
	{
		id: 'buyer.need.en',
		stance: 'buyer',
		signal: 'buying_action',
		strength: 0.6,
		value: { action: 'need' },
		needs: ['need', 'want', 'like', 'require', 'plan', 'looking', 'seeking', 'searching'],
		source:
			"(?:(?:^|[.!?]\\s+)(?:need|needs|looking for|seeking|searching for|want|require) (?:a |an )?(?:new |better |reliable |proper |simple |modern )?(?:partner|tool|platform|solution|system|software|vendor|provider|crm|quote|way|service|replacement|alternative)|(?:we|i|our (?:team|company|firm|business|organi[sz]ation|department|office|school|clinic|hospital|agency|store|startup))(?:'d| would| really| urgently| now| also)? (?:need|needs|want|wants|like|require|requires|are planning|plan|are looking|is looking) (?:to (?:buy|purchase|get|replace|find|implement|roll out|deploy|switch|move|upgrade|license|onboard|automate|change|fix|improve|modernize|modernise|centrali[sz]e|consolidate|streamline|digiti[sz]e)|a (?:new |better |proper |modern )?(?:tool|platform|solution|system|software|vendor|provider|partner|service|crm|product|quote|license|subscription|plan|setup)|\\d+ (?:seats|licenses|licences|users)|(?:something|a way) to))",
	},
	{
		id: 'buyer.pain.en',
		stance: 'buyer',
		signal: 'pain',
		strength: 0.8,
		needs: ['setup', 'system', 'process', 'tool', 'solution', 'vendor', 'provider', 'spreadsheet', 'keep up', 'scale', 'workflow', 'software', 'platform', 'database', 'excel', 'erp', 'crm'],
		source:
			"(?:our|the) (?:current |existing |old |legacy |present |homegrown |home-grown |in-house |own |internal |aging |ageing )*(?:\\S+ )?(?:setup|set-up|system|process|tool|tools|solution|vendor|provider|stack|spreadsheets?|workflow|software|platform|crm|erp|database|excel|way of working)(?: \\S+)? (?:can'?t|cannot|can no longer|doesn'?t|does not|is (?:too|no longer|not)|isn'?t|won'?t|keeps|no longer|struggles|has become|just (?:can'?t|doesn'?t)|is falling|is breaking|is creaking|is holding us back|broke|broke down|is broken|breaks|fell apart|is failing|failed|stopped working|crashes|crashed|keeps crashing|freezes)(?: keep up| scale| cope| handle| work| fit| (?:slow|expensive|manual|clunky|limited|painful|outdated))?",
	},
	{
		id: 'buyer.es',
		stance: 'buyer',
		signal: 'buying_action',
		strength: 0.75,
		value: { action: 'inquiry' },
		needs: ['cuál', 'cual', 'es algo', 'en qué', 'en que', 'pueden', 'podrían', 'puedan', 'puede', 'podría', 'si su', 'cómo su', 'como su', 'recomendación', 'comparativa', 'entre', 'buscamos', 'con quién', 'quién', 'estamos', 'estoy', 'necesit', 'quer', 'quisiér', 'gustar', 'pueden', 'podrían', 'puede', 'podría', 'cotiza', 'presupuesto', 'propuesta', 'nuestr', 'compar', 'evalu'],
		source: [
			'(?:estamos|estoy) (?:buscando|evaluando|comparando|considerando|interesad[oa]s? en|analizando) (?:un|una|varios|varias|algunas|algunos|proveedores|opciones|herramientas|soluciones|su|sus|contratar|comprar|cambiar)',
			'(?:necesitamos|queremos|quisiéramos|nos gustaría|me gustaría|requerimos) (?:un |una |contratar|comprar|adquirir|implementar|cambiar|recibir (?:una|un|información)|hablar con (?:ventas|un asesor|alguien|su equipo)|una cotización|un presupuesto|una propuesta|una demostración)',
			'(?:pueden|podrían|puede|podría|podrían ustedes) (?:enviarnos|mandarnos|contactarnos|llamarnos|ayudarnos|darnos|explicarnos|cotizar|enviarme|llamarme|contactarme|mostrarnos)',
			'(?:solicit\\w+|pedir|pido) (?:una |un )?(?:cotización|presupuesto|propuesta|llamada|reunión|demostración)',
			'(?:comparando|evaluando) (?:varios |algunos |distintos )?(?:proveedores|opciones|herramientas|soluciones|plataformas)',
			'(?:buscamos|necesitamos|queremos) (?:cambiar de|un nuevo|una nueva|reemplazar|sustituir|un|una) ',
			'(?:cuál|cual) (?:sería|seria|es) (?:el )?(?:siguiente|próximo|proximo) paso|(?:es algo en lo que|en qué|en que) (?:nos )?(?:puedan|pueden|podrían|puede|podría) ayudar|(?:nos )?(?:pueden|podrían|puede|podría) ayudar(?:nos)?|(?:si|cómo|como) su (?:solución|herramienta|plataforma|producto|software|sistema) (?:puede|podría|nos)',
			'(?:buscamos|necesitamos|queremos|tenemos que) (?:cambiar|mejorar|modernizar|automatizar|digitalizar|sustituir|reemplazar)|(?:ya )?no (?:da|damos) abasto|ya no (?:funciona|sirve|alcanza|es suficiente)|se nos (?:queda|quedó|ha quedado) (?:corto|pequeño|pequeña)',
			'(?:recomendación|comparativa|propuesta) (?:para|a) (?:la |nuestra )?(?:dirección|gerencia|junta|directiva)|(?:ustedes|su empresa) (?:están|está) entre (?:los|las|nuestras|nuestros)',
			'(?:con quién (?:hablo|puedo hablar|debo hablar|tengo que hablar|me comunico|me pongo en contacto)|quién nos (?:atiende|puede atender|puede ayudar)|quién (?:es|sería) (?:mi|nuestro) (?:contacto|interlocutor))',
		].join('|'),
	},
	{
		id: 'buyer.de',
		stance: 'buyer',
		signal: 'buying_action',
		strength: 0.75,
		value: { action: 'inquiry' },
		needs: ['was', 'welcher', 'wer', 'können', 'könnten', 'ob', 'empfehlung', 'engeren auswahl', 'shortlist', 'short list', 'wer ', 'mit wem', 'an wen', 'wir ', 'ich ', 'können sie', 'könnten sie', 'angebot', 'kostenvoranschlag', 'preisanfrage', 'ausschreibung', 'unser', 'vergleich', 'anbieter'],
		source: [
			'(?:wir suchen|wir sind auf der suche|wir evaluieren|wir vergleichen|wir prüfen|wir interessieren uns|wir benötigen|wir brauchen|wir möchten|wir würden gerne|wir planen|ich interessiere mich|ich suche|ich benötige)(?: \\S+){0,3} (?:eine?n?|ihre?n?|anbieter|lösung|software|tool|plattform|system|angebot|lizenzen|zugänge|beratung|termin|demo|vorführung|informationen|wechsel|umstieg)',
			'(?:können|könnten|würden) sie (?:uns|mir) (?:ein angebot|eine demo|ein demo|eine vorführung|mehr|zurückrufen|kontaktieren|helfen|erklären|preise|informationen|ein gespräch)',
			'(?:angebot anfordern|um ein angebot|kostenvoranschlag|preisanfrage|ausschreibung|rückruf)',
			'(?:was|welcher) wäre (?:der )?(?:nächste|erste) schritt|wer wäre (?:der |die )?(?:richtige|passende) (?:ansprechpartner\\w*|kontakt)|(?:können|könnten) sie uns (?:dabei |hierbei |damit )?(?:helfen|unterstützen)|ob ihre (?:lösung|software|plattform|tool|produkt) (?:\\S+ ){0,3}?(?:ersetzen|abdecken|lösen|leisten)',
			'empfehlung (?:\\S+ ){0,3}?vorlegen|(?:der|die) geschäfts(?:führung|leitung) (?:eine )?empfehlung|in der engeren auswahl|auf unserer (?:short ?list|liste)',
			'wer (?:ist|wäre) (?:mein|unser) (?:ansprechpartner|kontakt)|mit wem (?:kann|soll|muss) ich (?:sprechen|reden)|an wen (?:kann|soll) ich mich wenden',
			'(?:mehrere|verschiedene|einige|drei|zwei) (?:anbieter|lösungen|tools|plattformen|angebote) (?:vergleichen|prüfen|evaluieren|im vergleich)',
		].join('|'),
	},
];

/**
 * A family whose every match starts with one of a few first words runs as a sticky regex at the
 * text's positions where one of those words starts (found by one pass of the literal trie);
 * a family whose match can start anywhere ("\\S+", a line start) keeps a global scan.
 */
/** The families' first words: a field's skeleton is indexed by this table. */
export const STANCE_PATTERNS = new PatternTable();

function anchoredTwin(pattern: RegExp, source: string): AnchoredPattern | null {
	const literals = leadingLiterals(source, false, 1);
	return literals ? new AnchoredPattern(pattern, { kind: 'literals', literals }, { table: STANCE_PATTERNS }) : null;
}

export const STANCE_FAMILIES: readonly StanceFamily[] = SOURCES.map(({ source, ...family }) => {
	const pattern = bounded(source);
	return { ...family, pattern, anchored: anchoredTwin(pattern, source) };
});
