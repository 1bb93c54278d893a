import type { IExecuteFunctions } from 'n8n-workflow';

import type { CapacityStateStore, RedisConnection } from '../../../engine/capacity';
import { RedisCapacityStore, StaticDataCapacityStore } from '../../../engine/capacity';

export type StateStorage = 'staticData' | 'redis';

/** A store plus how to let go of it: Redis connections are closed after the execution. */
export interface OpenedStore {
	store: CapacityStateStore;
	close(): Promise<void>;
}

/**
 * The store the node's "State" parameter chooses. Both operations go through here, so Assign and
 * Release always count in the same place (same key prefix).
 */
export async function openStateStore(context: IExecuteFunctions): Promise<OpenedStore> {
	const storage = context.getNodeParameter('stateStorage', 0, 'staticData') as StateStorage;
	const keyPrefix = (context.getNodeParameter('stateKey', 0, '') as string).trim() || undefined;
	if (storage === 'redis') {
		// n8n's built-in Redis credential has exactly the fields of RedisConnection.
		const credentials = await context.getCredentials<RedisConnection>('redis');
		const store = new RedisCapacityStore(
			{
				...credentials,
				port: Number(credentials.port),
				database: credentials.database === undefined ? undefined : Number(credentials.database),
			},
			{ keyPrefix },
		);
		return { store, close: async () => await store.close() };
	}
	// 'global', not 'node': a Release node elsewhere in the workflow must see the counts that
	// this workflow's Assign node wrote.
	return { store: new StaticDataCapacityStore(context.getWorkflowStaticData('global'), { keyPrefix }), close: async () => {} };
}
