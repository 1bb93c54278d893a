/**
 * Whether the writer speaks for an organisation ("the big washer at our hotel", "Spa hotel on
 * Gotland.", "tengo una clínica veterinaria", "Destillerie im Salzburger Land, ..."). A message
 * with no buying words and no other evidence, from someone who speaks for an organisation, is
 * more often a plain buyer than chat: blind rounds of writers nobody tuned on dropped such buyers
 * to junk with near-certain confidence. The decision then says so and a person looks.
 */

/** Organisations that buy services, in English, Spanish and German. */
const ORGANISATIONS = [
	'hotel',
	'hotels',
	'hostel',
	'spa',
	'estate',
	'school',
	'academy',
	'clinic',
	'practice',
	'surgery',
	'hospital',
	'dairy',
	'brewery',
	'winery',
	'distillery',
	'restaurant',
	'café',
	'cafe',
	'bakery',
	'gym',
	'farm',
	'factory',
	'warehouse',
	'mill',
	'store',
	'shop',
	'office',
	'offices',
	'apartment block',
	'residents association',
	'housing cooperative',
	'cooperative',
	'kindergarten',
	'nursery',
	'care home',
	'church',
	'parish',
	'council',
	'municipality',
	'escuela',
	'colegio',
	'clínica',
	'clinica',
	'finca',
	'granja',
	'bodega',
	'restaurante',
	'panadería',
	'fábrica',
	'almacén',
	'tienda',
	'oficina',
	'srl',
	'pyme',
	'gasthaus',
	'bäckerei',
	'fabrik',
	'büro',
	'wohnanlage',
	'hausverwaltung',
	'gemeinde',
	'kita',
	'einkauf',
	'grocery',
	'deli',
	'parlour',
	'parlor',
	'taproom',
	'salon',
	'pharmacy',
	'company',
	'business',
	'startup',
	'empresa',
	'negocio',
	'emprendimiento',
	'marca',
	'firma',
	'betrieb',
	'outfit',
	'fleet',
	'firm',
	'committee',
	'association',
	'society',
	'biergarten',
	'autohaus',
	'pfarre',
	'coworking',
	'group practice',
	'parish council',
	'town council',
	'city council',
	'district council',
	'county council',
	'village hall',
	'sports club',
	'choir',
	'orchestra',
	'coro',
	'orquesta',
	'chor',
	'community centre',
	'exporter',
	'importer',
	'grower',
	'producer',
	'manufacturer',
	'procurement',
	'purchasing',
	'center',
	'centre',
	'department',
	'college',
	'charity',
	'foundation',
	'nonprofit',
	'non-profit',
	'lab',
	'laboratory',
	'studio',
	'credit union',
	'dealership',
	'franchise',
	'museum',
	'library',
	'venue',
	'marina',
	'hospice',
	'utility',
	'school district',
	'port authority',
	'transit authority',
	'housing authority',
	'dispatch center',
	'dispatch centre',
];
/** German compounds end in the organisation ("Gasthausbrauerei", "Seehotel", "Zahnarztpraxis"). */
const GERMAN_COMPOUND_ENDINGS = [
	'destillerie',
	'weingut',
	'klinik',
	'praxis',
	'schule',
	'hotel',
	'werkstatt',
	'pflege',
	'pflegedienst',
	'rettungsdienst',
	'heim',
	'studio',
	// Crafts and trades: Tischlerei, Druckerei, Gärtnerei, Wäscherei.
	'erei',
	// Also whole words: the part before the ending may be empty ('club', 'Verein').
	'club',
	'verein',
	'zentrum',
	'zentren',
	'kanzlei',
	'stadtwerke',
];
const ORGANISATION = `(?:${ORGANISATIONS.join('|')}|[\\p{L}-]*(?:${GERMAN_COMPOUND_ENDINGS.join('|')}))`;
/**
 * One organisation or several, where the writer claims them as their own ("we run four care homes",
 * "wir betreiben vier Pflegeheime", "our clinics"); elsewhere a plural names none ("Any good
 * restaurants nearby?").
 */
