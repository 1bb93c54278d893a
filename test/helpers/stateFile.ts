/**
 * Capacity Check version 2 keeps its counts in a SQLite file ($INTENT_FUNNEL_STATE_FILE, else
 * ~/.n8n). A suite that runs it calls this so each test gets its own empty file: tests never share
 * counts or duplicate windows, and never write into the developer's ~/.n8n.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { STATE_FILE_ENV } from '../../engine/capacity';

export function useTemporaryStateFile(): void {
	let folder: string;
	beforeEach(() => {
		folder = mkdtempSync(path.join(tmpdir(), 'capacity-template-'));
		process.env[STATE_FILE_ENV] = path.join(folder, 'state.sqlite');
	});
	afterEach(() => {
		delete process.env[STATE_FILE_ENV];
		rmSync(folder, { recursive: true, force: true });
	});
}
