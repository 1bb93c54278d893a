import type { Interval, Rep, RepBusy } from '../types';

/** The span free/busy is read for (see `calendarWindow`). */
export interface BusyWindow {
	start: number;
	end: number;
}

/** One HTTP request, in the shape n8n's request helpers take. */
export interface CalendarRequest {
	method: 'GET' | 'POST';
	url: string;
	headers?: Record<string, string>;
	body?: unknown;
	json: boolean;
	encoding?: 'text';
	timeout: number;
}

/**
 * How a provider reaches the outside world. The engine stays free of n8n: the node passes a
 * function that signs the request with the named n8n credential (or sends it plain without one).
 */
export type CalendarHttp = (request: CalendarRequest, credentialType?: string) => Promise<unknown>;

/**
 * One calendar source: how to ask for free/busy and how to read the answer, in one module.
 * A calendar that cannot be read becomes an error on that rep (the node then applies its policy);
 * `fetchBusy` never throws for one rep's calendar.
 */
export interface CalendarProvider {
	/** The option the node shows under "Calendar". */
	option: { name: string; description: string };
	/** The n8n credential the node asks for while this source is chosen; none for public feeds. */
	credentialType?: string;
	fetchBusy(reps: Rep[], window: BusyWindow, http: CalendarHttp): Promise<Record<string, RepBusy>>;
}

export const REQUEST_TIMEOUT_MS = 15_000;

/** A JSON POST to a calendar API, signed with the provider's n8n credential. */
export const postJson = (
	http: CalendarHttp,
	credentialType: string,
	request: { url: string; body: unknown; headers?: Record<string, string> },
): Promise<unknown> =>
	http({ method: 'POST', ...request, json: true, timeout: REQUEST_TIMEOUT_MS }, credentialType);

export const chunks = <T>(items: T[], size: number): T[][] =>
	Array.from({ length: Math.ceil(items.length / size) }, (_, i) =>
		items.slice(i * size, i * size + size),
	);

/** n8n's request errors carry the HTTP status as httpCode; others only a message. */
export const describeError = (error: unknown): string => {
	const candidate = error as { httpCode?: string; message?: string; description?: string };
	return (
		[candidate.httpCode && `HTTP ${candidate.httpCode}`, candidate.message]
			.filter(Boolean)
			.join(': ') || 'unknown error'
	);
};

/** Every rep's calendar id: the configured one, else the email. */
export const calendarIdOf = (rep: Rep) => rep.calendarId || rep.email || '';

/** Splits the reps a calendar can be asked about from those without an id (an error each). */
export function repsWithCalendarId(
	reps: Rep[],
	missing: string,
): { byRep: Record<string, RepBusy>; lookedUp: Rep[] } {
	const byRep: Record<string, RepBusy> = {};
	const lookedUp = reps.filter((rep) => {
		if (calendarIdOf(rep)) return true;
		byRep[rep.id] = { busy: [], error: missing };
		return false;
	});
	return { byRep, lookedUp };
}

/**
 * Asks about the reps in batches of `batchSize`, one request per batch; a failed request marks
 * every rep of its batch with `label: <error>`.
 */
export async function fetchInBatches(
	reps: Rep[],
	batchSize: number,
	label: string,
	missingId: string,
	readBatch: (batch: Rep[], byRep: Record<string, RepBusy>) => Promise<void>,
): Promise<Record<string, RepBusy>> {
	const { byRep, lookedUp } = repsWithCalendarId(reps, missingId);
	for (const batch of chunks(lookedUp, batchSize)) {
		try {
			await readBatch(batch, byRep);
		} catch (error) {
			for (const rep of batch)
				byRep[rep.id] = { busy: [], error: `${label}: ${describeError(error)}` };
		}
	}
	return byRep;
}

/** ISO ranges to intervals; unparsable and empty ranges dropped. */
export function toIntervals(ranges: Array<{ start: string; end: string }>): Interval[] {
	return ranges
		.map((range) => ({ start: Date.parse(range.start), end: Date.parse(range.end) }))
		.filter(
			(interval) =>
				!Number.isNaN(interval.start) &&
				!Number.isNaN(interval.end) &&
				interval.end > interval.start,
		);
}