const OWN_ORGANISATIONS = `(?:(?:${ORGANISATIONS.join('|')})(?:s|es)?|[\\p{L}-]*(?:${GERMAN_COMPOUND_ENDINGS.join('|')})(?:e|en|n|s)?)`;
const END = '(?![\\p{L}\\p{N}])';
/** "our hotel", "unsere Wohnanlage", "tengo una clínica", "we're a small family winery". */
const OWN = new RegExp(
	`(?<![\\p{L}])(?:our|my|unser|unsere|unseren|unserer|unserem|nuestro|nuestra|mi|tengo una?|tenemos una?|we'?re an?|we are an?|i run an?|i own an?|we (?:run|operate|own|manage)|wir (?:betreiben|führen)|operamos|gestionamos|as an?|als(?! (?:ich|wir|er|sie|es|du|ihr|man|das|die|der|dann|ob|wenn|mein|meine|unser|unsere)(?![\\p{L}]))|i have(?: an?)?|i am (?:the )?owner of(?: an?| the)?|i'?m (?:the )?owner of(?: an?| the)?|wir sind eine?|somos una?|mia san (?:a|an|e|ein)|mir sind (?:en|e|es|ä|ein)|mir h[äe]nd (?:en|e|es|ä|ein)|soy (?:\\S+\\s+){1,5}?en (?:un|una|el|la))\\s+(?:\\S+\\s+){0,3}?${OWN_ORGANISATIONS}${END}`,
	'iu',
);
/**
 * An opening that names the organisation: "Spa hotel on Gotland.", "Destillerie im Salzburger Land,",
 * with its own name after it ("Autohaus Hinterberger, Rosenheim", "Pfarre St. Leonhard –"), or asked
 * about in one more word ("Wasserspender fürs Fitnessstudio möglich?"; not "is rasa a studio?").
 */
const OPENER = new RegExp(
	`^(?:(?:hi|hello|hey|hallo|hola|servus|grüß gott|griaß gott|guten tag|buenas|buen día|good morning|morning)[,!.]*\\s+)?(?:\\S+\\s+){0,2}?(?<!(?<![\\p{L}])(?:in|at|to|from|en|al)\\s)${ORGANISATION}(?:\\s+(?:here|hier|aquí|in|im|on|en|de|aus|from|bei)${END}|(?:\\s+[^\\s,.:;?!]+)?\\s*[,.:;—–-]|\\s+[^\\s,.:;?!]+\\s*[?!])`,
	'iu',
);
/** A practitioner speaks for their practice ("I'm a podiatrist in Lubbock", "soy odontóloga en Miami"). */
const PRACTITIONER = new RegExp(
	`(?<![\\p{L}])(?:i'?m|i am|im|soy|ich bin) (?:an? |una? |eine? )?(?:\\S+\\s+)?(?:podiatrist|dentist|orthodontist|physician|doctor|chiropractor|physiotherapist|physical therapist|optometrist|veterinarian|vet|pharmacist|psychologist|therapist|lawyer|attorney|accountant|architect|dentista|odontólog[oa]|médic[oa]|doctora?|fisioterapeuta|veterinari[oa]|abogad[oa]|contador[a]?|arquitect[oa]|zahnarzt|zahnärztin|tierarzt|tierärztin|physiotherapeut\\S*|steuerberater\\S*|anwalt|anwältin|architekt\\S*)(?:\\s+(?:in|at|en|de|aus|in der|con)${END}|\\s*[,.;—–-])`,
	'iu',
);
/**
 * Something needed or priced for a place of business ("suche tränken für den hof, so 12 stück",
 * "was kosten stehtische fürs büro", "necesito una nevera industrial para el bar"): a buyer's ask in
 * a chatty register (red-team wave 17).
 */
const NEEDED_FOR_THE_PLACE = new RegExp(
	`(?<![\\p{L}])(?:need|needs|order|ordering|looking for|want|suche|suchen|brauche|brauchen|bestellen|was kostet|was kosten|necesito|necesitamos|busco|buscamos|quiero|queremos|cuánto cuesta|cuánto cuestan)(?:\\s+\\S+){0,6}?\\s+(?:for (?:the|our)|fürs|für (?:den|die|das|unser|unsere|unseren)|para (?:el|la|nuestro|nuestra|mi))\\s+(?:\\S+\\s+)?(?:${ORGANISATION}|bar|hof|local|obra|taller)${END}`,
	'iu',
);
/** How much of a message is read for it: an organisation is named near the start. */
const READ_CHARS = 400;

/**
 * In a chatty register a place is named as often as an organisation is spoken for: "at the gym
 * already", "Papa the school called", "my office" are where someone is, not whom they speak for.
 */
const MY_PLACE = /^(?:my|mi|mein|meine|meinem|meiner|i have)\s/iu;
const PLACE_WORDS =
	/(?<![\p{L}])(?:the|my|your|his|her|their|at|to|la|el|mi|tu|der|die|das|dem|den|mein|meine|zum|zur)\s/iu;

/**
 * The words in which the writer names the organisation they speak for; null when none. With
 * `chatty`, for a message in a personal register, only a claim ("our dental office", "we're a
 * youth orchestra", "Small winery in ...") counts, not a place named ("at the gym").
 */
export function organisationSpokenFor(text: string, chatty = false): string | null {
	const start = text.slice(0, READ_CHARS);
	const own = OWN.exec(start);
	if (own && !(chatty && MY_PLACE.test(own[0].trim()))) return own[0].trim();
	const opener = OPENER.exec(start);
	if (opener && !(chatty && PLACE_WORDS.test(opener[0]))) return opener[0].trim();
	const practitioner = PRACTITIONER.exec(start);
	if (practitioner) return practitioner[0].trim();
	return NEEDED_FOR_THE_PLACE.exec(start)?.[0].trim() ?? null;
}
