import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import { DateTime } from 'luxon';

import type { FreeSlot, RoutingSms } from '../contract';
import { cleanLeadText, encodeFor, encodeLeadValue, FIELD_LIMITS, leadValueText } from '../encode';
import { isIanaZone } from './zones';

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

/** No phone number in any plan is longer; anything longer is not one, and is not parsed. */
const LONGEST_PHONE = 40;

/** E.164 form of a phone number, or the reason it cannot be texted. Reads at most a short prefix. */
export function normalisePhone(
	raw: unknown,
	defaultCountry?: string,
): { e164: string } | { reason: string } {
	const written = cleanLeadText(raw, LONGEST_PHONE + 1);
	if (!written) return { reason: 'The lead has no phone number' };
	const country =
		typeof defaultCountry === 'string' && /^[A-Za-z]{2}$/.test(defaultCountry.trim())
			? defaultCountry.trim().toUpperCase()
			: '';
	const parsed =
		written.length > LONGEST_PHONE
			? undefined
			: parsePhoneNumberFromString(written, country ? (country as CountryCode) : undefined);
	if (!parsed || !parsed.isValid()) {
		// The number goes into messages to reps: written as inert text, capped.
		const shown = encodeFor('plain', cleanLeadText(raw, LONGEST_PHONE));
		return {
			reason: country
				? `"${shown}" is not a valid phone number (read with default country ${country}; write it as +<country code> <number> if it is foreign)`
				: `"${shown}" is not a valid phone number (no default country is set, so it must start with +<country code>)`,
		};
	}
	return { e164: parsed.number };
}

const isZone = (zone: unknown): zone is string =>
	typeof zone === 'string' && zone !== '' && zone.length <= 64 && isIanaZone(zone);

/** The prospect's zone when it is a real IANA zone, else the fallback (which may itself be ''). */
export function prospectZone(timeZone: unknown, fallback: string): string {
	return isZone(timeZone) ? timeZone : fallback;
}

const isQuiet = (hourOfDay: number, quietStart: number, quietEnd: number): boolean => {
	if (quietStart === quietEnd) return false;
	// Quiet hours usually wrap midnight (21 -> 8); a same-day window (13 -> 14) works too.
	return quietStart > quietEnd
		? hourOfDay >= quietStart || hourOfDay < quietEnd
		: hourOfDay >= quietStart && hourOfDay < quietEnd;
};

/** When a text may go out: `now` unless inside quiet hours, else the next end of quiet hours. */
export function nextAllowedSendTime(
	now: number,
	zone: string,
	quietStart: number,
	quietEnd: number,
): { allowedNow: boolean; sendAt: number } {
	assertTime(now);
	// No known zone means no way to know it is daytime there: never "allowed now".
	if (!isZone(zone)) return { allowedNow: false, sendAt: now };
	const local = DateTime.fromMillis(now, { zone });
	const hourOfDay = local.hour + local.minute / 60 + local.second / 3600;
	if (!isQuiet(hourOfDay, quietStart, quietEnd)) return { allowedNow: true, sendAt: now };
	const endHour = Math.floor(quietEnd);
	const endMinute = Math.round((quietEnd - endHour) * 60);
	let sendAt = local.set({ hour: endHour, minute: endMinute, second: 0, millisecond: 0 });
	if (sendAt.toMillis() <= now)
		sendAt = sendAt.plus({ days: 1 }).set({ hour: endHour, minute: endMinute });
	return { allowedNow: false, sendAt: sendAt.toMillis() };
}

/**
 * "Wed 25 Nov at 9:00 AM, 9:30 AM or Thu 26 Nov at 10:00 AM (PST)": the day is written once per
 * day and the zone once, so three slots fit in one SMS segment.
 */
