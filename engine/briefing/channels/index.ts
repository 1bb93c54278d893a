import { crmNote } from './crmNote';
import type { BriefingFormat } from './format';
import { htmlEmail } from './htmlEmail';
import { perChannel } from './perChannel';
import { plainText } from './plainText';
import { slackMessage } from './slackBlocks';
import { smsMessage } from './smsMessage';

export type { BriefingDraft, BriefingFormat, ComposeBriefing, ComposedBriefing } from './format';
export { slackBlocks } from './slackBlocks';

/** Every output format of a briefing, in the order its fields appear in the result. */
export const BRIEFING_FORMATS: BriefingFormat[] = [
	plainText,
	smsMessage,
	slackMessage,
	htmlEmail,
	crmNote,
	perChannel,
];
