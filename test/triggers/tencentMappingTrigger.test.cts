/**
 * Tencent CCC Number Mapping Trigger served over real HTTP by n8n-core's WebhookContext, with the
 * simulator's Tencent CCC client sending the contact center's mapping requests (Basic auth).
 */
import { randomInt } from 'node:crypto';
import { HookContext } from 'n8n-core';
import type { IDataObject } from 'n8n-workflow';
import { startSimulator, type Simulator } from '../../simulator/index.cjs';
import { TencentCccNumberMapping } from '../../nodes/TencentCccNumberMapping/TencentCccNumberMapping.node';
import { TencentCccNumberMappingTrigger } from '../../nodes/TencentCccNumberMappingTrigger/TencentCccNumberMappingTrigger.node';
import { deriveMappingKeys, idToNumber, numberToId } from '../../nodes/shared/tencent/numberMapping';
import { createHarness, type Harness, type WebhookHandle } from '../helpers/n8n.cjs';
import { raw } from '../simulator/helpers.cjs';

const AUTH = { user: 'tencent-ccc', password: 'basic-auth-password-42' };
const SECRET = 'mapping-secret-0123456789abcdef';

let sim: Simulator;
let n8n: Harness;
const open: WebhookHandle[] = [];

beforeAll(async () => {
	sim = await startSimulator({ port: 0, timeScale: 0.01 });
	n8n = await createHarness({ tencentCccNumberMappingApi: { ...AUTH, mappingSecret: SECRET } });
});
afterAll(async () => await sim.close());
afterEach(async () => {
	for (const hook of open.splice(0)) await hook.close();
});

async function serve(parameters: IDataObject = {}): Promise<WebhookHandle> {
	const hook = await n8n.webhook(new TencentCccNumberMappingTrigger(), { answer: 'builtIn', defaultCountryCode: '86', visibleDigits: 3, runWorkflow: true, ...parameters } as never);
	open.push(hook);
	return hook;
}

/** 1,000 distinct numbers in the [country code + number] form UIDToPhone answers. */
function numbers(count: number): string[] {
	const set = new Set<string>();
	while (set.size < count) set.add(`0086139${String(randomInt(0, 100_000_000)).padStart(8, '0')}`);
	return [...set];
}

