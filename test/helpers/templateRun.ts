/**
 * What the workflow template tests share: the template as a user imports it, the copies a test
 * changes, and third-party HTTP that only nock answers.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import nock from 'nock';

import type { WorkflowJson } from '../harness/runWorkflow';

/** A template of workflows/, read as n8n imports it. */
export function loadTemplate(fileName: string): WorkflowJson {
	return JSON.parse(
		readFileSync(path.join(__dirname, '../../workflows', fileName), 'utf8'),
	) as WorkflowJson;
}

/**
 * In the calling describe block every HTTP request must meet a nock interceptor: one the test
 * did not expect fails instead of reaching the internet, and no interceptor outlives its test.
 */
export function onlyMockedHttp(): void {
	beforeEach(() => nock.disableNetConnect());
	afterEach(() => {
		nock.cleanAll();
		nock.enableNetConnect();
	});
}

/** A copy of the template whose Semantic Classifier reads the lead text from `text` (manual mapping). */
export function withClassifierText(template: WorkflowJson, text: string): WorkflowJson {
	const workflow = structuredClone(template);
	const classifier = workflow.nodes.find((node) => node.name === 'Semantic Classifier')!;
	classifier.parameters = { ...classifier.parameters, fieldMapping: 'manual', text };
	return workflow;
}

/** A copy of the template where the Capacity Check rep `repName` owns the CRM records `crmIds`. */
export function withRepCrmIds(
	template: WorkflowJson,
	repName: string,
	crmIds: string,
): WorkflowJson {
	const workflow = structuredClone(template);
	const reps = (
		workflow.nodes.find((node) => node.name === 'Capacity Check')!.parameters.reps as {
			rep: Array<Record<string, unknown>>;
		}
	).rep;
	reps.find((rep) => rep.name === repName)!.crmIds = crmIds;
	return workflow;
}
