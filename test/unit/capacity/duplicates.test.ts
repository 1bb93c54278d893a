import type { DuplicateKeySource } from '../../../engine/capacity';
import { duplicateKeyOf } from '../../../engine/capacity';
import type { LeadFields } from '../../../engine/contract';

const key = (
	lead: Partial<LeadFields>,
	source: DuplicateKeySource = 'auto',
	leadId: unknown = '',
) => duplicateKeyOf({ text: '', ...lead }, source, leadId, 'US');

describe('duplicate key of a lead', () => {
	it('reads the same email through case, spaces and invisible characters', () => {
		const plain = key({ email: 'dana@acme.com' });
		expect(plain).toEqual({ hash: expect.stringMatching(/^[0-9a-f]{32}$/), field: 'email' });
		for (const variant of [
			'Dana@ACME.com',
			'  dana@acme.com\n',
			'da\u200bna@acme.com',
			'\u202edana@acme.com',
			'dana@acme.com\u00a0',
			'ｄａｎａ@ａｃｍｅ.com',
		]) {
			expect(key({ email: variant })).toEqual(plain);
		}
		expect(key({ email: 'dana2@acme.com' })?.hash).not.toBe(plain?.hash);
	});

	it('reads a phone in any national or international form as one E.164 number', () => {
		const plain = key({ phone: '+14155550101' }, 'phone');
		for (const variant of ['(415) 555-0101', '415.555.0101', '+1 415 555 0101', '1-415-555-0101'])
			expect(key({ phone: variant }, 'phone')).toEqual(plain);
		expect(key({ phone: 'not a phone' }, 'phone')).toBeUndefined();
	});

	it('takes the lead ID, then email, then phone, then text, in automatic mode', () => {
		const lead = { email: 'dana@acme.com', phone: '+14155550101', text: 'Book a demo' };
		expect(key(lead, 'auto', 'F-17')?.field).toBe('lead ID');
		expect(key(lead, 'auto', '  ')?.field).toBe('email');
		expect(key({ ...lead, email: '' }, 'auto')?.field).toBe('phone');
		expect(key({ text: 'Book a demo' }, 'auto')?.field).toBe('text');
		expect(key({}, 'auto')).toBeUndefined();
		// A number as lead ID (a CRM's numeric id) is the same id as its digits.
		expect(key({}, 'leadId', 17)).toEqual(key({}, 'leadId', '17'));
	});

	it('never takes a value of one field for the same value in another', () => {
		expect(key({ text: 'dana@acme.com' }, 'text')?.hash).not.toBe(
			key({ email: 'dana@acme.com' }, 'email')?.hash,
		);
	});

	it('treats wrong types as absent, and reads a 1 MB text in bounded time', () => {
		expect(key({ email: { nested: true } as unknown as string }, 'email')).toBeUndefined();
		expect(key({}, 'leadId', ['x'])).toBeUndefined();
		expect(key({}, 'leadId', null)).toBeUndefined();
		const huge = 'Book a demo please. '.repeat(50_000);
		const started = performance.now();
		expect(key({ text: huge }, 'text')).toEqual(key({ text: `${huge}  ` }, 'text'));
		expect(performance.now() - started).toBeLessThan(1000);
		// Texts that differ only past the first 20,000 characters are taken for the same lead.
		expect(key({ text: `${huge}A` }, 'text')).toEqual(key({ text: `${huge}B` }, 'text'));
		expect(key({ text: 'Demo bitte, Budget 50.000 €' }, 'text')).not.toEqual(
			key({ text: 'Demo bitte, Budget 50.000 $' }, 'text'),
		);
	});
});
