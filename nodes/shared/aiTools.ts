import { NodeOperationError } from 'n8n-workflow';
import type { IExecuteFunctions } from 'n8n-workflow';

/**
 * n8n offers every node with `usableAsTool` to AI agents as "<node type>Tool" (n8n's lint requires
 * the flag to be `true` on every action node, so it cannot be switched off per node). Operations
 * that force something on people (signing an agent out, cutting into a call) or that send anything
 * at all to any interface are refused here when an agent calls them; a person can still run them
 * from the node itself.
 */
export function isAiToolCall(ctx: IExecuteFunctions): boolean {
	return ctx.getNode().type.endsWith('Tool');
}

export function refuseAsAiTool(ctx: IExecuteFunctions, what: string, why: string, itemIndex: number): never {
	throw new NodeOperationError(ctx.getNode(), `${what} is not available to AI agents: ${why}`, {
		itemIndex,
		description: 'Run this operation from the node in a workflow (not as an agent tool), or give the agent a read-only operation instead.',
	});
}
