import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import type { EmailScreening } from '../../engine';
import { screenInboundEmail } from '../../engine';
import { splitTwoWays } from '../shared/twoWaySplit';

export class EmailIntake implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Email Intake',
		name: 'emailIntake',
		icon: { light: 'file:emailIntake.svg', dark: 'file:emailIntake.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: 'new messages to the funnel',
		description:
			'Sends new emails on to the funnel as leads, and keeps replies, out-of-office answers, bounces and list mail out of it',
		defaults: { name: 'Email Intake' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [
			{ type: NodeConnectionTypes.Main, displayName: 'New Message' },
			{ type: NodeConnectionTypes.Main, displayName: 'Reply or Automatic' },
		],
		outputNames: ['New Message', 'Reply or Automatic'],
		builderHint: {
			searchHint:
				'Put after an Email Trigger (IMAP) or Gmail Trigger: new messages go on with text, name, email and submittedAt for the Semantic Classifier; replies, auto-replies and list mail leave on the second output.',
			relatedNodes: [
				{
					nodeType: 'n8n-nodes-intent-funnel.semanticClassifier',
					relationHint: 'Classifies the new messages',
				},
			],
		},
		properties: [
			{
				displayName:
					'Every email leaves on one output. New Message: with text, name, email and submittedAt for the Semantic Classifier. Reply or Automatic: replies to a thread, automatic answers (out of office, bounces) and list or bulk mail, with email.kind and email.reasons saying why.',
				name: 'notice',
				type: 'notice',
				default: '',
			},
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return splitTwoWays<EmailScreening>(this, {
			auditNode: 'emailIntake',
			decide: (json) => screenInboundEmail(json),
			// Unread mail is not dropped and not routed as a lead: a person can look at the second output.
			onEngineError: (message) => ({
				kind: 'auto_reply',
				reasons: [`The email could not be read: ${message}`],
				lead: { text: '' },
			}),
			fields: (screening) => ({
				// The lead fields the Semantic Classifier looks for first.
				...(screening.kind === 'new_message' && {
					text: screening.lead.text,
					name: screening.lead.name,
					email: screening.lead.email,
					submittedAt: screening.lead.submittedAt,
				}),
				emailScreening: {
					kind: screening.kind,
					reasons: screening.reasons,
					subject: screening.lead.subject ?? null,
				},
			}),
			audit: (screening) => ({ decision: screening.kind, reasons: screening.reasons }),
			takesFirstOutput: (screening) => screening.kind === 'new_message',
		});
	}
}
