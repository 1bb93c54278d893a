/**
 * Email intake: tells a new message (a possible lead) from a reply to an earlier thread, an
 * automatic answer (out of office, bounce, RFC 3834 Auto-Submitted) or list and bulk mail, and
 * turns a new message into the lead fields the classifier reads. Pure: reads the item shapes of
 * n8n's Email Trigger (IMAP, "simple": headers under `metadata`; "resolved": `headers` as lines)
 * and Gmail Trigger (`headers`, `payload.headers`), or plain objects.
 */
import { cleanLeadText } from '../encode';

export type EmailKind = 'new_message' | 'reply' | 'auto_reply' | 'bulk';

export interface EmailScreening {
	kind: EmailKind;
	/** One readable sentence per thing that decided it; for a new message, why it is one. */
	reasons: string[];
	/** The lead the classifier should read, for a new message (and for the others, for the record). */
	lead: { text: string; name?: string; email?: string; submittedAt?: string; subject?: string };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** Longest header value or subject read: enough for any real one, bounded for hostile mail. */
const HEADER_LIMIT = 2_000;
/** The lead's text kept for the classifier. */
const TEXT_LIMIT = 20_000;

function valueText(value: unknown): string | undefined {
	if (typeof value === 'string') return value;
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	if (Array.isArray(value)) return valueText(value[0]);
	// Parsed address objects: { text: 'Dana <dana@acme.com>', value: [...] }.
	if (isRecord(value)) return valueText(value.text ?? value.value);
	return undefined;
}

/**
 * Every header the item carries, by lower-case name. "Resolved" IMAP items keep the whole line
 * ("Auto-Submitted: auto-replied") as the value; the name is cut off here.
 */
function headersOf(json: Record<string, unknown>): Map<string, string> {
	const headers = new Map<string, string>();
	const add = (name: string, value: unknown) => {
		const key = name.trim().toLowerCase();
		let text = valueText(value);
		if (text === undefined || key === '' || headers.has(key)) return;
		text = text.slice(0, HEADER_LIMIT);
		const line = /^([\w-]+):\s*/.exec(text);
		headers.set(
			key,
			(line && line[1].toLowerCase() === key ? text.slice(line[0].length) : text).trim(),
		);
	};
	for (const source of [json.metadata, json.headers])
		if (isRecord(source)) for (const [name, value] of Object.entries(source)) add(name, value);
	// Gmail API: payload.headers is [{ name, value }].
	const payload = isRecord(json.payload) ? json.payload.headers : undefined;
	if (Array.isArray(payload))
		for (const header of payload)
			if (isRecord(header) && typeof header.name === 'string') add(header.name, header.value);
	// Top-level headers: IMAP "simple" (from, subject) and the Gmail Trigger's simplified items (From, Subject).
	for (const [name, value] of Object.entries(json))
		if (TOP_LEVEL_HEADERS.has(name.toLowerCase())) add(name, value);
	return headers;
}

const TOP_LEVEL_HEADERS = new Set([
	'from',
	'to',
	'subject',
	'date',
	'in-reply-to',
	'references',
	'precedence',
	'auto-submitted',
]);

/** "Re:", "AW:", "RV:"... a subject that answers another, in the languages we read (en, es, de) and the usual clients. */
const REPLY_PREFIX =
	/^\s*(?:\[[^\]]{0,40}\]\s*)?(?:re|aw|antw|antwort|rv|r|sv|vs|ref|réf|rép)\s*(?:\[\d+\])?\s*[:：]/i;

/**
 * Subjects that clients and servers put on automatic answers, at the start of the subject only:
 * a lead asking for "an auto-reply feature" is still a lead.
 */
const AUTO_SUBJECT =
	/^\s*(?:automatic reply|auto[- ]?reply|autoreply|auto[- ]?response|out of (?:the )?office|ooo\b|respuesta autom[aá]tica|fuera de (?:la )?oficina|abwesenheits(?:notiz|meldung|nachricht)|automatische antwort|undeliverable|delivery status notification|mail delivery (?:failed|subsystem)|returned mail|unzustellbar)/i;

/** First-person away messages, looked for in the opening lines of the body (en, es, de). */
const AWAY_BODY: Array<[RegExp, string]> = [
	[
		/\b(?:i am|i'm|i will be) (?:currently )?(?:away|on (?:vacation|holiday|leave|annual leave|parental leave)|out of (?:the )?office(?! space))/i,
		'an away message',
	],
	[
		/\bdelivery has failed to these recipients\b|\bthis is an automatically generated (?:delivery status notification|message)\b/i,
		'a bounce',
	],
	[
		/\b(?:estoy|estar[eé]|me encuentro) (?:de vacaciones|fuera de (?:la )?oficina|ausente)/i,
		'an away message (es)',
	],
	[
		/\b(?:ich bin|bin ich) (?:[^\n.!?]|\d\.){0,40}?(?:im urlaub|abwesend|nicht im b[üu]ro|au[ßs]er haus)/i,
		'an away message (de)',
	],
];

/** Away messages say so first: only this much of the body is searched. */
const AWAY_SCAN_LIMIT = 600;

const AUTOMATED_SENDER =
	/^(?:mailer-daemon|postmaster|no-?reply|do-?not-?reply|bounces?)(?:[+@.-]|$)/i;

const PRECEDENCE_BULK = new Set(['bulk', 'list', 'junk']);

function addressOf(from: string | undefined): { name?: string; email?: string } {
	if (!from) return {};
	const angle = /^\s*"?([^"<]*?)"?\s*<([^>\s]+@[^>\s]+)>/.exec(from);
	if (angle) return { name: angle[1].trim() || undefined, email: angle[2] };
	const bare = /[^\s<>"',;]+@[^\s<>"',;]+/.exec(from);
	return { email: bare?.[0] };
}

