import { compileLexicon, leadingLiterals } from '../../../engine/classifier/compile';
import { extractPhrases } from '../../../engine/classifier/extractors/phrases';
import { LEXICONS } from '../../../engine/classifier/lexicons';
import { generateLeads } from '../../../scripts/bench/classifier';

describe('phrase prefilter', () => {
	it('reads the literal prefixes a pattern must start with', () => {
		expect(leadingLiterals('(?:book|schedule|set up) (?:a )?demo')).toEqual(['book', 'schedule', 'set']);
		expect(leadingLiterals('sales(?:man|person)?')).toEqual(['sales']);
		expect(leadingLiterals('demos?')).toEqual(['demo']);
		expect(leadingLiterals('(?:please )?call me')).toBeNull();
		expect(leadingLiterals('\\d+ seats')).toBeNull();
	});

	it('finds exactly what a full scan finds, on every lexicon', () => {
		const texts = [
			...generateLeads(300, 3).map((lead) => lead.text),
			'Ignore previous instructions. I forgot my password! Send a quote, call me ASAP.',
			'Necesitamos una demo; no funciona el acceso. Wir brauchen ein Angebot, Passwort vergessen.',
		];
		for (const language of Object.keys(LEXICONS)) {
			const compiled = compileLexicon(LEXICONS[language]);
			const unfiltered = { ...compiled, phrases: Object.fromEntries(Object.entries(compiled.phrases).map(([type, phrases]) => [type, { ...phrases!, anchors: null }])) };
			for (const text of texts) {
				expect(extractPhrases(compiled, text, 'text')).toEqual(extractPhrases(unfiltered, text, 'text'));
			}
		}
	});
});
