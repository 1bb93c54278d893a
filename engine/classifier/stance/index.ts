/**
 * The stance layer: who is speaking, and to whom. A prospect asking for something for their
 * organisation, a seller offering services to us, an applicant, or text addressed to the
 * software itself. Buying words only mean buying in a buyer's mouth, so the scorer reads these
 * stances before it trusts "call us today" or "Head of Sales".
 */
import type { Evidence, Signal } from '../../contract';
import { makeSignal } from '../extractors/signal';
import type { Stance, StanceFamily } from './patterns';
import { STANCE_FAMILIES } from './patterns';
import { skeletonOf } from './skeleton';

export type { Stance } from './patterns';
export { skeletonOf } from './skeleton';

/** The speaker the classifier settles on; `unknown` when no stance has evidence. */
export type Speaker = 'prospect' | 'vendor' | 'applicant' | 'customer' | 'personal' | 'addressing_system' | 'unknown';

export interface StanceReading {
	/** 0-1 per stance: the noisy-or of its matches' strengths. */
	scores: Record<Stance, number>;
	/** One signal per match, with the lead's own words as evidence. */
	signals: Signal[];
}

/** Matches of one family in one field beyond this add nothing (and cost time on hostile input). */
const MAX_MATCHES_PER_FAMILY = 4;

/** Identity fields are read for what addresses the software, and the role also for applicants. */
const FIELD_STANCES: Record<Evidence['field'], ReadonlySet<Stance>> = {
	text: new Set<Stance>(['buyer', 'seller', 'applicant', 'system']),
	role: new Set<Stance>(['system', 'applicant']),
	name: new Set<Stance>(['system']),
	company: new Set<Stance>(['system', 'seller']),
	email: new Set<Stance>(['system']),
	phone: new Set<Stance>(),
	source: new Set<Stance>(),
};

function familyCanMatch(family: StanceFamily, skeleton: string): boolean {
	for (const word of family.needs) if (skeleton.includes(word)) return true;
	return false;
}

export function readStance(fields: Array<{ field: Evidence['field']; text: string }>): StanceReading {
	const scores: Record<Stance, number> = { buyer: 0, seller: 0, applicant: 0, system: 0 };
	const softOnly: Record<Stance, number> = { buyer: 0, seller: 0, applicant: 0, system: 0 };
	const signals: Signal[] = [];
	for (const { field, text } of fields) {
		if (!text) continue;
		// An address reads as words: "ignore.previous.instructions@..." is an instruction.
		const skeleton = field === 'email' ? skeletonOf(text).replace(/[._+\-@]/g, ' ') : skeletonOf(text);
		const allowed = FIELD_STANCES[field];
		for (const family of STANCE_FAMILIES) {
			if (!allowed.has(family.stance) || !familyCanMatch(family, skeleton)) continue;
			const pattern = family.pattern;
			pattern.lastIndex = 0;
			let found = 0;
			for (let match = pattern.exec(skeleton); match && found < MAX_MATCHES_PER_FAMILY; match = pattern.exec(skeleton)) {
				if (match[0].length === 0) {
					pattern.lastIndex++;
					continue;
				}
				found++;
				const end = match.index + match[0].length;
				signals.push(makeSignal(family.signal, family.strength, { ...(family.value ?? {}), stance: family.stance, family: family.id }, text, match.index, end, field));
				const target = family.soft ? softOnly : scores;
				target[family.stance] = 1 - (1 - target[family.stance]) * (1 - family.strength);
			}
		}
	}
	// A soft hint (a rate card, "worth a quick chat?") adds to a stance another match already shows.
	for (const stance of Object.keys(scores) as Stance[]) {
		if (softOnly[stance] === 0) continue;
		scores[stance] = scores[stance] > 0 ? Math.min(1, scores[stance] + 0.5 * softOnly[stance] * (1 - scores[stance])) : softOnly[stance] * 0.75;
	}
	return { scores, signals };
}
