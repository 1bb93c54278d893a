// One POST to an n8n webhook: the HTTP status, the answer's text, and the answer read as JSON
// when it is JSON (undefined otherwise: an n8n error page, an empty body).
async function postToWebhook(url, body, { contentType = 'application/json', timeoutMs }) {
	const response = await fetch(url, {
		method: 'POST',
		headers: { 'content-type': contentType },
		body,
		signal: AbortSignal.timeout(timeoutMs),
	});
	const text = await response.text();
	let json;
	try {
		json = JSON.parse(text);
	} catch {
		json = undefined;
	}
	return { status: response.status, json, text };
}

module.exports = { postToWebhook };
