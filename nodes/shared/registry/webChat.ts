import { NodeOperationError } from 'n8n-workflow';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { WebChatTokenUse } from '../auth/webChatTokens';
import { applyTokenOutput, applyTokenSubject } from '../auth/webChatTokens';
import type { OperationSpec } from './types';

/**
 * The web chat token (ccmessaging-token, chapter 11) in the node UI: 11.1 keeps it in this n8n
 * process (or outputs it when asked); the interfaces that take it find it by chat user and channel,
 * or take a mapped value.
 */

type Show = Record<string, string[]>;

export function webChatTokenProperties(spec: OperationSpec, show: Show): INodeProperties[] {
	if (spec.webChatToken === 'issue') {
		return [
			{
				displayName: 'Include Token in Output',
				name: 'includeWebChatToken',
				type: 'boolean',
				default: false,
				description:
					'Whether to output the ccmessaging-token in clear, to map it into a later node (e.g. one that runs in another n8n process). Off: the token is kept in this n8n process for the later web chat operations of this user and channel.',
				displayOptions: { show },
			},
		];
	}
	if (spec.webChatToken !== 'required' && spec.webChatToken !== 'optional') return [];
	const required = spec.webChatToken === 'required';
	return [
		{
			displayName: 'Web Chat Token',
			name: 'webChatTokenSource',
			type: 'options',
			options: [
				{ name: 'Kept From Apply Token', value: 'session', description: 'The token Apply Token (11.1) obtained in this n8n process for the chat user and channel' },
				{ name: 'Map Explicitly', value: 'explicit', description: 'A token given as a value, e.g. from an Apply Token node with Include Token in Output on' },
			],
			default: 'session',
			description: `The ccmessaging-token header, ${required ? 'which this interface requires' : 'optional for this interface: sent when there is one'}`,
			displayOptions: { show },
		},
		{
			displayName: 'Chat User ID',
			name: 'webChatUserId',
			type: 'string',
			default: '',
			...(required ? { required } : {}),
			description: 'The userId Apply Token was run for',
			displayOptions: { show: { ...show, webChatTokenSource: ['session'] } },
		},
		{
			displayName: 'Chat Channel ID',
			name: 'webChatChannelId',
			type: 'string',
			default: '',
			...(required ? { required } : {}),
			description: 'The channelId Apply Token was run for',
			displayOptions: { show: { ...show, webChatTokenSource: ['session'] } },
		},
		{
			displayName: 'Web Chat Token Value',
			name: 'webChatTokenValue',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			...(required ? { required } : {}),
			description: 'The token field of an Apply Token answer',
			displayOptions: { show: { ...show, webChatTokenSource: ['explicit'] } },
		},
	];
}

/** How this item's call gets its ccmessaging-token; a session without user or channel is refused before sending. */
export function webChatTokenUse(ctx: IExecuteFunctions, spec: OperationSpec, itemIndex: number): WebChatTokenUse | undefined {
	if (spec.webChatToken === 'issue') return { source: 'issue' };
	if (spec.webChatToken !== 'required' && spec.webChatToken !== 'optional') return undefined;
	const required = spec.webChatToken === 'required';
	const text = (name: string) => String(ctx.getNodeParameter(name, itemIndex, '') ?? '').trim();
	if (ctx.getNodeParameter('webChatTokenSource', itemIndex, 'session') === 'explicit') return { source: 'explicit', token: text('webChatTokenValue'), required };
	const userId = text('webChatUserId');
	const channelId = text('webChatChannelId');
	if (!userId || !channelId) {
		if (!required) return undefined;
		throw new NodeOperationError(ctx.getNode(), `${userId ? 'Chat Channel ID' : 'Chat User ID'} is required: it names the Apply Token (11.1) session whose ccmessaging-token ${spec.section} sends`, { itemIndex });
	}
	return { source: 'session', userId, channelId, required };
}

/** 11.1's output item: the token only when asked for. */
export function webChatOutput(ctx: IExecuteFunctions, spec: OperationSpec, sentBody: unknown, body: unknown, itemIndex: number): unknown {
	if (spec.webChatToken !== 'issue') return body;
	return applyTokenOutput(body, ctx.getNodeParameter('includeWebChatToken', itemIndex, false) === true, applyTokenSubject(sentBody));
}
