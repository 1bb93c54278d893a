import { buildFunnelReport, funnelReportHtml, funnelReportSlack } from '../../../index';
import {
	funnelItem,
	held,
	PERIOD,
	ROSTER,
	SAMPLE_DAY,
	SAMPLE_STORE_COUNTS,
} from '../../helpers/funnelItems';
import {
	htmlParseErrors,
	slackBlockProblems,
	slackTexts,
	xmlElements,
} from '../../helpers/markupChecks';
import { repRows } from '../../helpers/reportRows';

describe('Funnel Report from a fixed day of audit trails', () => {
	const items = [...SAMPLE_DAY.map(funnelItem), 'not an item', { foo: 1 }, null];
	const report = buildFunnelReport({
		items,
		...PERIOD,
		reps: ROSTER,
		storeCounts: SAMPLE_STORE_COUNTS,
	});

	it('counts leads, paths, duplicates and what it could not read', () => {
		expect(report.leads).toBe(11);
		expect(report.duplicates).toBe(1);
		expect(report.outsidePeriod).toBe(1);
		expect(report.unreadable).toBe(3);
		expect(report.paths).toEqual([
			{ path: 'hot', leads: 6 },
			{ path: 'nurture', leads: 2 },
			{ path: 'junk', leads: 1 },
			{ path: 'support', leads: 1 },
			{ path: 'warm', leads: 1 },
		]);
	});

	it('counts gate reviews, what reviewers decided and the rescued buyers', () => {
		expect(report.gate.reviewed).toBe(4);
		expect(report.gate.reviewRate).toBeCloseTo(4 / 11, 10);
		expect(report.gate.outcomes).toEqual({ approved: 2, dropped: 1, rerouted: 0, no_decision: 1 });
		expect(report.gate.rescuedBuyers).toBe(1);
		expect(report.gate.byRule).toEqual([
			{ rule: 'falseNegativeGuard', leads: 1 },
			{ rule: 'lowConfidence', leads: 1 },
			{ rule: 'nearBoundary', leads: 1 },
			{ rule: 'vip', leads: 1 },
		]);
	});

	it('counts routing, time to assignment (median, p90), and prospect SMS sent or held', () => {
		expect(report.routing).toEqual({ assigned: 6, noCapacity: 2, passedThrough: 1, errors: 0 });
		// Waits 2, 10, 60, 1, 5, 30 minutes: median (5 + 10) / 2, p90 by nearest rank is the 6th of 6.
		expect(report.timeToAssignMinutes).toEqual({ median: 7.5, p90: 60, count: 6 });
		expect(report.prospectSms).toEqual({ sent: 1, heldForQuietHours: 1 });
	});

	it("lists each rep against caps, busiest day on the rep's own calendar", () => {
		expect(report.reps).toEqual(
			repRows([
				// id, name, assigned, busiest day, max leads per day, max open leads, open now
				['ana', 'Ana Closer', 4, { day: '2026-11-30', leads: 3 }, 3, 10, 10],
				['ben', 'Ben Closer', 1, { day: '2026-11-30', leads: 1 }, null, null, 0],
				['sara', 'Sara SDR', 1, { day: '2026-11-30', leads: 1 }, 20, null, 1],
				['idle', 'Idle Rep', 0, null, 5, null, 0],
			]),
		);
	});

	it('a rerouted review counts as a rescued buyer even before routing', () => {
		const rerouted = buildFunnelReport({
			items: [
				funnelItem({
					path: 'junk',
					submitted: '2026-11-30T10:00:00Z',
					gate: held('falseNegativeGuard'),
					review: 'rerouted',
				}),
			],
			...PERIOD,
		});
		expect(rerouted.gate).toMatchObject({
			reviewed: 1,
			rescuedBuyers: 1,
			outcomes: { rerouted: 1 },
		});
	});

	it('refuses a period that is not one, with a clear message', () => {
		expect(() => buildFunnelReport({ items, start: 'yesterday', end: PERIOD.end })).toThrow(
			"The report's start is not a date",
		);
		expect(() => buildFunnelReport({ items, start: PERIOD.end, end: PERIOD.start })).toThrow(
			'ends before it starts',
		);
	});

	it('writes Slack blocks Slack accepts, with the numbers in them', () => {
		const slack = funnelReportSlack(report);
		expect(slackBlockProblems(slack.blocks)).toEqual([]);
		const all = slackTexts(slack.blocks).join('\n');
		expect(all).toContain('*Leads*\n11 (+1 duplicates)');
		expect(all).toContain('*Reviewed*\n4 (36%)');
		expect(all).toContain('*Time to assign*\nmedian 7.5 min, p90 60 min (6 leads)');
		expect(all).toContain('*Prospect SMS*\n1 sent, 1 held for quiet hours');
		expect(all).toContain(
			'Ana Closer: 4 assigned, busiest day 2026-11-30: 3/3, open now 10/10 (at cap)',
		);
		expect(all).toContain('1 rescued buyers');
		expect(slack.text).toBe(
			'Funnel report 2026-11-30 00:00 to 2026-12-01 00:00 UTC: 11 leads, 4 reviewed, 6 assigned',
		);
	});

	it('writes an HTML email that parses cleanly as HTML5 and as XML, with an SVG chart of our own', () => {
		const html = funnelReportHtml(report);
		expect(htmlParseErrors(html)).toEqual([]);
		const elements = xmlElements(html);
		expect(elements.filter((element) => element.name === 'svg')).toHaveLength(2);
		expect(elements.filter((element) => element.name === 'rect')).toHaveLength(5 + 4);
		expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org\/)/);
		expect(html).toContain('<td style="padding:4px 0">median 7.5 min, p90 60 min (6 leads)</td>');
	});
});

