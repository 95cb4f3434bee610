/**
 * Every operation of the Huawei CEC File Service node (reference 13.2, CC-FS, C2 AK/SK signature),
 * run through a real n8n-core workflow against the simulator (simulator/files.cts generates the
 * index files and recordings it serves): method, path, auth-v2 signature, the body received, and
 * the output, where every file download must come out as n8n binary data. Plus the index story
 * (generate -> ready callback -> download), the playback token story (13.2.1.8 -> 13.2.1.9), an
 * upload from an input binary property, validation failures and documented CC-FS result codes.
 */
import { BinaryDataService } from 'n8n-core';
import type { IBinaryData, IDataObject, INodeExecutionData, INodeParameters } from 'n8n-workflow';
import { HuaweiCecFileService } from '../../nodes/HuaweiCecFileService/HuaweiCecFileService.node';
import { OPERATIONS } from '../../nodes/HuaweiCecFileService/operations';
import { tokenCache } from '../../nodes/shared/auth/tokenCache';
import { binaryFields, binaryParameterName } from '../../nodes/shared/registry/params';
import type { OperationSpec } from '../../nodes/shared/registry/types';
import { startSimulator, type Simulator } from '../../simulator/index.cjs';
import { createHarness, simulatorCredentials, type Harness } from '../helpers/n8n.cjs';
import { buildParameters, expectedBody, expectedPath } from '../registry/sampleValues.cjs';

let sim: Simulator;
let n8n: Harness;
const node = new HuaweiCecFileService();

beforeAll(async () => {
	sim = await startSimulator({ port: 0, timeScale: 0.01 });
	n8n = await createHarness(simulatorCredentials(sim));
});
afterAll(async () => await sim.close());
beforeEach(() => {
	tokenCache.clear();
	sim.reset();
});

const spec = (section: string): OperationSpec => {
	const found = OPERATIONS.find((s) => s.section === section);
	if (!found) throw new Error(`no spec ${section}`);
	return found;
};

const C2_SIGNATURE = /^auth-v2\/demo-ak\/\d{4}-\d{2}-\d{2}T[\d:.]+Z\/[a-z0-9;-]+\/[0-9a-f]{64}$/;
const DOWNLOADS = ['13.2.1.3', '13.2.1.4', '13.2.1.5', '13.2.1.7', '13.2.1.9', '13.2.1.10', '13.2.1.11', '13.2.1.12'];
const VERSION = { version: '2.0' };

/** The ready callbacks go to the simulator itself: logged, answered, nothing leaves loopback. */
const callbackUrl = () => `${sim.url}/__sim/health`;

async function waitFor<T>(probe: () => T | undefined, what: string): Promise<T> {
	for (let i = 0; i < 200; i++) {
		const found = probe();
		if (found !== undefined) return found;
		await new Promise((resolve) => setTimeout(resolve, 10));
	}
	throw new Error(`timed out waiting for ${what}`);
}

async function run(section: string, overrides: Record<string, unknown> = {}, extra: INodeParameters = {}, inputs?: INodeExecutionData[]) {
	const built = buildParameters(OPERATIONS, spec(section), overrides);
	const result = await n8n.runNode(node, { ...built.parameters, ...extra }, inputs as never);
	return { ...result, values: built.values };
}

/** 13.2.1.2 / 13.2.1.6: generate an index file, then read its name from the signed ready callback. */
async function generatedFile(section: '13.2.1.2' | '13.2.1.6'): Promise<string> {
	const msgBody: IDataObject = { beginTime: '2024-01-01 00:00:00', endTime: '2024-01-02 00:00:00', callBackURL: callbackUrl() };
	if (section === '13.2.1.2') msgBody.dataType = 'call_record';
	const r = await run(section, { request: VERSION, msgBody });
	if (r.error) throw r.error;
	const key = section === '13.2.1.2' ? 'billFileName' : 'agentOprInfoFileName';
	const responseId = String((r.outputs[0][0].json.resultData as IDataObject).responseId);
	// The callback of this request (an earlier test's may still arrive), matched by its responseId.
	return await waitFor(() => {
		for (const c of sim.callbacks) {
			const msgBody = (JSON.parse(c.body) as { msgBody?: IDataObject }).msgBody;
			if (msgBody?.responseId === responseId && msgBody[key]) return String(msgBody[key]);
		}
		return undefined;
	}, `the ${key} callback`);
}

/** 13.2.1.8: a one-time playback token for a recording. */
async function playbackToken(fileName: string): Promise<string> {
	const r = await run('13.2.1.8', { request: VERSION, msgBody: { fileName } });
	if (r.error) throw r.error;
	return String((r.outputs[0][0].json.resultData as IDataObject).token);
}

