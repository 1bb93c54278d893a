import type { IExecuteFunctions } from 'n8n-workflow';

import type { CapacityStateStore, RedisConnection } from '../../../engine/capacity';
import { RedisCapacityStore, StaticDataCapacityStore } from '../../../engine/capacity';

/** The state store the node is set to use, and how to close it when the execution is done. */
export async function openStore(context: IExecuteFunctions): Promise<{ store: CapacityStateStore; close: () => Promise<void> }> {
	if (context.getNodeParameter('stateStore', 0, 'staticData') !== 'redis') {
		return { store: new StaticDataCapacityStore(context.getWorkflowStaticData('node')), close: async () => {} };
	}
	const credentials = await context.getCredentials<RedisConnection & { port: number | string; database: number | string }>('redis');
	const store = new RedisCapacityStore(
		{ ...credentials, port: Number(credentials.port), database: Number(credentials.database ?? 0) },
		{ keyPrefix: context.getNodeParameter('redisKeyPrefix', 0, 'intentFunnel:capacity') as string },
	);
	return { store, close: async () => await store.close() };
}
