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

/**
 * How long a production execution reuses the Redis credential an earlier execution of the same
 * node read. n8n 2.40.7 reads a credential from its database and decrypts it on every
 * `getCredentials` call; in queue mode that was two thirds of Capacity Check's time per execution
 * (a median 20 of 30 ms on a worker, measured with `npm run bench:n8n`). An edited credential
 * takes effect within this time; manual runs from the editor always read it afresh.
 */
export const CREDENTIAL_REUSE_MS = 30_000;

interface ReusedCredential {
	credentials: RedisConnection;
	until: number;
}

/** Per workflow, node and credential id: what one node was allowed to read is all it reuses. */
const reusedCredentials = new Map<string, ReusedCredential>();

/** Forgets every reused credential (tests, and a process that wants a fresh read). */
export function forgetReusedCredentials(): void {
	reusedCredentials.clear();
}

async function redisCredentialsOf(
	context: IExecuteFunctions,
): Promise<{ credentials: RedisConnection; forget: () => void }> {
	const node = context.getNode();
	const credentialId = node.credentials?.redis?.id;
	const read = async () => await context.getCredentials<RedisConnection>('redis');
	if (!credentialId || context.getMode() === 'manual')
		return { credentials: await read(), forget: () => {} };
	const key = JSON.stringify([context.getWorkflow().id ?? '', node.id ?? node.name, credentialId]);
	const forget = () => reusedCredentials.delete(key);
	const now = Date.now();
	const reused = reusedCredentials.get(key);
	if (reused && reused.until > now) return { credentials: reused.credentials, forget };
	const credentials = await read();
	// Expired entries of workflows that no longer run go when the map grows.
	if (reusedCredentials.size >= 1000)
		for (const [oldKey, entry] of reusedCredentials)
			if (entry.until <= now) reusedCredentials.delete(oldKey);
	reusedCredentials.set(key, { credentials, until: now + CREDENTIAL_REUSE_MS });
	return { credentials, forget };
}

/**
 * The store, except that any failed call forgets the reused credential first: a password changed
 * on the server, or a Redis moved elsewhere, is read again by the next execution, not 30 s later.
 */
function forgettingOnFailure(store: CapacityStateStore, forget: () => void): CapacityStateStore {
	const guard =
		<A extends unknown[], R>(call: (...args: A) => Promise<R>) =>
		async (...args: A): Promise<R> => {
			let succeeded = false;
			try {
				const result = await call(...args);
				succeeded = true;
				return result;
			} finally {
				// The caller words the failure for the user (assign, release): it only passes through.
				if (!succeeded) forget();
			}
		};
	return {
		assign: guard(store.assign.bind(store)),
		release: guard(store.release.bind(store)),
		confirmDelivery: guard(store.confirmDelivery.bind(store)),
		counts: guard(store.counts.bind(store)),
	};
}

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
		const { credentials, forget } = await redisCredentialsOf(context);
		const store = new RedisCapacityStore(
			{
				...credentials,
				port: Number(credentials.port),
				database: credentials.database === undefined ? undefined : Number(credentials.database),
			},
			{ keyPrefix },
		);
		return {
			store: forgettingOnFailure(store, forget),
			close: async () => await store.close(),
		};
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
