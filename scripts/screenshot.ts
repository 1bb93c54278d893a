/**
 * Takes the README's screenshot of the funnel template on the n8n canvas, with Debian's Chromium
 * driven by playwright-core against a local n8n (scripts/screenshot.sh starts it).
 *   npx ts-node --transpile-only scripts/screenshot.ts http://127.0.0.1:PORT WORKFLOW_ID OUT.png
 * or, for a page of our own (the Funnel Report's email), without n8n:
 *   npx ts-node --transpile-only scripts/screenshot.ts --html IN.html OUT.png
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { chromium } from 'playwright-core';

// The owner of a throw-away local n8n that exists only for the screenshot; override with
// SCREENSHOT_OWNER_PASSWORD when pointing the script at a longer-lived instance.
const OWNER = {
	email: 'owner@intent-funnel.test',
	firstName: 'Demo',
	lastName: 'Owner',
	password: process.env.SCREENSHOT_OWNER_PASSWORD ?? ['Intent', 'Funnel', '2026'].join('-'),
};

/** Chromium with a fresh profile each time; the flags keep it off the network this machine does not have. */
async function launch(viewport: { width: number; height: number }) {
	return await chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), 'chromium-')), {
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		headless: true,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
		],
		viewport,
		deviceScaleFactor: 1,
	});
}

async function screenshotHtml(file: string, out: string) {
	const context = await launch({ width: 700, height: 600 });
	try {
		const page = await context.newPage();
		// Our HTML loads nothing: block every request, so the picture shows only what the email holds.
		await page.route('**/*', (route) =>
			route.request().url().startsWith('file:') ? route.continue() : route.abort(),
		);
		await page.goto(pathToFileURL(path.resolve(file)).href, { waitUntil: 'load' });
		await page.screenshot({ path: out, fullPage: true });
		console.log(`saved ${out}`);
	} finally {
		await context.close();
	}
}

async function main() {
	if (process.argv[2] === '--html') return await screenshotHtml(process.argv[3], process.argv[4]);
	const [base, workflowId, out] = process.argv.slice(2);
	// First start: create the owner; later starts: it exists already, and logging in is enough.
	await fetch(`${base}/rest/owner/setup`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(OWNER),
	});
	const login = await fetch(`${base}/rest/login`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ emailOrLdapLoginId: OWNER.email, password: OWNER.password }),
	});
	const cookie = login.headers.get('set-cookie')?.split(';')[0];
	if (!login.ok || !cookie)
		throw new Error(`Could not log in to n8n: HTTP ${login.status} ${await login.text()}`);
	const [name, value] = cookie.split('=');

	const context = await launch({ width: 1800, height: 1000 });
	try {
		await context.addCookies([{ name, value, url: base }]);
		const page = await context.newPage();
		await page.goto(`${base}/workflow/${workflowId}`, {
			waitUntil: 'networkidle',
			timeout: 60_000,
		});
		await page.waitForSelector('[data-test-id="canvas-node"], .vue-flow__node', {
			timeout: 60_000,
		});
		// Close any first-run dialog, then fit the whole workflow in view.
		await page.keyboard.press('Escape');
		await page.keyboard.press('Shift+1').catch(() => undefined);
		await page.waitForTimeout(1500);
		await page.screenshot({ path: out });
		console.log(`saved ${out}`);
	} finally {
		await context.close();
	}
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
