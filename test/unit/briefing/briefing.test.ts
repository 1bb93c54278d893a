import {
	buildBriefing,
	briefWithModel,
	chooseFirstQuestion,
	DEFAULT_TEMPLATES,
	fillTemplate,
	fitOneSegment,
	smsLength,
} from '../../../engine/briefing';
import { classifyLead } from '../../../engine/classifier';
import type { LeadFields, RoutingResult } from '../../../engine/contract';
import type { ChatInvoke } from '../../../engine/llm';
import { properties } from '../../../nodes/IntentBriefing/description';

const DANA: LeadFields = {
	name: 'Dana Reyes',
	company: 'Acme Logistics',
	role: 'VP Operations',
	text: 'Our dispatch spreadsheets break every Monday. We need this live by 2027-03-31 and have $60k/year approved. Are you switching-friendly? We are moving away from our old TMS.',
	submittedAt: '2026-11-25T15:00:00Z',
};
const brief = (lead: LeadFields, routing?: RoutingResult) =>
	buildBriefing({ intent: classifyLead(lead), lead, routing });

describe('template briefing', () => {
	it("writes the why in the lead's own words, with a deadline and a first question", () => {
		const briefing = brief(DANA);
		expect(briefing.text).toBe(
			"Lead Dana Reyes (Acme Logistics, VP Operations) is high-intent because they mentioned 'our dispatch spreadsheets break every Monday', a deadline of 2027-03-31 and a budget of USD 60,000 per year. Suggested first question: " +
				briefing.firstQuestion,
		);
		expect(briefing.firstQuestion).toBe(
			'You mentioned "by 2027-03-31": what has to be in place by 2027-03-31 for that date to hold?',
		);
		expect(briefing.mode).toBe('template');
	});

	it('invents nothing: no budget, no name, no "undefined"', () => {
		const briefing = brief({ text: 'Could you send pricing for 40 seats?' });
		for (const format of [
			briefing.text,
			briefing.sms,
			briefing.crmNote,
			briefing.html,
			JSON.stringify(briefing.slackBlocks),
		]) {
			expect(format).not.toMatch(/undefined|null|budget|deadline of/i);
		}
		expect(briefing.text).toMatch(
			/^Lead This lead is showing buying intent because they mentioned 'pricing' and '40 seats'/,
		);
	});

	it('chooses the first question from the strongest signal in order deadline, competitor, budget, pain, scale', () => {
		const intent = classifyLead({
			text: 'We are switching from Salesforce, our spreadsheets break daily, budget $10k, 200 users',
		});
		expect(chooseFirstQuestion(intent.signals)).toMatch(
			/^You mentioned "switching from": what is driving the change/,
		);
		expect(chooseFirstQuestion([])).toBe('What prompted you to reach out today?');
	});

	it('fits the SMS in one GSM-7 segment, dropping the least important parts', () => {
		const briefing = brief(DANA, { rep: { id: 'ana', name: 'Ana Closer' } } as RoutingResult);
		expect(smsLength(briefing.sms)).toEqual({
			encoding: 'GSM-7',
			units: expect.any(Number),
			segments: 1,
		});
		expect(briefing.smsSegments).toBe(1);
		expect(briefing.sms.startsWith('Hot lead: Dana Reyes (Acme Logistics, VP Operations).')).toBe(
			true,
		);
	});

	it('counts GSM-7 extension characters twice and switches to UCS-2 for other characters', () => {
		expect(smsLength('€'.repeat(80))).toEqual({ encoding: 'GSM-7', units: 160, segments: 1 });
		expect(smsLength('€'.repeat(81)).segments).toBe(2);
		expect(smsLength('Zoë 👋')).toMatchObject({ encoding: 'UCS-2', segments: 1 });
		expect(smsLength('ü'.repeat(161))).toMatchObject({ encoding: 'GSM-7', segments: 2 });
		expect(smsLength('日'.repeat(71))).toMatchObject({ encoding: 'UCS-2', segments: 2 });
		expect(fitOneSegment(['x'.repeat(200)])).toMatch(/^x{157}\.\.\.$/);
	});

	it('builds valid Slack Block Kit with escaped text', () => {
		const lead = { ...DANA, company: 'R&D <Labs>' };
		const blocks = brief(lead).slackBlocks as Array<{
			type: string;
			text?: { type: string; text: string };
			fields?: unknown[];
		}>;
		expect(blocks.map((block) => block.type)).toEqual([
			'header',
			'section',
			'section',
			'section',
			'context',
		]);
		expect(blocks[0].text!.type).toBe('plain_text');
		expect(blocks[0].text!.text.length).toBeLessThanOrEqual(150);
		expect(blocks[1].text!.text).toContain('R&amp;D ‹Labs›');
		expect((blocks[2].fields as unknown[]).length).toBeLessThanOrEqual(10);
	});

	it('escapes HTML and writes a markdown CRM note', () => {
		const briefing = brief({ ...DANA, name: '<script>alert(1)</script>' });
		expect(briefing.html).not.toContain('<script>');
		expect(briefing.html).toContain('&lt;script&gt;');
		expect(briefing.crmNote).toMatch(/^\*\*Hot lead\*\* \(score \d+, confidence [\d.]+\)/);
		expect(briefing.crmNote).toContain('- pain: "spreadsheets break"');
	});

	it('fills user templates and drops empty placeholders cleanly', () => {
		expect(
			fillTemplate('Hi {{name}} ({{company}}), rep {{rep}}.', {
				name: 'Ann',
				company: '',
				rep: '',
			}),
		).toBe('Hi Ann, rep.');
		const briefing = buildBriefing(
			{ intent: classifyLead(DANA), lead: DANA },
			{ templates: { text: '{{pathLabel}}: {{name}} wants it by {{deadline}}; {{budget}}.' } },
		);
		expect(briefing.text).toBe(
			'Hot: Dana Reyes wants it by 2027-03-31; a budget of USD 60,000 per year.',
		);
	});

	it('the node defaults equal the engine defaults', () => {
		const defaults = Object.fromEntries(
			properties.map((property) => [property.name, property.default]),
		);
		expect(defaults.textTemplate).toBe(DEFAULT_TEMPLATES.text);
		expect(defaults.smsTemplate).toBe(DEFAULT_TEMPLATES.sms.join('\n'));
	});
});

