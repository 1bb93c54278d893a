// Builds the workflows the real-engine checks and the n8n benchmark publish, so the e2e tests,
// the benchmark and the README's queue-mode commands all run the same funnel.
//
//   funnel: Webhook -> Semantic Classifier -> Capacity Check, whose outputs call the loopback sink
//           through HTTP Request nodes: Assigned -> Slack to the rep -> Confirm Delivery (rep
//           notification), No Capacity -> SMS to the prospect -> Confirm Delivery (prospect SMS),
//           Duplicate -> "Rep still owed?" (routing.pendingDeliveries: the first execution died
//           before confirming) -> Slack to the rep, Not Routed -> nothing; every lead then gets a
//           CRM record (an upsert by lead ID in a real CRM), whose answer is the webhook's response.
//   bench:  Webhook -> Semantic Classifier -> Capacity Check -> Set (our two nodes, nothing else)
//   floor:  Webhook -> Set (n8n's own cost per webhook execution)
//   control: Webhook -> Set -> Set -> Set (as many nodes as bench, all n8n's: n8n's own cost of
//           the two nodes bench adds, so bench minus control is what our nodes themselves cost)
//
// Usage: node funnelWorkflow.js --kind funnel|bench|floor|control --id ID --path WEBHOOK_PATH
//          [--sink URL] [--store default|redis|sqlite|staticData] [--redis-credential ID] [--state-key KEY]
//          [--roster queue|burst]  > workflow.json
// The Capacity Check is node version 2 with default settings except the roster: default store
// (SQLite on this host) unless --store redis, Duplicate Window on, keyed by the lead's ID.

/**
 * queue: hot leads (400 of 1,000) exceed the closers' caps (350); warm leads (300) go round robin
 * to three uncapped SDRs, so rotation is visible in the counts. burst: the issue's two closers
 * capped at 5.
 */
const ROSTERS = {
	queue: [
		{ id: 'ana', name: 'Ana Closer', tiers: 'closers', maxOpenLeads: 100 },
		{ id: 'ben', name: 'Ben Closer', tiers: 'closers', maxOpenLeads: 100 },
		{ id: 'cy', name: 'Cy Closer', tiers: 'closers', maxOpenLeads: 150 },
		{ id: 'dee', name: 'Dee SDR', tiers: 'sdrs', maxOpenLeads: 0 },
		{ id: 'eli', name: 'Eli SDR', tiers: 'sdrs', maxOpenLeads: 0 },
		{ id: 'fay', name: 'Fay SDR', tiers: 'sdrs', maxOpenLeads: 0 },
	],
	burst: [
		{ id: 'ana', name: 'Ana Closer', tiers: 'closers', maxOpenLeads: 5 },
		{ id: 'ben', name: 'Ben Closer', tiers: 'closers', maxOpenLeads: 5 },
		{ id: 'sam', name: 'Sam SDR', tiers: 'sdrs', maxOpenLeads: 0 },
	],
};

const stableUuid = (text) =>
	require('node:crypto')
		.createHash('md5')
		.update(text)
		.digest('hex')
		.replace(/^(.{8})(.{4}).(.{3}).(.{3})(.{12})$/, '$1-$2-4$3-8$4-$5');

const node = (name, type, typeVersion, position, parameters, extra = {}) => ({
	id: name.toLowerCase().replace(/\W+/g, '-'),
	name,
	type,
	typeVersion,
	position,
	parameters,
	...extra,
});

function webhookNode(path) {
	return node(
		'Lead Webhook',
		'n8n-nodes-base.webhook',
		2,
		[0, 0],
		{
			httpMethod: 'POST',
			path,
			responseMode: 'lastNode',
			responseData: 'firstEntryJson',
			options: {},
		},
		{ webhookId: stableUuid(path) },
	);
}

function setNode(name, position, fields, includeOtherFields = false) {
	return node(name, 'n8n-nodes-base.set', 3.4, position, {
		mode: 'manual',
		assignments: {
			assignments: Object.entries(fields).map(([field, value], index) => ({
				id: String(index),
				name: field,
				value,
				type: 'string',
			})),
		},
		includeOtherFields,
		options: {},
	});
}

/**
 * Reps work every day, in a zone where it is about noon when the workflow is built, so neither
 * the checks nor the benchmark depend on the hour they run at (working hours cannot span
 * midnight, and a lead needs the response window inside them).
 */
