/**
 * Template mode of the Intent Briefing: deterministic and offline. The briefing's content comes
 * from content.ts, its sentences from templating.ts, its formats from channels/.
 */
import type { BriefingResult } from '../contract';
import type { ComposeBriefing } from './channels';
import type { BriefingInput } from './content';
import { placeholderValues, prepareBriefingInput } from './content';
import { renderBriefing } from './render';
import type { BriefingTemplates } from './templating';
import { DEFAULT_TEMPLATES, fillTemplate } from './templating';

export interface TemplateBriefingOptions {
	templates?: Partial<BriefingTemplates>;
}

/** The template briefing's composition for one channel. */
export function composeFromTemplate(input: BriefingInput, template: string): ComposeBriefing {
	return (channel) => {
		const values = placeholderValues(input, channel);
		return { values, text: fillTemplate(template, values), firstQuestion: values.firstQuestion };
	};
}

export function buildBriefing(
	input: BriefingInput,
	options: TemplateBriefingOptions = {},
): BriefingResult {
	const templates = { ...DEFAULT_TEMPLATES, ...options.templates };
	const prepared = prepareBriefingInput(input);
	return renderBriefing(
		prepared,
		composeFromTemplate(prepared, templates.text),
		templates,
		'template',
	);
}
