import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { HuaweiCecAgentEventTrigger } from '../../nodes/HuaweiCecAgentEventTrigger/HuaweiCecAgentEventTrigger.node';
import { MAX_CONSECUTIVE_GARBAGE, MIN_EMPTY_POLL_PAUSE_MS, POLL_DEADLINE_MS, runningPollers } from '../../nodes/HuaweiCecAgentEventTrigger/agentEventPoller';
import { agentSessions } from '../../nodes/shared/auth/agentSessions';
import { createHarness, type Harness, type TriggerHandle } from '../helpers/n8n.cjs';

/**
 * The Agent Event Trigger against a hostile loopback "gateway" that signs the
 * agent in and then answers polls at once, with garbage, or one byte at a time.
 */

type PollAnswer = (res: http.ServerResponse) => void;

let server: http.Server;
let base: string;
let pollAnswer: PollAnswer;
let polls: number[] = [];
let n8n: Harness;
const open: TriggerHandle[] = [];
const node = new HuaweiCecAgentEventTrigger();

beforeAll(async () => {
	server = http.createServer((req, res) => {
		req.resume();
		req.on('end', () => {
			if (req.method === 'PUT' && req.url === '/agentgateway/resource/onlineagent/101') {
				res.writeHead(200, { 'Content-Type': 'application/json', 'Set-GUID': 'JSESSIONID=hostile-guid' });
				res.end(JSON.stringify({ retcode: '0', message: 'success', result: {} }));
			} else if (req.method === 'GET' && req.url === '/agentgateway/resource/agentevent/101') {
				polls.push(Date.now());
				pollAnswer(res);
			} else {
				res.writeHead(200, { 'Content-Type': 'application/json' });
				res.end(JSON.stringify({ retcode: '0', message: 'success' }));
			}
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	n8n = await createHarness({ huaweiCecAgentGatewayApi: { baseUrl: base, agentId: 101, password: 'pw', phoneNumber: '7000101', authMode: 'dynamic', allowUnauthorizedCerts: false, timeout: 10000 } });
});
afterAll(async () => {
	server.closeAllConnections();
	await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
	polls = [];
	agentSessions.clear();
});
afterEach(async () => {
	for (const handle of open.splice(0)) await handle.close().catch(() => undefined);
	expect(runningPollers()).toBe(0);
});

async function activate(options: Record<string, unknown> = {}): Promise<TriggerHandle> {
	const handle = await n8n.trigger(node, { options } as never);
	open.push(handle);
	return handle;
}
const sleep = async (ms: number) => await new Promise((resolve) => setTimeout(resolve, ms));
async function until(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (!condition()) {
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
		await sleep(20);
	}
}

it(`a zero pause after empty polls still waits ${MIN_EMPTY_POLL_PAUSE_MS} ms: a gateway answering at once is not polled hundreds of times a second`, async () => {
	pollAnswer = (res) => {
		res.writeHead(200, { 'Content-Type': 'application/json' });
		res.end(JSON.stringify({ message: '', retcode: '0', event: null }));
	};
	const handle = await activate({ emptyPollPauseMs: 0 });
	await sleep(300);
	const start = polls.length;
	await sleep(2000);
	const rate = (polls.length - start) / 2;
	expect(rate).toBeGreaterThan(3);
	expect(rate).toBeLessThanOrEqual(1000 / MIN_EMPTY_POLL_PAUSE_MS + 1);
	expect(handle.errors).toEqual([]);
});

it(`${MAX_CONSECUTIVE_GARBAGE} answers in a row that are not poll answers are reported as an error, not retried forever`, async () => {
	let n = 0;
	// Alternating kinds of garbage: a login page, JSON that is not an object, an event that is not an object.
	const kinds = ['<html><body>Please log in</body></html>', '[1,2,3]', JSON.stringify({ retcode: '0', event: 'AgentOther_Note' })];
	pollAnswer = (res) => {
		const body = kinds[n++ % kinds.length];
		res.writeHead(200, { 'Content-Type': body.startsWith('<') ? 'text/html' : 'application/json' });
		res.end(body);
	};
	const handle = await activate();
	await until(() => handle.errors.length > 0, 20_000, 'the error');
	expect(handle.errors).toHaveLength(1);
	expect(handle.errors[0].message).toBe(`The CC-Gateway answered ${MAX_CONSECUTIVE_GARBAGE} event polls of agent 101 in a row with something that is not an event answer`);
	expect(polls).toHaveLength(MAX_CONSECUTIVE_GARBAGE);
	expect(handle.emitted).toHaveLength(0);
	await sleep(1500);
	expect(polls).toHaveLength(MAX_CONSECUTIVE_GARBAGE);
	expect(runningPollers()).toBe(0);
}, 30_000);

it(`a gateway that drip-feeds a poll answer is cut off after ${POLL_DEADLINE_MS / 1000} s with an error`, async () => {
	const timers: NodeJS.Timeout[] = [];
	pollAnswer = (res) => {
		res.writeHead(200, { 'Content-Type': 'application/json' });
		res.write('{"retcode":"0","message":"');
		timers.push(setInterval(() => res.write('x'), 500));
	};
	const started = Date.now();
	const handle = await activate();
	try {
		await until(() => handle.errors.length > 0, POLL_DEADLINE_MS + 10_000, 'the deadline error');
	} finally {
		for (const timer of timers) clearInterval(timer);
	}
	const took = Date.now() - started;
	expect(handle.errors[0].message).toBe(`The CC-Gateway did not complete the event poll of agent 101 within ${POLL_DEADLINE_MS / 1000} s`);
	expect(took).toBeGreaterThanOrEqual(POLL_DEADLINE_MS - 100);
	expect(took).toBeLessThan(POLL_DEADLINE_MS + 5000);
	expect(polls).toHaveLength(1);
}, 40_000);
