import { readFileSync } from 'fs';
import { join } from 'path';

import { LEXICONS, LexiconError, loadLexicon } from '../../../engine/classifier/lexicons';

const LEXICON_DIR = join(__dirname, '../../../engine/classifier/lexicons');
const readLexicon = (language: string): Record<string, unknown> =>
	JSON.parse(readFileSync(join(LEXICON_DIR, `${language}.json`), 'utf8'));

/** The English file with one change, so each test shows what a single mistake reports. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each test breaks the parsed JSON in a way the types forbid
function englishWith(edit: (file: any) => void): Record<string, unknown> {
	const file = readLexicon('en');
	edit(file);
	return file;
}
const loadError = (file: Record<string, unknown>): string => {
	try {
		loadLexicon('en.json', file);
	} catch (error) {
		expect(error).toBeInstanceOf(LexiconError);
		return (error as Error).message;
	}
	throw new Error('the lexicon loaded although it is broken');
};

describe('lexicon files', () => {
	it('loads every shipped file into the lexicon the engine reads, without the file-only "about"', () => {
		for (const language of ['en', 'es', 'de']) {
			const file = readLexicon(language);
			const lexicon = loadLexicon(`${language}.json`, file);
			expect(lexicon).toEqual(LEXICONS[language]);
			expect(lexicon).not.toHaveProperty('about');
			expect(typeof file.about).toBe('string');
		}
	});

	it('gives every phrase of a group the group value, each its own copy', () => {
		const demo = LEXICONS.en.phrases.buying_action!.filter(
			(entry) => entry.value?.action === 'demo',
		);
		expect(demo.length).toBeGreaterThan(1);
		expect(demo[0].value).toEqual({ action: 'demo' });
		expect(demo[0].value).not.toBe(demo[1].value);
	});

	it('keeps the order of groups and patterns', () => {
		const file = englishWith((f) => {
			f.phrases = {
				pain: [
					{ patterns: { zeta: 0.5, alpha: 0.25 } },
					{ value: { tag: 'x' }, patterns: { beta: 1 } },
				],
			};
		});
		expect(loadLexicon('en.json', file).phrases.pain).toEqual([
			{ pattern: 'zeta', strength: 0.5 },
			{ pattern: 'alpha', strength: 0.25 },
			{ pattern: 'beta', strength: 1, value: { tag: 'x' } },
		]);
	});

	it('names the file and the pattern when a strength is outside 0-1', () => {
		const message = loadError(
			englishWith((f) => {
				f.phrases.pain[0].patterns['too strong'] = 1.5;
			}),
		);
		expect(message).toBe(
			'Lexicon en.json: phrases.pain[0].patterns["too strong"]: strength must be a number from 0 to 1, got 1.5',
		);
	});

	it.each([[-0.1], ['0.8'], [null]])('rejects the strength %p', (strength) => {
		const message = loadError(
			englishWith((f) => {
				f.phrases.pain[0].patterns.bad = strength;
			}),
		);
		expect(message).toContain(
			'phrases.pain[0].patterns["bad"]: strength must be a number from 0 to 1',
		);
	});

	it('names an unknown signal type and where the known ones live', () => {
		const message = loadError(
			englishWith((f) => {
				f.phrases.buying_intent = [{ patterns: { 'buy now': 1 } }];
			}),
		);
		expect(message).toBe(
			'Lexicon en.json: phrases.buying_intent: unknown signal type (not in engine/signals.ts SIGNAL_REGISTRY)',
		);
	});

	it('names a regular expression that does not compile, with the reason', () => {
		const message = loadError(
			englishWith((f) => {
				f.phrases.pain[0].patterns['(?:unclosed group'] = 0.5;
			}),
		);
		expect(message).toMatch(
			/^Lexicon en\.json: phrases\.pain\[0\]\.patterns\["\(\?:unclosed group"\]: the regular expression does not compile \(.*Unterminated group.*\)$/,
		);
	});

	it('compiles non-ASCII patterns with the Unicode flag, as the engine does', () => {
		// Valid without the flag (an identity escape), invalid with it.
		const message = loadError(
			englishWith((f) => {
				f.phrases.pain[0].patterns['r\\ückruf'] = 0.5;
			}),
		);
		expect(message).toContain('the regular expression does not compile');
	});

	it('rejects a phrase group that is not a pattern table, and a value that is not an object', () => {
		expect(
			loadError(
				englishWith((f) => {
					f.phrases.pain = [['manual', 0.7]];
				}),
			),
		).toContain('phrases.pain[0]: expected { "patterns"');
		expect(
			loadError(
				englishWith((f) => {
					f.phrases.pain = { patterns: {} };
				}),
			),
		).toBe('Lexicon en.json: phrases.pain: expected a list of groups, got an object');
		expect(
			loadError(
				englishWith((f) => {
					f.phrases.authority[0].value = 'executive';
				}),
			),
		).toBe('Lexicon en.json: phrases.authority[0].value: expected an object, got a string');
	});

	it('checks the word lists and tables: types, allowed values, missing and unknown fields', () => {
		expect(loadError(englishWith((f) => f.negators.push(7)))).toMatch(
			/^Lexicon en\.json: negators\[\d+\]: expected a string, got a number$/,
		);
		expect(loadError(englishWith((f) => (f.budgetPeriods.fortnightly = 'fortnight')))).toBe(
			'Lexicon en.json: budgetPeriods["fortnightly"]: expected one of month, year, quarter, week, got "fortnight"',
		);
		expect(loadError(englishWith((f) => (f.chronoLocale = 'fr')))).toBe(
			'Lexicon en.json: chronoLocale: expected one of en, es, de, got "fr"',
		);
		expect(loadError(englishWith((f) => delete f.months))).toBe('Lexicon en.json: months: missing');
		expect(loadError(englishWith((f) => (f.monthNames = [])))).toBe(
			'Lexicon en.json: monthNames: unknown field',
		);
		expect(loadError(englishWith((f) => (f.magnitudeWords.k = 'thousand')))).toBe(
			'Lexicon en.json: magnitudeWords["k"]: expected a number, got a string',
		);
	});
});