/** The bytes of a binary item, wherever n8n-core's binary data service put them. */
async function bytesOf(data: IBinaryData): Promise<Buffer> {
	// n8n-core carries its own @n8n/di; its container is the one its services live in.
	const { Container } = require(require.resolve('@n8n/di', { paths: [require.resolve('n8n-core')] })) as typeof import('@n8n/di');
	return await Container.get(BinaryDataService).getAsBuffer(data);
}

const UPLOAD = Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WAVEfmt '), Buffer.alloc(256, 7)]);
const fileItem = () => ({ json: {}, binary: { data: { data: UPLOAD.toString('base64'), mimeType: 'audio/wav', fileName: 'prompt.wav' } } });

/** Per-interface inputs: state the simulator must have first, or values the reference's example leaves unusable. */
const SETUP: Record<string, () => Promise<Record<string, unknown>>> = {
	'13.2.1.2': async () => ({ msgBody: { beginTime: '2024-01-01 00:00:00', endTime: '2024-01-02 00:00:00', dataType: 'call_record', callBackURL: callbackUrl() } }),
	'13.2.1.6': async () => ({ msgBody: { beginTime: '2024-01-01 00:00:00', endTime: '2024-01-02 00:00:00', callBackURL: callbackUrl() } }),
	'13.2.1.3': async () => ({ msgBody: { billFileName: await generatedFile('13.2.1.2') } }),
	'13.2.1.7': async () => ({ msgBody: { agentOprInfoFileName: await generatedFile('13.2.1.6') } }),
	'13.2.1.9': async () => ({ st: await playbackToken('Y:/1/0/20180309/108/2022318.wav'), t: String(Date.now()) }),
	'13.2.1.13': async () => ({ msgBody: {} }),
};

const ALL = OPERATIONS.map((s) => [`${s.section} ${s.name}`, s] as [string, OperationSpec]);

describe('every File Service operation, in n8n-core, against the simulator', () => {
	it('covers the 15 CC-FS interfaces of 13.2.1; every download answers binary', () => {
		expect(OPERATIONS).toHaveLength(15);
		expect(OPERATIONS.every((s) => s.family === 'ccfs' && s.section.startsWith('13.2.1.'))).toBe(true);
		expect(OPERATIONS.filter((s) => s.result?.binary).map((s) => s.section).sort()).toEqual([...DOWNLOADS].sort());
	});

	it.each(ALL)('%s', async (_title, s) => {
		const overrides = (await SETUP[s.section]?.()) ?? {};
		sim.clearRequests();
		const built = buildParameters(OPERATIONS, s, overrides);
		const binary = binaryFields(s);
		const inputs = binary.length ? [fileItem()] : [{ json: {} }];
		const parameters: INodeParameters = { ...built.parameters, ...Object.fromEntries(binary.map((b) => [binaryParameterName(b.field, b.parent), 'data'])) };
		const r = await n8n.runNode(node, parameters, inputs as never);
		for (const b of binary) {
			const key = `${b.parent!.in}:${b.parent!.name}`;
			built.values[key] = { ...(built.values[key] as IDataObject), [b.field.name]: UPLOAD.toString('base64') };
		}
		expect(r.error).toBeUndefined();

		const sent = sim.requests.filter((q) => q.path === expectedPath(s, built.values) && q.method === s.method);
		expect(sent).toHaveLength(1);
		const request = sent[0];
		expect(String(request.headers.authorization)).toMatch(C2_SIGNATURE);
		expect(request.status).toBe(200);
		const query = Object.fromEntries(s.fields.filter((f) => f.in === 'query' && built.values[`query:${f.name}`] !== undefined).map((f) => [f.name, String(built.values[`query:${f.name}`])]));
		expect(request.query).toEqual(query);
		const body = expectedBody(s, built.values);
		if (body === undefined) expect(request.bodyBytes ?? 0).toBe(0);
		else expect(JSON.parse(String(request.body))).toEqual(body);

		const items = r.outputs[0];
		expect(items).toHaveLength(1);
		expect(items[0].pairedItem).toEqual({ item: 0 });
		if (s.result?.binary) {
			const data = items[0].binary?.data;
			expect(data).toBeDefined();
			const bytes = await bytesOf(data!);
			expect(bytes.length).toBeGreaterThan(0);
			expect(items[0].json).toMatchObject({ fileName: data!.fileName, fileSize: bytes.length });
			// Index files are ZIP archives, recordings WAV files.
			const magic = bytes.subarray(0, 4).toString('latin1');
			expect(['13.2.1.3', '13.2.1.7'].includes(s.section) ? magic : 'RIFF').toBe(['13.2.1.3', '13.2.1.7'].includes(s.section) ? 'PK\u0003\u0004' : magic);
		} else {
			expect(items[0].binary).toBeUndefined();
			expect(items[0].json.resultCode).toBe('0');
		}
	});
});

