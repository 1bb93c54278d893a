/**
 * Property-based fuzzing (seeded, a few thousand cases per entry point): every engine function
 * that reads lead fields, and the Confidence Gate and Intent Briefing nodes through n8n's
 * WorkflowExecute, with random and hostile values. Properties: no throw (or a clear error),
 * every item leaves on an output, no NaN/Infinity/"Invalid" in any output string, no live
 * payload in any channel.
 */
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import {
	briefWithModel,
	buildBriefing,
	fillTemplate,
	fitOneSegment,
	smsLength,
	toGsmFriendly,
} from '../../engine/briefing';
import { composeSms, normalisePhone, prospectZone } from '../../engine/capacity';
import { classifyLead } from '../../engine/classifier';
import { readIntent } from '../../engine/contract';
import { CHANNELS, cleanLeadText, encodeLeadValue } from '../../engine/encode';
import { DEFAULT_GATE_CONFIG, evaluateGate } from '../../engine/gate';
import { fenceLeadText, findQuote, leadTextForModel, redactContactDetails } from '../../engine/llm';
import { Gen, seededRandom } from '../helpers/fuzz';
import type { CheckedChannel } from '../helpers/hostile';
import { stringsIn, unsafeIn } from '../helpers/hostile';
import { useTemporaryStateFile } from '../helpers/stateFile';
import type { WorkflowJson } from '../harness/runWorkflow';
import { runWorkflow } from '../harness/runWorkflow';
import { funnelNode, singleNodeWorkflow } from '../helpers/funnelNodes';

const SEED = 20261201;
const CASES = Number(process.env.FUZZ_CASES ?? 2000);

/** Runs `property` on CASES generated cases; a failure names its case so it can be replayed. */
function forAll<T>(
	seedOffset: number,
	generate: (gen: Gen) => T,
	property: (value: T) => void,
	cases = CASES,
): void {
	const gen = new Gen(seededRandom(SEED + seedOffset));
	for (let n = 0; n < cases; n++) {
		const value = generate(gen);
		try {
			property(value);
		} catch (error) {
			// Names the case, so it can be replayed.
			expect(`case ${n} (seed ${SEED + seedOffset}): ${(error as Error).message}`).toBe(
				'every case holds',
			);
		}
	}
}

function expectSafe(channel: CheckedChannel, text: string): void {
	const problems = unsafeIn(channel, text);
	if (problems.length)
		throw new Error(
			`${channel} output is unsafe (${problems.join(', ')}): ${JSON.stringify(text.slice(0, 300))}`,
		);
}

function expectSafeBriefing(briefing: ReturnType<typeof buildBriefing>): void {
	expectSafe('plain', briefing.text);
	expectSafe('plain', briefing.firstQuestion);
	expectSafe('sms', briefing.sms);
	expectSafe('html', briefing.html);
	expectSafe('markdown', briefing.crmNote);
	// A header is plain_text: Slack shows it as it is, so it is checked as plain text.
	for (const block of briefing.slackBlocks)
		for (const text of stringsIn(block))
			expectSafe(block.type === 'header' ? 'plain' : 'slack', text);
	for (const channel of ['plain', 'slack', 'html', 'markdown'] as const)
		for (const text of stringsIn(briefing.channels[channel])) expectSafe(channel, text);
	if (briefing.fallbackReason) expectSafe('plain', briefing.fallbackReason);
	if (briefing.smsSegments !== 1 || smsLength(briefing.sms).segments !== 1)
		throw new Error(`SMS of ${briefing.smsSegments} segments: ${briefing.sms}`);
}

const SMS_OPTIONS = {
	defaultCountry: 'US',
	template: 'Hi {{firstName}} of {{company}}, we can talk {{slots}}: {{bookingLink}}',
	bookingLink: 'https://cal.example/x',
	quietStart: 21,
	quietEnd: 8,
	fallbackTimeZone: 'America/New_York',
};

