/**
 * A test-only chat model sub-node: it plugs into an `ai_languageModel` input like n8n's OpenAI
 * or Anthropic chat model nodes, and answers with scripted replies (a string, or an Error to
 * throw). Register once per suite with registerFakeChatModel().
 */
import type {
	INodeType,
	INodeTypeDescription,
	ISupplyDataFunctions,
	SupplyData,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { registerTestNodeType } from '../harness/nodeTypes';

export const FAKE_CHAT_MODEL_TYPE = 'test.fakeChatModel';

export const fakeModelScript: Array<string | Error> = [];
export const fakeModelCalls: Array<Array<[string, string]>> = [];

class FakeChatModel implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Fake Chat Model',
		name: 'fakeChatModel',
		group: ['transform'],
		version: 1,
		description: 'Scripted chat model for tests',
		defaults: { name: 'Fake Chat Model' },
		inputs: [],
		outputs: [NodeConnectionTypes.AiLanguageModel],
		properties: [],
	};

	async supplyData(this: ISupplyDataFunctions): Promise<SupplyData> {
		return {
			response: {
				model: 'fake-model-1',
				invoke: async (messages: Array<[string, string]>) => {
					fakeModelCalls.push(messages);
					const next = fakeModelScript.shift();
					if (next === undefined) throw new Error('The fake model has no scripted reply left');
					if (next instanceof Error) throw next;
					return { content: next };
				},
			},
		};
	}
}

export function registerFakeChatModel(): void {
	registerTestNodeType(FAKE_CHAT_MODEL_TYPE, FakeChatModel);
}
