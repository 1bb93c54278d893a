/**
 * What makes two submissions the same lead: one key from its lead ID, email, phone or text,
 * normalised so that the same person typing the form twice (or a webhook sent again) gives the
 * same key, and hashed so that stores never hold a prospect's contact details.
 */
import { createHash } from 'node:crypto';

import type { LeadFields } from '../contract';
import { cleanLeadText } from '../encode';
import { normalisePhone } from './sms';

export type DuplicateKeySource = 'auto' | 'leadId' | 'email' | 'phone' | 'text';

export interface DuplicateKey {
	/** sha256 of the source and the normalised value: what the store keeps. */
	hash: string;
	/** Which field it came from, for reasons: 'email', 'phone', 'lead ID', 'text'. */
	field: string;
}

/** Text is compared up to this many characters: a 1 MB message costs no more than a long one. */
const TEXT_KEY_LIMIT = 20_000;

/** One form of a value: visible characters only, NFKC, one space per white-space run, lower case. */
function normalised(value: unknown, limit: number): string {
	return cleanLeadText(value, limit).normalize('NFKC').toLowerCase();
}

function valueOf(
	source: Exclude<DuplicateKeySource, 'auto'>,
	lead: LeadFields,
	leadId: unknown,
	defaultCountry: string,
): string {
	switch (source) {
		case 'leadId':
			return normalised(leadId, 500);
		case 'email':
			return normalised(lead.email, 254).replace(/\s+/g, '');
		case 'phone': {
			const phone = normalisePhone(normalised(lead.phone, 40), defaultCountry);
			return 'e164' in phone ? phone.e164 : '';
		}
		default:
			return normalised(lead.text, TEXT_KEY_LIMIT);
	}
}

const FIELD_NAMES: Record<Exclude<DuplicateKeySource, 'auto'>, string> = {
	leadId: 'lead ID',
	email: 'email',
	phone: 'phone',
	text: 'text',
};

/**
 * The duplicate key of a lead, or undefined when the chosen field is empty (the lead is then
 * never taken for a duplicate). 'auto' takes the first of lead ID, email, phone and text that
 * has a value: the most specific identity the lead carries.
 */
export function duplicateKeyOf(
	lead: LeadFields,
	source: DuplicateKeySource,
	leadId: unknown,
	defaultCountry: string,
): DuplicateKey | undefined {
	const sources: Array<Exclude<DuplicateKeySource, 'auto'>> =
		source === 'auto' ? ['leadId', 'email', 'phone', 'text'] : [source];
	for (const candidate of sources) {
		const value = valueOf(candidate, lead, leadId, defaultCountry);
		if (value)
			return {
				hash: createHash('sha256').update(`${candidate}\u0000${value}`).digest('hex').slice(0, 32),
				field: FIELD_NAMES[candidate],
			};
	}
	return undefined;
}
