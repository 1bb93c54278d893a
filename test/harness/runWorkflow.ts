/**
 * Runs a workflow JSON in-process through n8n-core's WorkflowExecute, with the real
 * n8n-nodes-base nodes beside ours: the same execution engine n8n itself uses.
 *
 *   const run = await runWorkflow(workflowJson, { credentials: { twilioApi: {...} } });
 *   run.output('Semantic Classifier', 0)  // items on output 0
 */
import { Container } from '@n8n/di';
import { ExecutionLifecycleHooks, InstanceSettings, WorkflowExecute } from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	IConnections,
	IDataObject,
	INode,
	INodeExecutionData,
	IPinData,
	IRun,
	IRunExecutionData,
	IWorkflowExecuteAdditionalData,
	WorkflowExecuteMode,
} from 'n8n-workflow';
import { createRunExecutionData, Workflow } from 'n8n-workflow';

import { TestCredentialsHelper } from './credentialsHelper';
import { TestCredentialTypes, TestNodeTypes } from './nodeTypes';

export interface WorkflowJson {
	name?: string;
	nodes: INode[];
	connections: IConnections;
	settings?: IDataObject;
	pinData?: IPinData;
	staticData?: IDataObject;
}

export interface RunOptions {
	credentials?: Record<string, ICredentialDataDecryptedObject>;
	/** Name of the node to start from; default: the workflow's trigger/start node. */
	startNode?: string;
	/** Items the start node receives (e.g. a webhook body); default one empty item. */
	triggerItems?: INodeExecutionData[];
	mode?: WorkflowExecuteMode;
	/** Workflow static data, shared across runs when the same object is passed again. */
	staticData?: IDataObject;
	/** Pinned outputs by node name, as in the editor: the node is not run, its pinned items flow on
	 * (e.g. a Slack "send and wait" node pinned to the answer a person would give). */
	pinData?: IPinData;
	/** n8n's execution id; default 'test-execution'. Runs with the same id count as replays of one
	 * execution (Capacity Check's Duplicate Window), so a distinct id is a new submission. */
	executionId?: string;
}

export interface WorkflowRun {
	run: IRun;
	workflow: Workflow;
	/** Items a node emitted on one output in its last run ([] when that output had none). */
	output(nodeName: string, outputIndex?: number): INodeExecutionData[];
	/** All outputs of a node's last run. */
	outputs(nodeName: string): INodeExecutionData[][];
	/** Whether a node ran at all. */
	ran(nodeName: string): boolean;
	/** The error a node raised, if any. */
	nodeError(nodeName: string): Error | undefined;
	/** The error that stopped the workflow, if any. */
	error: Error | undefined;
	executionOrder: string[];
}

let containerReady = false;
function prepareContainer() {
	if (containerReady) return;
	// n8n-core reads instance settings (e.g. for binary data and the instance id) through DI.
	Container.set(InstanceSettings, {
		instanceId: 'intent-funnel-tests',
		n8nFolder: '/tmp',
		staticCacheDir: '/tmp',
		isWorker: false,
		isLeader: true,
		instanceType: 'main',
		hostId: 'test',
		encryptionKey: 'test-encryption-key',
	} as unknown as InstanceSettings);
	containerReady = true;
}

const nodeTypes = new TestNodeTypes();
const credentialTypes = new TestCredentialTypes();

export async function runWorkflow(
	workflowJson: WorkflowJson,
	options: RunOptions = {},
): Promise<WorkflowRun> {
	prepareContainer();
	const workflow = new Workflow({
		id: 'test-workflow',
		name: workflowJson.name ?? 'test',
		nodes: structuredClone(workflowJson.nodes),
		connections: structuredClone(workflowJson.connections),
		nodeTypes,
		settings: workflowJson.settings,
		active: false,
		staticData: options.staticData ?? workflowJson.staticData ?? {},
	});

	const mode: WorkflowExecuteMode = options.mode ?? 'manual';
	const executionId = options.executionId ?? 'test-execution';
	const hooks = new ExecutionLifecycleHooks(mode, executionId, workflowJson as never);
	const executionOrder: string[] = [];
	hooks.addHandler('nodeExecuteAfter', (nodeName) => {
		executionOrder.push(nodeName);
	});
	let resolveFinished!: (run: IRun) => void;
	const finished = new Promise<IRun>((resolve) => (resolveFinished = resolve));
	hooks.addHandler('workflowExecuteAfter', (fullRunData) => resolveFinished(fullRunData));

	const credentialsHelper = new TestCredentialsHelper(credentialTypes, options.credentials ?? {});
	const additionalData = {
		hooks,
		executionId,
		credentialsHelper,
		currentNodeParameters: undefined,
		executionTimeoutTimestamp: undefined,
		restApiUrl: 'http://localhost:5678/rest',
		instanceBaseUrl: 'http://localhost:5678/',
		formWaitingBaseUrl: 'http://localhost:5678/form-waiting',
		webhookBaseUrl: 'http://localhost:5678/webhook',
		webhookWaitingBaseUrl: 'http://localhost:5678/webhook-waiting',
		webhookTestBaseUrl: 'http://localhost:5678/webhook-test',
		variables: {},
		userId: 'test-user',
		executeWorkflow: async () => {
			throw new Error('Sub-workflows are not supported in the test harness');
		},
		logAiEvent: () => {},
		setExecutionStatus: () => {},
		sendDataToUI: () => {},
		getRunExecutionData: async () => undefined,
	} as unknown as IWorkflowExecuteAdditionalData;

	const startNode = options.startNode
		? workflow.getNode(options.startNode)
		: workflow.getStartNode();
	if (!startNode) throw new Error('The workflow has no start node');

	const runExecutionData: IRunExecutionData = createRunExecutionData({
		executionData: {
			nodeExecutionStack: [
				{
					node: startNode,
					data: { main: [options.triggerItems ?? [{ json: {} }]] },
					source: null,
				},
			],
		},
	});

	if (options.pinData) runExecutionData.resultData.pinData = options.pinData;

	const workflowExecute = new WorkflowExecute(additionalData, mode, runExecutionData);
	await workflowExecute.processRunExecutionData(workflow);
	const run = await finished;
	const runData = run.data.resultData.runData;

	const lastRun = (nodeName: string) => {
		const runs = runData[nodeName];
		return runs ? runs[runs.length - 1] : undefined;
	};

	return {
		run,
		workflow,
		outputs: (nodeName) => (lastRun(nodeName)?.data?.main ?? []).map((items) => items ?? []),
		output: (nodeName, outputIndex = 0) => lastRun(nodeName)?.data?.main?.[outputIndex] ?? [],
		ran: (nodeName) => runData[nodeName] !== undefined,
		nodeError: (nodeName) => lastRun(nodeName)?.error as Error | undefined,
		error: run.data.resultData.error as Error | undefined,
		executionOrder,
	};
}
