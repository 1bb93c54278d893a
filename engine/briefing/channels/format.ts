import type { BriefingResult, IntentResult } from '../../contract';
import type { Channel } from '../../encode';
import type { BriefingInput } from '../content';
import type { BriefingTemplates } from '../templating';

/** One channel's version of a briefing: its placeholder values, the text and the first question. */
export interface ComposedBriefing {
	values: Record<string, string>;
	text: string;
	firstQuestion: string;
}
export type ComposeBriefing = (channel: Channel) => ComposedBriefing;

/** What every format is written from: one briefing, readable in any channel's encoding. */
export interface BriefingDraft {
	/** The prepared input: intent checked, lead fields cleaned and capped. */
	input: BriefingInput & { intent: IntentResult };
	templates: BriefingTemplates;
	/** The briefing in one channel's encoding (computed once per channel). */
	composed(channel: Channel): ComposedBriefing;
	/** The lead's positive quotes with their signal type, encoded for one channel. */
	quotesIn(channel: Channel): Array<{ type: string; quote: string }>;
	/** What routing did, in words, encoded for one channel ('' when there is nothing to say). */
	routingIn(channel: Channel): string;
}

/**
 * One output format of the Intent Briefing (SMS, Slack, email, CRM note...): it writes its own
 * fields of the result from the draft. A new format is one module implementing this and one entry
 * in BRIEFING_FORMATS, plus its fields in the contract's BriefingResult.
 */
export interface BriefingFormat {
	render(draft: BriefingDraft): Partial<BriefingResult>;
}
