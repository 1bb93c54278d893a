import { homedir } from 'node:os';
import path from 'node:path';

import type { IExecuteFunctions } from 'n8n-workflow';

import type { CapacityState, CapacityStateStore, RedisConnection } from '../../../engine/capacity';
import { RedisCapacityStore, SqliteCapacityStore, StaticDataCapacityStore, staticDataKey } from '../../../engine/capacity';

export type StateStorage = 'sqlite' | 'staticData' | 'redis';

/** Overrides where the SQLite state file lives (tests, or a volume of its own). */
export const STATE_FILE_ENV = 'INTENT_FUNNEL_STATE_FILE';

/**
 * The SQLite state file: $INTENT_FUNNEL_STATE_FILE, else `intent-funnel-capacity.sqlite` in n8n's
 * own folder ($N8N_USER_FOLDER or the home directory, then `.n8n`), beside n8n's database, so it
 * lives on the same volume and survives restarts and upgrades the same way.
 */
export function stateFile(env: NodeJS.ProcessEnv = process.env): string {
	const override = env[STATE_FILE_ENV]?.trim();
	if (override) return override;
	return path.join(env.N8N_USER_FOLDER?.trim() || homedir(), '.n8n', 'intent-funnel-capacity.sqlite');
}

/** Version 1 nodes kept workflow static data as the default; from version 2 it is the SQLite file. */
export const defaultStateStorage = (nodeVersion: number): StateStorage => (nodeVersion >= 2 ? 'sqlite' : 'staticData');

/** A store plus how to let go of it: connections and files are closed after the execution. */
export interface OpenedStore {
	store: CapacityStateStore;
	close(): Promise<void>;
}

/**
 * The store the node's "State Storage" parameter chooses. Both operations go through here, so
 * Assign and Release always count in the same place (same key prefix).
 */
export async function openStateStore(context: IExecuteFunctions): Promise<OpenedStore> {
	const storage = context.getNodeParameter('stateStorage', 0, defaultStateStorage(context.getNode().typeVersion)) as StateStorage;
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
		const store = new SqliteCapacityStore(stateFile(), { keyPrefix, initialState: () => staticData[staticDataKey(keyPrefix)] as Partial<CapacityState> | undefined });
		return { store, close: async () => await store.close() };
	}
	return { store: new StaticDataCapacityStore(staticData, { keyPrefix }), close: async () => {} };
}
