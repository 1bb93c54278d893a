/**
 * Capacity Check version 2 keeps its counts in a SQLite file ($INTENT_FUNNEL_STATE_FILE, else
 * ~/.n8n). A suite that runs it calls this so each test gets its own empty file: tests never share
 * counts or duplicate windows, and never write into the developer's ~/.n8n.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { STATE_FILE_ENV } from '../../engine/capacity';

/** Registers the hooks; the returned function names the current test's file (not created yet). */
export function useTemporaryStateFile(): () => string {
	let file: string;
	beforeEach(() => {
		file = path.join(mkdtempSync(path.join(tmpdir(), 'capacity-state-')), 'state.sqlite');
		process.env[STATE_FILE_ENV] = file;
	});
	afterEach(() => {
		delete process.env[STATE_FILE_ENV];
		rmSync(path.dirname(file), { recursive: true, force: true });
	});
	return () => file;
}
