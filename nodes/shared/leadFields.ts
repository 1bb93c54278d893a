import type { IDataObject } from 'n8n-workflow';

import type { LeadFields } from '../../engine';

/**
 * Where the usual form tools put a lead's fields (n8n Form Trigger, Typeform, HubSpot, Webflow,
 * Jotform, plain webhooks). Keys are compared lower-cased with everything but letters and digits
 * removed, so "How can we help?" matches "howcanwehelp".
 */
const FIELD_NAMES: Record<keyof LeadFields, string[]> = {
	text: [
		'message',
		'yourmessage',
		'comments',
		'comment',
		'inquiry',
		'enquiry',
		'howcanwehelp',
		'howcanwehelpyou',
		'whatcanwehelpyouwith',
		'howcanwehelpyoutoday',
		'question',
		'questions',
		'details',
		'description',
		'request',
		'notes',
		'body',
		'text',
		'content',
		'projectdetails',
		'tellusaboutyourproject',
		'additionalinformation',
		'msg',
	],
	name: ['name', 'fullname', 'yourname', 'contactname', 'leadname'],
	email: ['email', 'emailaddress', 'youremail', 'workemail', 'businessemail', 'mail'],
	phone: [
		'phone',
		'phonenumber',
		'mobile',
		'mobilephone',
		'mobilenumber',
		'telephone',
		'tel',
		'cell',
		'yourphone',
		'whatsapp',
	],
	company: [
		'company',
		'companyname',
		'organization',
		'organisation',
		'business',
		'businessname',
		'account',
	],
	role: ['role', 'title', 'jobtitle', 'position', 'yourrole'],
	source: ['source', 'leadsource', 'utmsource', 'formname', 'form', 'hsanalyticssource', 'channel'],
	submittedAt: [
		'submittedat',
		'submittedon',
		'submissiondate',
		'createdat',
		'createdate',
		'created',
		'timestamp',
		'date',
		'datesubmitted',
	],
	timeZone: ['timezone', 'tz', 'yourtimezone'],
};
const FIRST_NAMES = ['firstname', 'first', 'givenname'];
const LAST_NAMES = ['lastname', 'last', 'surname', 'familyname'];

const normaliseKey = (key: string) => key.toLowerCase().replace(/[^a-z0-9]/g, '');

/** A value as text: HubSpot sends { value }, Jotform and Typeform nest answers. */
function asText(value: unknown): string | undefined {
	if (value === null || value === undefined) return undefined;
	if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	if (Array.isArray(value)) return value.map(asText).filter(Boolean).join(', ') || undefined;
	if (typeof value === 'object') {
		const record = value as Record<string, unknown>;
		if ('value' in record) return asText(record.value);
		// Jotform { first, last } name objects.
		if ('first' in record || 'last' in record)
			return [asText(record.first), asText(record.last)].filter(Boolean).join(' ') || undefined;
	}
	return undefined;
}

/** The flat records a lead may live in: the item, its webhook body, HubSpot properties, Typeform answers. */
function candidateRecords(json: IDataObject): Array<Record<string, unknown>> {
	const records: Array<Record<string, unknown>> = [json];
	for (const key of ['body', 'properties', 'fields', 'data', 'lead', 'contact', 'submission']) {
		const nested = json[key];
		if (nested && typeof nested === 'object' && !Array.isArray(nested))
			records.push(...candidateRecords(nested as IDataObject));
	}
	const typeform = (json.form_response as IDataObject | undefined)?.answers;
	if (Array.isArray(typeform)) records.push(typeformAnswers(typeform as IDataObject[]));
	return records;
}

/** Typeform answers carry their type: long text is the message, email and phone are typed. */
function typeformAnswers(answers: IDataObject[]): Record<string, unknown> {
	const record: Record<string, unknown> = {};
	for (const answer of answers) {
		const type = answer.type as string;
		if (type === 'email') record.email = answer.email;
		else if (type === 'phone_number') record.phone = answer.phone_number;
		else if (type === 'text' && typeof answer.text === 'string') {
			const title = normaliseKey(String((answer.field as IDataObject | undefined)?.ref ?? ''));
			if (!record.message || answer.text.length > String(record.message).length)
				record.message = answer.text;
			if (title) record[title] = answer.text;
		}
	}
	return record;
}

function lookup(records: Array<Record<string, unknown>>, names: string[]): string | undefined {
	for (const record of records) {
		const byKey = new Map(Object.entries(record).map(([key, value]) => [normaliseKey(key), value]));
		for (const name of names) {
			const value = asText(byKey.get(name));
			if (value) return value;
		}
	}
	return undefined;
}

/** Finds the lead's fields in an item from any of the usual form tools. */
export function detectLeadFields(json: IDataObject): LeadFields {
	const records = candidateRecords(json);
	const lead: LeadFields = { text: lookup(records, FIELD_NAMES.text) ?? '' };
	for (const field of Object.keys(FIELD_NAMES) as Array<keyof LeadFields>) {
		if (field === 'text') continue;
		const value = lookup(records, FIELD_NAMES[field]);
		if (value) lead[field] = value;
	}
	if (!lead.name) {
		const name = [lookup(records, FIRST_NAMES), lookup(records, LAST_NAMES)]
			.filter(Boolean)
			.join(' ');
		if (name) lead.name = name;
	}
	return lead;
}

/** Mapped values override detected ones; an empty mapping keeps what was detected. */
export function mergeLeadFields(
	detected: LeadFields,
	mapped: Partial<Record<keyof LeadFields, unknown>>,
): LeadFields {
	const lead: LeadFields = { ...detected };
	for (const [field, value] of Object.entries(mapped) as Array<[keyof LeadFields, unknown]>) {
		const text = asText(value);
		if (text !== undefined) lead[field] = text;
	}
	return lead;
}
