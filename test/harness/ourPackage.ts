/**
 * This package's node and credential classes, loaded from source so jest runs the code under
 * test. Lazy getters keep a suite that uses one node from loading the others.
 * Register every new node and credential here (and in package.json's "n8n" block).
 */
import type { ICredentialType, INodeType, IVersionedNodeType } from 'n8n-workflow';

export const PACKAGE_NAME = 'n8n-nodes-intent-funnel';

type Lazy<T> = () => new () => T;

/* eslint-disable @typescript-eslint/no-require-imports */
export const OUR_NODES: Record<string, Lazy<INodeType | IVersionedNodeType>> = {
	semanticClassifier: () =>
		require('../../nodes/SemanticClassifier/SemanticClassifier.node').SemanticClassifier,
	capacityCheck: () => require('../../nodes/CapacityCheck/CapacityCheck.node').CapacityCheck,
	intentBriefing: () => require('../../nodes/IntentBriefing/IntentBriefing.node').IntentBriefing,
	confidenceGate: () => require('../../nodes/ConfidenceGate/ConfidenceGate.node').ConfidenceGate,
};

export const OUR_CREDENTIALS: Record<string, Lazy<ICredentialType>> = {
	intentFunnelOpenAiApi: () =>
		require('../../credentials/IntentFunnelOpenAiApi.credentials').IntentFunnelOpenAiApi,
};
/* eslint-enable @typescript-eslint/no-require-imports */
