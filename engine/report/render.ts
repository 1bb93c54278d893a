/**
 * The Funnel Report written for people: Slack Block Kit and an HTML email with an SVG chart
 * drawn here (no chart service: lead data stays in the user's n8n). Path names, rule names and
 * rep names come from settings and items, so they are encoded like a lead's words.
 */
import { encodeLeadValue, FIELD_LIMITS } from '../encode';
import type { FunnelReport, RepLine } from './funnel';

/** Slack's limits: blocks per message, characters per section text, per field, per header. */
export const SLACK_LIMITS = {
	blocks: 50,
	sectionText: 3000,
	fieldText: 2000,
	fields: 10,
	headerText: 150,
} as const;

const clip = (value: string, max: number) =>
	value.length <= max ? value : `${value.slice(0, max - 1)}…`;

const percent = (share: number) => `${Math.round(share * 100)}%`;

function periodLabel(report: FunnelReport): string {
	const day = (iso: string) => iso.slice(0, 16).replace('T', ' ');
	return `${day(report.period.start)} to ${day(report.period.end)} UTC`;
}

const minutes = (value: number) =>
	value < 120 ? `${value} min` : `${Math.round((value / 60) * 10) / 10} h`;

function timeToAssign(report: FunnelReport): string {
	const wait = report.timeToAssignMinutes;
	return wait
		? `median ${minutes(wait.median)}, p90 ${minutes(wait.p90)} (${wait.count} leads)`
		: 'no assignments';
}

/** The report's headline figures, label and value, in the order every channel shows them. */
function headlineFigures(report: FunnelReport): Array<[string, string]> {
	return [
		['Leads', `${report.leads}${report.duplicates ? ` (+${report.duplicates} duplicates)` : ''}`],
		['Reviewed', `${report.gate.reviewed} (${percent(report.gate.reviewRate)})`],
		['Rescued buyers', `${report.gate.rescuedBuyers}`],
		['Assigned', `${report.routing.assigned}`],
		['No capacity', `${report.routing.noCapacity}`],
		['Time to assign', timeToAssign(report)],
		[
			'Prospect SMS',
			`${report.prospectSms.sent} sent, ${report.prospectSms.heldForQuietHours} held for quiet hours`,
		],
	];
}

const capText = (value: number, cap: number | null) =>
	cap === null ? `${value}` : `${value}/${cap}`;

/** One rep's line in words; `name` is already encoded for its channel. */
function repSummary(rep: RepLine, name: string): string {
	const busiest = rep.busiestDay
		? `, busiest day ${rep.busiestDay.day}: ${capText(rep.busiestDay.leads, rep.maxLeadsPerDay)}`
		: '';
	const open = rep.openNow === null ? '' : `, open now ${capText(rep.openNow, rep.maxOpenLeads)}`;
	const atCap =
		(rep.maxLeadsPerDay !== null && (rep.busiestDay?.leads ?? 0) >= rep.maxLeadsPerDay) ||
		(rep.maxOpenLeads !== null && rep.openNow !== null && rep.openNow >= rep.maxOpenLeads);
	return `${name}: ${rep.assigned} assigned${busiest}${open}${atCap ? ' (at cap)' : ''}`;
}

const REVIEW_OUTCOME_LABELS = {
	approved: 'approved',
	rerouted: 'rerouted',
	dropped: 'dropped',
	no_decision: 'no decision recorded',
} as const;

function reviewSummary(report: FunnelReport, label: (value: string) => string): string[] {
	const outcomes = Object.entries(REVIEW_OUTCOME_LABELS)
		.filter(([key]) => report.gate.outcomes[key as keyof typeof REVIEW_OUTCOME_LABELS] > 0)
		.map(
			([key, words]) =>
				`${report.gate.outcomes[key as keyof typeof REVIEW_OUTCOME_LABELS]} ${words}`,
		);
	return [
		`${report.gate.reviewed} of ${report.leads} leads reviewed (${percent(report.gate.reviewRate)})${outcomes.length ? `: ${outcomes.join(', ')}` : ''}`,
		`${report.gate.rescuedBuyers} rescued buyers (a non-sales path a reviewer sent to a rep)`,
		...report.gate.byRule.map((entry) => `${label(entry.rule)}: ${entry.leads}`),
	];
}

