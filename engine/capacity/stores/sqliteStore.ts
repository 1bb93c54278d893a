/**
 * The one place of the package that reads the environment and the file system (n8n's package
 * scanner lists it as a self-hosted-only exception): the SQLite state file and its connection.
 */
import { mkdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';

import type * as capacity from '../types';
import * as pick from './pick';

/** The part of node:sqlite's DatabaseSync this store uses (@types/node 20 does not declare the module). */
interface SqliteStatement {
	get(...parameters: Array<string | number | null>): Record<string, unknown> | undefined;
	all(...parameters: Array<string | number | null>): Array<Record<string, unknown>>;
	run(...parameters: Array<string | number | null>): unknown;
}
interface SqliteDatabase {
	exec(sql: string): void;
	prepare(sql: string): SqliteStatement;
	close(): void;
}

/** Overrides where the SQLite state file lives (tests, or a volume of its own). */
export const STATE_FILE_ENV = 'INTENT_FUNNEL_STATE_FILE';

/**
 * The SQLite state file: $INTENT_FUNNEL_STATE_FILE, else `intent-funnel-capacity.sqlite` in n8n's
 * own folder ($N8N_USER_FOLDER or the home directory, then `.n8n`), beside n8n's database, so it
 * lives on the same volume and survives restarts and upgrades the same way.
 */
export function defaultStateFile(env: Record<string, string | undefined> = process.env): string {
	const override = env[STATE_FILE_ENV]?.trim();
	if (override) return override;
	return path.join(
		env.N8N_USER_FOLDER?.trim() || homedir(),
		'.n8n',
		'intent-funnel-capacity.sqlite',
	);
}

/** Milliseconds a transaction waits for another process's write lock before it gives up. */
const BUSY_TIMEOUT_MS = 10_000;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS capacity_state (prefix TEXT PRIMARY KEY, state TEXT NOT NULL, updated_at INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS capacity_leads (
	prefix TEXT NOT NULL, duplicate_key TEXT NOT NULL, lead_id TEXT NOT NULL, rep_id TEXT, at INTEGER NOT NULL, pool TEXT NOT NULL,
	execution_id TEXT, item_index INTEGER, expires_at INTEGER NOT NULL, PRIMARY KEY (prefix, duplicate_key));
CREATE INDEX IF NOT EXISTS capacity_leads_expiry ON capacity_leads (expires_at);
CREATE TABLE IF NOT EXISTS capacity_releases (prefix TEXT NOT NULL, lead_id TEXT NOT NULL, rep_id TEXT NOT NULL, expires_at INTEGER NOT NULL, PRIMARY KEY (prefix, lead_id));
CREATE INDEX IF NOT EXISTS capacity_releases_expiry ON capacity_releases (expires_at);
CREATE TABLE IF NOT EXISTS capacity_deliveries (
	prefix TEXT NOT NULL, lead_id TEXT NOT NULL, channel TEXT NOT NULL, confirmed_at INTEGER NOT NULL, expires_at INTEGER NOT NULL,
	PRIMARY KEY (prefix, lead_id, channel));
CREATE INDEX IF NOT EXISTS capacity_deliveries_expiry ON capacity_deliveries (expires_at);
`;

/** node:sqlite, or undefined on a Node.js without it (before 22.13 it needs a flag). */
function loadSqlite(): { DatabaseSync: new (file: string) => SqliteDatabase } | undefined {
	try {
		// Loaded here, not imported: n8n can load the package on a Node.js without node:sqlite, where
		// only this store is unusable.
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		return require('node:sqlite');
	} catch {
		return undefined;
	}
}

function openDatabase(file: string): SqliteDatabase {
	const sqlite = loadSqlite();
	if (!sqlite) {
		throw new Error(
			`The SQLite state storage needs Node.js 22.13 or later (node:sqlite); this n8n runs on Node.js ${process.versions.node}. Use Redis state storage, or upgrade Node.js.`,
		);
	}
	mkdirSync(path.dirname(file), { recursive: true });
	const database = new sqlite.DatabaseSync(file);
	// busy_timeout first: setting WAL and creating tables take locks another process may hold.
	database.exec(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`);
	// WAL: readers never wait for the writer. synchronous=NORMAL in WAL keeps every committed
	// assignment through a crash or restart of n8n; only a power cut can lose the last ones.
	whileLocked(() => database.exec('PRAGMA journal_mode = WAL'));
	database.exec('PRAGMA synchronous = NORMAL');
	whileLocked(() => database.exec(SCHEMA));
	return database;
}

const isLocked = (error: unknown) => /database is locked|SQLITE_BUSY/i.test(String(error));
const SLEEPER = new Int32Array(new SharedArrayBuffer(4));

/**
 * Runs a step of opening the file again while another process holds a lock SQLite does not wait
 * for (switching a new file to WAL, or two first openers creating the tables at once: SQLite
 * reports "database is locked" at once instead of calling the busy handler), for up to the busy
 * timeout. node:sqlite is synchronous, so the pause between tries is too.
 */
