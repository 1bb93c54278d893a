/**
 * Strict checks for what the package writes as markup: Slack Block Kit against Slack's published
 * limits (https://api.slack.com/reference/block-kit/blocks), and HTML that both an HTML5 parser
 * (parse5, as browsers and mail clients parse) and a strict XML parser (saxes) accept, with only
 * the elements and attributes the package itself writes.
 */
import { parse } from 'parse5';
import { SaxesParser } from 'saxes';

type Block = Record<string, unknown>;

const textObject = (value: unknown, kinds: string[], max: number, where: string): string[] => {
	const text = value as { type?: string; text?: unknown };
	if (!text || !kinds.includes(String(text.type)))
		return [`${where}: text type ${String(text?.type)}`];
	if (typeof text.text !== 'string' || text.text.length === 0) return [`${where}: empty text`];
	return text.text.length > max ? [`${where}: ${text.text.length} characters (max ${max})`] : [];
};

/** Every way the blocks break Slack's rules; [] when chat.postMessage would take them. */
export function slackBlockProblems(blocks: Block[]): string[] {
	const problems: string[] = [];
	if (!Array.isArray(blocks) || blocks.length === 0) return ['no blocks'];
	if (blocks.length > 50) problems.push(`${blocks.length} blocks (max 50)`);
	blocks.forEach((block, index) => {
		const where = `block ${index} (${String(block.type)})`;
		const allowedKeys: Record<string, string[]> = {
			header: ['type', 'text', 'block_id'],
			section: ['type', 'text', 'fields', 'block_id'],
			context: ['type', 'elements', 'block_id'],
			divider: ['type', 'block_id'],
		};
		const keys = allowedKeys[String(block.type)];
		if (!keys) return problems.push(`${where}: unknown block type`);
		for (const key of Object.keys(block))
			if (!keys.includes(key)) problems.push(`${where}: unknown key ${key}`);
		if (block.type === 'header')
			problems.push(...textObject(block.text, ['plain_text'], 150, where));
		if (block.type === 'section') {
			if (!block.text && !block.fields) problems.push(`${where}: neither text nor fields`);
			if (block.text)
				problems.push(...textObject(block.text, ['mrkdwn', 'plain_text'], 3000, where));
			if (block.fields) {
				const fields = block.fields as unknown[];
				if (!Array.isArray(fields) || fields.length > 10)
					problems.push(`${where}: fields must be at most 10`);
				else
					fields.forEach((field, at) =>
						problems.push(
							...textObject(field, ['mrkdwn', 'plain_text'], 2000, `${where} field ${at}`),
						),
					);
			}
		}
		if (block.type === 'context') {
			const elements = block.elements as unknown[];
			if (!Array.isArray(elements) || elements.length === 0 || elements.length > 10)
				problems.push(`${where}: 1-10 elements`);
			else
				elements.forEach((element, at) =>
					problems.push(
						...textObject(element, ['mrkdwn', 'plain_text'], 3000, `${where} element ${at}`),
					),
				);
		}
		return undefined;
	});
	return problems;
}

/** Every text a person reads in the blocks, for looking for what must not be there. */
export function slackTexts(blocks: Block[]): string[] {
	const texts: string[] = [];
	const walk = (value: unknown) => {
		if (Array.isArray(value)) value.forEach(walk);
		else if (value && typeof value === 'object') {
			const object = value as Record<string, unknown>;
			if (typeof object.text === 'string') texts.push(object.text);
			Object.values(object).forEach(walk);
		}
	};
	walk(blocks);
	return texts;
}

/** Elements and attributes found in a document, by a strict XML parse; throws on any XML error. */
export function xmlElements(markup: string): Array<{ name: string; attributes: string[] }> {
	const parser = new SaxesParser({ xmlns: false });
	const elements: Array<{ name: string; attributes: string[] }> = [];
	parser.on('opentag', (tag) =>
		elements.push({ name: tag.name, attributes: Object.keys(tag.attributes) }),
	);
	parser.on('error', (error) => {
		throw error;
	});
	// saxes does not read a DOCTYPE's "html" as an error, but an XML document has one root.
	parser.write(markup).close();
	return elements;
}

/** parse5's parse errors for an HTML document (empty when a browser parses it without recovery). */
export function htmlParseErrors(markup: string): string[] {
	const errors: string[] = [];
	parse(markup, {
		onParseError: (error) => errors.push(`${error.code} at ${error.startLine}:${error.startCol}`),
	});
	return errors;
}
