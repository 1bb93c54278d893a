import type { CapacityConfig, SmsOptions } from '../../engine';
import { CAPACITY_DEFAULTS } from '../../engine';

type ConfigChanges = Partial<Omit<CapacityConfig, 'slots' | 'sms'>> & {
	slots?: Partial<CapacityConfig['slots']>;
	sms?: Partial<SmsOptions>;
};

/**
 * The capacity configuration Assign builds with every option unset (closers take hot leads, a
 * New York fallback zone, a short SMS template), changed where a test says.
 */
export function capacityConfig(changes: ConfigChanges = {}): CapacityConfig {
	const { slots, sms, ...rest } = changes;
	return {
		tierByPath: { hot: 'closers' },
		strategy: CAPACITY_DEFAULTS.strategy,
		responseMinutes: CAPACITY_DEFAULTS.responseMinutes,
		...rest,
		slots: {
			count: CAPACITY_DEFAULTS.slotCount,
			slotMinutes: CAPACITY_DEFAULTS.slotMinutes,
			horizonDays: CAPACITY_DEFAULTS.horizonDays,
			...slots,
		},
		sms: {
			defaultCountry: CAPACITY_DEFAULTS.defaultCountry,
			template: 'Hi {{firstName}}, we can talk {{slots}}.',
			bookingLink: '',
			quietStart: CAPACITY_DEFAULTS.quietStart,
			quietEnd: CAPACITY_DEFAULTS.quietEnd,
			fallbackTimeZone: 'America/New_York',
			...sms,
		},
	};
}
