/**
 * Lead fields come from anonymous web forms, so everything quoted from a lead is hostile until
 * encoded for the channel it is written to. Two steps, always in this order:
 *
 * 1. cleanLeadText: any value to one line of visible text, capped with an ellipsis. Control,
 *    zero-width, bidi and tag characters are removed (they hide or reorder text and smuggle
 *    instructions to models); every run of white space becomes one space. One pass over the
 *    input that stops once the cap is reached, so a 1 MB field costs no more than its length.
 * 2. encodeFor(channel): the cleaned text as data in that channel. Links are defanged everywhere
 *    (hxxps://evil[.]example) so no channel turns a lead's words into something to click;
 *    Slack mentions, markup and formatting are neutralised; HTML and markdown are escaped.
 *
 * Our own sentence parts are written to be safe in every channel; only values from the lead (or
 * from upstream items and models, which may carry the lead's words) go through here.
 */
import { toGsmFriendly } from '../briefing/smsSegments';
import { isWideSpace } from '../whiteSpace';

export type Channel = 'plain' | 'slack' | 'html' | 'markdown' | 'sms';
export const CHANNELS: readonly Channel[] = ['plain', 'slack', 'html', 'markdown', 'sms'];

/** Longest text kept from each kind of lead field, in UTF-16 units, ellipsis included. */
export const FIELD_LIMITS = {
	name: 100,
	company: 120,
	role: 100,
	email: 254,
	phone: 40,
	/** A quote of the lead's words inside a sentence. */
	quote: 200,
	/** The lead's whole message, when a channel shows it (a support request). */
	message: 2000,
	/** A path name, date, currency or period read from an intent. */
	label: 60,
	/** A reason sentence from an upstream node, which may quote the lead. */
	reason: 300,
} as const;

const ELLIPSIS = '…';

/** What a code point becomes: kept, dropped, or a separator (a run of them is one space). */
const enum Kind {
	Keep,
	Drop,
	Space,
}

function kindOf(code: number): Kind {
	if (code < 0x20)
		return code === 0x09 || code === 0x0a || code === 0x0b || code === 0x0c || code === 0x0d
			? Kind.Space
			: Kind.Drop;
	if (code === 0x20) return Kind.Space;
	if (code < 0x7f) return Kind.Keep;
	if (code <= 0x9f) return code === 0x85 ? Kind.Space : Kind.Drop; // DEL and C1 controls; NEL is a line break
	if (isWideSpace(code)) return Kind.Space;
	if (
		code === 0xad || // soft hyphen
		code === 0x34f || // combining grapheme joiner
		code === 0x61c || // Arabic letter mark
		code === 0x180e || // Mongolian vowel separator
		(code >= 0x200b && code <= 0x200f) || // zero-width space/joiners, LRM, RLM
		(code >= 0x202a && code <= 0x202e) || // bidi embeddings and overrides
		(code >= 0x2060 && code <= 0x206f) || // word joiner, invisible operators, bidi isolates
		code === 0xfeff || // BOM / zero-width no-break space
		(code >= 0xfff9 && code <= 0xfffb) || // interlinear annotation
		(code >= 0xd800 && code <= 0xdfff) || // a lone surrogate (pairs are read as one code point)
		(code >= 0xe0000 && code <= 0xe007f) || // tag characters: invisible ASCII, used to smuggle prompts
		(code & 0xfffe) === 0xfffe // non-characters
	) {
		return Kind.Drop;
	}
	return Kind.Keep;
}

/** A lead value as text: strings as they are, finite numbers written out, anything else empty. */
export function leadValueText(value: unknown): string {
	if (typeof value === 'string') return value;
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
	if (typeof value === 'bigint') return String(value);
	return '';
}

function cutWithEllipsis(text: string, limit: number): string {
	let cut = text.slice(0, Math.max(0, limit - ELLIPSIS.length));
	// Never half of a surrogate pair.
	if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
	return `${cut.trimEnd()}${ELLIPSIS}`;
}

/** How much of a value is read for each character kept: room for spaces and invisibles between words. */
const READ_PER_KEPT = 8;

/**
 * One line of visible text from a lead value, at most `maxLength` UTF-16 units (ending in "…"
 * when cut). Reads at most READ_PER_KEPT times the cap (a field that is mostly invisible or
 * white space is cut there), once, so its time does not depend on the field's length.
 */
