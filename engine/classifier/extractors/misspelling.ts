import type { Signal } from '../../contract';
import { makeSignal } from './signal';

/** Words of letters; a misspelling is one edit from a keyword. */
const WORD = /[\p{L}]+/gu;

/** Common misspellings of the strongest buying words ("deno", "sall", "pricng"). */
const FUZZY_KEYWORDS: Record<string, string> = {
	demo: 'demo',
	sales: 'contact_sales',
	sale: 'contact_sales',
	quote: 'quote',
	pricing: 'pricing',
	price: 'pricing',
};
/** Real words one edit away from a keyword: never read as a misspelling. */
const REAL_WORDS = new Set([
	'demi',
	'deep',
	'quite',
	'quota',
	'quotes',
	'sole',
	'safe',
	'sage',
	'sake',
	'same',
	'sane',
	'salt',
	'scale',
	'stale',
	'shale',
	'pale',
	'sales',
	'sale',
	'demo',
	'demos',
	'pride',
	'prize',
	'prince',
	'prime',
	'spice',
	'slice',
	'pricey',
	'priced',
	'prices',
	'pricing',
	'price',
	'quote',
	'quoted',
	'salad',
	'valid',
	'said',
	'seal',
	'saw',
	'sal',
	'save',
	'sally',
	'solve',
	'salsa',
	'sails',
	'sell',
	'sells',
	'dem',
	'deo',
	'memo',
	'dame',
	'dime',
	'dome',
	'dumb',
	'deal',
	'deals',
	'drum',
	'derm',
	'dept',
	'pricking',
	'quotas',
	// Words of other languages and slang one edit from a keyword: Spanish "dejo", "debo", "sala",
	// "sabe", "salí", "salen"; Swiss German greetings "Sali", "Salü"; "for goodness' sakes", "defo".
	'dejo',
	'deja',
	'debo',
	'dele',
	'deme',
	'sala',
	'salas',
	'sabe',
	'sabes',
	'sali',
	'salí',
	'salen',
	'salü',
	'salut',
	'salz',
	'sable',
	'salve',
	'sakes',
	'saves',
	'scales',
	'soles',
	'sade',
	'defo',
	'prise',
	'prace',
]);

function withinOneEdit(a: string, b: string): boolean {
	if (Math.abs(a.length - b.length) > 1) return false;
	let i = 0;
	let j = 0;
	let edits = 0;
	while (i < a.length && j < b.length) {
		if (a[i] === b[j]) {
			i++;
			j++;
			continue;
		}
		if (++edits > 1) return false;
		if (a.length > b.length) i++;
		else if (a.length < b.length) j++;
		else if (a[i + 1] === b[j] && a[i] === b[j + 1]) {
			// transposition
			i += 2;
			j += 2;
		} else {
			i++;
			j++;
		}
	}
	return edits + (a.length - i) + (b.length - j) <= 1;
}

export function extractMisspelledBuyingWords(text: string): Signal[] {
	const signals: Signal[] = [];
	WORD.lastIndex = 0;
	let match: RegExpExecArray | null;
	while ((match = WORD.exec(text)) !== null) {
		const word = match[0].toLowerCase();
		if (word.length < 4 || word.length > 8 || REAL_WORDS.has(word)) continue;
		for (const [keyword, action] of Object.entries(FUZZY_KEYWORDS)) {
			if (word[0] === keyword[0] && withinOneEdit(word, keyword)) {
				signals.push(
					makeSignal(
						'buying_action',
						0.7,
						{ action, misspelled: keyword },
						text,
						match.index,
						match.index + match[0].length,
						'text',
						'en',
					),
				);
				break;
			}
		}
	}
	return signals;
}