function noonZone(now = new Date()) {
	const offset = 12 - now.getUTCHours();
	// Etc/GMT zones have the sign reversed: Etc/GMT-3 is UTC+3.
	return offset === 0 ? 'Etc/GMT' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
}

/** The store settings every Capacity Check of one funnel shares: Assign and Confirm Delivery count in one place. */
function storeSettings(options) {
	const parameters = {};
	if (options['state-key']) parameters.stateKey = options['state-key'];
	if (options.store && options.store !== 'default') parameters.stateStorage = options.store;
	const extra =
		options.store === 'redis'
			? {
					credentials: {
						redis: { id: options['redis-credential'], name: 'Intent Funnel state (Redis)' },
					},
				}
			: {};
	return { parameters, extra };
}

function confirmDeliveryNode(name, position, channel, options) {
	const store = storeSettings(options);
	return node(
		name,
		'n8n-nodes-intent-funnel.capacityCheck',
		2,
		position,
		{
			operation: 'confirmDelivery',
			channel,
			leadId: "={{ $('Capacity Check').item.json.routing.leadId }}",
			...store.parameters,
		},
		store.extra,
	);
}

function repOwedNode(position) {
	return node('Rep Still Owed?', 'n8n-nodes-base.if', 2.2, position, {
		conditions: {
			options: { caseSensitive: true, leftValue: '', typeValidation: 'loose', version: 2 },
			conditions: [
				{
					id: 'rep-owed',
					leftValue: "={{ ($json.routing.pendingDeliveries || []).includes('repNotification') }}",
					rightValue: true,
					operator: { type: 'boolean', operation: 'true', singleValue: true },
				},
			],
			combinator: 'and',
		},
		options: {},
	});
}

function capacityCheckNode(options) {
	const timeZone = noonZone();
	const parameters = {
		reps: {
			rep: ROSTERS[options.roster ?? 'queue'].map((rep) => ({
				...rep,
				email: `${rep.id}@example.com`,
				phone: '',
				timeZone,
				workingHours: 'Mon-Sun 00:00-23:59',
				maxLeadsPerDay: 0,
				weight: 1,
				active: true,
				outOfOffice: '',
				holidays: '',
			})),
		},
		strategy: 'roundRobin',
		options: { bookingLink: 'https://cal.example.com/team', timeZone: 'UTC' },
	};
	const store = storeSettings(options);
	Object.assign(parameters, store.parameters);
	const extra = store.extra;
	// The Duplicate Window is on by default (60 minutes); the lead's own ID is its key, as a form or
	// CRM sends it, so a retried webhook is recognised however its other fields look.
	Object.assign(parameters.options, { duplicateKey: 'leadId', leadId: '={{ $json.body.leadId }}' });
	return node(
		'Capacity Check',
		'n8n-nodes-intent-funnel.capacityCheck',
		2,
		[440, 0],
		parameters,
		extra,
	);
}

function httpNode(name, position, channel, sink, body) {
	return node(name, 'n8n-nodes-base.httpRequest', 4.2, position, {
		method: 'POST',
		url: `${sink}/${channel}`,
		sendBody: true,
		specifyBody: 'json',
		jsonBody: `={{ JSON.stringify(${body}) }}`,
		options: {},
	});
}

const main = (node, index = 0) => ({ node, type: 'main', index });

/**
 * The benchmark's last node, the same in the floor, the control and the funnel: the same three
 * expressions everywhere, because each expression costs n8n's sandboxed expression engine several
 * milliseconds, and a workflow that answered with more of them would charge that to our nodes.
 */
function answerNode(kind, position) {
	return setNode('Answer', position, {
		leadId: '={{ $json.body.leadId }}',
		outcome: `={{ $json.routing ? $json.routing.status : "${kind}" }}`,
		rep: '={{ $json.routing && $json.routing.rep ? $json.routing.rep.id : "" }}',
	});
}

/**
 * The funnel the benchmark measures runs Capacity Check at its default settings: its Duplicate Key
 * "Automatic" reads the lead's email with no expression. (The e2e funnel keys on a Lead ID
 * expression instead, to recognise retried webhooks whatever their other fields.)
 */
function benchCapacityCheckNode(options) {
	const capacity = capacityCheckNode(options);
	delete capacity.parameters.options.duplicateKey;
	delete capacity.parameters.options.leadId;
	return capacity;
}

