/**
 * A separate process that makes assignments against a shared store, for the concurrency and
 * restart tests. argv: store ('redis:<port>' or 'sqlite:<file>'), key prefix, strategy,
 * candidates JSON, then the leads: a count, or a JSON list of duplicate keys (one lead each, in
 * that order), and optionally a folder to meet the other workers in: each writes `ready.<pid>` there
 * and starts assigning once `go` appears, so that all of them really run at the same time.
 * Prints one JSON array: per lead { repId, duplicate }. Strategy 'confirmDelivery' instead
 * confirms the rep notification of each lead id in the list: per lead { repId: null, duplicate:
 * true when it had been confirmed already }.
 */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import type { CapacityStateStore } from '../../../engine/capacity/types';
import { RedisCapacityStore } from '../../../engine/capacity/stores/redisStore';
import { SqliteCapacityStore } from '../../../engine/capacity/stores/sqliteStore';

async function main() {
	const [storeSpec, keyPrefix, strategy, candidates, leads, barrier] = process.argv.slice(2);
	const [kind, target] = [
		storeSpec.slice(0, storeSpec.indexOf(':')),
		storeSpec.slice(storeSpec.indexOf(':') + 1),
	];
	const open = (): CapacityStateStore & { close(): Promise<void> } =>
		kind === 'redis'
			? new RedisCapacityStore({ host: '127.0.0.1', port: Number(target) }, { keyPrefix })
			: new SqliteCapacityStore(target, { keyPrefix });
	// OPEN_AFTER_BARRIER: every process opens the store at the same instant (a fresh SQLite file
	// switched to WAL and given its tables by several first openers at once).
	let store = process.env.OPEN_AFTER_BARRIER ? undefined : open();
	const keys: Array<string | undefined> = /^\d+$/.test(leads)
		? Array.from({ length: Number(leads) }, () => undefined)
		: JSON.parse(leads);
	const picks: Array<{ repId: string | null; duplicate: boolean }> = [];
	if (barrier) {
		writeFileSync(path.join(barrier, `ready.${process.pid}`), '');
		while (!existsSync(path.join(barrier, 'go')))
			await new Promise((resolve) => setTimeout(resolve, 2));
	}
	// OPEN_AT: the instant to open at, waited for without yielding, so that the processes really
	// open together (a poll of the barrier spreads them over milliseconds).
	if (!store && process.env.OPEN_AT) while (Date.now() < Number(process.env.OPEN_AT));
	store ??= open();
	for (const [index, duplicateKey] of keys.entries()) {
		if (strategy === 'confirmDelivery') {
			const confirmation = await store.confirmDelivery(String(duplicateKey), 'repNotification');
			picks.push({ repId: null, duplicate: confirmation.alreadyConfirmed });
			continue;
		}
		const outcome = await store.assign({
			pool: 'closers',
			strategy: strategy as 'roundRobin',
			candidates: JSON.parse(candidates),
			at: Date.parse('2026-11-25T15:00:00Z'),
			lead: {
				id: `${process.pid}-${index}`,
				duplicateKey,
				windowMs: 3_600_000,
				executionId: String(process.pid),
				itemIndex: index,
			},
		});
		picks.push({ repId: outcome.repId, duplicate: outcome.duplicateOf !== undefined });
	}
	await store.close();
	process.stdout.write(JSON.stringify(picks));
}

main().catch((error) => {
	process.stderr.write(String(error?.stack ?? error));
	process.exit(1);
});
