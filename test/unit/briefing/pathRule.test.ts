import type { IntentResult, LeadFields, PathDefinition } from '../../../engine';
import {
	buildBriefing,
	classifyLead,
	DEFAULT_PATH_DEFINITIONS,
	evaluateGate,
	pathRuleOf,
} from '../../../engine';

/** The default paths with every name changed, rules and thresholds kept. */
const RENAMED: Record<string, string> = {
	hot: 'call-now',
	warm: 'follow-up',
	nurture: 'drip',
	support: 'helpdesk',
	junk: 'bin',
};
const renamedPaths: PathDefinition[] = DEFAULT_PATH_DEFINITIONS.map((path) => ({
	...path,
	name: RENAMED[path.name],
}));

const LEADS: Record<string, LeadFields> = {
	spam: {
		text: 'We are a leading SEO agency, our rates start at $500/month. Book a call today!',
		name: 'Sam Seller',
	},
	support: {
		text: 'I cannot log in to my account since the update yesterday, please reset my password.',
		name: 'Cora Customer',
	},
	buyer: {
		text: 'We need a demo by 2027-03-31, budget of $60k approved, 300 users.',
		name: 'Dana Reyes',
	},
};
const now = new Date('2026-11-25T15:00:00Z');

describe('briefing and gate act on the path rule, not on the path name', () => {
	it.each(Object.keys(LEADS))(
		'a %s lead gets the same briefing and gate under renamed paths',
		(key) => {
			const lead = LEADS[key];
			const original = classifyLead(lead, { now });
			const renamed = classifyLead(lead, { now, paths: renamedPaths });
			expect(renamed.path).toBe(RENAMED[original.path]);
			expect(renamed.pathRule).toBe(original.pathRule);
			expect(renamed.pathRule).toBe(
				DEFAULT_PATH_DEFINITIONS.find((path) => path.name === original.path)!.rule,
			);

			// Only the name itself may differ, where the text says it.
			const unnamed = (text: string, name: string) => text.split(`"${name}"`).join('"<path>"');
			const before = buildBriefing({ intent: original, lead });
			const after = buildBriefing({ intent: renamed, lead });
			expect(after.firstQuestion).toBe(before.firstQuestion);
			if (original.pathRule !== 'score') expect(after.text).toBe(before.text);

			const gateReasons = (intent: IntentResult) =>
				evaluateGate({ intent }).reasons.map((reason) => unnamed(reason, intent.path));
			expect(evaluateGate({ intent: renamed }).decision).toBe(
				evaluateGate({ intent: original }).decision,
			);
			expect(gateReasons(renamed).filter((r) => !r.startsWith('Confidence'))).toEqual(
				gateReasons(original).filter((r) => !r.startsWith('Confidence')),
			);
		},
	);

	it('explains a renamed junk path by its negatives, as the default "junk" path is', () => {
		const intent = classifyLead(LEADS.spam, { now, paths: renamedPaths });
		expect(intent).toMatchObject({ path: 'bin', pathRule: 'junk' });
		const briefing = buildBriefing({ intent, lead: LEADS.spam });
		expect(briefing.text).toContain('is not a sales lead because they mentioned');
		expect(briefing.firstQuestion).toBe('What prompted you to reach out today?');
	});

	it('exempts a renamed support path from the near-boundary rule by its rule', () => {
		const intent = (path: string, pathRule?: IntentResult['pathRule']) => ({
			score: 41,
			path,
			pathRule,
			confidence: 0.95,
			signals: [],
			reasons: [],
		});
		expect(evaluateGate({ intent: intent('helpdesk', 'support') }).decision).toBe('auto_route');
		// Without the rule (contract 1.0) a name the gate does not know is on the score ladder.
		expect(evaluateGate({ intent: intent('helpdesk') })).toMatchObject({
			decision: 'human_review',
			rule: 'nearBoundary',
		});
		expect(evaluateGate({ intent: intent('support') }).decision).toBe('auto_route');
	});

	it('reads an item of contract 1.0 (no pathRule) by its name, as before', () => {
		expect(pathRuleOf({ path: 'junk' })).toBe('junk');
		expect(pathRuleOf({ path: 'support' })).toBe('support');
		expect(pathRuleOf({ path: 'hot' })).toBe('score');
		expect(pathRuleOf({ path: 'bin' })).toBe('score');
		expect(pathRuleOf({ path: 'bin', pathRule: 'nonsense' as never })).toBe('score');
		const old = classifyLead(LEADS.spam, { now });
		delete old.pathRule;
		old.version = '1.0';
		const briefing = buildBriefing({ intent: old, lead: LEADS.spam });
		expect(briefing.text).toContain('is not a sales lead because they mentioned');
	});
});
