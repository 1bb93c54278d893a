import { defineScript } from '@redis/client';

import type * as capacity from '../types';
import {
	DAILY_COUNTER_KEEP_DAYS,
	DELIVERY_MEMORY_MS,
	deliveredChannels,
	LEAD_RECORD_GRACE_MS,
	RELEASE_MEMORY_MS,
} from './pick';
import {
	redisConnectionPool,
	type RedisClient,
	type RedisConnection,
	type SharedRedisConnection,
} from './redisConnections';

export type { RedisConnection } from './redisConnections';

/**
 * A date's daily counters expire this long after the last lead counted on it: as long as static
 * data keeps them (the submission's UTC date and the two before), and never by the wall-clock
 * date, so a batch of old leads processed late still counts against the caps of its days.
 */
const DAILY_COUNTER_TTL_SECONDS = (DAILY_COUNTER_KEEP_DAYS + 1) * 86_400;

/**
 * A script sent by its SHA1 (EVALSHA): 40 bytes per call instead of the ~4 KB source.
 * @redis/client's executeScript falls back to EVAL, which loads the script again, when Redis
 * answers NOSCRIPT (after a restart or SCRIPT FLUSH).
 */
function luaScript(SCRIPT: string) {
	// transformArguments is required by the type; runScript passes the arguments ready-made.
	return defineScript({ SCRIPT, transformArguments: (...args: string[]) => args });
}

async function runScript(
	client: RedisClient,
	script: ReturnType<typeof luaScript>,
	keys: string[],
	args: string[],
): Promise<unknown> {
	return await client.executeScript(script, [String(keys.length), ...keys, ...args]);
}

/**
 * The same duplicate check and pick-and-count as stores/pick.ts, run inside Redis as one script:
 * Redis executes a script atomically, so executions on different queue-mode workers can never
 * both take a rep's last free slot or both count one lead. Keep the two in step; one conformance
 * test suite runs against every store.
 *
 * KEYS: open, last, wrr, the lead record of the duplicate key (a placeholder without one), then
 * one daily hash per distinct date among the candidates (reps in different zones can be on
 * different dates); each candidate names its hash by KEYS index. ARGV[4] is the prefix of the
 * delivery hashes: a duplicate reads the one of the lead its record names, which is known only
 * inside the script, so that key is not declared (fine on the single Redis n8n's credential
 * connects to; it would not be on Redis Cluster, which n8n's credential does not offer).
 */
const ASSIGN_SCRIPT = luaScript(`
local req = cjson.decode(ARGV[1])
local ttl = tonumber(ARGV[2])
local openKey, lastKey, wrrKey, leadKey = KEYS[1], KEYS[2], KEYS[3], KEYS[4]
local function num(value) if value == nil or value == cjson.null then return nil end return tonumber(value) end
local function str(value) if value == nil or value == cjson.null then return '' end return tostring(value) end
local lead = req.lead
if lead == cjson.null then lead = nil end
local duplicateKey = lead and lead.duplicateKey ~= nil and lead.duplicateKey ~= cjson.null
if duplicateKey then
  local record = redis.call('HMGET', leadKey, 'leadId', 'repId', 'at', 'executionId', 'itemIndex', 'pool')
  if record[1] and math.abs(req.at - tonumber(record[3])) <= lead.windowMs then
    local executionId, itemIndex = str(lead.executionId), str(lead.itemIndex)
    local replay = executionId ~= '' and record[4] == executionId and record[5] == itemIndex
    local repId = record[2]
    if repId == '' then repId = nil end
    local delivered = redis.call('HKEYS', ARGV[4] .. record[1])
    return cjson.encode({ repId = repId, leadId = record[1], delivered = delivered, duplicateOf = { leadId = record[1], firstAt = tonumber(record[3]), pool = record[6], replay = replay } })
  end
end
local function finish(outcome)
  if lead then outcome.leadId = lead.id end
  if duplicateKey then
    redis.call('HSET', leadKey, 'leadId', lead.id, 'repId', str(outcome.repId), 'at', string.format('%.0f', req.at),
      'executionId', str(lead.executionId), 'itemIndex', str(lead.itemIndex), 'pool', req.pool)
    redis.call('PEXPIRE', leadKey, ARGV[3])
  end
  return cjson.encode(outcome)
end
local eligible, atCap = {}, {}
for i, c in ipairs(req.candidates) do
  local open = tonumber(redis.call('HGET', openKey, c.id) or '0')
  local today = tonumber(redis.call('HGET', KEYS[c.dailyKey], c.id) or '0')
  local maxOpen, maxDay = num(c.maxOpenLeads), num(c.maxLeadsPerDay)
  if maxOpen ~= nil and open >= maxOpen then
    table.insert(atCap, { repId = c.id, cap = 'maxOpenLeads', value = open })
  elseif maxDay ~= nil and today >= maxDay then
    table.insert(atCap, { repId = c.id, cap = 'maxLeadsPerDay', value = today })
  else
    c.open, c.today, c.order = open, today, i
    table.insert(eligible, c)
  end
end
if #eligible == 0 then return finish({ atCap = atCap }) end
local chosen
if req.strategy == 'priorityOrder' then
  chosen = eligible[1]
  for _, c in ipairs(eligible) do if c.priority < chosen.priority then chosen = c end end
elseif req.strategy == 'leastLoaded' then
  chosen = eligible[1]
  for _, c in ipairs(eligible) do
    if c.open < chosen.open or (c.open == chosen.open and c.today < chosen.today) then chosen = c end
  end
elseif req.strategy == 'weightedRoundRobin' then
  local total = 0
  for _, c in ipairs(eligible) do
    total = total + c.weight
    c.current = tonumber(redis.call('HINCRBYFLOAT', wrrKey, c.id, c.weight))
  end
  chosen = eligible[1]
  for _, c in ipairs(eligible) do if c.current > chosen.current then chosen = c end end
  redis.call('HINCRBYFLOAT', wrrKey, chosen.id, -total)
else
  local order = {}
  local ids = req.rosterOrder
  if ids == nil or ids == cjson.null then
    ids = {}
    for i, c in ipairs(req.candidates) do ids[i] = c.id end
  end
  for i, id in ipairs(ids) do order[id] = i end
  local last = redis.call('HGET', lastKey, req.pool)
  local lastIndex = 0
  if last and order[last] then lastIndex = order[last] end
  for _, c in ipairs(eligible) do if (order[c.id] or 0) > lastIndex then chosen = c break end end
  if chosen == nil then chosen = eligible[1] end
end
redis.call('HSET', lastKey, req.pool, chosen.id)
local open = redis.call('HINCRBY', openKey, chosen.id, 1)
local today = redis.call('HINCRBY', KEYS[chosen.dailyKey], chosen.id, 1)
redis.call('EXPIRE', KEYS[chosen.dailyKey], ttl)
return finish({ repId = chosen.id, atCap = atCap, openLeads = open, leadsToday = today })
`);

