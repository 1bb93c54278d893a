import { fitOneSegment, smsLength, toGsmFriendly } from '../smsSegments';
import { fillTemplate } from '../templating';
import type { BriefingFormat } from './format';

/**
 * A text message to the rep: the SMS template's parts, later parts dropped to fit one segment;
 * `sms`, `smsSegments`, `smsEncoding`.
 */
export const smsMessage: BriefingFormat = {
	render(draft) {
		const sms = draft.composed('sms');
		const text = fitOneSegment(
			draft.templates.sms.map((part) =>
				toGsmFriendly(fillTemplate(part, { ...sms.values, firstQuestion: sms.firstQuestion })),
			),
		);
		const length = smsLength(text);
		return { sms: text, smsSegments: length.segments, smsEncoding: length.encoding };
	},
};
