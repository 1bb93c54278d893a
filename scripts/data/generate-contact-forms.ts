/**
 * Writes data/eval/contact-forms.jsonl: long contact-form leads for evaluation only (never for
 * training), from the paragraph pools in contact-form-grammar.ts.
 *   npx ts-node --transpile-only scripts/data/generate-contact-forms.ts
 * Rows: {"text","route","source","name","company","role","email","lang","path"?}; "path": "hot"
 * marks a lead with budget, timeline and a decision maker, which must never be lost.
 */
import { FORM_SHAPES, FORM_SLOTS, type FormKind, PEOPLE, ROLES, ROUTE_OF } from './contact-form-grammar';
import { expand, tidy } from './grammar';
import { type GeneratedFiles, seededRandom, writeGenerated } from './random';
import type { Lang } from './train-grammar';

const COUNTS: Record<FormKind, number> = { hot: 30, warm: 40, nurture: 40, support: 40, pitch: 22, applicant: 16, spam: 12 };
const GREETINGS: Record<Lang, readonly string[]> = { en: ['Hello,', 'Hi there,', 'Good afternoon,', 'Dear team,', ''], es: ['Hola:', 'Buenos días,', ''], de: ['Guten Tag,', 'Hallo,', ''] };
const CLOSINGS: Record<Lang, readonly string[]> = { en: ['Best regards', 'Many thanks', 'Kind regards', 'Thanks'], es: ['Un saludo', 'Gracias'], de: ['Viele Grüße', 'Mit freundlichen Grüßen'] };

/** The contact-form eval set, by repository-relative path. */
export function buildContactFormFiles(): GeneratedFiles {
	const random = seededRandom('intent-funnel/contact-forms/v1');
	const rows: object[] = [];
	const seen = new Set<string>();
	for (const kind of Object.keys(COUNTS) as FormKind[]) {
		let made = 0;
		for (let attempt = 0; made < COUNTS[kind] && attempt < COUNTS[kind] * 30; attempt++) {
			const lang: Lang = random.pick(['en', 'en', 'en', 'en', 'en', 'es', 'de'] as const);
			const paragraphs = random.pick(FORM_SHAPES[kind]).map((paragraph) => tidy(expand(paragraph, FORM_SLOTS[lang], random)));
			const person = random.pick(PEOPLE[lang]);
			const text = [random.pick(GREETINGS[lang]), ...paragraphs, `${random.pick(CLOSINGS[lang])},\n${person.name}`].filter(Boolean).join('\n\n');
			if (seen.has(text)) continue;
			seen.add(text);
			made++;
			const vendor = kind === 'pitch' || kind === 'spam';
			rows.push({
				text,
				route: ROUTE_OF[kind],
				source: `contact-forms:${kind}#${lang}`,
				name: person.name,
				company: vendor ? random.pick(['Peak Growth Media', 'NearCode Talent', 'B2B Data Direct', 'Global Business Registry']) : kind === 'applicant' ? '' : person.company,
				role: random.pick(ROLES[kind]),
				email: vendor ? `${person.name.split(' ')[0].toLowerCase()}@${random.pick(['peakgrowth.io', 'nearcode.dev', 'b2bdatadirect.net', 'gmail.com'])}` : `${person.name.split(' ')[0].toLowerCase()}@${kind === 'applicant' ? 'gmail.com' : person.domain}`,
				lang,
				...(kind === 'hot' ? { path: 'hot' } : {}),
			});
		}
	}
	return new Map([['data/eval/contact-forms.jsonl', rows]]);
}

if (require.main === module) writeGenerated(buildContactFormFiles());
