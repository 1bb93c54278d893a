import type { INodeParameters } from 'n8n-workflow';

import { ACME_TEAM, capacityCheckNode } from '../helpers/capacityNode';
import { classifiedLeadsWorkflow } from '../helpers/workflows';
import { runWorkflow } from '../harness/runWorkflow';

/** Acme's team; Ana has a phone for her notifications, and no rep id (the email is the id). */
const REPS = { rep: [{ ...ACME_TEAM[0], phone: '+14155550100' }, ...ACME_TEAM.slice(1)] };
const HOT = 'VP here. Budget of $60k/year approved, we need it by end of Q1. Please book a demo.';
const lead = (name: string, message: string, submittedAt: string, phone = '(415) 555-0199') => ({
	name,
	message,
	phone,
	submittedAt,
	role: 'VP Operations',
});

const funnel = (leads: object[], capacityParameters: INodeParameters = {}) =>
	classifiedLeadsWorkflow(
		leads,
		capacityCheckNode({
			reps: REPS,
			options: { bookingLink: 'https://cal.example/acme', timeZone: 'America/Los_Angeles' },
			...capacityParameters,
		}),
	);

describe('Manual Trigger -> Set -> Semantic Classifier -> Capacity Check', () => {
	it('assigns hot leads to closers in rotation within caps, and passes other paths through', async () => {
		const leads = [
			lead('Dana', HOT, '2026-11-25T16:00:00Z'),
			lead('Eli', HOT, '2026-11-25T16:05:00Z'),
			lead('Fay', HOT, '2026-11-25T16:10:00Z'),
			lead('Gus', 'Just browsing, newsletter please', '2026-11-25T16:15:00Z'),
		];
		const run = await runWorkflow(funnel(leads));
		expect(run.error).toBeUndefined();
		const [assigned, noCapacity, notRouted] = run.outputs('Capacity Check');
		expect(
			assigned.map((item) => [
				item.json.name,
				(item.json.routing as { rep: { name: string } }).rep.name,
			]),
		).toEqual([
			['Dana', 'Ana Closer'],
			['Eli', 'Ben Closer'],
			['Fay', 'Ben Closer'], // Ana is at her cap of one open lead
		]);
		expect(noCapacity).toHaveLength(0);
		expect(notRouted.map((item) => item.json.name)).toEqual(['Gus']);
		expect((notRouted[0].json.routing as { reason: string }).reason).toMatch(
			/Path "nurture" is not routed/,
		);
		expect(assigned[0].pairedItem).toEqual({ item: 0 });
		expect((assigned[0].json.audit as Array<{ node: string }>).map((entry) => entry.node)).toEqual([
			'semanticClassifier',
			'capacityCheck',
		]);
	});

	it('texts real free slots when no closer is working, respecting quiet hours', async () => {
		// Saturday: nobody works. 18:00 in Los Angeles, so the text can go now.
		const run = await runWorkflow(
			funnel([
				lead('Dana', HOT, '2026-11-29T02:00:00Z'),
				lead('Hal', HOT, '2026-11-29T02:05:00Z', 'not a phone'),
			]),
		);
		const [, noCapacity] = run.outputs('Capacity Check');
		expect(noCapacity).toHaveLength(2);
		const routing = noCapacity[0].json.routing as {
			nextSlots: Array<{ start: string; label: string }>;
			sms: { to: string; body: string; allowedNow: boolean };
		};
		expect(routing.nextSlots[0]).toMatchObject({
			start: '2026-11-30T14:00:00.000Z',
			label: 'Mon 30 Nov, 6:00 AM PST',
		});
		expect(routing.sms).toMatchObject({ to: '+14155550199', allowedNow: true });
		expect(routing.sms.body).toContain('https://cal.example/acme');
		expect((noCapacity[1].json.routing as { sms: { to: null; reason: string } }).sms).toMatchObject(
			{ to: null, reason: expect.stringMatching(/not a valid phone number/) },
		);
	});

	it('reads the roster from input data and stops with a message naming the rep and field', async () => {
		const roster = [
			{ name: 'Zed', tiers: 'closers', timeZone: 'Moon/Base', workingHours: 'Mon-Fri 09:00-17:00' },
		];
		const run = await runWorkflow(
			funnel([{ ...lead('Dana', HOT, '2026-11-25T16:00:00Z'), roster }], {
				rosterSource: 'input',
				rosterData: '={{ $json.roster }}',
			}),
		);
		expect(run.nodeError('Capacity Check')?.message).toMatch(
			/Rep 1 \(Zed\), time zone: "Moon\/Base" is not an IANA time zone/,
		);
	});

	it('releases a rep so the cap frees up', async () => {
		const workflow = funnel([lead('Dana', HOT, '2026-11-25T16:00:00Z')]);
		workflow.nodes.push({
			id: 'r',
			position: [1000, 0],
			...capacityCheckNode({ operation: 'release' }, 1, 'Release'),
		});
		workflow.connections['Capacity Check'] = {
			main: [[{ node: 'Release', type: 'main', index: 0 }], [], []],
		};
		const staticData = {};
		const run = await runWorkflow(workflow, { staticData });
		const released = run.output('Release')[0].json.routing as { status: string; reason: string };
		expect(released.status).toBe('released');
		expect(released.reason).toBe('Released one open lead of ana@acme.test: 0 open now');
	});
});