/**
 * KEYS: open, the lead's release mark (a placeholder without a lead id). ARGV: rep id, '1' when
 * there is a lead id, how long (ms) to remember the release. Returns { open count, 1 when the
 * lead had been released already }.
 */
const RELEASE_SCRIPT = luaScript(`
local open = tonumber(redis.call('HGET', KEYS[1], ARGV[1]) or '0')
if ARGV[2] == '1' and redis.call('EXISTS', KEYS[2]) == 1 then return { open, 1 } end
if open > 0 then open = redis.call('HINCRBY', KEYS[1], ARGV[1], -1) end
if ARGV[2] == '1' then redis.call('SET', KEYS[2], ARGV[1], 'PX', ARGV[3]) end
return { open, 0 }
`);

/**
 * KEYS: the lead's delivery hash (channel -> epoch ms). ARGV: channel, now, how long (ms) to keep
 * the hash. Returns { confirmed at, 1 when it had been confirmed before }.
 */
const CONFIRM_DELIVERY_SCRIPT = luaScript(`
if redis.call('HSETNX', KEYS[1], ARGV[1], ARGV[2]) == 0 then return { redis.call('HGET', KEYS[1], ARGV[1]), 1 } end
redis.call('PEXPIRE', KEYS[1], ARGV[3])
return { ARGV[2], 0 }
`);

/**
 * Rotation and counts in Redis, for n8n queue mode with many workers.
 *
 * Stores borrow a process-wide connection per credential (see redisConnections.ts) instead of
 * opening their own: the node opens a store for every execution, and a worker runs thousands.
 * A store takes its lease on first use and keeps it until close(), so a connection is never idle-
 * closed between the items of one execution, and a store that is not closed keeps its process
 * alive as one with its own connection would.
 */
export class RedisCapacityStore implements capacity.CapacityStateStore {
	private readonly prefix: string;

	private lease: SharedRedisConnection | undefined;

	constructor(
		private readonly connection: RedisConnection,
		options: { keyPrefix?: string } = {},
	) {
		this.prefix = options.keyPrefix ?? 'intentFunnel:capacity';
	}

	/**
	 * Quits every pooled connection of this process, leased or not. For tests and a graceful
	 * shutdown; a store used afterwards connects again.
	 */
	static async closeSharedConnections(): Promise<void> {
		await redisConnectionPool.closeAll();
	}

