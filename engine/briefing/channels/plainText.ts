import type { BriefingFormat } from './format';

/** The briefing as plain text and the suggested first question: `text`, `firstQuestion`. */
export const plainText: BriefingFormat = {
	render(draft) {
		const plain = draft.composed('plain');
		return { text: plain.text, firstQuestion: plain.firstQuestion };
	},
};
