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
	/** Languages the rep works in (ISO 639-1 or names); none listed: the team's language. */
	languages?: string[];
	/** Skills a lead may need (product lines, integrations), compared without case. */
	skills?: string[];
	/** Who takes the rep's account leads while the rep cannot (a rep's id, email or name). */
	backup?: string;
	/** The rep's owner ids in CRMs (HubSpot owner id, Salesforce user id), for owner match. */
	crmIds?: string[];
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

export type AssignmentStrategy =
	| 'priorityOrder'
	| 'roundRobin'
	| 'weightedRoundRobin'
	| 'leastLoaded';

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
	/** Who the lead is, for duplicates and an idempotent release; absent: every request is a new lead. */
	lead?: LeadIdentity;
	/** Epoch ms of the wall clock, for forgetting old lead records; default Date.now(). */
	now?: number;
}

/**
 * The identity of one lead. A request whose duplicate key was seen with a submission time within
 * the window of the first one's is the same lead: it gets the first one's rep and is not counted.
 */
export interface LeadIdentity {
	/** A fresh id for this lead; a duplicate gets the first one's id back, which Release uses. */
	id: string;
	/** A hash of the normalised email, phone, lead ID or text; absent: no duplicate check. */
	duplicateKey?: string;
	/** How far apart (ms) two submissions of one key may be and still be the same lead. */
	windowMs: number;
	/**
	 * Where the request comes from. The same execution and item asking again is a replay (n8n re-ran
	 * a job whose worker died): its first attempt may have stopped before the nodes after this one.
	 */
	executionId?: string;
	itemIndex?: number;
}

/** The earlier lead a request turned out to be. */
export interface DuplicateMatch {
	leadId: string;
	/** Epoch ms of the first submission. */
	firstAt: number;
	/** The pool (tier) it was routed in then: a resubmission the classifier now reads differently stays there. */
	pool: string;
	/** True when the same execution and item asked again (a re-run job), not a second submission. */
	replay: boolean;
	/** The messages the first submission's workflow confirmed it sent (Confirm Delivery), in channel order. */
	delivered: DeliveryChannel[];
}

/**
 * A message the workflow sends for a routed lead after Capacity Check: the assigned rep's
 * notification, or the SMS with free slots to a prospect nobody could take. A Confirm Delivery
 * placed after the sending node records it, so that a retried submission of a lead whose first
 * execution died in between knows what is still owed.
 */
export type DeliveryChannel = 'repNotification' | 'prospectSms';

export const DELIVERY_CHANNELS: readonly DeliveryChannel[] = ['repNotification', 'prospectSms'];

export interface DeliveryOutcome {
	/** Epoch ms of the first confirmation of this lead and channel. */
	confirmedAt: number;
	/** True when it had been confirmed before: nothing changed. */
	alreadyConfirmed: boolean;
}

export interface AssignOutcome {
	repId: string | null;
	/** Reps skipped because they were at a cap, with which cap. */
	atCap: Array<{ repId: string; cap: 'maxOpenLeads' | 'maxLeadsPerDay'; value: number }>;
	/** Counts after the assignment, for the chosen rep. */
	openLeads?: number;
	leadsToday?: number;
	/** The lead's id for Release: the request's own, or the first one's when this is a duplicate. */
	leadId?: string;
	/** Set when the request repeats an earlier lead: nothing was counted, repId is the first one's. */
	duplicateOf?: DuplicateMatch;
}

export interface ReleaseOutcome {
	openLeads: number;
	/** True when this lead was released before: nothing changed. */
	alreadyReleased: boolean;
}

/** What `release` may be told: the lead (makes it idempotent) and the time to take as now. */
export interface ReleaseOptions {
	leadId?: string;
	now?: number;
}

/** What `confirmDelivery` may be told: the time to take as now. */
export interface DeliveryOptions {
	now?: number;
}

/**
 * Where the rotation pointer, the open/daily counts and recent leads live: a SQLite file for the
 * n8n processes of one host, Redis for queue mode on many hosts, workflow static data for manual
 * test runs. `assign` must check for a duplicate, pick and increment atomically: two concurrent
 * calls never push a rep over a cap, never both count one lead, and round robin stays fair.
 */
export interface CapacityStateStore {
	assign(request: AssignRequest): Promise<AssignOutcome>;
	/**
	 * Decrements a rep's open count, never below zero. With a lead id it is idempotent: a lead
	 * already released changes nothing.
	 */
	release(repId: string, options?: ReleaseOptions): Promise<ReleaseOutcome>;
	/**
	 * Records that a lead's message on a channel went out. Idempotent: a second confirmation keeps
	 * the first one's time. A duplicate of the lead then reports the channel in `duplicateOf.delivered`.
	 */
	confirmDelivery(
		leadId: string,
		channel: DeliveryChannel,
		options?: DeliveryOptions,
	): Promise<DeliveryOutcome>;
	/** Current counts, for reasons and tests; `day` is the calendar date of the daily counters to read. */
	counts(
		repIds: string[],
		day: string,
	): Promise<Record<string, { openLeads: number; leadsToday: number }>>;
}