function whileLocked(step: () => void): void {
	const deadline = Date.now() + BUSY_TIMEOUT_MS;
	for (let attempt = 0; ; attempt++) {
		try {
			step();
			return;
		} catch (error) {
			// The engine has no n8n node to name: the node that opens the store wraps what it throws.
			// eslint-disable-next-line @n8n/community-nodes/require-node-api-error
			if (!isLocked(error) || Date.now() >= deadline) throw error;
			Atomics.wait(
				SLEEPER,
				0,
				0,
				Math.min(100, 5 * 2 ** Math.min(attempt, 5)) + Math.random() * 10,
			);
		}
	}
}

type StatementName =
	| 'readState'
	| 'writeState'
	| 'readLead'
	| 'writeLead'
	| 'forgetLeads'
	| 'readRelease'
	| 'writeRelease'
	| 'forgetReleases'
	| 'readDeliveries'
	| 'readDelivery'
	| 'writeDelivery'
	| 'forgetDeliveries';

interface Connection {
	database: SqliteDatabase;
	statements: Record<StatementName, SqliteStatement>;
	/** The file's inode when opened: a file deleted or replaced since (a reset) is opened again. */
	inode: number;
}

/**
 * One connection per file and process, kept open: opening a WAL database and closing it again
 * costs about 30 ms (the last close checkpoints), a transaction on an open one about 1 ms.
 * Sharing it between concurrent executions is safe: node:sqlite is synchronous, so a whole
 * transaction runs before any other JavaScript of this process.
 */
const connections = new Map<string, Connection>();

function connect(file: string): Connection {
	const key = path.resolve(file);
	const cached = connections.get(key);
	if (cached && statSync(key, { throwIfNoEntry: false })?.ino === cached.inode) return cached;
	if (cached) cached.database.close();
	const database = openDatabase(key);
	const prepare = (sql: string) => database.prepare(sql);
	const connection: Connection = {
		database,
		inode: statSync(key).ino,
		statements: {
			readState: prepare('SELECT state FROM capacity_state WHERE prefix = ?'),
			writeState: prepare(
				'INSERT INTO capacity_state (prefix, state, updated_at) VALUES (?, ?, ?) ON CONFLICT (prefix) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at',
			),
			readLead: prepare(
				'SELECT lead_id, rep_id, at, pool, execution_id, item_index, expires_at FROM capacity_leads WHERE prefix = ? AND duplicate_key = ?',
			),
			writeLead: prepare(
				'INSERT OR REPLACE INTO capacity_leads (prefix, duplicate_key, lead_id, rep_id, at, pool, execution_id, item_index, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
			),
			forgetLeads: prepare('DELETE FROM capacity_leads WHERE expires_at <= ?'),
			readRelease: prepare(
				'SELECT 1 AS found FROM capacity_releases WHERE prefix = ? AND lead_id = ? AND expires_at > ?',
			),
			writeRelease: prepare(
				'INSERT OR REPLACE INTO capacity_releases (prefix, lead_id, rep_id, expires_at) VALUES (?, ?, ?, ?)',
			),
			forgetReleases: prepare('DELETE FROM capacity_releases WHERE expires_at <= ?'),
			readDeliveries: prepare(
				'SELECT channel FROM capacity_deliveries WHERE prefix = ? AND lead_id = ? AND expires_at > ?',
			),
			readDelivery: prepare(
				'SELECT confirmed_at FROM capacity_deliveries WHERE prefix = ? AND lead_id = ? AND channel = ? AND expires_at > ?',
			),
			writeDelivery: prepare(
				'INSERT OR REPLACE INTO capacity_deliveries (prefix, lead_id, channel, confirmed_at, expires_at) VALUES (?, ?, ?, ?, ?)',
			),
			forgetDeliveries: prepare('DELETE FROM capacity_deliveries WHERE expires_at <= ?'),
		},
	};
	connections.set(key, connection);
	return connection;
}

/**
 * Rotation, counts and recent leads in one SQLite file (Node's built-in node:sqlite): correct for
 * any number of concurrent executions and n8n processes on one host, and kept across restarts.
 * Every assignment is one BEGIN IMMEDIATE transaction: it takes the file's write lock before it
 * reads, so a second process waits (busy_timeout) and then sees the first one's counts. Within one
 * process node:sqlite is synchronous, so a transaction never interleaves with another execution.
 */
export class SqliteCapacityStore implements capacity.CapacityStateStore {
	private readonly database: SqliteDatabase;

	private readonly prefix: string;

	private readonly initialState?: () => Partial<pick.CapacityState> | undefined;

	private readonly statements: Record<StatementName, SqliteStatement>;

	/**
	 * @param options.initialState The state a key starts from when the file has none for it yet:
	 * the counts an earlier version kept in workflow static data, so switching loses nothing.
	 */
	constructor(
		readonly file: string,
		options: {
			keyPrefix?: string;
			initialState?: () => Partial<pick.CapacityState> | undefined;
		} = {},
	) {
		({ database: this.database, statements: this.statements } = connect(file));
		this.prefix = options.keyPrefix ?? 'intentFunnel';
		this.initialState = options.initialState;
	}

