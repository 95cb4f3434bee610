import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { mapWithConcurrency } from './concurrency';

/**
 * Runs one worker per input item with bounded concurrency. Every output keeps its pairedItem, and
 * a failing item either becomes an error item (Continue On Fail) or stops the node with an n8n
 * error that names the item.
 */
export async function runPerItem(ctx: IExecuteFunctions, worker: (itemIndex: number) => Promise<INodeExecutionData[]>): Promise<INodeExecutionData[][]> {
	const items = ctx.getInputData();
	const concurrency = (ctx.getNodeParameter('options.concurrency', 0, 5) as number) || 5;
	const results = await mapWithConcurrency(items, concurrency, async (_item, itemIndex): Promise<INodeExecutionData[]> => {
		let failure: unknown;
		try {
			return await worker(itemIndex);
		} catch (error) {
			failure = error;
		}
		if (ctx.continueOnFail()) return [{ json: { error: (failure as Error).message }, pairedItem: { item: itemIndex } }];
		throw failure instanceof NodeApiError || failure instanceof NodeOperationError ? failure : new NodeOperationError(ctx.getNode(), failure as Error, { itemIndex });
	});
	return [results.flat()];
}
