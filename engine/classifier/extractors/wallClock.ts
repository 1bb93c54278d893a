/**
 * The submission time as the configured zone's wall clock reads it (what "tomorrow" and "end of
 * month" are resolved against). Intl formatting costs microseconds, so each zone's offset from
 * UTC is remembered per quarter hour.
 */

/** A calendar date on the wall clock of the configured zone (month 1-12). */
export interface WallDate {
	year: number;
	month: number;
	day: number;
}

/** How a timeline is resolved: the submission time seen on the wall clock of the configured zone. */
export interface DateContext {
	today: WallDate;
	hour: number;
	minute: number;
}

const wallClockFormats = new Map<string, Intl.DateTimeFormat>();
function wallClockFormat(timeZone: string): Intl.DateTimeFormat {
	let format = wallClockFormats.get(timeZone);
	if (!format) {
		format = new Intl.DateTimeFormat('en-US', {
			timeZone,
			hourCycle: 'h23',
			year: 'numeric',
			month: 'numeric',
			day: 'numeric',
			hour: 'numeric',
			minute: 'numeric',
		});
		wallClockFormats.set(timeZone, format);
	}
	return format;
}

/** The wall clock as Intl reads it at one instant: slow, and the reference dateContext keeps to. */
export function formatWallClock(instant: number, timeZone: string): DateContext {
	let parts: Intl.DateTimeFormatPart[];
	try {
		parts = wallClockFormat(timeZone).formatToParts(instant);
	} catch {
		parts = wallClockFormat('UTC').formatToParts(instant);
	}
	const get = (type: string) => Number(parts.find((part) => part.type === type)?.value ?? 0);
	return {
		today: { year: get('year'), month: get('month'), day: get('day') },
		hour: get('hour'),
		minute: get('minute'),
	};
}

const MINUTE_MS = 60_000;
/** Zones change offset on the hour or half hour: one offset serves a quarter hour. */
const OFFSET_SPAN_MS = 15 * MINUTE_MS;
const MAX_REMEMBERED_OFFSETS = 10_000;
/** Offset of a zone's wall clock from UTC, by zone and quarter hour; NaN where it changes inside one. */
const zoneOffsets = new Map<string, number>();

function wallClockOffset(timeZone: string, span: number): number {
	const key = `${timeZone}|${span}`;
	let offset = zoneOffsets.get(key);
	if (offset === undefined) {
		const start = span * OFFSET_SPAN_MS;
		const end = start + OFFSET_SPAN_MS - MINUTE_MS;
		const wallMs = (context: DateContext) =>
			Date.UTC(
				context.today.year,
				context.today.month - 1,
				context.today.day,
				context.hour === 24 ? 0 : context.hour,
				context.minute,
			);
		const atStart = wallMs(formatWallClock(start, timeZone)) - start;
		const atEnd = wallMs(formatWallClock(end, timeZone)) - end;
		offset = atStart === atEnd ? atStart : Number.NaN;
		if (zoneOffsets.size >= MAX_REMEMBERED_OFFSETS) zoneOffsets.clear();
		zoneOffsets.set(key, offset);
	}
	return offset;
}

/**
 * The wall-clock date and time of `reference` in `timeZone` (an unknown zone falls back to UTC;
 * the node validates zones with luxon and says so before it gets here). This runs once per lead:
 * Intl formatting costs microseconds, so the zone's offset is worked out once per quarter hour.
 */
export function dateContext(reference: Date, timeZone: string): DateContext {
	const instant = reference.getTime();
	const offset = wallClockOffset(timeZone, Math.floor(instant / OFFSET_SPAN_MS));
	if (Number.isNaN(offset)) return formatWallClock(instant, timeZone);
	const wall = new Date(Math.floor(instant / MINUTE_MS) * MINUTE_MS + offset);
	return {
		today: { year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate() },
		hour: wall.getUTCHours(),
		minute: wall.getUTCMinutes(),
	};
}