describe('file stories', () => {
	it('13.2.1.2 -> ready callback -> 13.2.1.3: the CDR and recording index ZIP named in the callback, as binary', async () => {
		const name = await generatedFile('13.2.1.2');
		expect(name).toMatch(/^\d{8}_[0-9a-f]{32}\.zip$/);
		const r = await run('13.2.1.3', { request: VERSION, msgBody: { billFileName: name } });
		expect(r.error).toBeUndefined();
		const data = r.outputs[0][0].binary!.data;
		expect(data.fileName).toBe(name);
		expect((await bytesOf(data)).subarray(0, 2).toString('latin1')).toBe('PK');
	});

	it('13.2.1.4 streams a registered 3 MiB recording into one binary item of exactly that size', async () => {
		sim.registerFile('Y:/big/call.wav', 3 * 1024 * 1024);
		const r = await run('13.2.1.4', { request: VERSION, msgBody: { fileName: 'Y:/big/call.wav' } });
		expect(r.error).toBeUndefined();
		const bytes = await bytesOf(r.outputs[0][0].binary!.data);
		expect(bytes.length).toBe(3 * 1024 * 1024);
		expect(r.outputs[0][0].json.fileSize).toBe(3 * 1024 * 1024);
	});

	it('13.2.1.9 plays a recording once per 13.2.1.8 token: the second use is refused (0300026)', async () => {
		const st = await playbackToken('Y:/1/0/20180309/108/2022318.wav');
		const first = await run('13.2.1.9', { st, t: String(Date.now()) });
		expect(first.error).toBeUndefined();
		expect(first.outputs[0][0].binary?.data.mimeType).toBe('audio/wav');
		const again = await run('13.2.1.9', { st, t: String(Date.now()) });
		expect(again.error?.name).toBe('NodeApiError');
		expect(`${again.error?.message} ${(again.error as { description?: string }).description ?? ''}`).toMatch(/0300026/);
	});

	it('13.2.1.13 uploads the input item\'s binary property, Base64-encoded in msgBody.data', async () => {
		sim.clearRequests();
		const r = await run('13.2.1.13', { msgBody: {} }, { binaryProperty_msgBody_data: 'data' }, [fileItem()]);
		expect(r.error).toBeUndefined();
		const sent = sim.requests.find((q) => q.path === spec('13.2.1.13').path)!;
		expect(JSON.parse(String(sent.body)).msgBody.data).toBe(UPLOAD.toString('base64'));
	});
});

describe('validation failures and CC-FS result codes', () => {
	it('a missing input binary property is named before anything is sent', async () => {
		sim.clearRequests();
		const r = await run('13.2.1.13', { msgBody: {} }, { binaryProperty_msgBody_data: 'nothing' }, [fileItem()]);
		expect(r.error?.message).toMatch(/^msgBody\.data: the input item has no binary property "nothing"/);
		expect(sim.requests).toHaveLength(0);
	});

	it('a missing required field of msgBody is named before anything is sent', async () => {
		sim.clearRequests();
		const r = await run('13.2.1.4', { request: VERSION, msgBody: {} });
		expect(r.error?.message).toMatch(/^msgBody\.fileName: Required \(13\.2\.1\.4\)$/);
		expect(sim.requests).toHaveLength(0);
	});

	it('a download of a file that does not exist: the JSON answer becomes a NodeApiError (0300029), not a file', async () => {
		const r = await run('13.2.1.4', { request: VERSION, msgBody: { fileName: 'Y:/missing.wav' } });
		expect(r.error?.name).toBe('NodeApiError');
		expect(r.error?.message).toMatch(/0300029/);
	});

	it('13.2.1.2 with a time range over 3 days: 0300014 with its documented meaning', async () => {
		const r = await run('13.2.1.2', { request: VERSION, msgBody: { beginTime: '2024-01-01 00:00:00', endTime: '2024-01-09 00:00:00', dataType: 'call', callBackURL: callbackUrl() } });
		expect(r.error?.name).toBe('NodeApiError');
		expect(`${r.error?.message} ${(r.error as { description?: string }).description ?? ''}`).toMatch(/0300014/);
	});
});
