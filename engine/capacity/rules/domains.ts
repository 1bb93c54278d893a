import { comparableKey } from './keys';

/**
 * Second-level labels under which a country-code TLD sells domains (acme.co.uk, acme.com.au):
 * there the registrable domain has three labels. A compact rule instead of the full public
 * suffix list keeps the package free of a 100 kB runtime dependency; it covers the company
 * domains a sales team meets, and a miss only makes a subdomain roll up one label too far.
 */
const CCTLD_SECOND_LEVELS = new Set([
	'co',
	'com',
	'net',
	'org',
	'gov',
	'ac',
	'edu',
	'ltd',
	'plc',
	'gob',
	'or',
	'ne',
	'go',
	'nic',
	'mil',
	'sch',
	'me',
	'biz',
	'info',
	'asso',
	'gouv',
	'nom',
	'firm',
	'gen',
]);

/**
 * Mail providers anyone can sign up with: a lead from gmail.com says nothing about an account.
 * Families whose brand lives under many TLDs (yahoo.co.jp, hotmail.de, gmx.at) are matched by
 * the brand label.
 */
const FREE_MAIL_DOMAINS = new Set([
	'gmail.com',
	'googlemail.com',
	'icloud.com',
	'me.com',
	'mac.com',
	'aol.com',
	'proton.me',
	'protonmail.com',
	'pm.me',
	'zoho.com',
	'zohomail.com',
	'mail.com',
	'email.com',
	'fastmail.com',
	'fastmail.fm',
	'hey.com',
	'tutanota.com',
	'tuta.io',
	'web.de',
	't-online.de',
	'freenet.de',
	'posteo.de',
	'mailbox.org',
	'arcor.de',
	'online.de',
	'mail.ru',
	'yandex.ru',
	'yandex.com',
	'ya.ru',
	'rambler.ru',
	'qq.com',
	'163.com',
	'126.com',
	'sina.com',
	'naver.com',
	'daum.net',
	'libero.it',
	'virgilio.it',
	'orange.fr',
	'wanadoo.fr',
	'free.fr',
	'laposte.net',
	'sfr.fr',
	'seznam.cz',
	'wp.pl',
	'o2.pl',
	'interia.pl',
	'onet.pl',
	'rediffmail.com',
	'uol.com.br',
	'bol.com.br',
	'terra.com.br',
	'ig.com.br',
	'btinternet.com',
	'sky.com',
	'comcast.net',
	'verizon.net',
	'att.net',
	'bellsouth.net',
	'sbcglobal.net',
	'cox.net',
	'shaw.ca',
	'rogers.com',
	'bigpond.com',
	'optusnet.com.au',
	'telstra.com',
	'xtra.co.nz',
	'mailinator.com',
	'guerrillamail.com',
	'10minutemail.com',
	'temp-mail.org',
	'yopmail.com',
]);
const FREE_MAIL_BRANDS = new Set([
	'yahoo',
	'ymail',
	'rocketmail',
	'hotmail',
	'outlook',
	'live',
	'msn',
	'windowslive',
	'gmx',
	'aol',
]);

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * The host of a domain, website or email address, lower case, in ASCII (IDN as punycode, so
 * "bücher.de" and "xn--bcher-kva.de" are one domain), without "www.", a trailing dot, scheme,
 * port, path or credentials. Empty when it is not a host name.
 */
export function normaliseHost(value: unknown): string {
	let text = comparableKey(value).replace(/\s/g, '');
	const at = text.lastIndexOf('@');
	if (at >= 0) text = text.slice(at + 1);
	text = text
		.replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
		.split(/[/?#]/)[0]
		.replace(/:\d*$/, '')
		.replace(/^[^@]*@/, '');
	// Ideographic and full-width dots are dots in a domain name (IDNA maps them so).
	text = text.replace(/[\u3002\uff0e\uff61]/g, '.').replace(/\.+$/, '');
	if (!text || text.length > 253) return '';
	let ascii: string;
	try {
		// The WHATWG URL parser applies IDNA (UTS #46): case folding, punycode, invalid labels refused.
		ascii = new URL(`http://${text}`).hostname;
	} catch {
		return '';
	}
	const labels = ascii.replace(/\.$/, '').split('.');
	if (
		labels.length < 2 ||
		!labels.every((label) => LABEL.test(label)) ||
		/^\d+$/.test(labels[labels.length - 1])
	)
		return '';
	return labels[0] === 'www' && labels.length > 2 ? labels.slice(1).join('.') : labels.join('.');
}

/**
 * The domain a company registered: "eu.mail.acme.com" -> "acme.com", "shop.acme.co.uk" ->
 * "acme.co.uk". Subdomains of one company roll up so that a lead from a regional mail server
 * finds the account.
 */
export function registrableDomain(value: unknown): string {
	const host = normaliseHost(value);
	if (!host) return '';
	const labels = host.split('.');
	const top = labels[labels.length - 1];
	const second = labels[labels.length - 2];
	const keep = top.length === 2 && labels.length > 2 && CCTLD_SECOND_LEVELS.has(second) ? 3 : 2;
	return labels.slice(-keep).join('.');
}

/** True for a free or disposable mail provider's domain (any of its subdomains too). */
export function isFreeMailDomain(value: unknown): boolean {
	const domain = registrableDomain(value);
	if (!domain) return false;
	return FREE_MAIL_DOMAINS.has(domain) || FREE_MAIL_BRANDS.has(domain.split('.')[0]);
}

/** A lowercase email address with the domain normalised as above, or empty when it is none. */
export function normaliseEmail(value: unknown): string {
	const text = comparableKey(value)
		.replace(/\s/g, '')
		.replace(/^mailto:/, '');
	const at = text.lastIndexOf('@');
	if (at <= 0 || at > 64) return '';
	const host = normaliseHost(text.slice(at + 1));
	return host ? `${text.slice(0, at)}@${host}` : '';
}

/** The account domain a lead's email points to; empty for free mail, where it points to none. */
export function accountDomainOfEmail(value: unknown): string {
	const email = normaliseEmail(value);
	if (!email || isFreeMailDomain(email.split('@')[1])) return '';
	return registrableDomain(email.split('@')[1]);
}