function build(options) {
	const webhook = webhookNode(options.path);
	const classifier = node(
		'Semantic Classifier',
		'n8n-nodes-intent-funnel.semanticClassifier',
		1,
		[220, 0],
		{ engine: 'builtin', outputMode: 'single' },
	);
	const base = {
		id: options.id,
		name: `Intent Funnel - ${options.kind} ${options.path}`,
		settings: { executionOrder: 'v1' },
		pinData: {},
		active: false,
	};
	if (options.kind === 'floor') {
		return {
			...base,
			nodes: [webhook, answerNode('floor', [220, 0])],
			connections: { 'Lead Webhook': { main: [[main('Answer')]] } },
		};
	}
	if (options.kind === 'control') {
		// Each Set keeps the item and adds a field, as our two nodes do (with far less data).
		const first = setNode('Stand-in Classifier', [220, 0], { stage: 'classified' }, true);
		const second = setNode('Stand-in Capacity Check', [440, 0], { stage: 'routed' }, true);
		return {
			...base,
			nodes: [webhook, first, second, answerNode('control', [660, 0])],
			connections: {
				'Lead Webhook': { main: [[main('Stand-in Classifier')]] },
				'Stand-in Classifier': { main: [[main('Stand-in Capacity Check')]] },
				'Stand-in Capacity Check': { main: [[main('Answer')]] },
			},
		};
	}
	if (options.kind === 'bench') {
		return {
			...base,
			nodes: [webhook, classifier, benchCapacityCheckNode(options), answerNode('bench', [660, 0])],
			connections: {
				'Lead Webhook': { main: [[main('Semantic Classifier')]] },
				'Semantic Classifier': { main: [[main('Capacity Check')], []] },
				'Capacity Check': {
					main: [[main('Answer')], [main('Answer')], [main('Answer')], [main('Answer')]],
				},
			},
		};
	}
	const capacity = capacityCheckNode(options);
	const sink = options.sink;
	const lead = '$json.body.leadId';
	const slack = httpNode(
		'Slack to Rep',
		[660, -200],
		'slack',
		sink,
		`{ leadId: ${lead}, repId: $json.routing.rep.id, text: 'New lead for ' + $json.routing.rep.name }`,
	);
	const sms = httpNode(
		'SMS to Prospect',
		[660, 0],
		'sms',
		sink,
		`{ leadId: ${lead}, to: $json.routing.sms.to, body: $json.routing.sms.body }`,
	);
	const confirmSlack = confirmDeliveryNode('Rep Notified', [880, -200], 'repNotification', options);
	const confirmSms = confirmDeliveryNode('Prospect Texted', [880, 0], 'prospectSms', options);
	const repOwed = repOwedNode([660, 200]);
	// The CRM record reads the Capacity Check's item, whichever branch the lead took.
	const crm = httpNode(
		'CRM Record',
		[1100, 0],
		'crm',
		sink,
		`{ leadId: $('Capacity Check').item.json.body.leadId, outcome: $('Capacity Check').item.json.routing.status, path: $('Capacity Check').item.json.intent.path, repId: $('Capacity Check').item.json.routing.rep ? $('Capacity Check').item.json.routing.rep.id : null, duplicateOf: $('Capacity Check').item.json.routing.duplicateOf ? true : false, repOwed: ($('Capacity Check').item.json.routing.pendingDeliveries || []).includes('repNotification') }`,
	);
	return {
		...base,
		nodes: [webhook, classifier, capacity, slack, sms, confirmSlack, confirmSms, repOwed, crm],
		connections: {
			'Lead Webhook': { main: [[main('Semantic Classifier')]] },
			'Semantic Classifier': { main: [[main('Capacity Check')], []] },
			'Capacity Check': {
				main: [
					[main('Slack to Rep')],
					[main('SMS to Prospect')],
					[main('CRM Record')],
					[main('Rep Still Owed?')],
				],
			},
			'Rep Still Owed?': { main: [[main('Slack to Rep')], [main('CRM Record')]] },
			'Slack to Rep': { main: [[main('Rep Notified')]] },
			'SMS to Prospect': { main: [[main('Prospect Texted')]] },
			'Rep Notified': { main: [[main('CRM Record')]] },
			'Prospect Texted': { main: [[main('CRM Record')]] },
		},
	};
}

module.exports = { ROSTERS, build };

if (require.main === module) {
	const options = {};
	const argv = process.argv.slice(2);
	for (let i = 0; i < argv.length; i += 2) options[argv[i].replace(/^--/, '')] = argv[i + 1];
	process.stdout.write(JSON.stringify(build(options), null, 1));
}
