const NUMBER_FORMAT = new Intl.NumberFormat('en-US');

/**
 * "1,500,000" as en-US writes it. Reasons and briefings are written for every lead and Intl
 * formatting costs microseconds a call, so whole numbers (nearly every amount and count) are
 * grouped by hand; anything else goes to Intl.
 */
export function formatNumber(n: number): string {
	if (!Number.isSafeInteger(n) || Object.is(n, -0)) return NUMBER_FORMAT.format(n);
	const digits = String(Math.abs(n));
	let grouped = digits.slice(0, ((digits.length - 1) % 3) + 1);
	for (let i = grouped.length; i < digits.length; i += 3) grouped += `,${digits.slice(i, i + 3)}`;
	return n < 0 ? `-${grouped}` : grouped;
}

/** A lead's words quoted in a reason, clipped to 80 characters: a reason is read at a glance. */
export function quotedForReason(words: string): string {
	return `'${words.length > 80 ? `${words.slice(0, 77)}...` : words}'`;
}
