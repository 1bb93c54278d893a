import type { BriefingChannel, BriefingResult } from '../../contract';
import { cleanLeadText, encodeLeadValue, FIELD_LIMITS } from '../../encode';
import type { BriefingFormat } from './format';

const MESSAGE_CHANNELS = ['plain', 'slack', 'html', 'markdown'] as const;

/** The briefing's parts encoded for each kind of message, for users' own templates: `channels`. */
export const perChannel: BriefingFormat = {
	render(draft) {
		const message = cleanLeadText(draft.input.lead.text, FIELD_LIMITS.message);
		const channels = Object.fromEntries(
			MESSAGE_CHANNELS.map((channel): [string, BriefingChannel] => {
				const composed = draft.composed(channel);
				return [
					channel,
					{
						text: composed.text,
						leadLabel: composed.values.leadLabel,
						message: encodeLeadValue(channel, message, FIELD_LIMITS.message),
						routing: draft.routingIn(channel),
					},
				];
			}),
		) as BriefingResult['channels'];
		return { channels };
	},
};
