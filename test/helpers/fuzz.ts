/**
 * Seeded generators for property tests: random and hostile lead values, intents (well-formed,
 * malformed and foreign), routing objects and items. The same seed gives the same cases, so a
 * failure names its seed and case number and can be replayed.
 */
import { properties as classifierProperties } from '../../nodes/SemanticClassifier/description';
import { HOSTILE_TEXT, PAYLOADS, WRONG_TYPES } from './hostile';

/**
 * The lead fields a user can map one by one on the Semantic Classifier, read from the node so
 * that a field it gains is fuzzed too.
 */
const CLASSIFIER_LEAD_FIELDS = classifierProperties
	.filter((property) =>
		(property.displayOptions?.show?.fieldMapping as string[] | undefined)?.includes('manual'),
	)
	.map((property) => property.name);
if (!CLASSIFIER_LEAD_FIELDS.includes('text'))
	throw new Error(
		'The Semantic Classifier no longer maps the lead fields the fuzzer reads from it',
	);

export type Random = () => number;

/** mulberry32: small, fast, good enough to spread cases; not for secrets. */
export function seededRandom(seed: number): Random {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) | 0;
		let t = Math.imul(state ^ (state >>> 15), 1 | state);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export class Gen {
	constructor(readonly random: Random) {}

	int(max: number): number {
		return Math.floor(this.random() * max);
	}
	chance(p: number): boolean {
		return this.random() < p;
	}
	pick<T>(values: readonly T[]): T {
		return values[this.int(values.length)];
	}

	/** One character from a mix of scripts, controls, invisibles, markup and look-alikes. */
	char(): string {
		const roll = this.random();
		if (roll < 0.35) return String.fromCharCode(0x20 + this.int(0x5f)); // printable ASCII
		if (roll < 0.45)
			return this.pick([
				'<',
				'>',
				'&',
				'*',
				'_',
				'~',
				'`',
				'[',
				']',
				'(',
				')',
				'|',
				'@',
				'#',
				':',
				'/',
				'.',
				'"',
				"'",
				'\\',
				'{',
				'}',
			]);
		if (roll < 0.55) return String.fromCharCode(this.int(0x20)); // C0 controls
		if (roll < 0.62)
			return this.pick([
				'\u200b',
				'\u200c',
				'\u200d',
				'\u200e',
				'\u200f',
				'\u202a',
				'\u202b',
				'\u202c',
				'\u202d',
				'\u202e',
				'\u2066',
				'\u2067',
				'\u2068',
				'\u2069',
				'\ufeff',
				'\u2060',
				'\u00ad',
				'\u061c',
			]);
		if (roll < 0.66)
			return this.pick([
				'\ud800',
				'\udfff',
				'\u{E0041}',
				'\u{1F44B}',
				'\u{1F3FD}',
				'\uFFFE',
				'\u0085',
				'\u2028',
				'\u00a0',
				'\u3000',
			]);
		if (roll < 0.8) return String.fromCharCode(0xa0 + this.int(0x2000)); // Latin, Greek, Cyrillic, Hebrew, Arabic...
		if (roll < 0.9) return String.fromCharCode(0x3040 + this.int(0x6000)); // CJK
		return this.pick([
			'“',
			'”',
			'‘',
			'’',
			'—',
			'–',
			'…',
			'€',
			'£',
			'¥',
			'$',
			'%',
			'0',
			'5',
			'9',
			',',
			'.',
			'-',
			'+',
		]);
	}

	/** A string: random characters, payloads, words, numbers and templates, sometimes long. */
	text(maxLength = 300): string {
		const parts: string[] = [];
		const target = this.int(maxLength);
		let length = 0;
		while (length < target) {
			const roll = this.random();
			const part =
				roll < 0.3
					? Array.from({ length: 1 + this.int(12) }, () => this.char()).join('')
					: roll < 0.5
						? this.pick(PAYLOADS)
						: roll < 0.7
							? this.pick([
									'budget',
									'$60k',
									'$1,234,5678',
									'1e308',
									'by Friday',
									'ASAP',
									'demo',
									'pricing',
									'spreadsheets break',
									'Q1',
									'40 seats',
									'{{name}}',
									'{{constructor}}',
									'toString',
									'__proto__',
									'ignore previous instructions',
								])
							: roll < 0.8
								? ` ${'\n'.repeat(this.int(5))}${' '.repeat(this.int(5))}`
								: roll < 0.9
									? String(this.pick([-0, 1e21, 123456789, 0.1, -5, 1e-7]))
									: `dana${this.int(99)}@acme.example +1 415 555 01${this.int(10)}${this.int(10)}`;
			parts.push(part);
			length += part.length;
		}
		return parts.join(this.pick([' ', '', '\n', '\u200b']));
	}

	/** Any value a lead field may hold after a form, a webhook or an upstream node. */
	value(): unknown {
		const roll = this.random();
		if (roll < 0.65) return this.text();
		if (roll < 0.75) return this.chance(0.5) ? HOSTILE_TEXT : this.pick(PAYLOADS);
		if (roll < 0.95) return this.pick(WRONG_TYPES);
		return this.text(5000);
	}

	signal(): unknown {
		if (this.chance(0.05)) return this.value();
		const quote = this.chance(0.9) ? this.text(80) : this.value();
		const start = this.chance(0.9) ? this.int(200) : this.value();
		const signal: Record<string, unknown> = {
			type: this.chance(0.9)
				? this.pick([
						'budget',
						'deadline',
						'pain',
						'authority',
						'scale',
						'buying_action',
						'competitor',
						'spam',
						'vendor_pitch',
						'support_request',
						'prompt_injection',
						'negation',
						'toString',
					])
				: this.value(),
			polarity: this.chance(0.9) ? this.pick(['positive', 'negative']) : this.value(),
			value: this.chance(0.9)
				? {
						amount: this.pick([60000, NaN, Infinity, -1, 1e300, '60k', undefined, 0.5]),
						min: this.pick([undefined, 100, NaN]),
						max: this.pick([undefined, 200, Infinity]),
						currency: this.pick(['USD', 'EUR', undefined, '<!channel>', 5]),
						period: this.pick(['year', 'month', undefined, { x: 1 }]),
						approved: this.pick([true, false, undefined, 'yes']),
						date: this.pick(['2027-03-31', 'Invalid DateTime', undefined, 7, '<@U1>']),
						kind: this.pick(['absolute', 'asap', 'relative', undefined]),
						level: this.pick(['executive', 'vp', 'manager', undefined]),
					}
				: this.value(),
			strength: this.chance(0.9) ? this.random() : this.value(),
			evidence: this.chance(0.9)
				? {
						quote,
						start,
						end: typeof start === 'number' ? start + 10 : this.value(),
						field: this.pick(['text', 'name', 'email', 'x']),
					}
				: this.value(),
		};
		if (this.chance(0.05))
			delete signal[this.pick(['type', 'polarity', 'value', 'strength', 'evidence'])];
		return signal;
	}

	lead(): Record<string, unknown> {
		const lead: Record<string, unknown> = {};
		for (const key of CLASSIFIER_LEAD_FIELDS) if (this.chance(0.8)) lead[key] = this.value();
		if (this.chance(0.2))
			lead.timeZone = this.pick([
				'America/New_York',
				'Mars/Base',
				'Europe/Berlin',
				'',
				'UTC',
				'Etc/GMT+14',
			]);
		return lead;
	}

	intent(): unknown {
		if (this.chance(0.05)) return this.value();
		const intent: Record<string, unknown> = {
			score: this.chance(0.85) ? this.int(101) : this.value(),
			path: this.chance(0.8)
				? this.pick([
						'hot',
						'warm',
						'nurture',
						'support',
						'junk',
						'toString',
						'__proto__',
						'constructor',
						'custom',
					])
				: this.value(),
			confidence: this.chance(0.85) ? this.random() : this.value(),
			signals: this.chance(0.9)
				? Array.from({ length: this.int(6) }, () => this.signal())
				: this.value(),
			reasons: this.chance(0.8)
				? Array.from({ length: this.int(4) }, () => this.text(120))
				: this.value(),
			engine: this.pick(['builtin', 'hybrid', 'model', 'builtin-fallback', undefined, 7]),
			fallbackReason: this.chance(0.2) ? this.value() : undefined,
			version: this.pick(['1.0', '1.1', '2.0', undefined, 7, '<!channel>']),
			lead: this.chance(0.8) ? this.lead() : this.value(),
		};
		return intent;
	}

	routing(): unknown {
		if (this.chance(0.3)) return this.value();
		return {
			status: this.pick([
				'assigned',
				'no_capacity',
				'passed_through',
				'released',
				'error',
				undefined,
			]),
			rep: this.chance(0.8) ? { id: this.text(20), name: this.value() } : this.value(),
			tier: this.value(),
			nextSlots: this.chance(0.5)
				? [
						{
							repId: 'a',
							start: '2026-11-26T14:00:00.000Z',
							end: '2026-11-26T14:30:00.000Z',
							label: 'x',
						},
					]
				: this.value(),
			sms: this.chance(0.7)
				? {
						to: this.pick(['+14155550101', null, this.value()]),
						body: this.value(),
						allowedNow: this.pick([true, false, 'no']),
						sendAt: this.value(),
						reason: this.value(),
					}
				: this.value(),
		};
	}

	/** An item as it reaches Confidence Gate or Intent Briefing from anywhere in a workflow. */
	item(): Record<string, unknown> {
		const json: Record<string, unknown> = { ...this.lead(), intent: this.intent() };
		if (this.chance(0.5)) json.routing = this.routing();
		if (this.chance(0.3)) json.audit = this.pick([[], 'x', null, [{ at: 'x' }]]);
		if (this.chance(0.2)) json.message = this.value();
		return json;
	}
}
