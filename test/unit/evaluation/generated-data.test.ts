/**
 * The generated training corpus, the adversarial suites and the contact-form eval set are
 * committed; these tests rebuild them from their seeded generators and compare byte for byte, so
 * a hand edit of a data file, or a generator change without regenerating, fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { buildAdversarialFiles } from '../../../scripts/data/generate-adversarial';
import { buildContactFormFiles } from '../../../scripts/data/generate-contact-forms';
import { buildTrainingFiles } from '../../../scripts/data/generate-train';
import { REPO_ROOT, toJsonl } from '../../../scripts/data/random';

const ROUTES = ['sales', 'nurture', 'support', 'junk'];

describe.each([
	['training corpus', buildTrainingFiles],
	['adversarial and plain-buyer suites', buildAdversarialFiles],
	['contact-form eval set', buildContactFormFiles],
])('%s', (_label, build) => {
	const files = build();

	it.each([...files.keys()])('%s matches its generator', (path) => {
		expect(readFileSync(join(REPO_ROOT, path), 'utf8')).toBe(toJsonl(files.get(path)!));
	});

	it('has unique, non-empty texts in en, es and de with a known route or kind', () => {
		const malformed = [...files].flatMap(([path, rows]) =>
			(rows as Array<{ text?: string; route?: string; kind?: string; lang?: string }>)
				.filter(
					(row) =>
						!row.text?.trim() ||
						!['en', 'es', 'de'].includes(row.lang ?? '') ||
						(row.kind === undefined && !ROUTES.includes(row.route ?? '')),
				)
				.map((row) => `${path}: ${JSON.stringify(row)}`),
		);
		expect(malformed).toEqual([]);
		const all = [...files.values()].flat().map((row) => JSON.stringify(row));
		expect(new Set(all).size).toBe(all.length);
	});
});
