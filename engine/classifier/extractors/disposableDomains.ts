/** Disposable / throw-away email domains. Data, not code: extend the list freely. */
export const DISPOSABLE_EMAIL_DOMAINS: ReadonlySet<string> = new Set([
	'mailinator.com', 'guerrillamail.com', 'guerrillamail.net', 'guerrillamail.org', 'sharklasers.com', 'grr.la',
	'10minutemail.com', '10minutemail.net', 'tempmail.com', 'temp-mail.org', 'temp-mail.io', 'tempmail.net', 'tempr.email',
	'yopmail.com', 'yopmail.net', 'trashmail.com', 'trashmail.de', 'trash-mail.com', 'getnada.com', 'nada.email',
	'dispostable.com', 'maildrop.cc', 'throwawaymail.com', 'fakeinbox.com', 'mintemail.com', 'mohmal.com', 'mailnesia.com',
	'emailondeck.com', 'spamgourmet.com', 'mytemp.email', 'burnermail.io', 'discard.email', 'mailcatch.com', 'moakt.com',
	'tempinbox.com', 'spambox.us', 'jetable.org', 'einrot.com', 'wegwerfmail.de', 'wegwerfemail.de', 'byom.de',
	'33mail.com', 'inboxkitten.com', 'mail.tm', 'tmpmail.org', 'tmpmail.net', 'emailfake.com', 'fakemail.net',
]);
