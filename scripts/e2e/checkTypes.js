// Checks that a running n8n loaded every node and credential of this package under its
// production type name, as the editor sees them. Usage: node checkTypes.js BASE_URL
const base = process.argv[2];
const { OWNER } = require('./owner');
const NODES = ['semanticClassifier', 'confidenceGate', 'intentBriefing', 'capacityCheck'].map(
	(name) => `n8n-nodes-intent-funnel.${name}`,
);
const CREDENTIALS = ['intentFunnelOpenAiApi'];

/** How long n8n may take to mount its REST API after its first webhook answers. */
const REST_READY_SECONDS = 60;

/**
 * Sets up the owner and logs in. n8n registers production webhooks before its REST routes: a
 * webhook can answer while /rest/login still says 404 (CI run 158), so a 404 is waited out.
 */
async function logIn() {
	const json = { 'content-type': 'application/json' };
	for (let attempt = 1; ; attempt++) {
		await fetch(`${base}/rest/owner/setup`, {
			method: 'POST',
			headers: json,
			body: JSON.stringify(OWNER),
		});
		const login = await fetch(`${base}/rest/login`, {
			method: 'POST',
			headers: json,
			body: JSON.stringify({ emailOrLdapLoginId: OWNER.email, password: OWNER.password }),
		});
		if (login.status !== 404 || attempt >= REST_READY_SECONDS) return login;
		await new Promise((resolve) => setTimeout(resolve, 1000));
	}
}

async function main() {
	const login = await logIn();
	const cookie = login.headers.get('set-cookie')?.split(';')[0];
	if (!login.ok || !cookie) throw new Error(`could not log in: HTTP ${login.status}`);
	const get = async (file) =>
		await (await fetch(`${base}/types/${file}`, { headers: { cookie } })).json();
	const nodes = new Set((await get('nodes.json')).map((node) => node.name));
	const credentials = new Set((await get('credentials.json')).map((credential) => credential.name));
	const missing = [
		...NODES.filter((name) => !nodes.has(name)),
		...CREDENTIALS.filter((name) => !credentials.has(name)),
	];
	if (missing.length) throw new Error(`n8n did not load: ${missing.join(', ')}`);
	console.log(`[e2e] n8n loaded ${NODES.join(', ')} and the ${CREDENTIALS.join(', ')} credential`);
}

main().catch((error) => {
	console.error(`[e2e] ${error.message}`);
	process.exit(1);
});
