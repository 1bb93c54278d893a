import { DateTime } from 'luxon';

import type { FreeSlot } from '../contract';
import type { AvailabilityContext } from './availability';
import { unavailability } from './availability';
import type { Rep } from './types';
import { isIanaZone } from './zones';

export interface SlotOptions {
	count: number;
	slotMinutes: number;
	/** How far ahead to look, in days. */
	horizonDays: number;
	/** Zone the labels are written in (the prospect's when known); unset: each slot's rep's zone. */
	labelTimeZone?: string;
}

/** The next free slots of any of these reps, on slot-length boundaries, from `from` on. */
export function nextFreeSlots(
	reps: Rep[],
	from: number,
	context: AvailabilityContext,
	options: SlotOptions,
): FreeSlot[] {
	const step = options.slotMinutes * 60_000;
	const slots: FreeSlot[] = [];
	// A slot shorter than a minute or a time that is not one would never end the search.
	if (!(step >= 60_000) || !Number.isFinite(from)) return slots;
	const until = from + options.horizonDays * 86_400_000;
	for (
		let start = Math.ceil(from / step) * step;
		start < until && slots.length < options.count;
		start += step
	) {
		const rep = reps.find(
			(candidate) => unavailability(candidate, start, start + step, context) === null,
		);
		if (!rep) continue;
		const zone =
			[options.labelTimeZone, rep.timeZone].find(
				(candidate) => typeof candidate === 'string' && candidate !== '' && isIanaZone(candidate),
			) ?? 'UTC';
		const label = DateTime.fromMillis(start, { zone }).toFormat('ccc d LLL, h:mm a ZZZZ');
		slots.push({
			repId: rep.id,
			start: new Date(start).toISOString(),
			end: new Date(start + step).toISOString(),
			label,
		});
	}
	return slots;
}
