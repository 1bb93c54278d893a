/** What n8n reads about each node besides its behaviour: codex, versions, tool use, AI builder hints. */
import fs from 'node:fs';
import path from 'node:path';

import type { INodeType, INodeTypeDescription } from 'n8n-workflow';

import { OUR_NODES, PACKAGE_NAME } from '../harness/ourPackage';

const ROOT = path.resolve(__dirname, '../..');
// https://docs.n8n.io/integrations/creating-nodes/build/reference/node-codex-files/ ("Node categories")
const DOCUMENTED_CATEGORIES = [
	'Data & Storage',
	'Finance & Accounting',
	'Marketing & Content',
	'Productivity',
	'Miscellaneous',
	'Sales',
	'Development',
	'Analytics',
	'Communication',
	'Utility',
];
const TOOLS = ['semanticClassifier', 'intentBriefing'];

const packageJson = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const nodeFiles: string[] = packageJson.n8n.nodes.map((file: string) =>
	file.replace(/^dist\//, '').replace(/\.js$/, ''),
);

describe.each(nodeFiles)('%s', (file) => {
	const codex = JSON.parse(fs.readFileSync(path.join(ROOT, `${file}.json`), 'utf8'));
	const description = (
		new (OUR_NODES[
			path.basename(file, '.node').replace(/^./, (c) => c.toLowerCase())
		]())() as INodeType
	).description as INodeTypeDescription;

	it('has a codex for its type and default version, in documented categories only', () => {
		expect(codex.node).toBe(`${PACKAGE_NAME}.${description.name}`);
		const defaultVersion =
			description.defaultVersion ??
			(Array.isArray(description.version) ? Math.max(...description.version) : description.version);
		expect(codex.nodeVersion).toBe(defaultVersion.toFixed(1));
		expect(codex.categories.length).toBeGreaterThan(0);
		expect(
			codex.categories.filter((category: string) => !DOCUMENTED_CATEGORIES.includes(category)),
		).toEqual([]);
		expect(codex.subcategories).toBeUndefined();
	});

	it('is an AI Agent tool only when a call can return one useful result', () => {
		expect(Boolean(description.usableAsTool)).toBe(TOOLS.includes(description.name));
	});

	it("tells n8n's AI workflow builder what it is for, naming only nodes of this package", () => {
		expect(description.builderHint?.searchHint?.length).toBeGreaterThan(40);
		for (const related of description.builderHint?.relatedNodes ?? []) {
			expect(
				nodeFiles.map(
					(other) =>
						`${PACKAGE_NAME}.${path.basename(other, '.node').replace(/^./, (c) => c.toLowerCase())}`,
				),
			).toContain(related.nodeType);
		}
	});
});