describe(`engine properties (${CASES} seeded cases each)`, () => {
	it('buildBriefing: a briefing for any intent, lead and routing, safe in every channel, one SMS segment', () => {
		// Templates are the operator's configuration, not lead input: placeholders and plain words.
		const template = (gen: Gen) =>
			Array.from({ length: 1 + gen.int(6) }, () =>
				gen.pick([
					'{{name}}',
					'{{summary}}',
					'{{quotes}}',
					'{{budget}}',
					'{{deadline}}',
					'{{leadLabel}}',
					'{{reasons}}',
					'{{constructor}}',
					'({{company}}, {{role}})',
					'Call now:',
					'.',
				]),
			).join(' ');
		forAll(
			1,
			(gen) => ({
				intent: gen.intent(),
				lead: gen.lead(),
				routing: gen.routing(),
				template: gen.chance(0.2) ? template(gen) : undefined,
			}),
			({ intent, lead, routing, template }) => {
				expectSafeBriefing(
					buildBriefing(
						{ intent, lead, routing } as never,
						template ? { templates: { text: template } } : {},
					),
				);
			},
		);
	});

	it('evaluateGate: exactly one decision with reasons, inert in plain text; readIntent never throws', () => {
		const vip = {
			...DEFAULT_GATE_CONFIG,
			vip: { enabled: true, domains: ['acme.example'], accounts: ['acme'] },
			qaSample: { enabled: true, percent: 10, seed: 's' },
		};
		forAll(
			2,
			(gen) => gen.item(),
			(item) => {
				const read = readIntent(item.intent);
				if (!read.ok && typeof read.problem !== 'string')
					throw new Error('readIntent gave no problem');
				const gate = evaluateGate(item, vip);
				if (!['auto_route', 'human_review'].includes(gate.decision) || gate.reasons.length === 0)
					throw new Error(`no decision: ${JSON.stringify(gate)}`);
				if (!read.ok && gate.decision !== 'human_review')
					throw new Error('a malformed intent was auto-routed');
				for (const reason of gate.reasons) expectSafe('plain', reason);
			},
		);
	});

	it('composeSms: a text or a reason for any lead, never in quiet hours of a known zone, never "Invalid"', () => {
		forAll(
			3,
			(gen) => ({
				lead: gen.lead(),
				now: Date.parse('2026-01-01T00:00:00Z') + gen.int(365 * 24) * 3_600_000,
				fallback: gen.pick(['America/New_York', 'Mars/Base', '', 'UTC']),
			}),
			({ lead, now, fallback }) => {
				const sms = composeSms(
					lead,
					[
						{
							repId: 'a',
							start: '2026-11-26T14:00:00.000Z',
							end: '2026-11-26T14:30:00.000Z',
							label: 'x',
						},
					],
					now,
					{ ...SMS_OPTIONS, fallbackTimeZone: fallback },
				);
				expectSafe('sms', sms.body);
				if (sms.reason) expectSafe('plain', sms.reason);
				if (Number.isNaN(Date.parse(sms.sendAt))) throw new Error(`sendAt ${sms.sendAt}`);
				// Fields are capped, so the text is bounded whatever the lead typed (one segment in GSM-7).
				if (smsLength(sms.body).segments > 3)
					throw new Error(`SMS of ${smsLength(sms.body).segments} segments`);
				const zone = prospectZone(lead.timeZone, prospectZone(fallback, ''));
				if (!zone && (sms.allowedNow || sms.to !== null))
					throw new Error('an SMS was allowed without any known zone');
				const phone = normalisePhone(lead.phone, 'US');
				if ('e164' in phone && !/^\+\d{6,15}$/.test(phone.e164))
					throw new Error(`not E.164: ${phone.e164}`);
			},
		);
	});

	it('encoders: output clean, capped and inert for every channel', () => {
		forAll(
			4,
			(gen) => ({ value: gen.value(), cap: 1 + gen.int(300) }),
			({ value, cap }) => {
				const clean = cleanLeadText(value, cap);
				if (clean.length > cap) throw new Error(`longer than ${cap}`);
				for (const channel of CHANNELS) expectSafe(channel, encodeLeadValue(channel, value, cap));
			},
		);
	});

	it('template and SMS helpers never throw and stay linear-sized', () => {
		forAll(
			5,
			(gen) => ({
				template: gen.text(200),
				values: { name: String(gen.text(50)), constructor: 'x' },
			}),
			({ template, values }) => {
				const filled = fillTemplate(template, values);
				if (filled.length > template.length + 50 * 20)
					throw new Error('template grew beyond its values');
				const sms = fitOneSegment([toGsmFriendly(filled), filled]);
				if (smsLength(sms).segments > 1)
					throw new Error(`fitOneSegment gave ${smsLength(sms).segments} segments`);
			},
		);
	});

	it('model helpers: redaction, fencing and quote search on any text', () => {
		forAll(
			6,
			(gen) => ({ text: gen.value(), quote: gen.text(40) }),
			({ text, quote }) => {
				const forModel = leadTextForModel(text, { redactContactDetails: true });
				if (/[\w.+-]+@[\w-]+\.[a-z]{2,}/i.test(forModel))
					throw new Error(`an email address reached the model: ${forModel}`);
				const { fenced, boundary } = fenceLeadText(forModel);
				if (!fenced.startsWith(`<<<${boundary}\n`) || forModel.includes(boundary))
					throw new Error('the fence can be forged');
				const source = typeof text === 'string' ? text : '';
				const found = findQuote(quote, source);
				if (found && !(found.start >= 0 && found.end <= source.length && found.start < found.end))
					throw new Error(`offsets ${JSON.stringify(found)}`);
				redactContactDetails(source);
			},
		);
	});

	it('briefWithModel: any model answer, a briefing safe in every channel', async () => {
		const gen = new Gen(seededRandom(SEED + 7));
		for (let n = 0; n < CASES / 10; n++) {
			const lead = gen.lead();
			const text = typeof lead.text === 'string' ? lead.text : '';
			const quote = text.slice(gen.int(text.length), gen.int(text.length) + 20) || gen.text(20);
			const answer = gen.pick([
				JSON.stringify({
					claims: [{ text: gen.text(100) || 'x', quote }],
					firstQuestion: gen.text(100) || 'Why?',
				}),
				gen.text(200),
				JSON.stringify({
					claims: [{ text: '<!channel> *now* https://evil.example', quote }],
					firstQuestion: `You said "${quote}": <@U1>?`,
				}),
				// Fails the schema: zod's message quotes what it got.
				JSON.stringify({
					claims: [{ text: '<!channel> https://evil.example', quote: 5 }],
					firstQuestion: '<@U1>',
				}),
			]);
			const briefing = await briefWithModel(
				{ intent: gen.intent(), lead, routing: gen.routing() } as never,
				async () => answer,
				{ modelName: 'm', timeoutMs: 1000, maxRetries: 0, redactContactDetails: true },
			);
			try {
				expectSafeBriefing(briefing);
			} catch (error) {
				expect(`case ${n}: ${(error as Error).message}`).toBe('every case holds');
			}
		}
	});

	it("classifyLead (the lead engineer's entry point): no throw on any lead", () => {
		forAll(
			8,
			(gen) => gen.lead(),
			(lead) => void classifyLead(lead as never),
			CASES / 4,
		);
	});
});