	/** Runs on the shared connection, borrowed again when the one this store held has left the pool. */
	private async send<T>(command: (client: RedisClient) => Promise<T>): Promise<T> {
		if (!this.lease?.usable) {
			this.lease?.giveBack();
			this.lease = redisConnectionPool.borrow(this.connection);
		}
		return await this.lease.send(command);
	}

	async assign(request: capacity.AssignRequest): Promise<capacity.AssignOutcome> {
		const days = [...new Set(request.candidates.map((candidate) => candidate.day))];
		const duplicateKey = request.lead?.duplicateKey;
		const leadKey = duplicateKey ? `${this.prefix}:lead:${duplicateKey}` : `${this.prefix}:lead:-`;
		const keys = [
			`${this.prefix}:open`,
			`${this.prefix}:last`,
			`${this.prefix}:wrr:${request.pool}`,
			leadKey,
			...days.map((day) => this.dailyKey(day)),
		];
		// Lua indexes KEYS from 1: the first daily hash is KEYS[5].
		const candidates = request.candidates.map((candidate) => ({
			...candidate,
			dailyKey: 5 + days.indexOf(candidate.day),
		}));
		const leadMemoryMs = (request.lead?.windowMs ?? 0) + LEAD_RECORD_GRACE_MS;
		const raw = (await this.send(
			async (client) =>
				await runScript(client, ASSIGN_SCRIPT, keys, [
					JSON.stringify({ ...request, candidates }),
					String(DAILY_COUNTER_TTL_SECONDS),
					String(leadMemoryMs),
					`${this.prefix}:delivered:`,
				]),
		)) as string;
		const result = JSON.parse(raw) as Partial<capacity.AssignOutcome> & {
			delivered?: string[] | Record<string, never>;
		};
		// cjson encodes an empty list as {}.
		const atCap = Array.isArray(result.atCap) ? result.atCap : [];
		const lead = result.leadId ? { leadId: result.leadId } : {};
		if (result.duplicateOf) {
			const delivered = deliveredChannels(Array.isArray(result.delivered) ? result.delivered : []);
			return {
				repId: result.repId ?? null,
				atCap: [],
				...lead,
				duplicateOf: { ...result.duplicateOf, delivered },
			};
		}
		return result.repId
			? {
					repId: result.repId,
					atCap,
					openLeads: result.openLeads,
					leadsToday: result.leadsToday,
					...lead,
				}
			: { repId: null, atCap, ...lead };
	}

	async release(
		repId: string,
		options: capacity.ReleaseOptions = {},
	): Promise<capacity.ReleaseOutcome> {
		const { leadId } = options;
		const [openLeads, alreadyReleased] = (await this.send(
			async (client) =>
				await runScript(
					client,
					RELEASE_SCRIPT,
					[`${this.prefix}:open`, `${this.prefix}:released:${leadId ?? '-'}`],
					[repId, leadId === undefined ? '0' : '1', String(RELEASE_MEMORY_MS)],
				),
		)) as [number, number];
		return { openLeads: Number(openLeads), alreadyReleased: alreadyReleased === 1 };
	}

	async confirmDelivery(
		leadId: string,
		channel: capacity.DeliveryChannel,
		options: capacity.DeliveryOptions = {},
	): Promise<capacity.DeliveryOutcome> {
		const now = options.now ?? Date.now();
		const [confirmedAt, alreadyConfirmed] = (await this.send(
			async (client) =>
				await runScript(
					client,
					CONFIRM_DELIVERY_SCRIPT,
					[`${this.prefix}:delivered:${leadId}`],
					[channel, String(now), String(DELIVERY_MEMORY_MS)],
				),
		)) as [string, number];
		return { confirmedAt: Number(confirmedAt), alreadyConfirmed: alreadyConfirmed === 1 };
	}

	async counts(repIds: string[], day: string) {
		const entries = await this.send(
			async (client) =>
				await Promise.all(
					repIds.map(async (id) => {
						const [open, today] = await Promise.all([
							client.hGet(`${this.prefix}:open`, id),
							client.hGet(this.dailyKey(day), id),
						]);
						return [id, { openLeads: Number(open ?? 0), leadsToday: Number(today ?? 0) }] as const;
					}),
				),
		);
		return Object.fromEntries(entries);
	}

	/** One hash per calendar date, field = rep id: the key layout of earlier versions, so counts carry over. */
	private dailyKey(day: string): string {
		return `${this.prefix}:daily:${day}`;
	}

	/**
	 * Gives back this store's lease: the shared connection stays open for the next execution and
	 * is quit after it has been idle a while. Nothing else holds the process open once every
	 * store is closed. The store can still be used; it borrows again.
	 */
	async close(): Promise<void> {
		this.lease?.giveBack();
		this.lease = undefined;
	}
}