describe('Funnel Report with hostile names and sizes', () => {
	const hostile =
		'</text></svg><script>alert(1)</script><img src=x onerror=alert(1)> <!channel> @here *bold* &lt;b&gt; https://evil.example \u202e\u200b';
	const item = (index: number, name = hostile, path = hostile) => ({
		intent: {
			path,
			score: 90,
			confidence: 1,
			version: '1.0',
			lead: { submittedAt: '2026-11-30T10:00:00Z' },
		},
		gate: { decision: 'human_review', rule: hostile, reasons: [], version: '1.0' },
		routing: {
			status: 'assigned',
			rep: {
				id: `rep-${index}`,
				name: index < 2 ? `${name} ${index}` : name,
				timeZone: 'Not/AZone',
			},
			assignedAt: '2026-11-30T10:05:00Z',
		},
		audit: 'not a list',
	});
	const ELEMENTS = new Set([
		'html',
		'head',
		'meta',
		'title',
		'body',
		'h1',
		'h2',
		'table',
		'tr',
		'th',
		'td',
		'div',
		'svg',
		'text',
		'rect',
		'line',
		'ul',
		'li',
		'p',
	]);
	const ATTRIBUTES = new Set([
		'lang',
		'xmlns',
		'charset',
		'style',
		'width',
		'height',
		'viewBox',
		'role',
		'aria-label',
		'x',
		'y',
		'x1',
		'y1',
		'x2',
		'y2',
		'text-anchor',
		'font-size',
		'font-weight',
		'fill',
		'stroke',
		'stroke-width',
	]);

	it('keeps lead-controlled names as text in HTML and Slack', () => {
		const report = buildFunnelReport({ items: [item(1), item(2)], ...PERIOD });
		const html = funnelReportHtml(report);
		expect(htmlParseErrors(html)).toEqual([]);
		for (const element of xmlElements(html)) {
			expect(ELEMENTS).toContain(element.name);
			for (const attribute of element.attributes) expect(ATTRIBUTES).toContain(attribute);
		}
		expect(html).not.toContain('https://evil');
		expect(html).not.toMatch(/[\u202e\u200b]/);
		const slack = funnelReportSlack(report);
		expect(slackBlockProblems(slack.blocks)).toEqual([]);
		const texts = slackTexts(slack.blocks).join('\n');
		expect(texts).not.toMatch(/<!|@here|<script|https:\/\/evil|\*bold\*/);
	});

	it("stays inside Slack's limits with 1,500 reps of 1 MB names and 300 paths", () => {
		// One flat 1 MB string shared by every name (as JSON.parse gives them); three 1 MB paths.
		const huge = 'x'.repeat(1_000_000);
		const items = Array.from({ length: 1500 }, (_, index) =>
			item(index, huge, index < 3 ? `${index}${huge}` : `path ${index % 300}`),
		);
		const report = buildFunnelReport({ items, ...PERIOD });
		expect(report.reps).toHaveLength(1500);
		const slack = funnelReportSlack(report);
		expect(slackBlockProblems(slack.blocks)).toEqual([]);
		expect(slack.blocks.length).toBeLessThanOrEqual(50);
		expect(
			slackTexts(slack.blocks).some((text) => /^…and \d+ more sections left out/.test(text)),
		).toBe(true);
		const html = funnelReportHtml(report);
		expect(htmlParseErrors(html)).toEqual([]);
		expect(html.length).toBeLessThan(1_500 * 1_000);
	});
});
