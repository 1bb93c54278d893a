/**
 * Every example of issue 11 ("Nothing a lead types can leak into Slack, CRM, email or SMS, or
 * stall a node"), as the engine API sees it.
 */
import { buildBriefing, smsLength } from '../../../engine/briefing';
import { composeSms } from '../../../engine/capacity';
import type { LeadFields } from '../../../engine/contract';
import { readIntent } from '../../../engine/contract';
import { evaluateGate } from '../../../engine/gate';
import { findQuote, redactContactDetails } from '../../../engine/llm';
import type { CheckedChannel } from '../../helpers/hostile';
import { HOSTILE_TEXT, stringsIn, unsafeIn } from '../../helpers/hostile';
import { engineIntent, signal } from '../../helpers/intents';

const SMS_OPTIONS = {
	defaultCountry: 'US',
	template: 'Hi {{firstName}}, we can talk {{slots}}: {{bookingLink}}',
	bookingLink: 'https://cal.example/x',
	quietStart: 21,
	quietEnd: 8,
	fallbackTimeZone: 'America/New_York',
};
const NOON_NEW_YORK = Date.parse('2026-11-25T17:00:00Z');

/** Each output of a briefing, with the kind of message it is written for. */
function briefingOutputs(
	briefing: ReturnType<typeof buildBriefing>,
): Array<[CheckedChannel, string]> {
	return [
		['plain', briefing.text],
		['plain', briefing.firstQuestion],
		['sms', briefing.sms],
		['html', briefing.html],
		['markdown', briefing.crmNote],
		...stringsIn(briefing.slackBlocks).map((text): [CheckedChannel, string] => ['slack', text]),
		...(['plain', 'slack', 'html', 'markdown'] as const).flatMap((channel) =>
			stringsIn(briefing.channels[channel]).map((text): [CheckedChannel, string] => [
				channel,
				text,
			]),
		),
	];
}