export function describeSlots(slots: FreeSlot[], zone: string): string {
	const valid = slots.filter(
		(slot) => typeof slot?.start === 'string' && DateTime.fromISO(slot.start, { zone }).isValid,
	);
	if (valid.length === 0 || !isZone(zone)) return '';
	const parts: string[] = [];
	let previousDay = '';
	for (const slot of valid) {
		const start = DateTime.fromISO(slot.start, { zone });
		const day = start.toFormat('ccc d LLL');
		parts.push(
			day === previousDay ? start.toFormat('h:mm a') : `${day} at ${start.toFormat('h:mm a')}`,
		);
		previousDay = day;
	}
	const joined =
		parts.length === 1
			? parts[0]
			: `${parts.slice(0, -1).join(', ')} or ${parts[parts.length - 1]}`;
	return `${joined} (${DateTime.fromISO(valid[0].start, { zone }).toFormat('ZZZZ')})`;
}

const fillTemplate = (template: string, values: Record<string, string>) =>
	template
		.replace(/\{\{\s*(\w+)\s*\}\}/g, (_match, key: string) =>
			Object.prototype.hasOwnProperty.call(values, key) ? values[key] : '',
		)
		// An empty placeholder must not leave "Hi , thanks" or double spaces behind. A run of white
		// space is only tried from its start (the lookbehind), or a long one would be quadratic.
		.replace(/(?<!\s)\s+([,.!?])/g, '$1')
		.replace(/[ \t]{2,}/g, ' ')
		.trim();

/** Lead fields arrive from forms and upstream nodes: any of them may be of any type. */
export interface SmsLead {
	name?: unknown;
	phone?: unknown;
	company?: unknown;
	timeZone?: unknown;
}

/** Longest first name and company put in a text: one SMS segment has 160 characters in all. */
const SMS_FIELD_LIMITS = { firstName: 30, company: 60 } as const;

function assertTime(now: number): void {
	// A clear error for a caller's bug; the nodes always pass a real time.
	if (typeof now !== 'number' || !Number.isFinite(now))
		throw new RangeError(`"now" must be a time in epoch milliseconds, got ${String(now)}`);
}

/** The text to a prospect nobody can take now: real free slots, a booking link, quiet hours respected. */
export function composeSms(
	lead: SmsLead,
	slots: FreeSlot[],
	now: number,
	options: SmsOptions,
): RoutingSms {
	assertTime(now);
	const person: SmsLead = lead !== null && typeof lead === 'object' ? lead : {};
	const zone = prospectZone(person.timeZone, prospectZone(options.fallbackTimeZone, ''));
	const { allowedNow, sendAt } = nextAllowedSendTime(
		now,
		zone,
		options.quietStart,
		options.quietEnd,
	);
	const firstName = cleanLeadText(person.name, FIELD_LIMITS.name).split(' ')[0];
	const body = fillTemplate(leadValueText(options.template), {
		firstName: encodeLeadValue('sms', firstName, SMS_FIELD_LIMITS.firstName),
		company: encodeLeadValue('sms', person.company, SMS_FIELD_LIMITS.company),
		// No free slot in the search horizon: the text still reads "We can talk soon".
		slots: (Array.isArray(slots) && describeSlots(slots.slice(0, 3), zone)) || 'soon',
		bookingLink: leadValueText(options.bookingLink),
	});
	const phone = normalisePhone(person.phone, options.defaultCountry);
	// Without a zone nobody can tell whether it is night where the prospect is: the text is held
	// for a person to send, and the reason says why.
	const held = zone
		? undefined
		: `Neither the prospect's time zone nor the fallback zone "${encodeLeadValue('plain', options.fallbackTimeZone, FIELD_LIMITS.label)}" is a known IANA zone, so quiet hours cannot be checked: the text is held for a person to send`;
	const reason = 'reason' in phone ? phone.reason : held;
	return {
		to: 'e164' in phone && !held ? phone.e164 : null,
		body,
		allowedNow,
		sendAt: new Date(sendAt).toISOString(),
		...(reason ? { reason } : {}),
	};
}
