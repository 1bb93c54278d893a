import { IANAZone } from 'luxon';

/** Zone names a process meets are few; the cap keeps hostile input from growing the map. */
const REMEMBERED_LIMIT = 2000;
const remembered = new Map<string, boolean>();

/**
 * Whether a name is an IANA time zone, remembered per name. luxon's IANAZone.isValidZone builds
 * an Intl.DateTimeFormat on every call (about 0.4 ms of CPU): a roster of six reps asked it six
 * times per execution, the largest part of what Capacity Check itself cost per webhook lead.
 */
export function isIanaZone(zone: string): boolean {
	let valid = remembered.get(zone);
	if (valid === undefined) {
		valid = IANAZone.isValidZone(zone);
		if (remembered.size < REMEMBERED_LIMIT) remembered.set(zone, valid);
	}
	return valid;
}
