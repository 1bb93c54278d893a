/**
 * The templates' webhooks refuse posts without the shared secret. Runs n8n's own Webhook node
 * (n8n-nodes-base, the code n8n runs for a production webhook) with each template's node
 * parameters and an HTTP request as n8n hands it over.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { IDataObject, INode, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import { TestNodeTypes } from '../harness/nodeTypes';
import type { WorkflowJson } from '../harness/runWorkflow';

const SECRET = { name: 'X-Intent-Funnel-Secret', value: 'a-long-random-value-0123456789' };
const nodeTypes = new TestNodeTypes();

const WEBHOOKS = [
	['inbound-lead-funnel.json', 'Lead Webhook'],
	['salesforce-microsoft365-funnel.json', 'Lead Webhook'],
	['speed-to-lead-sla.json', 'Assigned Lead'],
] as const;

function webhookNode(file: string, name: string): { node: INode; workflow: WorkflowJson } {
	const workflow = JSON.parse(
		readFileSync(path.join(__dirname, '../../workflows', file), 'utf8'),
	) as WorkflowJson;
	return { node: workflow.nodes.find((candidate) => candidate.name === name)!, workflow };
}

/** What n8n's webhook server gives the node: the request, a response to write to, the credential. */
async function post(
	node: INode,
	headers: Record<string, string>,
): Promise<{ status: number | undefined; result: IWebhookResponseData }> {
	let status: number | undefined;
	const request = {
		method: 'POST',
		headers,
		params: {},
		query: {},
		body: { name: 'Dana', message: 'Need pricing' },
		ips: [],
		ip: '127.0.0.1',
		contentType: 'application/json',
	};
	const response = { writeHead: (code: number) => (status = code), end: () => undefined };
	const context = {
		getNode: () => node,
		getNodeParameter: (name: string, fallback?: unknown) =>
			name in node.parameters ? node.parameters[name] : fallback,
		getRequestObject: () => request,
		getResponseObject: () => response,
		getHeaderData: () => headers,
		getCredentials: async (type: string) => {
			if (type !== 'httpHeaderAuth') throw new Error(`unexpected credential ${type}`);
			return SECRET as unknown as IDataObject;
		},
		getNodeWebhookUrl: () => `http://localhost:5678/webhook/${String(node.parameters.path)}`,
		getMode: () => 'webhook',
		getChildNodes: () => [],
		getParentNodes: () => [],
		getBodyData: () => request.body,
		getQueryData: () => request.query,
		getParamsData: () => request.params,
		logger: { warn: () => undefined, debug: () => undefined },
	} as unknown as IWebhookFunctions;
	const type = nodeTypes.getByNameAndVersion(node.type, node.typeVersion);
	// n8n-core calls a webhook with the context as its argument and the node as `this`.
	const result = await (
		type.webhook as unknown as (
			this: unknown,
			context: IWebhookFunctions,
		) => Promise<IWebhookResponseData>
	).call(type, context);
	return { status, result };
}

describe.each(WEBHOOKS)('%s: %s', (file, name) => {
	const { node } = webhookNode(file, name);

	it('asks for a Header Auth credential, referenced by type only', () => {
		expect(node.parameters.authentication).toBe('headerAuth');
		expect(node.credentials).toEqual({
			httpHeaderAuth: { id: '', name: 'Intent Funnel webhook secret' },
		});
	});

	it.each([
		['no secret', {}],
		['a wrong secret', { 'x-intent-funnel-secret': 'guess' }],
		['the secret under another header', { authorization: SECRET.value }],
	])('refuses a post with %s (403, no execution)', async (_label, headers) => {
		const { status, result } = await post(node, { 'content-type': 'application/json', ...headers });
		expect(status).toBe(403);
		expect(result).toEqual({ noWebhookResponse: true });
	});

	it('accepts a post with the secret and starts the workflow with its body', async () => {
		const { status, result } = await post(node, {
			'content-type': 'application/json',
			'x-intent-funnel-secret': SECRET.value,
		});
		expect(status).toBeUndefined();
		expect(result.workflowData?.[0][0].json.body).toEqual({
			name: 'Dana',
			message: 'Need pricing',
		});
	});
});
