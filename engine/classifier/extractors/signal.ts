import type { Evidence, Signal, SignalType } from '../../contract';
import type { CompiledLexicon } from '../compile';
import type { TextIndex } from '../textIndex';

const NEGATIVE_TYPES = new Set<SignalType>([
	'spam',
	'vendor_pitch',
	'job_seeker',
	'student',
	'browsing',
	'support_request',
	'gibberish',
	'disposable_email',
	'prompt_injection',
	'off_topic',
	'negation',
]);

export function makeSignal(
	type: SignalType,
	strength: number,
	value: Record<string, unknown>,
	text: string,
	start: number,
	end: number,
	field: Evidence['field'],
	language?: string,
): Signal {
	const signal: Signal = {
		type,
		polarity: NEGATIVE_TYPES.has(type) ? 'negative' : 'positive',
		value,
		strength: Math.round(strength * 100) / 100,
		evidence: { quote: text.slice(start, end), start, end, field },
		source: 'builtin',
	};
	if (language) signal.language = language;
	return signal;
}

/** Whether two evidence spans of the same field overlap. */
export const overlaps = (a: Signal, start: number, end: number): boolean =>
	a.evidence.field === 'text' && a.evidence.start < end && start < a.evidence.end;

/** Whether `inner`'s evidence lies wholly inside `outer`'s, in the same field. */
export const within = (inner: Signal, outer: Signal): boolean =>
	inner.evidence.field === outer.evidence.field &&
	outer.evidence.start <= inner.evidence.start &&
	inner.evidence.end <= outer.evidence.end;

/** Start offset of a negator right before `start` ("not before 2028", "no tenemos presupuesto"), or -1 when none. */
export function negatorStart(compiled: CompiledLexicon, index: TextIndex, start: number): number {
	const from = Math.max(0, start - 25);
	const negator = compiled.negatorAtEnd.exec(index, from, start);
	return negator ? from + negator.index : -1;
}