/**
 * Lines packed into as few texts as fit `max` characters each; a line longer than `max` is cut.
 * Keeps every line whole, so no text ends inside an escape or a name.
 */
function pack(lines: string[], max: number): string[] {
	const texts: string[] = [];
	let current = '';
	for (const line of lines.map((entry) => clip(entry, max))) {
		if (current && current.length + 1 + line.length > max) {
			texts.push(current);
			current = line;
		} else current = current ? `${current}\n${line}` : line;
	}
	if (current) texts.push(current);
	return texts;
}

type Block = Record<string, unknown>;

const section = (mrkdwn: string): Block => ({
	type: 'section',
	text: { type: 'mrkdwn', text: mrkdwn },
});

/** Slack Block Kit for chat.postMessage (`blocks`), with its plain-text fallback (`text`). */
export function funnelReportSlack(report: FunnelReport): { text: string; blocks: Block[] } {
	const slack = (value: string, limit: number = FIELD_LIMITS.label) =>
		encodeLeadValue('slack', value, limit);
	const field = (title: string, value: string) => ({
		type: 'mrkdwn',
		text: clip(`*${title}*\n${value}`, SLACK_LIMITS.fieldText),
	});
	const fields = headlineFigures(report).map(([title, value]) => field(title, value));
	const blocks: Block[] = [
		{
			type: 'header',
			text: {
				type: 'plain_text',
				text: clip(`Funnel report: ${periodLabel(report)}`, SLACK_LIMITS.headerText),
				emoji: false,
			},
		},
		{ type: 'section', fields: fields.slice(0, SLACK_LIMITS.fields) },
	];
	const pathLines = report.paths.map((entry) => `${slack(entry.path)}: ${entry.leads}`);
	const bodies = [
		...pack(
			['*Leads per path*', ...(pathLines.length ? pathLines : ['none'])],
			SLACK_LIMITS.sectionText,
		),
		...pack(
			['*Gate reviews*', ...reviewSummary(report, (value) => slack(value))],
			SLACK_LIMITS.sectionText,
		),
		...pack(
			[
				'*Reps (assigned against caps)*',
				...(report.reps.length
					? report.reps.map((rep) => repSummary(rep, slack(rep.name, FIELD_LIMITS.name)))
					: ['no reps']),
			],
			SLACK_LIMITS.sectionText,
		),
	];
	// Room for the closing context block: a message over Slack's block limit is refused whole.
	const room = SLACK_LIMITS.blocks - blocks.length - 1;
	const shown = bodies.length > room ? bodies.slice(0, room - 1) : bodies;
	blocks.push(...shown.map(section));
	if (shown.length < bodies.length)
		blocks.push(
			section(
				`…and ${bodies.length - shown.length} more sections left out (Slack shows ${SLACK_LIMITS.blocks} blocks at most)`,
			),
		);
	const notes = [
		report.outsidePeriod && `${report.outsidePeriod} items outside the period`,
		report.unreadable && `${report.unreadable} items were not funnel items`,
		report.routing.errors && `${report.routing.errors} routing errors`,
	].filter(Boolean);
	blocks.push({
		type: 'context',
		elements: [
			{
				type: 'mrkdwn',
				text: clip(
					notes.length ? notes.join(' · ') : 'Every item was read',
					SLACK_LIMITS.sectionText,
				),
			},
		],
	});
	const summary = `Funnel report ${periodLabel(report)}: ${report.leads} leads, ${report.gate.reviewed} reviewed, ${report.routing.assigned} assigned`;
	return { text: summary, blocks };
}

