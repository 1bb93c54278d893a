import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

// Intl lists CLDR's canonical names, which keep some IANA names IANA itself has replaced
// ("Asia/Calcutta"); people look for the current ones. luxon accepts both.
const CURRENT_IANA_NAME: Record<string, string> = {
	'Africa/Asmera': 'Africa/Asmara',
	'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
	'America/Catamarca': 'America/Argentina/Catamarca',
	'America/Cordoba': 'America/Argentina/Cordoba',
	'America/Godthab': 'America/Nuuk',
	'America/Indianapolis': 'America/Indiana/Indianapolis',
	'America/Jujuy': 'America/Argentina/Jujuy',
	'America/Louisville': 'America/Kentucky/Louisville',
	'America/Mendoza': 'America/Argentina/Mendoza',
	'Asia/Calcutta': 'Asia/Kolkata',
	'Asia/Katmandu': 'Asia/Kathmandu',
	'Asia/Rangoon': 'Asia/Yangon',
	'Asia/Saigon': 'Asia/Ho_Chi_Minh',
	'Atlantic/Faeroe': 'Atlantic/Faroe',
	'Europe/Kiev': 'Europe/Kyiv',
	'Pacific/Enderbury': 'Pacific/Kanton',
	'Pacific/Ponape': 'Pacific/Pohnpei',
	'Pacific/Truk': 'Pacific/Chuuk',
};

/**
 * Time zone lists for options parameters, like n8n's own nodes offer (an expression still works
 * in place of a pick). The IANA names come from the runtime's Intl data, which luxon (used to
 * read them) accepts, under their current IANA names; UTC is added, which Intl does not list.
 */
function ianaTimeZones(): INodePropertyOptions[] {
	const zones = new Set(
		Intl.supportedValuesOf('timeZone').map((zone) => CURRENT_IANA_NAME[zone] ?? zone),
	);
	zones.add('UTC');
	return [...zones].sort().map((zone) => ({ name: zone.replace(/_/g, ' '), value: zone }));
}

export const timeZoneLoadOptions = {
	async getTimeZones(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		return ianaTimeZones();
	},
	/** For optional parameters: the empty value keeps the default their description states. */
	async getTimeZonesOrNone(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		return [
			{ name: 'Not Set', value: '', description: 'Use the default described under the parameter' },
			...ianaTimeZones(),
		];
	},
};