	async assign(request: capacity.AssignRequest): Promise<capacity.AssignOutcome> {
		const now = request.now ?? Date.now();
		const duplicateKey = request.lead?.duplicateKey;
		return this.transaction(() => {
			this.statements.forgetLeads.run(now);
			const state = this.loadState();
			const { outcome, record } = pick.assignLead(
				state,
				duplicateKey ? this.readLead(duplicateKey) : undefined,
				request,
				(leadId) =>
					pick.deliveredChannels(
						this.statements.readDeliveries
							.all(this.prefix, leadId, now)
							.map((row) => String(row.channel)),
					),
			);
			if (outcome.duplicateOf) return outcome;
			this.saveState(state, now);
			if (duplicateKey && record) {
				// Lead fields come from outside: bind only what SQLite takes (text, finite integers, null).
				this.statements.writeLead.run(
					this.prefix,
					duplicateKey,
					String(record.leadId ?? ''),
					record.repId === null || record.repId === undefined ? null : String(record.repId),
					finiteOr(record.at, now),
					String(record.pool ?? ''),
					record.executionId === undefined || record.executionId === null
						? null
						: String(record.executionId),
					Number.isFinite(record.itemIndex) ? Math.trunc(record.itemIndex as number) : null,
					finiteOr(record.expiresAt, now),
				);
			}
			return outcome;
		});
	}

	async release(
		repId: string,
		options: capacity.ReleaseOptions = {},
	): Promise<capacity.ReleaseOutcome> {
		const now = options.now ?? Date.now();
		const { leadId } = options;
		return this.transaction(() => {
			this.statements.forgetReleases.run(now);
			const state = this.loadState();
			const outcome = pick.releaseLead(
				state,
				repId,
				leadId !== undefined &&
					this.statements.readRelease.get(this.prefix, leadId, now) !== undefined,
			);
			if (outcome.alreadyReleased) return outcome;
			this.saveState(state, now);
			if (leadId !== undefined)
				this.statements.writeRelease.run(this.prefix, leadId, repId, now + pick.RELEASE_MEMORY_MS);
			return outcome;
		});
	}

	async confirmDelivery(
		leadId: string,
		channel: capacity.DeliveryChannel,
		options: capacity.DeliveryOptions = {},
	): Promise<capacity.DeliveryOutcome> {
		const now = options.now ?? Date.now();
		return this.transaction(() => {
			this.statements.forgetDeliveries.run(now);
			const row = this.statements.readDelivery.get(this.prefix, leadId, channel, now);
			if (row) return { confirmedAt: Number(row.confirmed_at), alreadyConfirmed: true };
			this.statements.writeDelivery.run(
				this.prefix,
				leadId,
				channel,
				now,
				now + pick.DELIVERY_MEMORY_MS,
			);
			return { confirmedAt: now, alreadyConfirmed: false };
		});
	}

	async counts(repIds: string[], day: string) {
		return pick.countsOf(this.loadState(), repIds, day);
	}

	/** Nothing to do: the file's connection is shared by the process and stays open (see connect). */
	async close(): Promise<void> {}

	private transaction<T>(work: () => T): T {
		// A BEGIN that times out waiting for the lock throws here, with no transaction to undo.
		this.database.exec('BEGIN IMMEDIATE');
		let committed = false;
		try {
			const result = work();
			this.database.exec('COMMIT');
			committed = true;
			return result;
		} finally {
			if (!committed) this.database.exec('ROLLBACK');
		}
	}

	private loadState(): pick.CapacityState {
		const row = this.statements.readState.get(this.prefix);
		// The initial state is read as JSON too: counting must not write into the object it came from.
		const json = row ? String(row.state) : JSON.stringify(this.initialState?.() ?? {});
		return { ...pick.emptyState(), ...(JSON.parse(json) as Partial<pick.CapacityState>) };
	}

	private saveState(state: pick.CapacityState, now: number) {
		const { open, daily, lastAssigned, currentWeights } = state;
		this.statements.writeState.run(
			this.prefix,
			JSON.stringify({ open, daily, lastAssigned, currentWeights }),
			now,
		);
	}

	private readLead(duplicateKey: string): pick.LeadRecord | undefined {
		const row = this.statements.readLead.get(this.prefix, duplicateKey);
		if (!row) return undefined;
		return {
			leadId: String(row.lead_id),
			repId: row.rep_id === null ? null : String(row.rep_id),
			at: Number(row.at),
			pool: String(row.pool),
			executionId: row.execution_id === null ? undefined : String(row.execution_id),
			itemIndex: row.item_index === null ? undefined : Number(row.item_index),
			expiresAt: Number(row.expires_at),
		};
	}
}

/** A finite integer for an INTEGER column, or the fallback (NaN and Infinity cannot be bound). */
function finiteOr(value: unknown, fallback: number): number {
	return typeof value === 'number' && Number.isFinite(value) ? Math.trunc(value) : fallback;
}
