import { BinaryDataService } from 'n8n-core';
import type { IBinaryData } from 'n8n-workflow';
import { startSimulator, type Simulator } from '../../simulator/index.cjs';
import { HuaweiCec } from '../../nodes/HuaweiCec/HuaweiCec.node';
import { tokenCache } from '../../nodes/shared/auth/tokenCache';
import { createHarness, simulatorCredentials, type Harness } from '../helpers/n8n.cjs';

/**
 * The generic Huawei CEC node through n8n-core: an interface the catalog marks as carrying a
 * file answers into n8n binary data (streamed), and a JSON refusal of such an interface is
 * still read for its result code.
 */
let sim: Simulator;
let n8n: Harness;
const node = new HuaweiCec();
beforeAll(async () => {
	sim = await startSimulator({ port: 0, timeScale: 0.01 });
	n8n = await createHarness(simulatorCredentials(sim));
});
afterAll(async () => await sim.close());
beforeEach(() => {
	tokenCache.clear();
	sim.reset();
});

async function bytesOf(data: IBinaryData): Promise<Buffer> {
	// n8n-core carries its own @n8n/di; its container is the one its services live in.
	const { Container } = require(require.resolve('@n8n/di', { paths: [require.resolve('n8n-core')] })) as typeof import('@n8n/di');
	return await Container.get(BinaryDataService).getAsBuffer(data);
}

const download = (fileName: string) => ({
	authentication: 'C2',
	interface: '13.2.1.4',
	jsonBody: JSON.stringify({ request: { version: '2.0' }, msgBody: { fileName } }),
});

it('downloads a recording (13.2.1.4, C2) into one binary item of exactly its size', async () => {
	sim.registerFile('Y:/generic/call.wav', 2 * 1024 * 1024 + 17);
	const r = await n8n.runNode(node, download('Y:/generic/call.wav'), [{}], { credentials: ['huaweiCecAkSkApi'] });
	expect(r.error).toBeUndefined();
	const item = r.outputs[0][0];
	expect(item.json.fileSize).toBe(2 * 1024 * 1024 + 17);
	expect((await bytesOf(item.binary!.data)).length).toBe(2 * 1024 * 1024 + 17);
	const sent = sim.requests.find((q) => q.path === '/CCFS/resource/ccfs/downloadRecordFile');
	expect(String(sent?.headers.authorization)).toMatch(/^auth-v2\/demo-ak\//);
});

it('turns the JSON refusal of a download into a NodeApiError with the documented meaning', async () => {
	const r = await n8n.runNode(node, download('Y:/missing.wav'), [{}], { credentials: ['huaweiCecAkSkApi'] });
	expect(r.error?.name).toBe('NodeApiError');
	expect(r.error?.message).toMatch(/0300029/);
});

it('still answers JSON for an ordinary interface', async () => {
	const r = await n8n.runNode(node, { authentication: 'C1', interface: '5.1.4', jsonBody: '{}' }, [{}], { credentials: ['huaweiCecApiFabricApi'] });
	expect(r.error).toBeUndefined();
	expect(r.outputs[0][0].binary).toBeUndefined();
	expect(typeof r.outputs[0][0].json).toBe('object');
});
