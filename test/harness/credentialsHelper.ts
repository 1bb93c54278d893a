import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	ICredentials,
	IHttpRequestHelper,
	IHttpRequestOptions,
	INode,
	INodeCredentialsDetails,
	INodeProperties,
	IRequestOptionsSimplified,
	IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';
import { ICredentialsHelper } from 'n8n-workflow';

import type { TestCredentialTypes } from './nodeTypes';

/**
 * Serves credentials from a plain map keyed by credential type, and applies a credential type's
 * `authenticate` the way n8n does (function, or generic headers/qs/body/auth with
 * `={{$credentials.x}}` expressions), so requests carry real auth headers that tests can assert.
 */
export class TestCredentialsHelper extends ICredentialsHelper {
	constructor(
		private readonly credentialTypes: TestCredentialTypes,
		private readonly credentialsByType: Record<string, ICredentialDataDecryptedObject>,
	) {
		super();
	}

	getParentTypes(name: string): string[] {
		return this.credentialTypes.getParentTypes(name);
	}

	isCredentialUsableByNode(): boolean {
		return true;
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		requestOptions: IHttpRequestOptions | IRequestOptionsSimplified,
	): Promise<IHttpRequestOptions> {
		const options = requestOptions as IHttpRequestOptions;
		const credentialType = this.credentialTypes.getByName(typeName);
		const authenticate = credentialType.authenticate;
		if (typeof authenticate === 'function') return await authenticate(credentials, options);
		if (!authenticate || authenticate.type !== 'generic') return options;
		const resolve = (value: unknown): unknown => resolveCredentialExpression(value, credentials);
		const { headers, qs, body, auth } = authenticate.properties;
		if (headers)
			options.headers = {
				...(options.headers ?? {}),
				...(mapValues(headers, resolve) as IDataObject),
			};
		if (qs) options.qs = { ...(options.qs ?? {}), ...(mapValues(qs, resolve) as IDataObject) };
		if (body) options.body = { ...((options.body as object) ?? {}), ...mapValues(body, resolve) };
		if (auth) options.auth = mapValues(auth, resolve) as unknown as IHttpRequestOptions['auth'];
		return options;
	}

	async preAuthentication(
		_helpers: IHttpRequestHelper,
		_credentials: ICredentialDataDecryptedObject,
		_typeName: string,
		_node: INode,
		_credentialsExpired: boolean,
	): Promise<ICredentialDataDecryptedObject | undefined> {
		return undefined;
	}

	async runPreAuthentication(): Promise<ICredentialDataDecryptedObject | undefined> {
		return undefined;
	}

	async getCredentials(): Promise<ICredentials> {
		throw new Error('getCredentials is not used in tests');
	}

	async getDecrypted(
		_additionalData: IWorkflowExecuteAdditionalData,
		_nodeCredentials: INodeCredentialsDetails,
		type: string,
	): Promise<ICredentialDataDecryptedObject> {
		const credentials = this.credentialsByType[type];
		if (!credentials)
			throw new Error(`No test credentials of type "${type}" were given to the workflow run`);
		return credentials;
	}

	async updateCredentials(): Promise<void> {}

	async updateCredentialsOauthTokenData(): Promise<void> {}

	getCredentialsProperties(type: string): INodeProperties[] {
		return this.credentialTypes.getByName(type).properties;
	}
}

function mapValues(record: object, fn: (value: unknown) => unknown): Record<string, unknown> {
	return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, fn(value)]));
}

/** Resolves `={{ ... $credentials.x ... }}` the way n8n's expression engine would for simple cases. */
function resolveCredentialExpression(
	value: unknown,
	credentials: ICredentialDataDecryptedObject,
): unknown {
	if (typeof value !== 'string' || !value.startsWith('=')) return value;
	const template = value.slice(1);
	const evaluate = (code: string): unknown =>
		// Credential templates are trusted code from the credential type definitions, evaluated as
		// n8n's expression engine would.
		new Function('$credentials', `return (${code});`)(credentials);
	const whole = /^\{\{([\s\S]*)\}\}$/.exec(template.trim());
	if (whole && !whole[1].includes('}}')) return evaluate(whole[1]);
	return template.replace(/\{\{([\s\S]*?)\}\}/g, (_match, code: string) => String(evaluate(code)));
}
