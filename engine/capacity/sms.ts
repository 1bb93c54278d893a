import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import { DateTime } from 'luxon';

import type { FreeSlot, RoutingSms } from '../contract';

export interface SmsOptions {
	defaultCountry: string;
	template: string;
	bookingLink: string;
	/** Local hours (0-24) outside which no text is sent. */
	quietStart: number;
	quietEnd: number;
	/** Zone used for quiet hours when the prospect's is unknown. */
	fallbackTimeZone: string;
}

/** E.164 form of a phone number, or the reason it cannot be texted. */
export function normalisePhone(raw: string | undefined, defaultCountry: string): { e164: string } | { reason: string } {
	if (!raw || !raw.trim()) return { reason: 'The lead has no phone number' };
	const parsed = parsePhoneNumberFromString(raw, defaultCountry as CountryCode);
	if (!parsed || !parsed.isValid()) return { reason: `"${raw}" is not a valid phone number (default country ${defaultCountry})` };
	return { e164: parsed.number };
}

const fill = (template: string, values: Record<string, string>) =>
	template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_match, key: string) => values[key] ?? '').replace(/[ \t]{2,}/g, ' ').trim();

/** The text to a prospect nobody can take now: real free slots, a booking link, quiet hours respected. */
export function composeSms(
	lead: { name?: string; phone?: string; company?: string; timeZone?: string },
	slots: FreeSlot[],
	now: number,
	options: SmsOptions,
): RoutingSms {
	const zone = lead.timeZone && DateTime.local().setZone(lead.timeZone).isValid ? lead.timeZone : options.fallbackTimeZone;
	const local = DateTime.fromMillis(now, { zone });
	const hour = local.hour + local.minute / 60;
	const allowedNow = hour >= options.quietEnd && hour < options.quietStart;
	let sendAt = local;
	if (!allowedNow) {
		sendAt = hour >= options.quietStart ? local.plus({ days: 1 }).set({ hour: options.quietEnd, minute: 0, second: 0, millisecond: 0 }) : local.set({ hour: options.quietEnd, minute: 0, second: 0, millisecond: 0 });
	}
	const firstName = (lead.name ?? '').trim().split(/\s+/)[0] ?? '';
	const body = fill(options.template, {
		firstName,
		company: lead.company ?? '',
		slots: slots.slice(0, 3).map((slot) => slot.label).join(', '),
		bookingLink: options.bookingLink,
	});
	const phone = normalisePhone(lead.phone, options.defaultCountry);
	return {
		to: 'e164' in phone ? phone.e164 : null,
		body,
		allowedNow,
		sendAt: sendAt.toUTC().toISO()!,
		...('reason' in phone ? { reason: phone.reason } : {}),
	};
}
