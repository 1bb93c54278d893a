import type { Signal } from '../../contract';
import type { TextIndex } from '../textIndex';
import type { CompiledLexicon } from '../compile';
import { parseNumber } from './money';
import { makeSignal, overlaps } from './signal';

function strengthForCount(count: number): number {
	if (count >= 1000) return 1;
	if (count >= 200) return 0.85;
	if (count >= 50) return 0.7;
	if (count >= 10) return 0.5;
	return 0.3;
}

/** Seats, users, employees, sites... "200 seats", "1,200 employees", "40+ locations", "5k users". */
export function extractScale(
	compiled: CompiledLexicon,
	index: TextIndex,
	taken: Signal[],
): Signal[] {
	const signals: Signal[] = [];
	const { text } = index;
	for (const match of compiled.scale.matchAll(index)) {
		const start = match.index;
		const end = start + match[0].length;
		if (taken.some((signal) => signal.type === 'budget' && overlaps(signal, start, end))) continue;
		const multiplier = match[2] ? (compiled.magnitudeByWord.get(match[2].toLowerCase()) ?? 1) : 1;
		const count = parseNumber(match[1]) * multiplier;
		if (!Number.isFinite(count) || count <= 0) continue;
		const unit = compiled.unitByNoun.get(match[3].toLowerCase()) ?? match[3].toLowerCase();
		signals.push(
			makeSignal(
				'scale',
				strengthForCount(count),
				{ count, unit },
				text,
				start,
				end,
				'text',
				compiled.lexicon.language,
			),
		);
	}
	return signals;
}
