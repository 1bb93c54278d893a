/**
 * The engine's public surface: the nodes, and programmatic users through the package's index.ts,
 * import from here only. Pure: no n8n imports anywhere under engine/.
 */
export * from './contract';
export * from './capacity';
export * from './classifier';
export { classifyWithModel, isFlaggedByBuiltin } from './classifier/model';
export type { ModelClassifierOptions } from './classifier/model';
export * from './llm';
export * from './gate';
export * from './briefing';
export * from './encode';
export * from './report';
export * from './intake';
