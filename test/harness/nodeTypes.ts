/**
 * Resolves node and credential types for in-process workflow runs: the real n8n-nodes-base
 * nodes (through the package's own `known` index, as n8n does) next to ours, under the same
 * production type names that n8n gives a community package.
 */
import path from 'node:path';

import type {
	ICredentialType,
	ICredentialTypes,
	INodeType,
	INodeTypes,
	IVersionedNodeType,
} from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

import { OUR_CREDENTIALS, OUR_NODES, PACKAGE_NAME } from './ourPackage';

type KnownEntry = {
	className: string;
	sourcePath: string;
	supportedNodes?: string[];
	extends?: string[];
};

const BASE_PACKAGE = 'n8n-nodes-base';
const baseDir = path.dirname(require.resolve(`${BASE_PACKAGE}/package.json`));
// eslint-disable-next-line @typescript-eslint/no-require-imports
const knownNodes = require(path.join(baseDir, 'dist/known/nodes.json')) as Record<
	string,
	KnownEntry
>;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const knownCredentials = require(path.join(baseDir, 'dist/known/credentials.json')) as Record<
	string,
	KnownEntry
>;

type NodeClass = new () => INodeType | IVersionedNodeType;
type CredentialClass = new () => ICredentialType;

/** Extra node types for tests only, e.g. a fake chat model sub-node. */
const testNodes = new Map<string, NodeClass>();

export function registerTestNodeType(type: string, nodeClass: NodeClass): void {
	testNodes.set(type, nodeClass);
}

const nodeCache = new Map<string, INodeType | IVersionedNodeType>();

function loadBaseNode(shortName: string): INodeType | IVersionedNodeType {
	const entry = knownNodes[shortName];
	if (!entry) throw new Error(`Unknown node type ${BASE_PACKAGE}.${shortName}`);
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const module = require(path.join(baseDir, entry.sourcePath)) as Record<string, NodeClass>;
	return new module[entry.className]();
}

export class TestNodeTypes implements INodeTypes {
	getByName(type: string): INodeType | IVersionedNodeType {
		const cached = nodeCache.get(type);
		if (cached) return cached;
		let instance: INodeType | IVersionedNodeType;
		const [pkg, shortName] = splitType(type);
		if (testNodes.has(type)) instance = new (testNodes.get(type)!)();
		else if (pkg === PACKAGE_NAME && OUR_NODES[shortName])
			instance = new (OUR_NODES[shortName]())();
		else if (pkg === BASE_PACKAGE) instance = loadBaseNode(shortName);
		else throw new Error(`Unknown node type ${type}`);
		nodeCache.set(type, instance);
		return instance;
	}

	getByNameAndVersion(type: string, version?: number): INodeType {
		return NodeHelpers.getVersionedNodeType(this.getByName(type), version);
	}

	getKnownTypes() {
		return {};
	}
}

function splitType(type: string): [string, string] {
	const dot = type.lastIndexOf('.');
	return [type.slice(0, dot), type.slice(dot + 1)];
}

const credentialCache = new Map<string, ICredentialType>();

export class TestCredentialTypes implements ICredentialTypes {
	recognizes(type: string): boolean {
		return type in knownCredentials || type in OUR_CREDENTIALS;
	}

	getByName(type: string): ICredentialType {
		const cached = credentialCache.get(type);
		if (cached) return cached;
		let instance: ICredentialType;
		if (OUR_CREDENTIALS[type]) {
			instance = new (OUR_CREDENTIALS[type]())();
		} else {
			const entry = knownCredentials[type];
			if (!entry) throw new Error(`Unknown credential type ${type}`);
			// eslint-disable-next-line @typescript-eslint/no-require-imports
			const module = require(path.join(baseDir, entry.sourcePath)) as Record<
				string,
				CredentialClass
			>;
			instance = new module[entry.className]();
		}
		credentialCache.set(type, instance);
		return instance;
	}

	getSupportedNodes(type: string): string[] {
		return knownCredentials[type]?.supportedNodes ?? [];
	}

	getParentTypes(type: string): string[] {
		const parents: string[] = [];
		let current = this.recognizes(type) ? (this.getByName(type).extends ?? []) : [];
		while (current.length) {
			parents.push(...current);
			current = current.flatMap((parent) =>
				this.recognizes(parent) ? (this.getByName(parent).extends ?? []) : [],
			);
		}
		return parents;
	}
}
