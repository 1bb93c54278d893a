/**
 * Briefing templates: the default sentences, the placeholders they may use, and the filling.
 */
export interface BriefingTemplates {
	/** The briefing sentence(s). Placeholders: see PLACEHOLDERS. */
	text: string;
	/** Parts of the SMS, in order of importance: later parts are dropped to fit one segment. */
	sms: string[];
}

export const DEFAULT_TEMPLATES: BriefingTemplates = {
	text: '{{summary}} Suggested first question: {{firstQuestion}}',
	sms: [
		'{{pathLabel}} lead: {{leadLabel}}.',
		'{{evidenceShort}}',
		'Ask: {{firstQuestion}}',
		'{{repLine}}',
	],
};

/** The placeholders a template may use, for the node's help text. */
export const PLACEHOLDERS = [
	'name',
	'company',
	'role',
	'email',
	'phone',
	'leadLabel',
	'path',
	'pathLabel',
	'intentLevel',
	'score',
	'confidence',
	'summary',
	'because',
	'evidenceShort',
	'quotes',
	'reasons',
	'deadline',
	'budget',
	'firstQuestion',
	'rep',
	'repLine',
] as const;

const hasOwn = (record: object, key: string) => Object.prototype.hasOwnProperty.call(record, key);

/** Fills {{placeholders}}; unknown or empty ones vanish, with the space and empty brackets around them. */
export function fillTemplate(template: string, values: Record<string, string>): string {
	return (
		template
			.replace(/\{\{\s*(\w+)\s*\}\}/g, (_match, key: string) =>
				hasOwn(values, key) ? values[key] : '',
			)
			// One way to match each text: no nested white-space runs to backtrack through.
			.replace(/\(\s*(?:,\s*)?\)/g, '')
			.replace(/[ \t]{2,}/g, ' ')
			.replace(/(?<! ) +([.,;:!?])/g, '$1')
			.trim()
	);
}
