/**
 * n8n-nodes-intent-funnel: the pure engine, for programmatic use outside n8n.
 * The n8n nodes in nodes/ are thin adapters over these functions.
 */
export * from './engine';
