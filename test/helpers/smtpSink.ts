/**
 * A loopback SMTP server (RFC 5321's minimum: EHLO, MAIL, RCPT, DATA, QUIT, no STARTTLS, no AUTH)
 * that keeps every message it is given, for workflows that send email with n8n's Send Email node.
 */
import { createServer, type AddressInfo, type Server } from 'node:net';

export interface SmtpSink {
	host: string;
	port: number;
	/** Raw messages (headers and body, dot-stuffing undone), in the order they arrived. */
	messages: string[];
	close(): Promise<void>;
}

export async function startSmtpSink(): Promise<SmtpSink> {
	const messages: string[] = [];
	const server: Server = createServer((socket) => {
		let buffer = '';
		let inData = false;
		socket.write('220 sink ESMTP\r\n');
		socket.on('data', (chunk) => {
			buffer += chunk.toString('utf8');
			for (;;) {
				if (inData) {
					const end = buffer.indexOf('\r\n.\r\n');
					if (end < 0) return;
					messages.push(buffer.slice(0, end).replace(/^\.\./gm, '.'));
					buffer = buffer.slice(end + 5);
					inData = false;
					socket.write('250 2.0.0 queued\r\n');
					continue;
				}
				const lineEnd = buffer.indexOf('\r\n');
				if (lineEnd < 0) return;
				const command = buffer.slice(0, lineEnd).toUpperCase();
				buffer = buffer.slice(lineEnd + 2);
				if (command.startsWith('EHLO')) socket.write('250-sink\r\n250 8BITMIME\r\n');
				else if (
					command.startsWith('HELO') ||
					command.startsWith('MAIL') ||
					command.startsWith('RCPT') ||
					command.startsWith('RSET') ||
					command.startsWith('NOOP')
				)
					socket.write('250 OK\r\n');
				else if (command.startsWith('DATA')) {
					inData = true;
					socket.write('354 go ahead\r\n');
				} else if (command.startsWith('QUIT')) {
					socket.end('221 bye\r\n');
					return;
				} else socket.write('502 not implemented\r\n');
			}
		});
		socket.on('error', () => undefined);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		host: '127.0.0.1',
		port,
		messages,
		close: async () => await new Promise<void>((resolve) => server.close(() => resolve())),
	};
}
