import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';

import type { ChatInvoke, ChatMessage } from '../../engine';
import { openAiCompatibleChat } from './openAiChat';

export interface ConnectedModel {
	name: string;
	invoke: ChatInvoke;
}

/**
 * The subset of a LangChain chat model this package calls. Only the shape: the object comes from
 * the chat model sub-node, built with n8n's own @langchain/core, so this package imports none.
 */
interface ChatModelLike {
	invoke(
		messages: Array<[string, string]>,
		options?: { signal?: AbortSignal },
	): Promise<{ content: unknown }>;
	model?: string;
	modelName?: string;
	_llmType?: () => string;
}

const ROLE_FOR_LANGCHAIN: Record<ChatMessage['role'], string> = {
	system: 'system',
	user: 'human',
	assistant: 'ai',
};

/** Text of a LangChain message whose content may be a string or content blocks. */
function contentText(content: unknown): string {
	if (typeof content === 'string') return content;
	if (Array.isArray(content))
		return content
			.map((block) =>
				typeof block === 'string' ? block : ((block as { text?: string })?.text ?? ''),
			)
			.join('');
	return String(content ?? '');
}

function wrap(model: ChatModelLike, name: string): ConnectedModel {
	return {
		name,
		invoke: async (messages, { signal }) => {
			// Plain [role, text] tuples: works with whatever @langchain/core copy the model came from.
			const response = await model.invoke(
				messages.map((message) => [ROLE_FOR_LANGCHAIN[message.role], message.content]),
				{ signal },
			);
			return contentText(response.content);
		},
	};
}

/**
 * The model to use: a chat model sub-node connected to the "Model" input (engine "auto"), or
 * our OpenAI-compatible credential (engine "openAiCompatible"). Undefined means built-in only.
 */
export async function getConnectedModel(
	context: IExecuteFunctions,
): Promise<ConnectedModel | undefined> {
	const engine = context.getNodeParameter('engine', 0, 'auto') as string;
	// 'builtin' (classifier) and 'template' (briefing) are the offline engines.
	if (engine === 'builtin' || engine === 'template') return undefined;
	if (engine === 'openAiCompatible') {
		const credentials = await context.getCredentials<{
			baseUrl: string;
			apiKey: string;
			model: string;
		}>('intentFunnelOpenAiApi');
		if (!credentials.model) {
			throw new NodeOperationError(
				context.getNode(),
				'The OpenAI-compatible credential has no model name',
				{
					description: 'Open the credential and enter a model, e.g. "gpt-4o-mini".',
				},
			);
		}
		return { name: credentials.model, invoke: openAiCompatibleChat(credentials) };
	}
	let connected: unknown;
	try {
		connected = await context.getInputConnectionData(NodeConnectionTypes.AiLanguageModel, 0);
	} catch {
		// Nothing connected to the optional Model input: the built-in engine works alone.
		return undefined;
	}
	const model = (Array.isArray(connected) ? connected[0] : connected) as ChatModelLike | undefined;
	if (!model || typeof model.invoke !== 'function') return undefined;
	const name =
		model.model ??
		model.modelName ??
		(typeof model._llmType === 'function' ? model._llmType() : 'connected chat model');
	return wrap(model, name);
}