export function cleanLeadText(value: unknown, maxLength: number): string {
	const text = leadValueText(value);
	const limit = Math.max(1, Math.floor(maxLength));
	const readable = Math.min(text.length, limit * READ_PER_KEPT + 1024);
	let out = '';
	let pendingSpace = false;
	for (let i = 0; i < readable; i++) {
		let code = text.charCodeAt(i);
		let width = 1;
		if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
			const low = text.charCodeAt(i + 1);
			if (low >= 0xdc00 && low <= 0xdfff) {
				code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
				width = 2;
			}
		}
		const kind = kindOf(code);
		if (kind === Kind.Space) pendingSpace = out.length > 0;
		else if (kind === Kind.Keep) {
			const piece = (pendingSpace ? ' ' : '') + text.slice(i, i + width);
			if (out.length + piece.length > limit) return cutWithEllipsis(out, limit);
			out += piece;
			pendingSpace = false;
		}
		i += width - 1;
	}
	return out;
}

/**
 * "hxxps://evil[.]example": scheme and domain dots broken so that no chat app, mail client or
 * phone makes a lead's link clickable. A dot is a domain dot when it follows a letter, digit or
 * hyphen and comes before two letters or a letter and a digit ("evil.example", "x.io", "Node.js";
 * not "e.g.", "v2.0" or "3.5"); ideographic and full-width dots count too. Email addresses are
 * defanged as well ("dana@acme[.]com"): a local part can carry a domain of its own, and the CRM
 * keeps the real address in its own field. Each dot is looked at once.
 */
export function defangLinks(text: string): string {
	return text
		.replace(/\b(h)(?:tt|xx)(ps?):\/\//gi, '$1xx$2://')
		.replace(/\b(f)tp:\/\//gi, '$1xp://')
		.replace(/(?<=[\p{L}\p{N}-])[.。．｡](?=\p{L}[\p{L}\p{N}])/gu, '[.]');
}

/** Broadcast mentions written without Slack's <!...> syntax still notify in some clients. */
const neutraliseBroadcasts = (text: string) => text.replace(/@(?=channel|here|everyone)/gi, '＠');

const escapeHtml = (text: string) =>
	text.replace(
		/[&<>"']/g,
		(char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!,
	);

/**
 * Slack mrkdwn has no escape for its formatting characters: look-alikes show them as typed. Angle
 * brackets get look-alikes too, not &lt; and &gt;: n8n's Slack "send and wait" decodes those
 * entities before posting, which would turn an escaped <!channel> back into a live mention.
 */
const SLACK_LOOK_ALIKES: Record<string, string> = {
	'&': '&amp;',
	'<': '‹',
	'>': '›',
	'*': '∗',
	_: 'ˍ',
	'~': '∼',
	'`': 'ˋ',
};

/** "&lt;" typed by the lead would become "<" wherever a message is entity-decoded (Slack send-and-wait, HTML). */
const neutraliseEntities = (text: string) => text.replace(/&(?=#?[A-Za-z0-9]{1,32};)/g, '＆');

const ENCODERS: Record<Channel, (text: string) => string> = {
	// Plain text is often posted to Slack or Teams as is: angle brackets would open a mention or a tag.
	plain: (text) =>
		neutraliseEntities(neutraliseBroadcasts(defangLinks(text)))
			.replace(/</g, '‹')
			.replace(/>/g, '›'),
	slack: (text) =>
		neutraliseBroadcasts(defangLinks(text)).replace(
			/[&<>*_~`]/g,
			(char) => SLACK_LOOK_ALIKES[char],
		),
	html: (text) => escapeHtml(defangLinks(text)),
	// HubSpot renders note bodies as HTML and markdown renderers accept entities: entities for the
	// HTML characters, backslashes for markdown's own.
	markdown: (text) => escapeHtml(defangLinks(text)).replace(/[\\`*_[\]~|#]/g, '\\$&'),
	sms: (text) => toGsmFriendly(defangLinks(text)),
};

/** Text already cleaned by cleanLeadText, written as data in `channel`. */
export function encodeFor(channel: Channel, cleanText: string): string {
	return ENCODERS[channel](cleanText);
}

/** A lead value cleaned, capped and encoded for `channel` in one call. */
export function encodeLeadValue(channel: Channel, value: unknown, maxLength: number): string {
	return encodeFor(channel, cleanLeadText(value, maxLength));
}