/** A horizontal bar chart in SVG; labels are encoded here, values are our numbers. */
export function barChartSvg(
	title: string,
	bars: Array<{ label: string; value: number; cap?: number | null }>,
): string {
	const html = (value: string, limit = 40) => encodeLeadValue('html', value, limit);
	const rowHeight = 26;
	const labelWidth = 170;
	const barWidth = 300;
	const top = 30;
	const height = top + Math.max(1, bars.length) * rowHeight + 10;
	const width = labelWidth + barWidth + 70;
	const max = Math.max(1, ...bars.map((bar) => Math.max(bar.value, bar.cap ?? 0)));
	const rows = bars.map((bar, index) => {
		const y = top + index * rowHeight;
		const length = Math.round((bar.value / max) * barWidth);
		const cap = bar.cap ? Math.round((bar.cap / max) * barWidth) : null;
		return [
			`<text x="${labelWidth - 8}" y="${y + 16}" text-anchor="end" font-size="13" fill="#333">${html(bar.label)}</text>`,
			`<rect x="${labelWidth}" y="${y + 4}" width="${Math.max(1, length)}" height="16" fill="#3b6fd4" />`,
			cap === null
				? ''
				: `<line x1="${labelWidth + cap}" y1="${y + 1}" x2="${labelWidth + cap}" y2="${y + 23}" stroke="#d43b3b" stroke-width="2" />`,
			`<text x="${labelWidth + Math.max(1, length) + 6}" y="${y + 16}" font-size="13" fill="#333">${bar.value}${bar.cap ? ` / ${bar.cap}` : ''}</text>`,
		].join('');
	});
	const empty = bars.length
		? ''
		: `<text x="${labelWidth}" y="${top + 16}" font-size="13" fill="#777">none</text>`;
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${html(title, 120)}">` +
		`<text x="0" y="18" font-size="15" font-weight="bold" fill="#111">${html(title, 120)}</text>${rows.join('')}${empty}</svg>`
	);
}

/** A complete HTML email (well-formed XHTML too), inline styles only, charts as inline SVG. */
export function funnelReportHtml(report: FunnelReport): string {
	const html = (value: string, limit: number = FIELD_LIMITS.label) =>
		encodeLeadValue('html', value, limit);
	const row = (name: string, value: string) =>
		`<tr><th style="text-align:left;padding:4px 12px 4px 0">${name}</th><td style="padding:4px 0">${value}</td></tr>`;
	const list = (lines: string[]) => `<ul>${lines.map((line) => `<li>${line}</li>`).join('')}</ul>`;
	const title = `Funnel report: ${periodLabel(report)}`;
	const pathChart = barChartSvg(
		'Leads per path',
		report.paths.map((entry) => ({ label: entry.path, value: entry.leads })),
	);
	const repChart = barChartSvg(
		'Busiest day per rep against the daily cap',
		report.reps.map((rep) => ({
			label: rep.name,
			value: rep.busiestDay?.leads ?? 0,
			cap: rep.maxLeadsPerDay,
		})),
	);
	return [
		'<!DOCTYPE html>',
		'<html lang="en" xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="utf-8" />',
		`<title>${html(title, 200)}</title></head>`,
		'<body style="font-family:Arial,Helvetica,sans-serif;color:#111;max-width:640px">',
		`<h1 style="font-size:20px">${html(title, 200)}</h1>`,
		'<table style="border-collapse:collapse">',
		...headlineFigures(report).map(([name, value]) => row(name, value)),
		'</table>',
		`<div>${pathChart}</div>`,
		'<h2 style="font-size:16px">Gate reviews</h2>',
		list(reviewSummary(report, (value) => html(value))),
		'<h2 style="font-size:16px">Reps (assigned against caps)</h2>',
		`<div>${repChart}</div>`,
		list(
			report.reps.length
				? report.reps.map((rep) => repSummary(rep, html(rep.name, FIELD_LIMITS.name)))
				: ['no reps'],
		),
		report.unreadable || report.outsidePeriod
			? `<p style="color:#777">${report.outsidePeriod} items outside the period, ${report.unreadable} not funnel items.</p>`
			: '',
		'</body></html>',
	].join('\n');
}
