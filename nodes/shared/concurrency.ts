/**
 * Runs `worker` over `inputs` with at most `limit` in flight, keeping results in input order.
 * Items of one execution go out in parallel (bounded, so CEC is not flooded), and each result
 * stays paired with its input item.
 */
export async function mapWithConcurrency<I, O>(inputs: I[], limit: number, worker: (input: I, index: number) => Promise<O>): Promise<O[]> {
	const results = new Array<O>(inputs.length);
	let next = 0;
	const lanes = Array.from({ length: Math.max(1, Math.min(limit, inputs.length)) }, async () => {
		while (next < inputs.length) {
			const index = next++;
			results[index] = await worker(inputs[index], index);
		}
	});
	await Promise.all(lanes);
	return results;
}
