/**
 * A separate process that makes assignments against a shared Redis, for the concurrency test.
 * argv: port, count, strategy, candidates JSON. Prints the rep ids it got, one JSON array.
 */
import { RedisCapacityStore } from '../../../engine/capacity/stores/redisStore';

async function main() {
	const [port, count, strategy, candidates] = process.argv.slice(2);
	const store = new RedisCapacityStore({ host: '127.0.0.1', port: Number(port) }, { keyPrefix: `test:${strategy}` });
	const picks: Array<string | null> = [];
	for (let i = 0; i < Number(count); i++) {
		const outcome = await store.assign({ pool: 'closers', strategy: strategy as 'roundRobin', candidates: JSON.parse(candidates), at: Date.parse('2026-11-25T15:00:00Z') });
		picks.push(outcome.repId);
	}
	await store.close();
	process.stdout.write(JSON.stringify(picks));
}

main().catch((error) => {
	process.stderr.write(String(error?.stack ?? error));
	process.exit(1);
});