/** Items as a webhook delivers them: JSON, so no NaN, undefined or BigInt survive. */
const asJson = (value: unknown) =>
	JSON.parse(
		JSON.stringify(value, (_key, entry: unknown) =>
			typeof entry === 'bigint' ? String(entry) : entry,
		),
	) as IDataObject;

/**
 * Runs the workflow from node `name` on the items: it must not fail, and every item must leave
 * on one of the node's outputs, paired with the item it came from. What left, all outputs.
 */
async function everyItemLeaves(workflow: WorkflowJson, name: string, items: INodeExecutionData[]) {
	const run = await runWorkflow(workflow, { startNode: name, triggerItems: items });
	expect(run.error).toBeUndefined();
	const out = run.outputs(name).flat();
	expect(out).toHaveLength(items.length);
	expect(
		out.map((item) => (item.pairedItem as { item: number }).item).sort((a, b) => a - b),
	).toEqual(items.map((_item, index) => index));
	return out;
}

describe('Confidence Gate and Intent Briefing through WorkflowExecute', () => {
	const ITEMS = 300;

	it.each([
		['Confidence Gate', 'confidenceGate', 11],
		['Intent Briefing', 'intentBriefing', 12],
	])(
		'%s: every random and hostile item leaves on an output, paired, with safe text',
		async (name, type, seedOffset) => {
			const gen = new Gen(seededRandom(SEED + seedOffset));
			const items = Array.from({ length: ITEMS }, () => ({ json: asJson(gen.item()) }));
			const out = await everyItemLeaves(singleNodeWorkflow(name, type), name, items);
			for (const item of out) {
				if (type === 'confidenceGate')
					for (const reason of (item.json.gate as { reasons: string[] }).reasons)
						expectSafe('plain', reason);
				else expectSafeBriefing(item.json.briefing as never);
				const audit = item.json.audit as Array<{ reason: string }>;
				expectSafe('plain', audit[audit.length - 1].reason);
			}
		},
	);

	it('Semantic Classifier -> Confidence Gate -> Intent Briefing: every hostile lead is classified or failed, gated and briefed', async () => {
		const gen = new Gen(seededRandom(SEED + 13));
		const items = Array.from({ length: ITEMS }, () => ({ json: asJson(gen.lead()) }));
		const placed = (x: number, node: ReturnType<typeof funnelNode>) => ({
			id: node.name,
			position: [x, 0] as [number, number],
			...node,
		});
		const workflow = {
			nodes: [
				{
					...placed(
						0,
						funnelNode('Semantic Classifier', 'semanticClassifier', 1, {
							engine: 'builtin',
							outputMode: 'single',
						}),
					),
					onError: 'continueRegularOutput' as const,
				},
				placed(200, funnelNode('Confidence Gate', 'confidenceGate', 1)),
				placed(400, funnelNode('Intent Briefing', 'intentBriefing', 1)),
			],
			connections: {
				'Semantic Classifier': {
					main: [[{ node: 'Confidence Gate', type: 'main' as const, index: 0 }]],
				},
				'Confidence Gate': {
					main: [
						[{ node: 'Intent Briefing', type: 'main' as const, index: 0 }],
						[{ node: 'Intent Briefing', type: 'main' as const, index: 0 }],
					],
				},
			},
		};
		const run = await runWorkflow(workflow, {
			startNode: 'Semantic Classifier',
			triggerItems: items,
		});
		expect(run.error).toBeUndefined();
		const classified = run.outputs('Semantic Classifier').flat();
		expect(classified).toHaveLength(ITEMS);
		const gated = run.outputs('Confidence Gate').flat();
		expect(gated).toHaveLength(ITEMS);
		// Intent Briefing runs once per gate output that has items: every run counts.
		const briefed = (run.run.data.resultData.runData['Intent Briefing'] ?? []).flatMap((task) =>
			(task.data?.main ?? []).flatMap((items) => items ?? []),
		);
		expect(briefed).toHaveLength(ITEMS);
		for (const item of gated)
			for (const reason of (item.json.gate as { reasons: string[] }).reasons)
				expectSafe('plain', reason);
		for (const item of briefed) expectSafeBriefing(item.json.briefing as never);
	});
});

