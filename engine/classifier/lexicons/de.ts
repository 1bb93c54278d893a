import { action, level, phrases } from './phrases';
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
			...action('demo', {
				'(?:eine |die )?(?:demo|produktdemo|vorführung)': 0.85,
			}),
			...action('pricing', {
				'(?:preis|preise|preisliste|kosten|was kostet)': 0.75,
			}),
			...action('quote', {
				'(?:angebot|kostenvoranschlag|ausschreibung)': 0.9,
			}),
			...action('call', {
				'(?:rufen sie (?:mich|uns) an|bitte um rückruf|rückruf|anruf)': 0.95,
			}),
			...action('contact_sales', {
				'(?:vertrieb|mit (?:ihrem|dem) vertrieb sprechen|ansprechpartner im vertrieb)': 0.95,
			}),
			...action('trial', {
				'(?:testversion|kostenlos testen|pilotprojekt)': 0.7,
			}),
			...action('purchase', {
				'(?:bestellung|bestellen|kaufen|lizenzen erwerben|bestellnummer)': 0.85,
			}),
		],
		pain: phrases({
			'(?:manuell|excel-tabellen|tabellen|verlieren|fehleranfällig|zu langsam|skaliert nicht|probleme mit)': 0.75,
		}),
		competitor: phrases({
			'(?:wechseln von|umsteigen von|ablösen|unser vertrag (?:läuft aus|endet|verlängert sich))': 0.9,
		}),
		authority: [
			...level('executive', {
				'(?:geschäftsführer(?:in)?|inhaber(?:in)?|gründer(?:in)?|vorstand|ceo|cto|cfo)': 1,
			}),
			...level('director', {
				'(?:leiter(?:in)?|bereichsleiter(?:in)?|abteilungsleiter(?:in)?|direktor(?:in)?)': 0.8,
			}),
		],
		spam: phrases({
			'(?:suchmaschinenoptimierung|seo|backlinks|gewonnen|gewinnspiel|gratis|klicken sie hier|(?:wurde|wurden|sind|ist) (?:\\S+ ){0,5}?ausgewählt|bearbeitungsgebühr|eintragungsgebühr|auszeichnung (?:erhalten|gewonnen))': 0.9,
		}),
		vendor_pitch: phrases({
			'(?:wir bieten (?:ihnen|an)|unsere dienstleistungen|kooperationsanfrage)': 0.8,
		}),
		job_seeker: phrases({
			'(?:bewerbung|lebenslauf|stellenangebot|praktikum|suche (?:eine )?(?:stelle|arbeit|job))': 0.95,
		}),
		support_request: phrases({
			'(?:funktioniert nicht|kann mich nicht anmelden|passwort|rechnung|rückerstattung|kündigen|kündigung|fehler|doppelt abgebucht|(?:der|ihr|euer) support|support-team|wir nutzen ihre|seit \\S+ nutzen wir)': 0.85,
		}),
		prompt_injection: phrases({
			'(?:ignoriere|vergiss) (?:alle )?(?:vorherigen )?anweisungen': 1,
		}),
		browsing: phrases({
			'(?:nur (?:am )?(?:schauen|stöbern)|kein dringender bedarf|nächstes jahr vielleicht|wissen noch nicht,? ob|(?:kostenlose|kostenlosen) (?:leitfäden|ratgeber|vorlagen|whitepaper|testversion)|newsletter|leitfäden|whitepaper|marktüberblick)': 0.8,
		}),
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
