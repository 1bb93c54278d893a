import type { OpenAiServer, ScriptedReply } from './openAiServer';
import { startOpenAiServer } from './openAiServer';

/**
 * A fresh loopback OpenAI-compatible server for each test of the calling describe block, so no
 * scripted reply or recorded request leaks from one test into the next. The returned object
 * reads the server of the test that is running.
 */
export function useOpenAiServerPerTest(): OpenAiServer {
	let current: OpenAiServer | undefined;
	beforeEach(async () => {
		current = await startOpenAiServer();
	});
	afterEach(async () => await current?.close());
	const running = () => {
		if (!current) throw new Error('The OpenAI-compatible test server runs only inside a test');
		return current;
	};
	return {
		get baseUrl() {
			return running().baseUrl;
		},
		get requests() {
			return running().requests;
		},
		script: (...replies: ScriptedReply[]) => running().script(...replies),
		close: async () => await running().close(),
	};
}
