import { encodeLeadValue, FIELD_LIMITS } from '../../encode';
import type { BriefingFormat } from './format';

/** An HTML email body: `html`. */
export const htmlEmail: BriefingFormat = {
	render(draft) {
		const { intent } = draft.input;
		const html = draft.composed('html');
		const quotes = draft.quotesIn('html');
		const routing = draft.routingIn('html');
		const document = [
			`<h2>${html.values.pathLabel} lead: ${html.values.leadLabel}</h2>`,
			`<p>${html.text}</p>`,
			`<p><strong>Suggested first question:</strong> ${html.firstQuestion}</p>`,
			quotes.length
				? `<ul>${quotes.map((entry) => `<li>${encodeLeadValue('html', entry.type, FIELD_LIMITS.label)}: &ldquo;${entry.quote}&rdquo;</li>`).join('')}</ul>`
				: '',
			routing && !html.values.rep ? `<p>${routing}</p>` : '',
			`<p style="color:#666">Score ${intent.score}, confidence ${intent.confidence}${html.values.rep ? `, assigned to ${html.values.rep}` : ''}</p>`,
		]
			.filter(Boolean)
			.join('\n');
		return { html: document };
	},
};
