/**
 * The Intent Briefing engine: what a briefing says (content.ts), its templates (templating.ts),
 * one module per output format (channels/), template mode (template.ts) and model mode (model.ts).
 */
export {
	chooseFirstQuestion,
	clauseAround,
	placeholderValues,
	prepareBriefingInput,
	unclassifiedIntent,
} from './content';
export type { BriefingInput } from './content';
export { DEFAULT_TEMPLATES, fillTemplate, PLACEHOLDERS } from './templating';
export type { BriefingTemplates } from './templating';
export { BRIEFING_FORMATS, slackBlocks } from './channels';
export type { BriefingDraft, BriefingFormat, ComposeBriefing, ComposedBriefing } from './channels';
export { renderBriefing } from './render';
export { buildBriefing, composeFromTemplate } from './template';
export type { TemplateBriefingOptions } from './template';
export { smsLength, fitOneSegment, toGsmFriendly } from './smsSegments';
export { briefWithModel, type ModelBriefingOptions } from './model';
