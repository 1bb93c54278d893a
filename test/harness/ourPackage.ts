/**
 * This package's node and credential classes, loaded from source so jest runs the code under
 * test (with the .ts extension: "X.node" alone would find the codex X.node.json first
 * outside jest). Lazy getters keep a suite that uses one node from loading the others.
 * Register every new node and credential here (and in package.json's "n8n" block).
 */
import type { ICredentialType, INodeType, IVersionedNodeType } from 'n8n-workflow';

export const PACKAGE_NAME = 'n8n-nodes-intent-funnel';

type Lazy<T> = () => new () => T;

/* eslint-disable @typescript-eslint/no-require-imports */
export const OUR_NODES: Record<string, Lazy<INodeType | IVersionedNodeType>> = {
	semanticClassifier: () =>
		require('../../nodes/SemanticClassifier/SemanticClassifier.node.ts').SemanticClassifier,
	capacityCheck: () => require('../../nodes/CapacityCheck/CapacityCheck.node.ts').CapacityCheck,
	intentBriefing: () => require('../../nodes/IntentBriefing/IntentBriefing.node.ts').IntentBriefing,
	confidenceGate: () => require('../../nodes/ConfidenceGate/ConfidenceGate.node.ts').ConfidenceGate,
	funnelReport: () => require('../../nodes/FunnelReport/FunnelReport.node.ts').FunnelReport,
	emailIntake: () => require('../../nodes/EmailIntake/EmailIntake.node.ts').EmailIntake,
};

export const OUR_CREDENTIALS: Record<string, Lazy<ICredentialType>> = {
	intentFunnelOpenAiApi: () =>
		require('../../credentials/IntentFunnelOpenAiApi.credentials.ts').IntentFunnelOpenAiApi,
};
/* eslint-enable @typescript-eslint/no-require-imports */
