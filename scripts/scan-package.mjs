#!/usr/bin/env node
// Runs n8n's community-package scanner (@n8n/scan-community-package, analyzePackage: the checks
// n8n runs before it verifies a package) on the sources (the files `n8n-node lint` covers) and on
// the packed tarball, and fails on any finding that is not one of the exceptions README.md
// documents under "Compatibility" (self-hosted n8n only):
//   - runtime dependencies: third-party libraries bundled into dist/vendor/ use the console,
//     timers, process and Node modules as any library does;
//   - reuse of n8n's Google Calendar, Microsoft Outlook and Redis credentials by Capacity Check.
// Usage: node scripts/scan-package.mjs [TARBALL]   (default: npm pack of this repo, built first)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import {
	analyzePackage,
	SOURCE_FILE_PATTERNS,
} from '@n8n/scan-community-package/scanner/scanner.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const DOCUMENTED_EXCEPTIONS = [
	{
		name: 'runtime dependencies (bundled third-party code)',
		matches: (file) => /(^|\/)dist\/vendor\//.test(file),
	},
	{
		name: "reuse of n8n's calendar and Redis credentials",
		matches: (file, message) =>
			/(^|\/)nodes\/CapacityCheck\/CapacityCheck\.node\.(ts|js)$/.test(file) &&
			[
				'@n8n/community-nodes/no-credential-reuse',
				'@n8n/community-nodes/valid-credential-references',
				'n8n-nodes-base/node-class-description-credentials-name-unsuffixed',
			].includes(message.ruleId),
	},
	{
		// Confidence Gate, Capacity Check, Email Intake and Funnel Report route items, change state or
		// summarise a period: not AI Agent tools (eslint.config.mjs says why for each).
		name: 'nodes that are not AI Agent tools',
		matches: (file, message) =>
			/(^|\/)nodes\/(ConfidenceGate\/ConfidenceGate|CapacityCheck\/CapacityCheck|EmailIntake\/EmailIntake|FunnelReport\/FunnelReport)\.node\.(ts|js)$/.test(
				file,
			) && message.ruleId === '@n8n/community-nodes/node-usable-as-tool',
	},
	{
		// A territory rule reads "Name: if country, region, size, industry, path, then Tier": the
		// form keeps that order instead of the alphabetical one (the eslint-disable line says so too).
		name: 'territory rule fields in reading order',
		matches: (file, message) =>
			/(^|\/)nodes\/CapacityCheck\/actions\/assign\.operation\.(ts|js)$/.test(file) &&
			message.ruleId === 'n8n-nodes-base/node-param-fixed-collection-type-unsorted-items',
	},
	{
		// Capacity Check's default state store is self-hosted only: a SQLite file beside n8n's own
		// database (node:sqlite), its path from N8N_USER_FOLDER / INTENT_FUNNEL_STATE_FILE. n8n Cloud users choose Redis.
		name: "the SQLite state file of Capacity Check (node:sqlite, n8n's folder from the environment)",
		matches: (file, message) =>
			/(^|\/)(dist\/)?engine\/capacity\/stores\/sqliteStore\.(ts|js)$/.test(file) &&
			[
				'@n8n/community-nodes/no-restricted-imports',
				'@n8n/community-nodes/no-restricted-globals',
			].includes(message.ruleId),
	},
];

/**
 * analyzePackage's findings. It reports ESLint's "stylish" text only: a file path line, then one
 * "line:col  error  message  rule-id" line per finding.
 */
async function findings(packageDir, patterns) {
	const result = await analyzePackage(packageDir, patterns);
	if (result.passed) return [];
	if (!result.details) throw new Error(`The scanner failed: ${result.message}`);
	const list = [];
	let file = '';
	for (const line of result.details.replace(/\x1b\[[0-9;]*m/g, '').split('\n')) {
		if (line.startsWith('/')) file = path.relative(packageDir, line.trim());
		const finding = /^\s+(\d+):(\d+)\s+error\s+(.*?)\s{2,}(\S+)\s*$/.exec(line);
		if (finding)
			list.push({
				file,
				message: {
					line: Number(finding[1]),
					column: Number(finding[2]),
					message: finding[3],
					ruleId: finding[4],
				},
			});
	}
	if (list.length === 0)
		throw new Error(`The scanner reported findings this script cannot read:\n${result.details}`);
	return list;
}

function report(label, list) {
	const undocumented = [];
	const byException = new Map();
	for (const finding of list) {
		const exception = DOCUMENTED_EXCEPTIONS.find((candidate) =>
			candidate.matches(finding.file, finding.message),
		);
		if (exception) byException.set(exception.name, (byException.get(exception.name) ?? 0) + 1);
		else undocumented.push(finding);
	}
	const documented =
		[...byException].map(([name, count]) => `${name}: ${count}`).join('; ') || 'none';
	console.log(
		`[scan] ${label}: ${list.length} findings; documented exceptions: ${documented}; undocumented: ${undocumented.length}`,
	);
	for (const { file, message } of undocumented)
		console.log(`  ${file}:${message.line}:${message.column} ${message.ruleId} ${message.message}`);
	return undocumented.length;
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'intent-funnel-scan-'));
try {
	let tarball = process.argv[2];
	if (!tarball) {
		execFileSync('npm', ['run', '--silent', 'build'], {
			cwd: ROOT,
			stdio: ['ignore', 'ignore', 'inherit'],
		});
		const name = execFileSync('npm', ['pack', '--silent', '--pack-destination', work], {
			cwd: ROOT,
			encoding: 'utf8',
		})
			.trim()
			.split('\n')
			.pop();
		tarball = path.join(work, name);
	}
	const unpacked = path.join(work, 'package');
	fs.mkdirSync(unpacked);
	execFileSync('tar', ['-xzf', path.resolve(tarball), '-C', unpacked, '--strip-components=1']);
	const undocumented =
		report('sources', await findings(ROOT, SOURCE_FILE_PATTERNS)) +
		report('tarball', await findings(unpacked));
	process.exitCode = undocumented ? 1 : 0;
} finally {
	fs.rmSync(work, { recursive: true, force: true });
}
