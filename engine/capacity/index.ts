/**
 * The capacity engine: who can take a lead right now (working hours in each rep's zone,
 * holidays, out-of-office, calendars, caps, rotation), and if nobody can, real free slots and an
 * SMS that respects quiet hours. Pure: calendars are read through an HTTP function the node passes
 * in (calendars/), state through a store.
 */
export * from './types';
export { CAPACITY_DEFAULTS } from './defaults';
export { parseRoster, parseWorkingHours, parseHolidayList, problemsPerRow } from './roster';
export * from './rules';
export type { RosterResult } from './roster';
export { unavailability } from './availability';
export { isIanaZone } from './zones';
export { calendarWindow } from './calendarWindow';
export { CALENDAR_PROVIDERS, fetchBusyForReps, icsToBusy } from './calendars';
export type { BusyWindow, CalendarHttp, CalendarProvider, CalendarRequest } from './calendars';
export type { CalendarWindow, CalendarWindowInput } from './calendarWindow';
export type { AvailabilityContext, Unavailability } from './availability';
export { nextFreeSlots } from './slots';
export type { SlotOptions } from './slots';
export {
	composeSms,
	describeSlots,
	nextAllowedSendTime,
	normalisePhone,
	prospectZone,
} from './sms';
export type { SmsLead, SmsOptions } from './sms';
export { routeLead, rosterProblemsForTiers } from './route';
export type { CapacityConfig, RouteDecision, RouteInput, RoutingOutput } from './route';
export { StaticDataCapacityStore, staticDataKey } from './stores/staticDataStore';
export { defaultStateFile, SqliteCapacityStore, STATE_FILE_ENV } from './stores/sqliteStore';
export { pickAndCount, emptyState } from './stores/pick';
export type { CapacityState } from './stores/pick';
export { duplicateKeyOf } from './duplicates';
export type { DuplicateKey, DuplicateKeySource } from './duplicates';
export { RedisCapacityStore } from './stores/redisStore';
export type { RedisConnection } from './stores/redisStore';
