import type { IntentResult } from '../../contract';
import type { BriefingFormat, ComposedBriefing } from './format';

/** Cuts encoded text to `max` without leaving half an entity (&am...). */
const clip = (text: string, max: number) =>
	text.length <= max ? text : `${text.slice(0, max - 1).replace(/&[#\w]*$/, '')}…`;

/** Slack Block Kit, within Slack's text limits (150 for a header, 3,000 for a section). */
export function slackBlocks(
	slack: ComposedBriefing,
	plain: ComposedBriefing,
	intent: IntentResult,
): Array<Record<string, unknown>> {
	const values = slack.values;
	const fields = [
		{ type: 'mrkdwn', text: `*Score*\n${intent.score} (${values.path})` },
		{ type: 'mrkdwn', text: `*Confidence*\n${intent.confidence}` },
		values.deadline && { type: 'mrkdwn', text: `*Deadline*\n${values.deadline}` },
		values.budget && { type: 'mrkdwn', text: `*Budget*\n${values.budget}` },
		values.rep && { type: 'mrkdwn', text: `*Rep*\n${values.rep}` },
	].filter(Boolean);
	const blocks: Array<Record<string, unknown>> = [
		// plain_text shows what it is given; the plain channel's values are inert there.
		{
			type: 'header',
			text: {
				type: 'plain_text',
				text: clip(`${plain.values.pathLabel} lead: ${plain.values.leadLabel}`, 150),
				emoji: true,
			},
		},
		{ type: 'section', text: { type: 'mrkdwn', text: clip(slack.text, 3000) } },
		{ type: 'section', fields },
		{
			type: 'section',
			text: {
				type: 'mrkdwn',
				text: clip(`*Suggested first question*\n${slack.firstQuestion}`, 3000),
			},
		},
	];
	if (values.reasons)
		blocks.push({
			type: 'context',
			elements: [{ type: 'mrkdwn', text: clip(values.reasons, 3000) }],
		});
	return blocks;
}

/** `slackBlocks`. */
export const slackMessage: BriefingFormat = {
	render: (draft) => ({
		slackBlocks: slackBlocks(draft.composed('slack'), draft.composed('plain'), draft.input.intent),
	}),
};
