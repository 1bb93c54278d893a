// Asserts what the funnel did, from the sender's answers, the sink's messages (what prospects and
// reps received) and n8n's execution records. Exits 1 with every problem listed.
// Usage: node funnelChecks.js --load LOAD.json --sink URL|MESSAGES.json --roster queue|burst --prefix ID_PREFIX
//          --executions '{"success":N,...}' [--crash]
// --crash: a worker was killed mid-run. n8n 2.40.7 does not re-run the jobs it was running (its
// Bull queue has maxStalledCount 0): once their lock expires they fail, the webhook caller gets an
// error and sends the lead again, as form providers and CRMs retry webhooks. The retry is a new
// execution, which the Capacity Check's Duplicate Window sends to its Duplicate output with the
// first attempt's rep, uncounted. A CRM record (an upsert by lead ID in a real CRM) may arrive
// from both attempts but must say the same thing: one outcome per lead.
// Messages after a crash, by the funnel's Confirm Delivery nodes:
// - the rep: at least once. A retry whose first attempt never confirmed the rep notification
//   (routing.pendingDeliveries) tells the rep, so no assigned lead's rep goes untold. A first
//   attempt killed after its Slack call and before its confirmation makes the rep hear twice,
//   about the same lead and the same rep: allowed only for leads whose first attempt failed, and
//   printed.
// - the prospect: at most once. A retry never texts again; a first attempt killed after the
//   Capacity Check and before its SMS call loses that SMS: allowed only for leads whose first
//   attempt failed, at most one per failed execution, and printed.
const fs = require('node:fs');
const { ROSTERS } = require('./funnelWorkflow');

const args = {};
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
	if (argv[i] === '--crash') args.crash = true;
	else args[argv[i].replace(/^--/, '')] = argv[++i];
}
const crash = Boolean(args.crash);
const roster = ROSTERS[args.roster];
const { summary, records } = JSON.parse(fs.readFileSync(args.load, 'utf8'));
const executions = JSON.parse(args.executions ?? '{}');
const problems = [];
const problem = (text) => problems.length < 40 && problems.push(text);
// The funnel maps hot -> closers and warm -> sdrs; other paths pass through. Tiers are judged by
// the path the classifier gave (the CRM record says it), so a classifier change moves leads
// between tiers without breaking these checks; the mix must still fill and rotate both tiers.
const TIER_OF_PATH = { hot: 'closers', warm: 'sdrs' };

const groupBy = (list, key) =>
	list.reduce(
		(groups, entry) => groups.set(key(entry), [...(groups.get(key(entry)) ?? []), entry]),
		new Map(),
	);

