import { screenInboundEmail } from '../../../index';
import { imapSimpleEmail } from '../../helpers/imapEmail';

/** An email whose text is in both the plain and the HTML part. */
const imapSimple = (
	subject: string,
	text: string,
	headers?: Record<string, string>,
	from?: string,
) =>
	imapSimpleEmail({ subject, textPlain: text, textHtml: `<p>${text}</p>`, headers, from, uid: 7 });
/** The kind of answer the email screening gives that email. */
const kindOf = (subject: string, text: string, headers?: Record<string, string>, from?: string) =>
	screenInboundEmail(imapSimple(subject, text, headers, from)).kind;

describe('screenInboundEmail', () => {
	it('a new enquiry is a new message, with the lead fields the classifier reads', () => {
		const screened = screenInboundEmail(
			imapSimple('Pricing for 40 seats', 'We need a CRM for 40 people by March; budget approved.'),
		);
		expect(screened.kind).toBe('new_message');
		expect(screened.lead).toEqual({
			text: 'Pricing for 40 seats\n\nWe need a CRM for 40 people by March; budget approved.',
			name: 'Dana Reyes',
			email: 'dana@acme-logistics.example',
			submittedAt: '2026-11-25T15:00:00.000Z',
			subject: 'Pricing for 40 seats',
		});
	});

	it.each([
		['Re: Pricing for 40 seats', 'en'],
		['RE: [Ticket 12] Angebot', 'en, tagged'],
		['AW: Ihr Angebot', 'de'],
		['Antw: Angebot', 'de (Antw)'],
		['RV: Propuesta', 'es'],
		['Re[2]: pricing', 'numbered'],
	])('"%s" is a reply (%s)', (subject) => {
		const screened = screenInboundEmail(imapSimple(subject, 'Thanks, sounds good.'));
		expect(screened.kind).toBe('reply');
		expect(screened.reasons[0]).toMatch(/answers an earlier message/);
	});

	it('In-Reply-To without a prefix is a reply too; a forward ("Fwd:") is a new message', () => {
		expect(kindOf('pricing', 'ok', { 'in-reply-to': '<first@our-company>' })).toBe('reply');
		expect(kindOf('Fwd: enquiry from our website', 'Can someone take this lead?')).toBe(
			'new_message',
		);
		// "Reply" inside a subject is not a prefix.
		expect(kindOf('Request: reply time SLA for 200 agents', 'Need pricing')).toBe('new_message');
	});

	it.each([
		[{ 'auto-submitted': 'auto-replied' }, 'Hello', 'Auto-Submitted'],
		[{ 'auto-submitted': 'auto-generated' }, 'Your weekly digest', 'Auto-Submitted'],
		[{ 'x-autoreply': 'yes' }, 'Hi', 'x-autoreply'],
		[{ precedence: 'auto_reply' }, 'Hi', 'Precedence: auto_reply'],
	])('header %j makes an automatic answer', (metadata, subject, reason) => {
		const screened = screenInboundEmail(
			imapSimple(subject, 'text', metadata as Record<string, string>),
		);
		expect(screened.kind).toBe('auto_reply');
		expect(screened.reasons.join(' ')).toContain(reason);
	});

	it('Auto-Submitted: no is a person, not a machine', () => {
		expect(kindOf('Pricing', 'We need 40 seats', { 'auto-submitted': 'no' })).toBe('new_message');
	});

	it.each([
		['Out of Office: Pricing for 40 seats', 'I will be back on Monday.', 'en subject'],
		['Automatic reply: Re: pricing', 'Thanks for your message.', 'Outlook, over a reply prefix'],
		[
			'Pricing',
			"Hi, I'm currently on vacation until 3 December with limited access to email.",
			'en body',
		],
		['Respuesta automática: Propuesta', 'Gracias por su mensaje.', 'es subject'],
		[
			'Propuesta',
			'Estoy fuera de la oficina hasta el lunes. Para urgencias escriba a info@.',
			'es body',
		],
		['Abwesenheitsnotiz: Angebot', 'Vielen Dank für Ihre Nachricht.', 'de subject'],
		[
			'Angebot',
			'Ich bin derzeit nicht im Büro und ab dem 7. Dezember wieder erreichbar.',
			'de body',
		],
		[
			'Angebot',
			'Vielen Dank für Ihre Nachricht. Ich bin bis 4. Januar im Urlaub.',
			'de body, Urlaub',
		],
		['Undeliverable: Pricing', 'Delivery has failed to these recipients', 'bounce'],
	])('"%s" / "%s" is an automatic answer (%s)', (subject, text) => {
		expect(kindOf(subject, text)).toBe('auto_reply');
	});

	it.each([
		['We need an auto-reply feature for our support desk', 'Pricing for 20 agents?'],
		[
			'Office furniture',
			"We're out of office space and need desks for 30 people. I'm the office manager.",
		],
		['Angebot', 'Unser Team ist oft außer Haus: wir brauchen eine mobile Lösung für 15 Techniker.'],
		['Propuesta', 'Nuestra oficina está fuera de la ciudad; necesitamos 10 licencias.'],
	])('a lead that only mentions such words stays a new message: "%s"', (subject, text) => {
		expect(kindOf(subject, text)).toBe('new_message');
	});

	it('mail from mailer-daemon or no-reply addresses is an automatic answer', () => {
		expect(
			kindOf('Mail delivery', 'x', {}, 'Mail Delivery Subsystem <MAILER-DAEMON@mx.example>'),
		).toBe('auto_reply');
		expect(kindOf('Your invoice', 'x', {}, 'noreply@billing.example')).toBe('auto_reply');
	});

	it('list and bulk mail (List-Id, List-Unsubscribe, Precedence bulk/list/junk) is bulk, not a lead', () => {
		expect(kindOf('Weekly news', 'x', { 'list-id': '<news.vendor.example>' })).toBe('bulk');
		expect(kindOf('50% off', 'x', { 'list-unsubscribe': '<mailto:u@x.example>' })).toBe('bulk');
		for (const precedence of ['bulk', 'list', 'junk'])
			expect(kindOf('News', 'x', { precedence })).toBe('bulk');
	});

	it('reads IMAP "resolved" header lines and Gmail API headers', () => {
		const resolved = {
			subject: 'Pricing',
			text: 'Hi',
			headers: { 'auto-submitted': 'Auto-Submitted: auto-replied', from: 'From: a@b.example' },
		};
		expect(screenInboundEmail(resolved)).toMatchObject({
			kind: 'auto_reply',
			reasons: [expect.stringContaining('"auto-replied"')],
		});
		/** A Gmail API message (users.messages.get): its headers as name and value pairs. */
		const gmailApi = (...headers: Array<{ name: string; value: string }>) => ({
			snippet: 'We want a demo',
			payload: {
				headers: [
					{ name: 'Subject', value: 'Demo' },
					{ name: 'From', value: 'Ana <ana@x.example>' },
					...headers,
				],
			},
		});
		/** The Gmail Trigger's simplified item: headers on top, capitalised. */
		const gmailSimple = (snippet: string, subject: string) => ({
			snippet,
			From: 'Ana <ana@x.example>',
			Subject: subject,
		});
		const listMail = gmailApi({ name: 'List-Id', value: '<l.x.example>' });
		expect(screenInboundEmail(listMail).kind).toBe('bulk');
		const away = gmailSimple('Out for lunch', 'Automatic reply: Demo');
		expect(screenInboundEmail(away).kind).toBe('auto_reply');
		expect(screenInboundEmail(gmailSimple('Sounds good', 'Re: Demo')).kind).toBe('reply');
		expect(screenInboundEmail(gmailApi())).toMatchObject({
			kind: 'new_message',
			lead: { text: 'Demo\n\nWe want a demo', name: 'Ana', email: 'ana@x.example' },
		});
	});

	it('an HTML-only body is read as words; hostile and huge input is bounded and never throws', () => {
		expect(
			screenInboundEmail({
				subject: 'Hi',
				textHtml: '<style>p{}</style><p>Need <b>pricing</b></p><script>x()</script>',
			}).lead.text,
		).toMatch(/^Hi\n\n\s*Need\s+pricing\s*$/);
		for (const value of [
			null,
			undefined,
			42,
			'text',
			[],
			{ subject: 42, metadata: 'x', headers: [1] },
		])
			expect(() => screenInboundEmail(value)).not.toThrow();
		const huge = 'x'.repeat(1_000_000);
		const started = process.cpuUsage();
		const screened = screenInboundEmail({
			subject: `\u202eRe: ${huge}`,
			from: `${huge}@x`,
			textPlain: huge,
			metadata: { 'list-id': huge },
		});
		const cpuMs = (process.cpuUsage(started).user + process.cpuUsage(started).system) / 1000;
		expect(screened.kind).toBe('bulk');
		expect(screened.lead.text.length).toBeLessThanOrEqual(2_000 + 2 + 20_000);
		expect(screened.reasons.join('').length).toBeLessThan(400);
		expect(cpuMs).toBeLessThan(500);
	});
});