describe('Capacity Check through WorkflowExecute', () => {
	useTemporaryStateFile();
	const ITEMS = 300;
	const rep = (id: string, name: string, tiers: string, timeZone: string) => ({
		id,
		name,
		tiers,
		timeZone,
		workingHours: 'Mon-Sun 00:00-23:59',
		email: `${id}@example.com`,
		phone: '+1 415 555 0100',
		maxOpenLeads: 40,
		active: true,
	});

	it('Assign: every random and hostile item leaves on one output, paired, with a readable reason and a safe SMS', async () => {
		const gen = new Gen(seededRandom(SEED + 14));
		const items = Array.from({ length: ITEMS }, () => ({ json: asJson(gen.item()) }));
		const name = 'Capacity Check';
		const workflow = {
			nodes: [
				{
					id: 'c',
					name,
					type: 'n8n-nodes-intent-funnel.capacityCheck',
					typeVersion: 2,
					position: [0, 0] as [number, number],
					parameters: {
						operation: 'assign',
						rosterSource: 'node',
						reps: {
							rep: [
								rep('ana', 'Ana Closer', 'closers', 'America/New_York'),
								rep('sara', 'Sara SDR', 'sdrs', 'Europe/London'),
							],
						},
						tierMapping: {
							mapping: [
								{ path: 'hot', tier: 'closers' },
								{ path: 'warm', tier: 'sdrs' },
							],
						},
						options: { bookingLink: 'https://cal.example.com/acme' },
					},
				},
			],
			connections: {},
		};
		const out = await everyItemLeaves(workflow, name, items);
		for (const item of out) {
			const routing = item.json.routing as { reason?: string; sms?: { body?: string } } | undefined;
			if (!routing) {
				expect(typeof item.json.error).toBe('string');
				continue;
			}
			expectSafe('plain', String(routing.reason ?? ''));
			if (routing.sms?.body) expectSafe('sms', routing.sms.body);
		}
	});
});
