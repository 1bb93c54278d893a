/**
 * SMS length rules: GSM-7 (160 characters in one segment, 153 per part when split; extension
 * characters such as € and [ count twice) or UCS-2 as soon as any other character appears
 * (70, then 67 per part).
 */
const GSM_BASIC =
	'@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM_EXTENSION = '^{}\\[~]|€\f';
const BASIC = new Set(GSM_BASIC);
const EXTENSION = new Set(GSM_EXTENSION);

export interface SmsLength {
	encoding: 'GSM-7' | 'UCS-2';
	/** Length in encoding units (septets for GSM-7, UTF-16 code units for UCS-2). */
	units: number;
	segments: number;
}

export function smsLength(text: string): SmsLength {
	let septets = 0;
	for (const char of text) {
		if (BASIC.has(char)) septets += 1;
		else if (EXTENSION.has(char)) septets += 2;
		else {
			const units = text.length;
			return { encoding: 'UCS-2', units, segments: units <= 70 ? 1 : Math.ceil(units / 67) };
		}
	}
	return {
		encoding: 'GSM-7',
		units: septets,
		segments: septets <= 160 ? 1 : Math.ceil(septets / 153),
	};
}

/** Replaces look-alike characters that would force UCS-2 (curly quotes, dashes, ellipsis). */
export function toGsmFriendly(text: string): string {
	return text
		.replace(/[‘’‚′]/g, "'")
		.replace(/[“”„″]/g, '"')
		.replace(/[–—]/g, '-')
		.replace(/…/g, '...')
		.replace(/\u00a0/g, ' ');
}

/**
 * The longest prefix of `parts` (joined by spaces) that fits one segment; when even the first
 * part is too long, it is cut at a word boundary with "...". Linear in the first part.
 */
export function fitOneSegment(parts: string[]): string {
	let text = '';
	for (const part of parts.filter(Boolean)) {
		const candidate = text ? `${text} ${part}` : part;
		if (smsLength(candidate).segments > 1) break;
		text = candidate;
	}
	if (text) return text;
	const first = parts.find(Boolean) ?? '';
	const gsm = smsLength(first).encoding === 'GSM-7';
	// Room for the text before "..." (3 septets or 3 UTF-16 units) in one segment.
	const room = gsm ? 157 : 67;
	let used = 0;
	let end = 0;
	for (const char of first) {
		const cost = gsm ? (EXTENSION.has(char) ? 2 : 1) : char.length;
		if (used + cost > room) break;
		used += cost;
		end += char.length;
	}
	const cut = first.slice(0, end);
	const space = cut.lastIndexOf(' ');
	const atWord = space > end * 0.6 ? cut.slice(0, space) : cut;
	return `${atWord}...`;
}
