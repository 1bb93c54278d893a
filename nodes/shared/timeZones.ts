import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

/**
 * Time zone lists for options parameters, like n8n's own nodes offer (an expression still works
 * in place of a pick). The IANA names come from the runtime's Intl data, which luxon (used to
 * read them) accepts; UTC is added where the runtime lists only Etc/ names.
 */
function ianaTimeZones(): INodePropertyOptions[] {
	const zones = new Set(Intl.supportedValuesOf('timeZone'));
	zones.add('UTC');
	return [...zones].sort().map((zone) => ({ name: zone.replace(/_/g, ' '), value: zone }));
}

export const timeZoneLoadOptions = {
	async getTimeZones(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		return ianaTimeZones();
	},
	/** For optional parameters: the empty value keeps the default their description states. */
	async getTimeZonesOrNone(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		return [{ name: 'Not Set', value: '', description: 'Use the default described under the parameter' }, ...ianaTimeZones()];
	},
};
