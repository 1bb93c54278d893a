import type { IExecuteFunctions } from 'n8n-workflow';

import type { CapacityState, CapacityStateStore, RedisConnection } from '../../../engine';
import {
	defaultStateFile,
	RedisCapacityStore,
	SqliteCapacityStore,
	StaticDataCapacityStore,
	staticDataKey,
} from '../../../engine';

export type StateStorage = 'sqlite' | 'staticData' | 'redis';

/** Version 1 nodes kept workflow static data as the default; from version 2 it is the SQLite file. */
export const defaultStateStorage = (nodeVersion: number): StateStorage =>
	nodeVersion >= 2 ? 'sqlite' : 'staticData';

/**
 * A store plus how to let go of it after the execution: a SQLite file is closed, a Redis store
 * gives back its lease on the worker's shared connection (it stays open for the next execution).
 */
export interface OpenedStore {
	store: CapacityStateStore;
	close(): Promise<void>;
}

/**
 * The store the node's "State Storage" parameter chooses. Both operations go through here, so
 * Assign and Release always count in the same place (same key prefix).
 */
export async function openStateStore(context: IExecuteFunctions): Promise<OpenedStore> {
	const storage = context.getNodeParameter(
		'stateStorage',
		0,
		defaultStateStorage(context.getNode().typeVersion),
	) as StateStorage;
	const keyPrefix = (context.getNodeParameter('stateKey', 0, '') as string).trim() || undefined;
	// 'global', not 'node': a Release node elsewhere in the workflow must see the counts that
	// this workflow's Assign node wrote.
	const staticData = context.getWorkflowStaticData('global');
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
	if (storage === 'sqlite') {
		// The counts an earlier version kept in this workflow's static data seed the file the first
		// time it has nothing under this key, so switching storage loses no open lead.
		const store = new SqliteCapacityStore(defaultStateFile(), {
			keyPrefix,
			initialState: () =>
				staticData[staticDataKey(keyPrefix)] as Partial<CapacityState> | undefined,
		});
		return { store, close: async () => await store.close() };
	}
	return { store: new StaticDataCapacityStore(staticData, { keyPrefix }), close: async () => {} };
}