function bodyOf(json: Record<string, unknown>): string {
	for (const key of ['textPlain', 'text', 'snippet', 'body', 'textAsHtml', 'textHtml', 'html']) {
		const value = json[key];
		if (typeof value === 'string' && value.trim()) {
			// HTML bodies: tags out, so the classifier reads words, not markup.
			const text = key.toLowerCase().includes('html')
				? value
						.slice(0, TEXT_LIMIT * 4)
						.replace(/<(?:style|script)\b[\s\S]*?<\/(?:style|script)>|<[^>]*>/gi, ' ')
				: value;
			return text.slice(0, TEXT_LIMIT);
		}
	}
	return '';
}

/**
 * Reads one email item and says what it is. Order matters: a header a machine sets (Auto-Submitted,
 * Precedence, List-Id) is surer than a subject a person typed, and an automatic answer to a
 * thread ("Automatic reply: Re: pricing") is an automatic answer, not a reply to route.
 */
export function screenInboundEmail(json: unknown): EmailScreening {
	const item = isRecord(json) ? json : {};
	const headers = headersOf(item);
	const subject = headers.get('subject') ?? '';
	const from = headers.get('from');
	const { name, email } = addressOf(from);
	const body = bodyOf(item);
	const lead = {
		text: subject && body ? `${subject}\n\n${body}` : subject || body,
		name: name ? cleanLeadText(name, 100) : undefined,
		email,
		submittedAt: (() => {
			const parsed = Date.parse(headers.get('date') ?? valueText(item.date) ?? '');
			return Number.isFinite(parsed) ? new Date(parsed).toISOString() : undefined;
		})(),
		subject: subject ? cleanLeadText(subject, 300) : undefined,
	};
	const quote = (value: string) => `"${cleanLeadText(value, 80)}"`;

	const auto: string[] = [];
	const autoSubmitted = headers.get('auto-submitted')?.toLowerCase();
	if (autoSubmitted && autoSubmitted !== 'no')
		auto.push(`Auto-Submitted: ${quote(autoSubmitted)} (sent by a machine, RFC 3834)`);
	for (const name of ['x-autoreply', 'x-autorespond', 'x-autoresponse'])
		if (headers.has(name)) auto.push(`${name} header: an automatic answer`);
	const suppress = headers.get('x-auto-response-suppress')?.toLowerCase() ?? '';
	if (
		/\b(?:all|oof|autoreply)\b/.test(suppress) &&
		/^(?:automatic reply|out of office|auto)/i.test(subject)
	)
		auto.push('Exchange automatic reply');
	const precedence = headers.get('precedence')?.toLowerCase();
	if (precedence === 'auto_reply') auto.push('Precedence: auto_reply');
	if (email && AUTOMATED_SENDER.test(email))
		auto.push(`Sent from ${quote(email)}, an automated address`);
	const autoSubject = AUTO_SUBJECT.exec(subject);
	if (autoSubject)
		auto.push(`Subject starts with ${quote(autoSubject[0].trim())}: an automatic answer`);
	else {
		const opening = body.slice(0, AWAY_SCAN_LIMIT);
		const away = AWAY_BODY.find(([pattern]) => pattern.test(opening));
		if (away) auto.push(`Reads as ${away[1]}: ${quote(away[0].exec(opening)![0])}`);
	}
	if (auto.length) return { kind: 'auto_reply', reasons: auto, lead };

	const bulk: string[] = [];
	if (precedence && PRECEDENCE_BULK.has(precedence))
		bulk.push(`Precedence: ${precedence} (list or bulk mail)`);
	if (headers.has('list-id'))
		bulk.push(`List-Id ${quote(headers.get('list-id')!)}: sent to a mailing list`);
	else if (headers.has('list-unsubscribe'))
		bulk.push('List-Unsubscribe header: a newsletter or campaign');
	if (bulk.length) return { kind: 'bulk', reasons: bulk, lead };

	const reply: string[] = [];
	if (REPLY_PREFIX.test(subject))
		reply.push(`Subject ${quote(subject)} answers an earlier message`);
	if (headers.get('in-reply-to')) reply.push('In-Reply-To header: part of an existing thread');
	if (reply.length) return { kind: 'reply', reasons: reply, lead };

	return {
		kind: 'new_message',
		reasons: ['No reply, automatic-answer or list marks: a new message'],
		lead,
	};
}
