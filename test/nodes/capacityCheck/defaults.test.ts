/**
 * Capacity Check's defaults live once, in the engine's CAPACITY_DEFAULTS: the parameters the
 * editor shows and the values Assign falls back on when an option is not set must be the same.
 */
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { CALENDAR_PROVIDERS, CAPACITY_DEFAULTS } from '../../../engine/capacity';
import { CapacityCheck } from '../../../nodes/CapacityCheck/CapacityCheck.node';
import { readConfig } from '../../../nodes/CapacityCheck/actions/assign/parameters';
import { properties } from '../../../nodes/CapacityCheck/actions/properties';

const byName = (list: INodeProperties[], name: string) =>
	list.find((property) => property.name === name)!;
const optionsCollection = byName(properties, 'options').options as INodeProperties[];
const option = (name: string) => byName(optionsCollection, name);

/** Just enough of n8n's context for readConfig: parameters by dotted path, with n8n's fallback. */
function contextWith(parameters: Record<string, unknown>): IExecuteFunctions {
	const get = (path: string) =>
		path
			.split('.')
			.reduce<unknown>(
				(value, key) => (value as Record<string, unknown> | undefined)?.[key],
				parameters,
			);
	return {
		getNodeParameter: (path: string, _itemIndex: number, fallback?: unknown) =>
			get(path) ?? fallback,
		getTimezone: () => 'America/New_York',
	} as unknown as IExecuteFunctions;
}

describe('Capacity Check defaults', () => {
	it('shows the engine defaults in the node parameters', () => {
		expect(byName(properties, 'strategy').default).toBe(CAPACITY_DEFAULTS.strategy);
		expect(byName(properties, 'calendarSource').default).toBe(CAPACITY_DEFAULTS.calendarSource);
		expect(byName(properties, 'calendarFailure').default).toBe(CAPACITY_DEFAULTS.calendarFailure);
		expect(option('responseMinutes').default).toBe(CAPACITY_DEFAULTS.responseMinutes);
		expect(option('slotCount').default).toBe(CAPACITY_DEFAULTS.slotCount);
		expect(option('slotMinutes').default).toBe(CAPACITY_DEFAULTS.slotMinutes);
		expect(option('horizonDays').default).toBe(CAPACITY_DEFAULTS.horizonDays);
		expect(option('quietStart').default).toBe(CAPACITY_DEFAULTS.quietStart);
		expect(option('quietEnd').default).toBe(CAPACITY_DEFAULTS.quietEnd);
		expect(option('defaultCountry').default).toBe(CAPACITY_DEFAULTS.defaultCountry);
		expect(option('smsTemplate').default).toBe(CAPACITY_DEFAULTS.smsTemplate);
		expect(option('duplicateKey').default).toBe(CAPACITY_DEFAULTS.duplicateKey);
		expect(option('duplicateWindow').default).toBe(CAPACITY_DEFAULTS.duplicateWindowMinutes);
		expect(option('duplicateWindow').typeOptions?.maxValue).toBe(
			CAPACITY_DEFAULTS.maxDuplicateWindowMinutes,
		);
	});

	it('routes with the same settings whether an option is left unset or set to the default the editor shows', () => {
		const shown = Object.fromEntries(optionsCollection.map((entry) => [entry.name, entry.default]));
		const unset = readConfig(contextWith({ options: {} }));
		const explicit = readConfig(
			contextWith({ options: shown, strategy: byName(properties, 'strategy').default }),
		);
		expect(explicit).toEqual(unset);
		expect(unset).toMatchObject({
			strategy: 'roundRobin',
			responseMinutes: 30,
			slots: { count: 3, slotMinutes: 30, horizonDays: 14 },
			sms: {
				defaultCountry: 'US',
				quietStart: 21,
				quietEnd: 8,
				fallbackTimeZone: 'America/New_York',
			},
		});
	});

	it("asks for each calendar provider's credential while that provider is chosen", () => {
		const expected = Object.entries(CALENDAR_PROVIDERS)
			.filter(([, provider]) => provider.credentialType)
			.map(([source, provider]) => ({ name: provider.credentialType, source }));
		const calendarCredentials = (new CapacityCheck().description.credentials ?? [])
			.filter((credential) => credential.displayOptions?.show?.calendarSource)
			.map((credential) => ({
				name: credential.name,
				source: (credential.displayOptions!.show!.calendarSource as string[])[0],
			}));
		expect(calendarCredentials).toEqual(expected);
		expect(expected.length).toBeGreaterThan(0);
	});
});
