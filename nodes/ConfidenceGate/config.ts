import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { GateConfig } from '../../engine';
import { DEFAULT_GATE_CONFIG } from '../../engine';

const list = (value: unknown) =>
	String(value ?? '')
		.split(',')
		.map((entry) => entry.trim().toLowerCase())
		.filter(Boolean);

/** Reads the node's rule parameters into the engine's configuration, with clear errors. */
export function readGateConfig(context: IExecuteFunctions): GateConfig {
	const get = <T>(name: string, fallback: T) => context.getNodeParameter(name, 0, fallback) as T;
	const boundaries = list(get('scoreBoundaries', '70, 40')).map(Number);
	if (boundaries.some((boundary) => !Number.isFinite(boundary) || boundary < 0 || boundary > 100)) {
		throw new NodeOperationError(
			context.getNode(),
			`"Score Boundaries" must be numbers from 0 to 100 separated by commas, got "${get('scoreBoundaries', '')}"`,
		);
	}
	const thresholds = get<Array<{ path: string; minConfidence: number }>>(
		'pathThresholds.threshold',
		[],
	);
	return {
		malformedIntent: { enabled: get('malformedIntent', true) },
		vip: {
			enabled: get('vip', false),
			domains: list(get('vipDomains', '')),
			accounts: list(get('vipAccounts', '')),
		},
		modelFallback: { enabled: get('modelFallback', true) },
		lowConfidence: {
			enabled: get('lowConfidence', true),
			default: get('defaultMinConfidence', DEFAULT_GATE_CONFIG.lowConfidence.default),
			perPath: Object.fromEntries(
				thresholds
					.filter((entry) => entry.path)
					.map((entry) => [entry.path.trim(), entry.minConfidence]),
			),
		},
		falseNegativeGuard: {
			...DEFAULT_GATE_CONFIG.falseNegativeGuard,
			enabled: get('falseNegativeGuard', true),
			paths: list(get('guardedPaths', 'nurture, support, junk')),
			reviewFromSalesProbability: get(
				'reviewFromSalesProbability',
				DEFAULT_GATE_CONFIG.falseNegativeGuard.reviewFromSalesProbability,
			),
			signalsNeedSalesProbability: get(
				'signalsNeedSalesProbability',
				DEFAULT_GATE_CONFIG.falseNegativeGuard.signalsNeedSalesProbability,
			),
		},
		nearBoundary: {
			...DEFAULT_GATE_CONFIG.nearBoundary,
			enabled: get('nearBoundary', true),
			margin: get('boundaryMargin', 5),
			boundaries,
		},
		qaSample: {
			enabled: get('qaSample', false),
			percent: get('qaPercent', 5),
			seed: get('qaSeed', 'intent-funnel'),
		},
	};
}
