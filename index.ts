/**
 * n8n-nodes-intent-funnel: the pure engine, for programmatic use outside n8n.
 * The n8n nodes in nodes/ are thin adapters over these functions.
 */
export * from './engine/contract';
export * from './engine/capacity';
export * from './engine/classifier';
export * from './engine/llm';
export * from './engine/gate';
export * from './engine/briefing';
export * from './engine/encode';
export * from './engine/report';
