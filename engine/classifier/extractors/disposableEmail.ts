import type { Signal } from '../../contract';
import { DISPOSABLE_EMAIL_DOMAINS } from './disposableDomains';
import { makeSignal } from './signal';

/** A throw-away email address is a junk signal; the evidence points into the email field. */
export function extractDisposableEmail(email: string | undefined): Signal[] {
	if (!email) return [];
	const at = email.lastIndexOf('@');
	if (at < 0) return [];
	const domain = email
		.slice(at + 1)
		.trim()
		.toLowerCase();
	if (!DISPOSABLE_EMAIL_DOMAINS.has(domain)) return [];
	return [
		makeSignal('disposable_email', 0.7, { domain }, email, at + 1, at + 1 + domain.length, 'email'),
	];
}
