/**
 * Types shared by the capacity engine, its state stores and the calendar sources.
 * Pure: no n8n imports.
 */

/** Weekly working hours in the rep's own time zone. Days: 1 = Monday ... 7 = Sunday (luxon). */
export interface WorkingHours {
	days: number[];
	/** 'HH:mm' local time. */
	start: string;
	end: string;
}

export interface DateRange {
	/** ISO date or date-time; a bare date covers the whole day in the rep's time zone. */
	start: string;
	end: string;
	reason?: string;
}

export interface Rep {
	id: string;
	name: string;
	email?: string;
	phone?: string;
	/** Tiers or skills, e.g. ['closer'], ['sdr', 'spanish']. */
	tiers: string[];
	/** IANA time zone, e.g. 'America/New_York'. */
	timeZone: string;
	workingHours: WorkingHours[];
	outOfOffice?: DateRange[];
	/** ISO dates (yyyy-MM-dd) the rep does not work, on top of team holidays. */
	holidays?: string[];
	maxOpenLeads?: number;
	maxLeadsPerDay?: number;
	/** Weight for weighted round robin; default 1. */
	weight?: number;
	active?: boolean;
	/** Position for the priority-order strategy (lower first); default: roster order. */
	priority?: number;
	/** ICS/iCal feed URL, when the ICS calendar source is used. */
	icsUrl?: string;
	/** Calendar id for Google (usually the rep's email) or Microsoft 365 (the mailbox). */
	calendarId?: string;
}

export interface Interval {
	/** Epoch milliseconds, UTC. */
	start: number;
	end: number;
}

/** Free/busy of one rep over a window, as a calendar source reports it. */
export interface RepBusy {
	busy: Interval[];
	/** Set when the calendar could not be read; the engine then applies the configured policy. */
	error?: string;
}

export type CalendarKind = 'none' | 'googleCalendar' | 'microsoft365' | 'ics';

/** What to assume about a rep whose calendar could not be read. */
export type CalendarFailurePolicy = 'assumeBusy' | 'assumeFree';

export type AssignmentStrategy = 'priorityOrder' | 'roundRobin' | 'weightedRoundRobin' | 'leastLoaded';

/** A rep that passed availability and is eligible for this lead, with the caps the store enforces. */
export interface Candidate {
	id: string;
	weight: number;
	priority: number;
	maxOpenLeads?: number;
	maxLeadsPerDay?: number;
	/**
	 * yyyy-MM-dd of the lead's submission on this rep's own calendar: the bucket of the rep's
	 * daily cap, so "10 a day" resets at midnight where the rep lives, not at midnight UTC.
	 */
	day: string;
}

export interface AssignRequest {
	/** Pool key for the rotation pointer, usually the tier name. */
	pool: string;
	strategy: AssignmentStrategy;
	/** Eligible reps in roster order. */
	candidates: Candidate[];
	/**
	 * Every rep of the pool in roster order, eligible or not. Round robin needs it to find the rep
	 * after the last-assigned one when that rep is not a candidate now (busy, off, out of office).
	 */
	rosterOrder?: string[];
	/**
	 * Epoch ms of the lead's submission. Stores that prune do so relative to its UTC date, never
	 * to the wall clock, so a batch of old leads still counts against the caps of its days.
	 */
	at: number;
}

export interface AssignOutcome {
	repId: string | null;
	/** Reps skipped because they were at a cap, with which cap. */
	atCap: Array<{ repId: string; cap: 'maxOpenLeads' | 'maxLeadsPerDay'; value: number }>;
	/** Counts after the assignment, for the chosen rep. */
	openLeads?: number;
	leadsToday?: number;
}

/**
 * Where the rotation pointer and the open/daily counts live. Workflow static data for a single
 * n8n instance; Redis for queue mode. `assign` must pick and increment atomically: two concurrent
 * calls never push a rep over a cap, and round robin stays fair.
 */
export interface CapacityStateStore {
	assign(request: AssignRequest): Promise<AssignOutcome>;
	/** Decrements a rep's open count (never below zero); returns the new count. */
	release(repId: string): Promise<number>;
	/** Current counts, for reasons and tests; `day` is the calendar date of the daily counters to read. */
	counts(repIds: string[], day: string): Promise<Record<string, { openLeads: number; leadsToday: number }>>;
}
