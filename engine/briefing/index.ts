/**
 * The Intent Briefing engine: template mode (template.ts) and model mode (model.ts).
 */
export * from './template';
export { smsLength, fitOneSegment, toGsmFriendly } from './sms';
export { briefWithModel, type ModelBriefingOptions } from './model';
