import type {
	IAuthenticateGeneric,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

/** Any OpenAI-compatible chat API: OpenAI, Azure OpenAI, Groq, Together, vLLM, Ollama, LM Studio. */
export class IntentFunnelOpenAiApi implements ICredentialType {
	name = 'intentFunnelOpenAiApi';

	displayName = 'Intent Funnel OpenAI-Compatible API';

	icon = { light: 'file:intentFunnel.svg', dark: 'file:intentFunnel.dark.svg' } as const;

	documentationUrl = 'https://github.com/intent-funnel/n8n-nodes-intent-funnel#credentials';

	properties: INodeProperties[] = [
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://api.openai.com/v1',
			description:
				'The API root that serves /chat/completions, e.g. http://localhost:11434/v1 for Ollama',
		},
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description: 'Leave empty for local servers that need no key',
		},
		{
			displayName: 'Model',
			name: 'model',
			type: 'string',
			default: 'gpt-4o-mini',
			description: 'The model name the server expects',
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: { headers: { Authorization: '=Bearer {{$credentials.apiKey}}' } },
	};

	test: ICredentialTestRequest = {
		request: { baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}', url: '/models' },
	};
}