async function main() {
	const all = args.sink.startsWith('http')
		? await (await fetch(`${args.sink}/messages`)).json()
		: JSON.parse(fs.readFileSync(args.sink, 'utf8'));
	const messages = all.filter((message) =>
		String(message.body.leadId).startsWith(`${args.prefix}-`),
	);
	const byChannel = groupBy(messages, (message) => message.channel);
	const crmByLead = groupBy(byChannel.get('crm') ?? [], (message) => message.body.leadId);
	const smsByLead = groupBy(byChannel.get('sms') ?? [], (message) => message.body.leadId);
	const slackByLead = groupBy(byChannel.get('slack') ?? [], (message) => message.body.leadId);
	const attemptsByLead = groupBy(records, (record) => record.leadId);

	const assignedTo = new Map(roster.map((rep) => [rep.id, 0]));
	const outcomes = {};
	const paths = {};
	const misclassified = {};
	const duplicates = [];
	const lostToCrash = [];
	const toldTwice = [];
	const retold = [];
	const answerLost = [];
	for (const [leadId, attempts] of attemptsByLead) {
		const kind = attempts[0].kind;
		const answered = attempts.find((attempt) => attempt.status === 200);
		if (!answered)
			problem(
				`${leadId}: never answered (${attempts.map((attempt) => attempt.status || attempt.error).join(', ')})`,
			);
		else if (answered.json?.leadId !== leadId)
			problem(
				`${leadId}: answered for ${answered.json?.leadId}: ${JSON.stringify(answered.json ?? answered.text).slice(0, 200)}`,
			);
		// n8n 2.40.7 in queue mode now and then never answers a webhook whose execution succeeded
		// (seen: 2 of 1,000): the sender's timeout retries, as form providers and CRMs do. Such a
		// retry must be a duplicate that changes nothing; any other second attempt is a failure.
		const unanswered = attempts[0].error === 'TimeoutError';
		if (!crash && attempts.length > 1) {
			if (unanswered && attempts.length === 2) answerLost.push(leadId);
			else problem(`${leadId}: needed ${attempts.length} attempts in a run without failures`);
		}

		const crm = crmByLead.get(leadId) ?? [];
		if (crm.length === 0) {
			problem(`${leadId}: no CRM record (lost)`);
			continue;
		}
		if (!crash && crm.length > (unanswered ? 2 : 1))
			problem(`${leadId}: ${crm.length} CRM records`);
		const verdicts = new Set(crm.map((message) => `${message.body.outcome}/${message.body.repId}`));
		if (verdicts.size > 1)
			problem(`${leadId}: more than one outcome: ${[...verdicts].join(' vs ')}`);
		const { outcome, repId, path } = crm[0].body;
		outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
		paths[path] = (paths[path] ?? 0) + 1;
		if (path !== kind)
			misclassified[`${kind}->${path}`] = (misclassified[`${kind}->${path}`] ?? 0) + 1;
		const tier = TIER_OF_PATH[path];
		if (tier ? !['assigned', 'no_capacity'].includes(outcome) : outcome !== 'passed_through')
			problem(`${leadId}: a ${path} lead ended ${outcome}`);

		if (crm.some((message) => message.body.repOwed)) retold.push(leadId);
		if (crm.some((message) => message.body.duplicateOf)) {
			duplicates.push(leadId);
			if (!crash && !unanswered)
				problem(`${leadId}: taken for a duplicate in a run without retries`);
		}

		const sms = smsByLead.get(leadId) ?? [];
		const slack = slackByLead.get(leadId) ?? [];
		const firstAttemptFailed = attempts[0].status !== 200;
		if (sms.length > 1) problem(`${leadId}: the prospect got ${sms.length} SMS`);
		if (slack.length > 1) {
			if (crash && firstAttemptFailed && slack.length === 2) toldTwice.push(leadId);
			else problem(`${leadId}: the rep was told ${slack.length} times`);
		}
		if (outcome === 'no_capacity' && sms.length === 0) {
			if (crash && firstAttemptFailed) lostToCrash.push(leadId);
			else problem(`${leadId}: no_capacity, but no SMS to the prospect`);
		}
		if (outcome !== 'no_capacity' && sms.length)
			problem(`${leadId}: ${outcome}, yet the prospect got an SMS`);
		if (outcome === 'assigned') {
			const rep = roster.find((entry) => entry.id === repId);
			if (!rep || rep.tiers !== tier) problem(`${leadId}: a ${path} lead went to ${repId}`);
			if (slack.length === 0)
				problem(`${leadId}: assigned to ${repId}, but the rep was never told`);
			for (const message of slack)
				if (message.body.repId !== repId)
					problem(`${leadId}: assigned to ${repId}, Slack went to ${message.body.repId}`);
			assignedTo.set(repId, (assignedTo.get(repId) ?? 0) + 1);
		} else if (slack.length) problem(`${leadId}: ${outcome}, yet a rep was told`);
	}
	if (attemptsByLead.size !== summary.leads)
		problem(`sent ${summary.leads} leads, the sender recorded ${attemptsByLead.size}`);
	const strays = [...crmByLead.keys()].filter((leadId) => !attemptsByLead.has(leadId));
	if (strays.length) problem(`CRM records for leads never sent: ${strays.slice(0, 5).join(', ')}`);

	// Caps, and round robin: a rep is never more than one lead ahead of another rep of the same
	// tier unless that other rep is full. Every lead of a tier that could be assigned was.
	for (const tier of new Set(roster.map((rep) => rep.tiers))) {
		const reps = roster.filter((rep) => rep.tiers === tier);
		for (const rep of reps) {
			const count = assignedTo.get(rep.id);
			if (rep.maxOpenLeads && count > rep.maxOpenLeads)
				problem(`${rep.id}: ${count} leads, cap ${rep.maxOpenLeads}`);
			for (const other of reps) {
				const otherCount = assignedTo.get(other.id);
				if (count > otherCount + 1 && !(other.maxOpenLeads && otherCount >= other.maxOpenLeads))
					problem(
						`round robin: ${rep.id} has ${count} leads, ${other.id} only ${otherCount} with room left`,
					);
			}
		}
		const path = Object.keys(TIER_OF_PATH).find((candidate) => TIER_OF_PATH[candidate] === tier);
		const demand = paths[path] ?? 0;
		const capped = reps.every((rep) => rep.maxOpenLeads);
		const room = capped ? reps.reduce((sum, rep) => sum + rep.maxOpenLeads, 0) : Infinity;
		const assigned = reps.reduce((sum, rep) => sum + assignedTo.get(rep.id), 0);
		if (assigned !== Math.min(demand, room))
			problem(
				`${tier}: ${assigned} leads assigned, expected ${Math.min(demand, room)} (${demand} ${path} leads, room for ${room})`,
			);
		// A check that cannot fail is no check: the mix must overflow capped tiers and give every
		// rep of an uncapped tier several leads.
		const generated = records.some((record) => record.kind === path);
		if (generated && capped && demand <= room)
			problem(`${tier}: only ${demand} ${path} leads for room ${room}; the caps were never tested`);
		if (generated && !capped && demand < 3 * reps.length)
			problem(`${tier}: only ${demand} ${path} leads; rotation was not tested`);
	}

	const failed = Object.entries(executions).filter(
		([status, count]) => status !== 'success' && count > 0,
	);
	const failedCount = failed.reduce((sum, [, count]) => sum + count, 0);
	if (!crash && failed.length)
		problem(`n8n recorded executions that did not succeed: ${JSON.stringify(executions)}`);
	if ((executions.success ?? 0) < summary.leads)
		problem(
			`n8n recorded ${executions.success ?? 0} successful executions for ${summary.leads} leads: ${JSON.stringify(executions)}`,
		);
	// One execution per attempt that reached n8n, plus the readiness probe: nothing ran twice and
	// nothing ran unrecorded.
	const executionCount = Object.values(executions).reduce((sum, count) => sum + count, 0);
	const received = records.filter(
		(record) => record.status !== 0 || record.error === 'TimeoutError',
	).length;
	if (executionCount !== received && executionCount !== received + 1)
		problem(
			`n8n recorded ${executionCount} executions for ${received} calls that reached it (and one probe): ${JSON.stringify(executions)}`,
		);
	const firstAttempts = [...attemptsByLead.values()].map((attempts) => attempts[0]);
	const answeredWithError = firstAttempts.filter((attempt) => attempt.status >= 500).length;
	const neverAnswered = firstAttempts
		.filter((attempt) => attempt.status === 0)
		.map((attempt) => attempt.leadId);
	if (!crash && answerLost.length)
		console.log(
			`[e2e] n8n never answered ${answerLost.length} webhook call(s) whose execution succeeded (${answerLost.join(', ')}); the sender's retry was taken for a duplicate: same outcome, no second message`,
		);
	if (crash) {
		// Every execution that died with the worker made its sender retry; n8n answers those with
		// 500 "Error in workflow" once the job's lock expires. An execution that finished just as the
		// worker died can leave its caller waiting with no answer: the sender's timeout retries it.
		if (failedCount > answeredWithError + neverAnswered.length)
			problem(
				`${failedCount} executions failed, but only ${answeredWithError + neverAnswered.length} senders were told or timed out`,
			);
		if (answeredWithError > failedCount)
			problem(
				`${answeredWithError} leads got an error answer, but n8n recorded only ${failedCount} failed executions: ${JSON.stringify(executions)}`,
			);
		if (lostToCrash.length > failedCount + neverAnswered.length)
			problem(`${lostToCrash.length} prospect SMS lost, more than the executions that died`);
		if (toldTwice.length > failedCount + neverAnswered.length)
			problem(`${toldTwice.length} reps told twice, more than the executions that died`);
		console.log(
			`[e2e] crash: ${failedCount} executions failed with the killed worker (callers told HTTP 500 after ${Math.round(Math.max(0, ...firstAttempts.filter((attempt) => attempt.status >= 500).map((attempt) => attempt.ms)) / 1000)} s), ${neverAnswered.length} callers never answered (${neverAnswered.join(', ') || 'none'}) and retried after their timeout; ${duplicates.length} retries recognised as duplicates; rep notifications sent again for a retry (first attempt died before confirming): ${retold.length ? retold.join(', ') : 'none'}; reps told twice (died between Slack and its confirmation): ${toldTwice.length ? toldTwice.join(', ') : 'none'}; prospect SMS lost with a killed execution (never sent twice): ${lostToCrash.length ? lostToCrash.join(', ') : 'none'}`,
		);
	}
	console.log(
		`[e2e] ${summary.leads} leads at concurrency ${summary.concurrency}: ${summary.leadsPerSecond} leads/s, p50 ${summary.p50Ms} ms, p99 ${summary.p99Ms} ms, ${summary.failedAttempts} failed attempts`,
	);
	console.log(
		`[e2e] paths ${JSON.stringify(paths)}${Object.keys(misclassified).length ? ` (generated kind->path: ${JSON.stringify(misclassified)})` : ''}; outcomes ${JSON.stringify(outcomes)}; leads per rep ${JSON.stringify(Object.fromEntries(assignedTo))}; messages ${JSON.stringify(Object.fromEntries([...byChannel].map(([channel, list]) => [channel, list.length])))}; n8n executions ${JSON.stringify(executions)}`,
	);
	if (problems.length) {
		console.error(`[e2e] FAILED:\n  ${problems.join('\n  ')}`);
		process.exit(1);
	}
	console.log(
		`[e2e] every lead has one outcome, no cap exceeded, round robin within one lead, no second SMS, every assigned lead's rep told${crash ? '' : ' once'}`,
	);
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