describe('model briefing', () => {
	const input = { intent: classifyLead(DANA), lead: DANA };
	const answering =
		(content: string): ChatInvoke =>
		async () =>
			content;

	it('keeps claims whose quotes are in the lead and removes the others', async () => {
		const briefing = await briefWithModel(
			input,
			answering(
				JSON.stringify({
					claims: [
						{
							text: 'Their dispatch process breaks weekly',
							quote: 'dispatch spreadsheets break every Monday',
						},
						{ text: 'They have 500 trucks', quote: 'we run 500 trucks' },
					],
					firstQuestion: 'What breaks first on Mondays?',
				}),
			),
			{ modelName: 'm', timeoutMs: 1000, maxRetries: 0, redactContactDetails: true },
		);
		expect(briefing.mode).toBe('model');
		expect(briefing.text).toContain('Their dispatch process breaks weekly.');
		expect(briefing.text).not.toContain('500 trucks');
		expect(briefing.fallbackReason).toMatch(/1 claim\(s\) removed/);
		expect(briefing.firstQuestion).toBe('What breaks first on Mondays?');
	});

	it('replaces a first question that quotes words the lead never wrote', async () => {
		const briefing = await briefWithModel(
			input,
			answering(
				JSON.stringify({
					claims: [{ text: 'Budget approved', quote: '$60k/year approved' }],
					firstQuestion: 'You said "we have 500 trucks": how many drivers?',
				}),
			),
			{ modelName: 'm', timeoutMs: 1000, maxRetries: 0, redactContactDetails: true },
		);
		expect(briefing.firstQuestion).toBe(buildBriefing(input).firstQuestion);
	});

	it.each([
		['malformed output', answering('I think this lead is great!')],
		[
			'no verifiable claim',
			answering(
				JSON.stringify({
					claims: [{ text: 'x', quote: 'not in the text at all' }],
					firstQuestion: 'Why?',
				}),
			),
		],
		[
			'an error',
			(async () => {
				throw new Error('boom');
			}) as ChatInvoke,
		],
		['a timeout', (() => new Promise<string>(() => {})) as ChatInvoke],
	])('falls back to the template on %s, and says so', async (_label, invoke) => {
		const briefing = await briefWithModel(input, invoke, {
			modelName: 'm',
			timeoutMs: 50,
			maxRetries: 0,
			redactContactDetails: true,
		});
		expect(briefing.mode).toBe('template-fallback');
		expect(briefing.fallbackReason).toBeTruthy();
		expect(briefing.text).toBe(buildBriefing(input).text);
	});
});
