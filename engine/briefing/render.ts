import type { BriefingResult } from '../contract';
import { CONTRACT_VERSION } from '../contract';
import type { Channel } from '../encode';
import type { BriefingDraft, ComposeBriefing, ComposedBriefing } from './channels';
import { BRIEFING_FORMATS } from './channels';
import type { BriefingInput } from './content';
import { encoderFor, MAX_QUOTES, prepareBriefingInput, quoteOf, routingLine } from './content';
import type { BriefingTemplates } from './templating';

/** Every format of one briefing (BRIEFING_FORMATS): shared by template and model mode. */
export function renderBriefing(
	input: BriefingInput,
	compose: ComposeBriefing,
	templates: BriefingTemplates,
	mode: BriefingResult['mode'],
): BriefingResult {
	const prepared = prepareBriefingInput(input);
	const composedByChannel = new Map<Channel, ComposedBriefing>();
	const draft: BriefingDraft = {
		input: prepared,
		templates,
		composed(channel) {
			if (!composedByChannel.has(channel)) composedByChannel.set(channel, compose(channel));
			return composedByChannel.get(channel)!;
		},
		quotesIn(channel) {
			const encode = encoderFor(channel);
			return prepared.intent.signals
				.filter((signal) => signal.polarity === 'positive')
				.slice(0, MAX_QUOTES)
				.map((signal) => ({ type: signal.type.replace('_', ' '), quote: quoteOf(signal, encode) }))
				.filter((entry) => entry.quote);
		},
		// The caller's routing, as given: the prepared copy keeps only a record.
		routingIn: (channel) => routingLine(input.routing, encoderFor(channel)),
	};
	const formats = BRIEFING_FORMATS.map((format) => format.render(draft));
	return { ...Object.assign({}, ...formats), mode, version: CONTRACT_VERSION } as BriefingResult;
}
