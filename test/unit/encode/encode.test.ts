import {
	CHANNELS,
	cleanLeadText,
	defangLinks,
	encodeFor,
	encodeLeadValue,
	FIELD_LIMITS,
} from '../../../engine/encode';
import { smsLength } from '../../../engine/briefing';
import { HOSTILE_TEXT, PAYLOADS, unsafeIn, WRONG_TYPES } from '../../helpers/hostile';

describe('cleanLeadText', () => {
	it('keeps visible text and one space for any white-space run, across scripts', () => {
		expect(cleanLeadText('  Dana\n\n\tReyes\u00a0 ', 100)).toBe('Dana Reyes');
		expect(cleanLeadText('Zoë Müller — 日本語 العربية 👋🏽', 100)).toBe(
			'Zoë Müller — 日本語 العربية 👋🏽',
		);
		expect(cleanLeadText('line\u2028break\u2029para\u0085nel', 100)).toBe('line break para nel');
	});

	it('removes controls, zero-width, bidi, tag characters and lone surrogates', () => {
		expect(cleanLeadText('a\u0000b\u0007c\u001b[2Jd\u007fe\u009bf', 100)).toBe('abc[2Jdef');
		expect(cleanLeadText('\u202eevil\u202c \u2066iso\u2069 z\u200bw\u200dj\ufeff\u2060', 100)).toBe(
			'evil iso zwj',
		);
		expect(cleanLeadText('x\u{E0049}\u{E0067}\u{E006E}y', 100)).toBe('xy');
		expect(cleanLeadText('a\ud800b\udfffc', 100)).toBe('abc');
	});

	it('caps with an ellipsis, never splitting a surrogate pair', () => {
		expect(cleanLeadText('x'.repeat(20_000), 100)).toBe(`${'x'.repeat(99)}…`);
		expect(cleanLeadText('word '.repeat(100), 12)).toBe('word word w…');
		const emoji = cleanLeadText('a' + '👋'.repeat(10), 4);
		expect(emoji).toBe('a👋…');
		expect(/[\ud800-\udbff](?![\udc00-\udfff])/.test(emoji)).toBe(false);
	});

	it('reads strings and finite numbers; other types are empty, never "[object Object]" or "NaN"', () => {
		expect(cleanLeadText(4155550101, 40)).toBe('4155550101');
		expect(cleanLeadText(12345678901234567890n, 40)).toBe('12345678901234567890');
		for (const value of WRONG_TYPES.filter(
			(value) => typeof value !== 'number' && typeof value !== 'bigint',
		))
			expect(cleanLeadText(value, 40)).toBe('');
		expect(cleanLeadText(NaN, 40)).toBe('');
		expect(cleanLeadText(Infinity, 40)).toBe('');
	});
});

describe('defangLinks', () => {
	it.each([
		['https://evil.example/login', 'hxxps://evil[.]example/login'],
		['HTTP://Evil.Example', 'HxxP://Evil[.]Example'],
		['see www.evil.example now', 'see www[.]evil[.]example now'],
		['ftp://files.example.org/x', 'fxp://files[.]example[.]org/x'],
		['bare evil.co.uk domain', 'bare evil[.]co[.]uk domain'],
	])('%s -> %s', (input, output) => expect(defangLinks(input)).toBe(output));

	it('keeps numbers and abbreviations; email addresses stay readable', () => {
		expect(defangLinks('v2.0, 3.5 seats, e.g. this, U.S.A')).toBe(
			'v2.0, 3.5 seats, e.g. this, U.S.A',
		);
		expect(defangLinks('dana.reyes@acme-logistics.com www.evil.example@x.io')).toBe(
			'dana[.]reyes@acme-logistics[.]com www[.]evil[.]example@x[.]io',
		);
		expect(defangLinks('evil。example evil．example')).toBe('evil[.]example evil[.]example');
	});
});

describe('encodeFor: every payload is shown as text in every channel', () => {
	it.each(CHANNELS)('%s', (channel) => {
		const encoded = encodeLeadValue(channel, HOSTILE_TEXT, 10_000);
		expect(unsafeIn(channel, encoded)).toEqual([]);
		// Nothing is lost silently: the words around the payloads are still there.
		expect(encoded).toMatch(/^Hello .* thanks$/);
	});

	it('Slack: mentions, links and formatting inert; ampersands escaped', () => {
		expect(
			encodeFor('slack', '<!channel> <@U1> <https://evil.example|click> *b* _i_ ~s~ `c` @here R&D'),
		).toBe('‹!channel› ‹@U1› ‹hxxps://evil[.]example|click› ∗b∗ ˍiˍ ∼s∼ ˋcˋ ＠here R&amp;D');
	});

	it('HTML: escaped, links defanged', () => {
		expect(encodeFor('html', `<img src=x onerror=alert(1)> "O'Brien" & https://evil.example`)).toBe(
			'&lt;img src=x onerror=alert(1)&gt; &quot;O&#39;Brien&quot; &amp; hxxps://evil[.]example',
		);
	});

	it('markdown: entities for HTML, backslashes for markdown', () => {
		expect(encodeFor('markdown', '[x](https://evil.example) *b* <script> # not a heading')).toBe(
			'\\[x\\](hxxps://evil\\[.\\]example) \\*b\\* &lt;script&gt; \\# not a heading',
		);
	});

	it('plain: angle brackets and entity-looking ampersands cannot become markup where text is decoded', () => {
		expect(encodeFor('plain', '<!channel> &lt;!here&gt; R&D')).toBe(
			'‹!channel› ＆lt;!here＆gt; R&D',
		);
	});

	it('SMS: GSM-friendly punctuation, links defanged', () => {
		const sms = encodeFor('sms', cleanLeadText('“Hi” — it’s https://evil.example…\u202e', 100));
		expect(sms).toBe('"Hi" - it\'s hxxps://evil[.]example...');
		expect(smsLength(sms).encoding).toBe('GSM-7');
	});

	it('each payload alone, in each channel', () => {
		for (const payload of PAYLOADS) {
			for (const channel of CHANNELS)
				expect([
					channel,
					payload,
					unsafeIn(channel, encodeLeadValue(channel, payload, FIELD_LIMITS.quote)),
				]).toEqual([channel, payload, []]);
		}
	});
});
