import type { Rep } from '../types';
import {
	accountDomainOfEmail,
	isFreeMailDomain,
	normaliseEmail,
	registrableDomain,
} from './domains';
import { normaliseCompanyName } from './companies';
import { comparableKey, listOf } from './keys';

/**
 * Where each value sits in a known record: a field name or a dot path into nested objects
 * ("properties.hubspot_owner_id" in a HubSpot search result, "Owner.Email" in Salesforce).
 */
export interface AccountFieldMapping {
	/** The contact's email: an exact person, so free-mail addresses match here too. */
	email?: string;
	/** The account's domain or website. */
	domain?: string;
	company?: string;
	/** Who owns the record: a rep's id, email, name or CRM owner id. */
	owner: string;
	/** What to call the record in reasons (its name or id); default the matched value. */
	label?: string;
}

export interface KnownRecord {
	/** 1-based position in the input, for reasons and problems. */
	row: number;
	label: string;
	owner: string;
}

export type OwnerMatchKey = 'email' | 'domain' | 'company';

export interface AccountIndex {
	byEmail: Map<string, KnownRecord[]>;
	byDomain: Map<string, KnownRecord[]>;
	byCompany: Map<string, KnownRecord[]>;
	/** Rows that can never match, one message each. */
	problems: string[];
	size: number;
}

/** What a lead is matched on. */
export interface OwnerMatchLead {
	email?: unknown;
	company?: unknown;
	/** The company's website from the form, when it asks for one. */
	website?: unknown;
}

export interface OwnerMatch {
	record: KnownRecord;
	matchedOn: OwnerMatchKey;
	/** The normalised value both sides share. */
	value: string;
	/** The rep the owner is, when the roster has one. */
	rep?: Rep;
	/** How many more records share the value with another owner (the first one is used). */
	otherOwners: number;
}

/** What to do when the owner cannot take the lead now. */
export type OwnerFallback = 'waitForOwner' | 'ownerBackup' | 'pool';

/** Reads a dot path through own properties only: "__proto__" in a mapping reads nothing. */
export function valueAtPath(row: unknown, path: string | undefined): unknown {
	if (!path) return undefined;
	let value: unknown = row;
	for (const key of path.split('.').slice(0, 10)) {
		if (!value || typeof value !== 'object' || !Object.prototype.hasOwnProperty.call(value, key))
			return undefined;
		value = (value as Record<string, unknown>)[key];
	}
	return value;
}

const add = (map: Map<string, KnownRecord[]>, key: string, record: KnownRecord) => {
	if (!key) return;
	const list = map.get(key);
	if (list) list.push(record);
	else map.set(key, [record]);
};

/**
 * Known contacts and accounts (a CRM search result, a sheet, a list) by their normalised email,
 * registrable domain and company name. A record without an owner, or with nothing to match on,
 * is a problem of its own row; free-mail domains are never an account's domain.
 */
export function buildAccountIndex(rows: unknown, mapping: AccountFieldMapping): AccountIndex {
	const index: AccountIndex = {
		byEmail: new Map(),
		byDomain: new Map(),
		byCompany: new Map(),
		problems: [],
		size: 0,
	};
	const list = Array.isArray(rows) ? rows : rows && typeof rows === 'object' ? [rows] : [];
	if (
		rows !== undefined &&
		rows !== null &&
		rows !== '' &&
		!Array.isArray(rows) &&
		typeof rows !== 'object'
	) {
		index.problems.push('The known accounts must be a list of records (or one record)');
	}
	list.forEach((row, position) => {
		const where = `Account ${position + 1}`;
		const owner = comparableKey(valueAtPath(row, mapping.owner));
		const emails = listOf(valueAtPath(row, mapping.email)).map(normaliseEmail).filter(Boolean);
		const domains = listOf(valueAtPath(row, mapping.domain))
			.filter((domain) => !isFreeMailDomain(domain))
			.map(registrableDomain)
			.filter(Boolean);
		const company = normaliseCompanyName(valueAtPath(row, mapping.company));
		if (!owner) {
			index.problems.push(`${where}: no owner in "${mapping.owner}"`);
			return;
		}
		if (!emails.length && !domains.length && !company) {
			index.problems.push(
				`${where}: nothing to match on (no email, domain or company in the mapped fields)`,
			);
			return;
		}
		const label =
			comparableKey(valueAtPath(row, mapping.label)) || emails[0] || domains[0] || company;
		const record: KnownRecord = { row: position + 1, label, owner };
		for (const email of emails) add(index.byEmail, email, record);
		for (const domain of domains) add(index.byDomain, domain, record);
		add(index.byCompany, company, record);
		index.size++;
	});
	return index;
}

/** The rep an owner value names: by id, CRM owner id, email or name (without case). */
export function repForOwner(owner: string, reps: Rep[]): Rep | undefined {
	const key = comparableKey(owner);
	if (!key) return undefined;
	const email = normaliseEmail(key);
	return (
		reps.find((rep) => comparableKey(rep.id) === key) ??
		reps.find((rep) => (rep.crmIds ?? []).some((id) => comparableKey(id) === key)) ??
		(email ? reps.find((rep) => normaliseEmail(rep.email) === email) : undefined) ??
		reps.find((rep) => comparableKey(rep.name) === key)
	);
}

/**
 * The known record a lead belongs to: its contact by email first (the same person), then its
 * account by the email's domain or the website's, then by company name. Free-mail addresses
 * match a contact but never an account.
 */
export function matchOwner(
	index: AccountIndex,
	lead: OwnerMatchLead,
	reps: Rep[],
): OwnerMatch | undefined {
	const email = normaliseEmail(lead.email);
	const website = isFreeMailDomain(lead.website) ? '' : registrableDomain(lead.website);
	const attempts: Array<[OwnerMatchKey, Map<string, KnownRecord[]>, string]> = [
		['email', index.byEmail, email],
		['domain', index.byDomain, accountDomainOfEmail(lead.email)],
		['domain', index.byDomain, website],
		['company', index.byCompany, normaliseCompanyName(lead.company)],
	];
	for (const [matchedOn, map, value] of attempts) {
		const records = value ? map.get(value) : undefined;
		if (!records?.length) continue;
		const record = records[0];
		const otherOwners = new Set(
			records.map((candidate) => candidate.owner).filter((owner) => owner !== record.owner),
		).size;
		return { record, matchedOn, value, rep: repForOwner(record.owner, reps), otherOwners };
	}
	return undefined;
}
