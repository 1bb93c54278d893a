import type { IExecuteFunctions, IHttpRequestOptions } from 'n8n-workflow';

import type { CalendarHttp } from '../../../engine';

/**
 * The calendar providers' HTTP through n8n: signed with the named credential when there is one
 * (n8n refreshes OAuth tokens), plain otherwise (private ICS feed URLs carry their own secret).
 */
export function calendarHttp(context: IExecuteFunctions): CalendarHttp {
	return async (request, credentialType) => {
		const options = request as IHttpRequestOptions;
		return credentialType
			? await context.helpers.httpRequestWithAuthentication.call(context, credentialType, options)
			: await context.helpers.httpRequest(options);
	};
}
