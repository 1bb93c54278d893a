/** What a test may change in an email; the rest is one enquiry from Dana to the sales inbox. */
export interface ImapEmailParts {
	subject: string;
	textPlain: string;
	textHtml?: string;
	/** Headers n8n puts under metadata, lower-case, besides the message id. */
	headers?: Record<string, string>;
	from?: string;
	messageId?: string;
	uid?: number;
}

/**
 * An item of n8n's Email Trigger (IMAP) in its "simple" format: a few headers on top, the rest
 * under metadata.
 */
export const imapSimpleEmail = ({
	subject,
	textPlain,
	textHtml = '',
	headers = {},
	from = 'Dana Reyes <dana@acme-logistics.example>',
	messageId = '<abc@acme>',
	uid = 1,
}: ImapEmailParts) => ({
	from,
	to: 'sales@our-company.example',
	subject,
	date: 'Wed, 25 Nov 2026 15:00:00 +0000',
	textPlain,
	textHtml,
	metadata: { 'message-id': messageId, ...headers },
	attributes: { uid },
});
