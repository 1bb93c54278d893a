import { encodeLeadValue, FIELD_LIMITS } from '../../encode';
import type { BriefingFormat } from './format';

/** A Markdown note for the CRM record: `crmNote`. */
export const crmNote: BriefingFormat = {
	render(draft) {
		const { intent } = draft.input;
		const markdown = draft.composed('markdown');
		const quotes = draft.quotesIn('markdown');
		const lines = [
			`**${markdown.values.pathLabel} lead** (score ${intent.score}, confidence ${intent.confidence})`,
			'',
			markdown.text,
			'',
			`**Suggested first question:** ${markdown.firstQuestion}`,
		];
		if (quotes.length)
			lines.push(
				'',
				'**In their words:**',
				...quotes.map(
					(entry) =>
						`- ${encodeLeadValue('markdown', entry.type, FIELD_LIMITS.label)}: "${entry.quote}"`,
				),
			);
		const routing = draft.routingIn('markdown');
		if (markdown.values.rep) lines.push('', `**Assigned to:** ${markdown.values.rep}`);
		else if (routing) lines.push('', `**Routing:** ${routing}`);
		return { crmNote: lines.join('\n') };
	},
};