describe('briefing: lead words are quoted, never markup', () => {
	const lead: LeadFields = {
		name: '<!channel> <@U123>',
		company: '<https://evil.example|click> *Acme*',
		role: '<script>alert(1)</script><img src=x onerror=alert(1)>',
		email: 'dana@acme.com',
		text: `We need this. ${HOSTILE_TEXT}`,
	};
	const hostileIntent = engineIntent({
		signals: [
			signal('pain', '[verify](https://evil.example/login) <!here>'),
			signal('buying_action', '<img src=x onerror=alert(1)>\u0000\u001b[2J'),
			signal('deadline', 'by Friday\u202e', { date: '<!channel>', kind: 'absolute' }),
		],
		reasons: ['Pain stated: "<@U999> *now*"'],
	});

	it('text, crmNote, html, Slack blocks, SMS and every channel field carry no live payload', () => {
		const briefing = buildBriefing({
			intent: hostileIntent,
			lead,
			routing: { status: 'assigned', rep: { id: 'ana', name: '<!everyone> Ana' } } as never,
		});
		for (const [channel, text] of briefingOutputs(briefing))
			expect([channel, text, unsafeIn(channel, text)]).toEqual([channel, text, []]);
		// The rep still reads what the lead typed.
		expect(briefing.text).toContain('‹!channel› ‹@U123›');
		expect(briefing.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
		expect(briefing.crmNote).toContain('\\[verify\\](hxxps://evil\\[.\\]example/login)');
	});

	it('the SMS keeps no control or bidi character', () => {
		const briefing = buildBriefing({
			intent: hostileIntent,
			lead: { ...lead, name: 'Dana\u0000\u001b\r\nReyes\u202e\u2066' },
		});
		// eslint-disable-next-line no-control-regex -- control characters are what must not be there
		expect(briefing.sms).not.toMatch(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/);
		expect(briefing.sms.startsWith('Hot lead: Dana Reyes')).toBe(true);
	});

	it('a 20,000-character first name still makes one SMS segment, and every field is capped', () => {
		const long = {
			...lead,
			name: 'A'.repeat(20_000),
			company: 'B'.repeat(20_000),
			role: 'C'.repeat(20_000),
		};
		const briefing = buildBriefing({ intent: engineIntent(), lead: long });
		expect(briefing.smsSegments).toBe(1);
		expect(briefing.channels.plain.leadLabel).toBe(
			`${'A'.repeat(99)}… (${'B'.repeat(119)}…, ${'C'.repeat(99)}…)`,
		);
		expect(briefing.text.length).toBeLessThan(1000);
	});

	it.each([
		['an unparsable amount', { amount: NaN, currency: 'USD', period: 'year' }],
		['an infinite amount', { amount: Infinity, currency: 'USD' }],
		['a range of non-numbers', { min: 'x', max: NaN, currency: 'USD' }],
		['an absurd amount', { amount: 1e300, currency: 'USD' }],
	])('%s is not a budget ("USD NaN", "USD ∞" never written)', (_label, value) => {
		const briefing = buildBriefing({
			intent: engineIntent({ path: 'warm', signals: [signal('budget', '$1,234,5678', value)] }),
			lead: { text: 'budget $1,234,5678' },
		});
		for (const [, text] of briefingOutputs(briefing))
			expect(text).not.toMatch(/NaN|∞|Infinity|budget of|e\+300/);
		expect(briefing.firstQuestion).toBe('What prompted you to reach out today?');
	});

	it.each([
		['a numeric name and phone', { text: 'hi', name: 42 as never, phone: 4155550101 as never }],
		[
			'objects and null for every field',
			{
				text: { a: 1 } as never,
				name: null as never,
				company: {} as never,
				role: [] as never,
				email: 7 as never,
			},
		],
		['no lead at all', undefined as never],
	])('%s: a briefing, not a crash', (_label, lead) => {
		const briefing = buildBriefing({ intent: engineIntent(), lead });
		expect(briefing.text).toMatch(/^Lead /);
		expect(briefing.text).not.toMatch(/object|undefined|null/);
	});

	it('a malformed intent from the engine API gives a briefing that says so', () => {
		const briefing = buildBriefing({
			intent: {
				score: 50,
				path: 'warm',
				confidence: 0.5,
				signals: [{ type: 'budget', polarity: 'positive', strength: 1 }],
			} as never,
			lead: { text: 'x' },
		});
		expect(briefing.text).toMatch(/unclassified/);
		expect(briefing.channels.plain.text).toBe(briefing.text);
	});

	it('template placeholders named like prototype keys are empty', () => {
		const briefing = buildBriefing(
			{ intent: engineIntent(), lead: { text: 'x', name: 'Ann' } },
			{ templates: { text: '{{constructor}}{{__proto__}}{{toString}} {{name}}' } },
		);
		expect(briefing.text).toBe('Ann');
	});
});

describe('prospect SMS', () => {
	it('keeps no control or bidi character, and a 20,000-character name is one segment', () => {
		const sms = composeSms(
			{
				name: `${'Z'.repeat(20_000)}\u0000\u001b\r\n\u202e`,
				company: 'x',
				phone: '+1 415 555 0101',
			},
			[],
			NOON_NEW_YORK,
			SMS_OPTIONS,
		);
		// eslint-disable-next-line no-control-regex -- control characters are what must not be there
		expect(sms.body).not.toMatch(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/);
		expect(smsLength(sms.body).segments).toBe(1);
	});

	it('an invalid time zone never skips quiet hours: with no valid zone at all, the text is held, with the reason', () => {
		const sms = composeSms(
			{ name: 'Dana', phone: '+1 415 555 0101', timeZone: 'Mars/Base' },
			[{ repId: 'a', start: '2026-11-26T14:00:00Z', end: '2026-11-26T14:30:00Z', label: '' }],
			NOON_NEW_YORK,
			{ ...SMS_OPTIONS, fallbackTimeZone: 'Not/AZone' },
		);
		expect(sms).toMatchObject({
			to: null,
			allowedNow: false,
			reason: expect.stringMatching(/quiet hours cannot be checked: the text is held/),
		});
		expect(sms.body).not.toMatch(/Invalid/);
		expect(Date.parse(sms.sendAt)).toBe(NOON_NEW_YORK);
	});

	it.each([
		['a numeric phone', { phone: 4155550101 }, '+14155550101'],
		['a numeric name', { name: 7, phone: '+1 415 555 0101' }, '+14155550101'],
		['an object phone', { phone: { value: '+1 415 555 0101' } }, null],
	])('%s: no crash', (_label, lead, to) => {
		expect(composeSms(lead, [], NOON_NEW_YORK, SMS_OPTIONS).to).toBe(to);
	});

	it('no default country is a reason, not a crash', () => {
		const sms = composeSms({ phone: '(415) 555-0101' }, [], NOON_NEW_YORK, {
			...SMS_OPTIONS,
			defaultCountry: undefined as never,
		});
		expect(sms).toMatchObject({
			to: null,
			reason: expect.stringMatching(/no default country is set/),
		});
		expect(
			composeSms({ phone: '+1 415 555 0101' }, [], NOON_NEW_YORK, {
				...SMS_OPTIONS,
				defaultCountry: undefined as never,
			}).to,
		).toBe('+14155550101');
	});

	it('"now" that is not a time is a clear error', () => {
		expect(() => composeSms({ phone: '+1 415 555 0101' }, [], NaN, SMS_OPTIONS)).toThrow(
			/"now" must be a time in epoch milliseconds, got NaN/,
		);
	});

	it('the reason quoting an invalid phone is inert and capped', () => {
		const sms = composeSms(
			{ phone: `<!channel> ${'9'.repeat(10_000)}` },
			[],
			NOON_NEW_YORK,
			SMS_OPTIONS,
		);
		expect(sms.to).toBeNull();
		expect(unsafeIn('plain', sms.reason!)).toEqual([]);
		expect(sms.reason!.length).toBeLessThan(200);
	});
});

describe('readIntent and the gate', () => {
	it.each([
		[
			{ type: 'budget', polarity: 'positive', strength: 1, value: {} },
			/"intent.signals\[0\]" has no "evidence"/,
		],
		[
			{
				type: 'budget',
				polarity: 'positive',
				strength: 1,
				evidence: { quote: 'x', start: 0, end: 1, field: 'text' },
			},
			/"intent.signals\[0\]" has no "value"/,
		],
		[
			{
				type: 'budget',
				polarity: 'positive',
				strength: 1,
				value: {},
				evidence: { start: 0, end: 1 },
			},
			/has no "evidence.quote"/,
		],
		[
			{
				type: 'budget',
				polarity: 'sideways',
				strength: 1,
				value: {},
				evidence: { quote: 'x', start: 0, end: 1 },
			},
			/needs "polarity"/,
		],
		['budget', /must be an object/],
	])('reports a malformed signal with what it lacks (%#)', (bad, problem) => {
		const read = readIntent(engineIntent({ signals: [bad as never] }));
		expect(read.ok).toBe(false);
		expect(!read.ok && read.problem).toMatch(problem);
		// ...and the gate sends such an item to a person instead of crashing or auto-routing it.
		expect(
			evaluateGate({ intent: engineIntent({ path: 'nurture', signals: [bad as never] }) }),
		).toMatchObject({ decision: 'human_review', rule: 'malformedIntent' });
	});

	it.each(['toString', '__proto__', 'constructor', 'hasOwnProperty', 'valueOf'])(
		'path "%s" is data: low confidence is still reviewed',
		(path) => {
			const gate = evaluateGate({ intent: engineIntent({ path, confidence: 0.1, score: 20 }) });
			expect(gate).toMatchObject({ decision: 'human_review', rule: 'lowConfidence' });
			expect(gate.reasons[0]).toBe(`Confidence 0.1 is below 0.6 for path "${path}"`);
		},
	);

	it('reasons quote the lead as inert text', () => {
		const gate = evaluateGate({
			intent: engineIntent({
				path: 'nurture',
				score: 20,
				signals: [signal('budget', '<!channel> $40k <https://evil.example|x>', { amount: 40000 })],
			}),
		});
		expect(gate.rule).toBe('falseNegativeGuard');
		for (const reason of gate.reasons) expect(unsafeIn('plain', reason)).toEqual([]);
	});
});

describe('redaction and quotes before and after a model call', () => {
	it('redacts what it did before, in linear time on long words and digit runs', () => {
		expect(
			redactContactDetails('Mail dana@acme.com or call +1 (415) 555-0101 about 2027 and $60,000.'),
		).toBe('Mail [email] or call [phone] about 2027 and $60,000.');
		const started = performance.now();
		redactContactDetails(`${'a'.repeat(40_000)} ${'b.'.repeat(20_000)}@ ${'1 '.repeat(20_000)}`);
		expect(performance.now() - started).toBeLessThan(200);
	});

	it('finds quotes with offsets into the original text', () => {
		const text = 'Our  spreadsheets BREAK\n\n every Monday';
		const found = findQuote('break every monday', text)!;
		expect(text.slice(found.start, found.end)).toBe('BREAK\n\n every Monday');
		expect(findQuote('not there', text)).toBeNull();
	});
});
