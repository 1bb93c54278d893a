import type { DuplicateKeySource } from './duplicates';
import type { AssignmentStrategy, CalendarFailurePolicy, CalendarKind } from './types';

/**
 * Every Capacity Check setting's default, defined once: the node's parameter descriptions show
 * these and Assign falls back on them, and a test holds the two together.
 */
export const CAPACITY_DEFAULTS = {
	strategy: 'roundRobin' as AssignmentStrategy,
	calendarSource: 'none' as CalendarKind,
	calendarFailure: 'assumeBusy' as CalendarFailurePolicy,
	/** Minutes a rep must be free from the submission time to take the lead now. */
	responseMinutes: 30,
	slotCount: 3,
	slotMinutes: 30,
	horizonDays: 14,
	/** Prospect's local hours: no text from quietStart, none before quietEnd. */
	quietStart: 21,
	quietEnd: 8,
	/** For phone numbers written without +country code. */
	defaultCountry: 'US',
	smsTemplate:
		'Hi {{firstName}}, thanks for reaching out! Our team is with other customers right now. We can talk {{slots}}. Pick a time: {{bookingLink}}',
	/** Duplicate Window when the option is not set, from node version 2 (version 1: off). */
	duplicateWindowMinutes: 60,
	duplicateKey: 'auto' as DuplicateKeySource,
	/** Every store keeps a lead this long past its window: 30 days bounds what a store holds. */
	maxDuplicateWindowMinutes: 43_200,
} as const;
