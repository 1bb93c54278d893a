import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import { DateTime, IANAZone } from 'luxon';

import type { FreeSlot, RoutingSms } from '../contract';

export interface SmsOptions {
	/** ISO 3166 two-letter country for numbers written without a +country code. */
	defaultCountry: string;
	/** Text with {{firstName}}, {{company}}, {{slots}}, {{bookingLink}} placeholders. */
	template: string;
	bookingLink: string;
	/** Local hour (0-24) from which no text is sent... */
	quietStart: number;
	/** ...until this local hour. Equal start and end means no quiet hours. */
	quietEnd: number;
	/** Zone used for quiet hours when the prospect's is unknown. */
	fallbackTimeZone: string;
}

/** E.164 form of a phone number, or the reason it cannot be texted. */
export function normalisePhone(raw: string | undefined, defaultCountry: string): { e164: string } | { reason: string } {
	if (!raw || !raw.trim()) return { reason: 'The lead has no phone number' };
	const parsed = parsePhoneNumberFromString(raw, defaultCountry.toUpperCase() as CountryCode);
	if (!parsed || !parsed.isValid()) {
		return { reason: `"${raw}" is not a valid phone number (read with default country ${defaultCountry.toUpperCase()}; write it as +<country code> <number> if it is foreign)` };
	}
	return { e164: parsed.number };
}

/** The prospect's zone when it is a real IANA zone, else the fallback. */
export function prospectZone(timeZone: string | undefined, fallback: string): string {
	return timeZone && IANAZone.isValidZone(timeZone) ? timeZone : fallback;
}

const isQuiet = (hourOfDay: number, quietStart: number, quietEnd: number): boolean => {
	if (quietStart === quietEnd) return false;
	// Quiet hours usually wrap midnight (21 -> 8); a same-day window (13 -> 14) works too.
	return quietStart > quietEnd ? hourOfDay >= quietStart || hourOfDay < quietEnd : hourOfDay >= quietStart && hourOfDay < quietEnd;
};

/** When a text may go out: `now` unless inside quiet hours, else the next end of quiet hours. */
export function nextAllowedSendTime(now: number, zone: string, quietStart: number, quietEnd: number): { allowedNow: boolean; sendAt: number } {
	const local = DateTime.fromMillis(now, { zone });
	const hourOfDay = local.hour + local.minute / 60 + local.second / 3600;
	if (!isQuiet(hourOfDay, quietStart, quietEnd)) return { allowedNow: true, sendAt: now };
	const endHour = Math.floor(quietEnd);
	const endMinute = Math.round((quietEnd - endHour) * 60);
	let sendAt = local.set({ hour: endHour, minute: endMinute, second: 0, millisecond: 0 });
	if (sendAt.toMillis() <= now) sendAt = sendAt.plus({ days: 1 }).set({ hour: endHour, minute: endMinute });
	return { allowedNow: false, sendAt: sendAt.toMillis() };
}

/**
 * "Wed 25 Nov at 9:00 AM, 9:30 AM or Thu 26 Nov at 10:00 AM (PST)": the day is written once per
 * day and the zone once, so three slots fit in one SMS segment.
 */
export function describeSlots(slots: FreeSlot[], zone: string): string {
	if (slots.length === 0) return '';
	const parts: string[] = [];
	let previousDay = '';
	for (const slot of slots) {
		const start = DateTime.fromISO(slot.start, { zone });
		const day = start.toFormat('ccc d LLL');
		parts.push(day === previousDay ? start.toFormat('h:mm a') : `${day} at ${start.toFormat('h:mm a')}`);
		previousDay = day;
	}
	const joined = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} or ${parts[parts.length - 1]}`;
	return `${joined} (${DateTime.fromISO(slots[0].start, { zone }).toFormat('ZZZZ')})`;
}

const fillTemplate = (template: string, values: Record<string, string>) =>
	template
		.replace(/\{\{\s*(\w+)\s*\}\}/g, (_match, key: string) => values[key] ?? '')
		// An empty placeholder must not leave "Hi , thanks" or double spaces behind.
		.replace(/\s+([,.!?])/g, '$1')
		.replace(/[ \t]{2,}/g, ' ')
		.trim();

export interface SmsLead {
	name?: string;
	phone?: string;
	company?: string;
	timeZone?: string;
}

/** The text to a prospect nobody can take now: real free slots, a booking link, quiet hours respected. */
export function composeSms(lead: SmsLead, slots: FreeSlot[], now: number, options: SmsOptions): RoutingSms {
	const zone = prospectZone(lead.timeZone, options.fallbackTimeZone);
	const { allowedNow, sendAt } = nextAllowedSendTime(now, zone, options.quietStart, options.quietEnd);
	const firstName = (lead.name ?? '').trim().split(/\s+/)[0] ?? '';
	const body = fillTemplate(options.template, {
		firstName,
		company: lead.company ?? '',
		// No free slot in the search horizon: the text still reads "We can talk soon".
		slots: slots.length ? describeSlots(slots.slice(0, 3), zone) : 'soon',
		bookingLink: options.bookingLink,
	});
	const phone = normalisePhone(lead.phone, options.defaultCountry);
	return {
		to: 'e164' in phone ? phone.e164 : null,
		body,
		allowedNow,
		sendAt: new Date(sendAt).toISOString(),
		...('reason' in phone ? { reason: phone.reason } : {}),
	};
}