describe('Tencent CCC Number Mapping Trigger: built-in mapping', () => {
	it('1,000 numbers: PhoneToUID then UIDToPhone returns the originals exactly; IDs are deterministic, distinct, URL-safe, 139-prefixed', async () => {
		const hook = await serve();
		const originals = numbers(1000);
		const forward = await sim.tencentCcc.map(hook.url, AUTH, 'PhoneToUID', originals);
		expect(forward.problem).toBeUndefined();
		const ids = originals.map((n) => forward.mapping!.get(n)!);
		expect(new Set(ids).size).toBe(1000);
		for (const id of ids) expect(id).toMatch(/^139[A-Za-z0-9_-]{20,30}$/);
		for (const [i, id] of ids.entries()) expect(id).not.toContain(originals[i].slice(7));

		const again = await sim.tencentCcc.map(hook.url, AUTH, 'PhoneToUID', originals.slice(0, 50));
		expect(originals.slice(0, 50).map((n) => again.mapping!.get(n))).toEqual(ids.slice(0, 50));

		const back = await sim.tencentCcc.map(hook.url, AUTH, 'UIDToPhone', ids);
		expect(back.problem).toBeUndefined();
		expect(ids.map((id) => back.mapping!.get(id))).toEqual(originals);
		expect(back.body).toEqual({ Code: 0, Results: ids.map((id, i) => ({ Key: id, Value: originals[i] })) });

		// Each request also started the workflow, one item per mapped number.
		expect(hook.executions).toHaveLength(3);
		expect(hook.executions[2][0]).toHaveLength(1000);
		expect(hook.executions[2][0][0].json).toEqual({ Mode: 'UIDToPhone', Key: ids[0], Value: originals[0] });
	});

	it('numbers without a country code get the default one; "+" becomes 00; the document\'s example shape', async () => {
		const hook = await serve();
		const forward = await sim.tencentCcc.map(hook.url, AUTH, 'PhoneToUID', ['13988888888', '13788888888', '+14155550100', '057126200670']);
		const ids = [...forward.mapping!.values()];
		expect(ids[0].startsWith('139')).toBe(true);
		expect(ids[1].startsWith('137')).toBe(true);
		// The same subscriber in national and international form is the same ID.
		const international = await sim.tencentCcc.map(hook.url, AUTH, 'PhoneToUID', ['008613988888888']);
		expect(international.mapping!.get('008613988888888')).toBe(ids[0]);
		const back = await sim.tencentCcc.map(hook.url, AUTH, 'UIDToPhone', ids);
		expect(ids.map((id) => back.mapping!.get(id))).toEqual(['008613988888888', '008613788888888', '0014155550100', '008657126200670']);
	});

	it('wrong or missing Basic auth credentials: 401 with a Basic challenge, no workflow', async () => {
		const hook = await serve();
		for (const auth of [undefined, { user: AUTH.user, password: 'wrong-password-000000' }, { user: 'other', password: AUTH.password }]) {
			const r = await sim.tencentCcc.map(hook.url, auth, 'PhoneToUID', ['13988888888']);
			expect(r.status).toBe(401);
			expect(r.body).toEqual({ Code: 401, Results: [], Message: 'Unauthorized' });
		}
		const malformedHeader = await raw(hook.url, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: 'Basic !!!' }, body: '{"Numbers":["1"],"Mode":"PhoneToUID"}' });
		expect(malformedHeader.status).toBe(401);
		expect(String(malformedHeader.headers['www-authenticate'])).toMatch(/^Basic realm=/);
		expect(hook.executions).toHaveLength(0);
	});

	it('requests and IDs that are not valid get Code ≠ 0, never a mapping', async () => {
		const hook = await serve();
		const post = (body: unknown) =>
			raw(hook.url, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Basic ${Buffer.from(`${AUTH.user}:${AUTH.password}`).toString('base64')}` }, body: JSON.stringify(body) });
		const badMode = await post({ Numbers: ['13988888888'], Mode: 'PhoneToId' });
		expect(badMode.status).toBe(400);
		expect(badMode.json).toEqual({ Code: 1, Results: [], Message: 'Mode must be "PhoneToUID" or "UIDToPhone", not "PhoneToId"' });
		expect((await post({ Mode: 'PhoneToUID' })).json).toMatchObject({ Code: 1, Message: 'Numbers must be a list of strings' });
		expect((await post({ Mode: 'PhoneToUID', Numbers: ['139888', 7] })).json).toMatchObject({ Code: 1, Message: 'Numbers[1] must be a non-empty string' });
		expect((await post({ Mode: 'PhoneToUID', Numbers: ['139-8888'] })).json).toMatchObject({ Code: 2, Results: [] });

		const [id] = [...(await sim.tencentCcc.map(hook.url, AUTH, 'PhoneToUID', ['13988888888'])).mapping!.values()];
		const tampered = `${id.slice(0, -1)}${id.endsWith('A') ? 'B' : 'A'}`;
		const forged = await sim.tencentCcc.map(hook.url, AUTH, 'UIDToPhone', [tampered]);
		expect(forged.body).toMatchObject({ Code: 3, Results: [] });
		const otherPrefix = await sim.tencentCcc.map(hook.url, AUTH, 'UIDToPhone', [`138${id.slice(3)}`]);
		expect(otherPrefix.body).toMatchObject({ Code: 3 });
		expect(hook.executions).toHaveLength(1);
	});

	it('Run Workflow off: the answer alone, no execution', async () => {
		const hook = await serve({ runWorkflow: false });
		const r = await sim.tencentCcc.map(hook.url, AUTH, 'PhoneToUID', ['13988888888']);
		expect(r.problem).toBeUndefined();
		expect(hook.executions).toHaveLength(0);
	});

	it('the mapping depends on the secret: another secret neither gives the same IDs nor reads them', () => {
		const options = { defaultCountryCode: '86', visibleDigits: 3 };
		const a = deriveMappingKeys(SECRET);
		const b = deriveMappingKeys(`${SECRET}x`);
		const id = numberToId('13988888888', a, options);
		expect(numberToId('13988888888', b, options)).not.toBe(id);
		expect(idToNumber(id, a, options)).toBe('008613988888888');
		expect(idToNumber(id, b, options)).toBeUndefined();
		expect(idToNumber(id, a, { ...options, visibleDigits: 0 })).toBeUndefined();
		expect(numberToId('13988888888', a, { ...options, visibleDigits: 0 })).toMatch(/^[A-Za-z0-9_-]+$/);
	});
});

describe('Tencent CCC Number Mapping Trigger: activation', () => {
	const checkExists = async (hook: WebhookHandle) =>
		await new TencentCccNumberMappingTrigger().webhookMethods.default.checkExists.call(new HookContext(hook.workflow, hook.node, n8n.additionalData(), 'trigger', 'activate'));

	it('the built-in mapping refuses to activate without a usable secret or country code, and says why', async () => {
		await expect(checkExists(await serve())).resolves.toBe(true);
		await expect(checkExists(await serve({ defaultCountryCode: '+1' }))).resolves.toBe(true);
		await expect(checkExists(await serve({ defaultCountryCode: '0086x' }))).rejects.toThrow('Default Country Code must be 1 to 4 digits, e.g. 86');
		n8n.credentials.set('tencentCccNumberMappingApi', { ...AUTH, mappingSecret: 'short' });
		try {
			await expect(checkExists(await serve())).rejects.toThrow('The built-in mapping needs a Mapping Secret of at least 16 characters in the credential');
			// The workflow computes the mapping: no secret needed.
			await expect(checkExists(await serve({ answer: 'workflow', responseMode: 'lastNode' }))).resolves.toBe(true);
		} finally {
			n8n.credentials.set('tencentCccNumberMappingApi', { ...AUTH, mappingSecret: SECRET });
		}
	});

	it('the credential Test checks the documented rules locally', async () => {
		const node = new TencentCccNumberMappingTrigger();
		const test = (data: Record<string, string>) => n8n.testCredential(node, 'testTencentCccNumberMappingApi', 'tencentCccNumberMappingApi', data);
		expect(await test({ ...AUTH, mappingSecret: SECRET })).toEqual({ status: 'OK', message: 'The values follow the rules; the built-in mapping can be used.' });
		expect((await test({ ...AUTH, password: 'short' })).message).toBe('The password must have at least 12 characters');
		expect((await test({ ...AUTH, user: 'a:b' })).message).toBe('A Basic auth username cannot contain ":"');
		expect((await test({ ...AUTH, mappingSecret: 'short' })).message).toBe('The mapping secret must have at least 16 characters');
	});
});

describe('Tencent CCC Number Mapping Trigger: answer from the workflow', () => {
	it('the workflow gets one item per number; the Build Answer node turns its items into the documented answer', async () => {
		const hook = await serve({ answer: 'workflow', responseMode: 'lastNode' });
		await raw(hook.url, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json', Authorization: `Basic ${Buffer.from(`${AUTH.user}:${AUTH.password}`).toString('base64')}` },
			body: JSON.stringify({ Numbers: ['13988888888', '13788888888'], Mode: 'PhoneToUID' }),
		});
		expect(hook.executions).toHaveLength(1);
		const items = hook.executions[0][0].map((i) => i.json);
		expect(items).toEqual([
			{ Mode: 'PhoneToUID', Key: '13988888888' },
			{ Mode: 'PhoneToUID', Key: '13788888888' },
		]);

		const answerNode = new TencentCccNumberMapping();
		const good = await n8n.runNode(answerNode, { operation: 'buildAnswer', keyField: 'Key', valueField: 'Value' }, items.map((i, n) => ({ ...i, Value: `crm-${n}` })));
		expect(good.outputs[0].map((i) => i.json)).toEqual([{ Code: 0, Results: [{ Key: '13988888888', Value: 'crm-0' }, { Key: '13788888888', Value: 'crm-1' }] }]);

		const wrong = await n8n.runNode(answerNode, { operation: 'buildAnswer', keyField: 'Key', valueField: 'uid' }, items);
		expect(wrong.error).toBeUndefined();
		expect(wrong.outputs[0].map((i) => i.json)).toEqual([{ Code: 5, Results: [], Message: 'the workflow\'s items do not give a mapping answer: item[0] must be {"Key": text, "uid": text}' }]);
	});
});
