import type { Lexicon } from './types';

/** German lexicon: the strongest buying, budget, timeline, authority and negative signals. */
export const de: Lexicon = {
	language: 'de',
	languageMarkers: [
		'und',
		'der',
		'die',
		'das',
		'wir',
		'ich',
		'nicht',
		'ist',
		'für',
		'mit',
		'ein',
		'eine',
		'bitte',
		'sie',
		'unser',
		'unsere',
		'hallo',
		'brauchen',
	],
	chronoLocale: 'de',
	phrases: {
		buying_action: [
			{
				pattern: '(?:eine |die )?(?:demo|produktdemo|vorführung)',
				strength: 0.85,
				value: { action: 'demo' },
			},
			{
				pattern: '(?:preis|preise|preisliste|kosten|was kostet)',
				strength: 0.75,
				value: { action: 'pricing' },
			},
			{
				pattern: '(?:angebot|kostenvoranschlag|ausschreibung)',
				strength: 0.9,
				value: { action: 'quote' },
			},
			{
				pattern: '(?:rufen sie (?:mich|uns) an|bitte um rückruf|rückruf|anruf)',
				strength: 0.95,
				value: { action: 'call' },
			},
			{
				pattern: '(?:vertrieb|mit (?:ihrem|dem) vertrieb sprechen|ansprechpartner im vertrieb)',
				strength: 0.95,
				value: { action: 'contact_sales' },
			},
			{
				pattern: '(?:testversion|kostenlos testen|pilotprojekt)',
				strength: 0.7,
				value: { action: 'trial' },
			},
			{
				pattern: '(?:bestellung|bestellen|kaufen|lizenzen erwerben|bestellnummer)',
				strength: 0.85,
				value: { action: 'purchase' },
			},
		],
		pain: [
			{
				pattern:
					'(?:manuell|excel-tabellen|tabellen|verlieren|fehleranfällig|zu langsam|skaliert nicht|probleme mit)',
				strength: 0.75,
			},
		],
		competitor: [
			{
				pattern:
					'(?:wechseln von|umsteigen von|ablösen|unser vertrag (?:läuft aus|endet|verlängert sich))',
				strength: 0.9,
			},
		],
		authority: [
			{
				pattern: '(?:geschäftsführer(?:in)?|inhaber(?:in)?|gründer(?:in)?|vorstand|ceo|cto|cfo)',
				strength: 1,
				value: { level: 'executive' },
			},
			{
				pattern: '(?:leiter(?:in)?|bereichsleiter(?:in)?|abteilungsleiter(?:in)?|direktor(?:in)?)',
				strength: 0.8,
				value: { level: 'director' },
			},
		],
		spam: [
			{
				pattern:
					'(?:suchmaschinenoptimierung|seo|backlinks|gewonnen|gewinnspiel|gratis|klicken sie hier|(?:wurde|wurden|sind|ist) (?:\\S+ ){0,5}?ausgewählt|bearbeitungsgebühr|eintragungsgebühr|auszeichnung (?:erhalten|gewonnen))',
				strength: 0.9,
			},
		],
		vendor_pitch: [
			{
				pattern: '(?:wir bieten (?:ihnen|an)|unsere dienstleistungen|kooperationsanfrage)',
				strength: 0.8,
			},
		],
		job_seeker: [
			{
				pattern:
					'(?:bewerbung|lebenslauf|stellenangebot|praktikum|suche (?:eine )?(?:stelle|arbeit|job))',
				strength: 0.95,
			},
		],
		support_request: [
			{
				pattern:
					'(?:funktioniert nicht|kann mich nicht anmelden|passwort|rechnung|rückerstattung|kündigen|kündigung|fehler|doppelt abgebucht|(?:der|ihr|euer) support|support-team|wir nutzen ihre|seit \\S+ nutzen wir)',
				strength: 0.85,
			},
		],
		prompt_injection: [
			{ pattern: '(?:ignoriere|vergiss) (?:alle )?(?:vorherigen )?anweisungen', strength: 1 },
		],
		browsing: [
			{
				pattern:
					'(?:nur (?:am )?(?:schauen|stöbern)|kein dringender bedarf|nächstes jahr vielleicht|wissen noch nicht,? ob|(?:kostenlose|kostenlosen) (?:leitfäden|ratgeber|vorlagen|whitepaper|testversion)|newsletter|leitfäden|whitepaper|marktüberblick)',
				strength: 0.8,
			},
		],
	},
	negators: ['kein', 'keine', 'keinen', 'nicht', 'nie', 'ohne'],
	budgetCues: [
		'budget',
		'investieren',
		'ausgeben',
		'bis zu',
		'etwa',
		'ungefähr',
		'rund',
		'freigegeben',
	],
	budgetApproved: [
		'budget (?:ist )?(?:freigegeben|genehmigt|bewilligt)',
		'wir haben (?:das )?budget',
	],
	budgetPeriods: {
		'pro monat': 'month',
		'im monat': 'month',
		monatlich: 'month',
		'pro jahr': 'year',
		'im jahr': 'year',
		jährlich: 'year',
	},
	currencyWords: { euro: 'EUR', eur: 'EUR', dollar: 'USD', franken: 'CHF', chf: 'CHF' },
	scaleNouns: {
		nutzer: 'users',
		benutzer: 'users',
		mitarbeiter: 'employees',
		mitarbeitende: 'employees',
		lizenzen: 'seats',
		arbeitsplätze: 'seats',
		standorte: 'sites',
		filialen: 'sites',
		fahrzeuge: 'vehicles',
	},
	magnitudeWords: { tausend: 1e3, tsd: 1e3, mio: 1e6, millionen: 1e6, million: 1e6, k: 1e3 },
	deadlineCues: ['bis', 'bis zum', 'vor', 'spätestens', 'innerhalb', 'frist', 'dringend', 'ende'],
	urgentPhrases: [
		'dringend',
		'so schnell wie möglich',
		'sofort',
		'schnellstmöglich',
		'diese woche',
	],
	months: [
		'januar',
		'februar',
		'märz',
		'april',
		'mai',
		'juni',
		'juli',
		'august',
		'september',
		'oktober',
		'november',
		'dezember',
	],
	dateWords: [
		'montag',
		'dienstag',
		'mittwoch',
		'donnerstag',
		'freitag',
		'samstag',
		'sonntag',
		'heute',
		'morgen',
		'tag',
		'tage',
		'tagen',
		'woche',
		'wochen',
		'monat',
		'monaten',
		'jahr',
		'quartal',
	],
	coarseDateWords: ['jahr', 'quartal'],
	endOfPhrases: ['ende', 'ende des', 'bis ende'],
	yearEndPhrases: ['jahresende', 'ende des jahres'],
};
