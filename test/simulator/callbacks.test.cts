import { callbackParamString, javaToString, startSimulator, type Simulator } from '../../simulator/index.cjs';
import { authV2, c1Token, c2Post, expectedCallbackSignature, json, receiver } from './helpers.cjs';

let sim: Simulator;
let token: string;
beforeAll(async () => {
	sim = await startSimulator({ timeScale: 0.01 });
	token = await c1Token(sim.url);
});
afterAll(async () => sim.close());

const c1 = () => ({ Authorization: `Bearer ${token}`, 'X-APP-Key': 'demo-app-key' });
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

describe('callback signature string (6.2.14.1 / 14.4.1)', () => {
	it('renders parameters like Java TreeMap.toString() with spaces and the outer braces removed', () => {
		// the doc's own example: {"b":"2", "a":1, "d":"null", "c":""} → "a=1,b=2,c=,d=null"
		expect(callbackParamString({ b: '2', a: 1, d: 'null', c: '' })).toBe('a=1,b=2,c=,d=null');
		expect(callbackParamString({ b: 2, a: 1, timestamp: '1', nonce: 'x', signature: 's' })).toBe('a=1,b=2');
		expect(callbackParamString({ x: null, y: 'two words' })).toBe('x=null,y=twowords');
		expect(javaToString({ m: { z: 1, a: [1, 'b'] } })).toBe('{m={a=[1, b], z=1}}');
		expect(callbackParamString({ m: { z: 1, a: 2 }, B: 'upper-first' })).toBe('B=upper-first,m={a=2,z=1}');
	});
});

describe('voice notification (14.x) release callback', () => {
	it('creates a notification and POSTs a release callback signed per 14.4.1', async () => {
		const rx = await receiver(() => ({ status: 200, body: { retCode: '0', retMsg: 'success' } }));
		try {
			const r = await json(`${sim.url}/apiaccess/rest/voiceNotification/v1/createVoiceNotification`, {
				headers: c1(),
				body: { voiceContent: '1133999~$Tom$~2225149', callerPresent: null, called: '88880000', callBackUrl: b64(rx.url) },
			});
			expect(r.body).toMatchObject({ retCode: '0', retMsg: 'Created successfully.', result: { callSerialNo: expect.stringMatching(/^\d+$/) } });
			const [cb] = await rx.waitFor(1);
			const body = JSON.parse(cb.body);
			expect(body).toMatchObject({ callSerialNo: r.body.result.callSerialNo, called: '88880000', releaseReason: '1', locationId: '0' });
			expect(body.createCallTime).toMatch(/^\d{4}\/\d{2}\/\d{2},\d{2}:\d{2}:\d{2}:\d{3}$/);
			expect(body.timestamp).toMatch(/^\d{13}$/);
			expect(body.nonce).toMatch(/^-?\d+$/);
			expect(body.signature).toBe(expectedCallbackSignature(body, 'demo-callback-key'));
			expect(cb.headers['content-type']).toMatch(/application\/json/);
		} finally {
			await rx.close();
		}
	});

	it('V2 validates playList; without an API callback URL the GUI URL is used, unsigned', async () => {
		const rx = await receiver();
		try {
			sim.configure({ voiceNotificationCallbackUrl: rx.url });
			const empty = await json(`${sim.url}/apiaccess/rest/voiceNotification/v2/createVoiceNotification`, { headers: c1(), body: { called: '88880000', playList: [] } });
			expect(empty.body.retCode).toBe('11');
			const r = await json(`${sim.url}/apiaccess/rest/voiceNotification/v2/createVoiceNotification`, {
				headers: c1(),
				body: { called: '88880001', playList: [{ templateId: '1226170940666061826', templateParams: ['3', "Main Gate of People's Park"] }], playTimes: 2 },
			});
			expect(r.body.retCode).toBe('0');
			const [cb] = await rx.waitFor(1);
			const body = JSON.parse(cb.body);
			expect(body.called).toBe('88880001');
			expect(body.signature).toBeUndefined();
		} finally {
			sim.configure({ voiceNotificationCallbackUrl: undefined });
			await rx.close();
		}
	});
});

describe('bidirectional call (6.2.x)', () => {
	it('sends the connection status callback and a signed release callback', async () => {
		const status = await receiver();
		const release = await receiver();
		try {
			sim.configure({ bidirectionalConnectionCallbackUrl: status.url });
			const r = await json(`${sim.url}/apiaccess/CC-Management/v1/mobileAgent/createCall`, {
				headers: c1(),
				body: { caller: '88889050', called: '88889060', agentWorkNo: '101', callData: 'x y', callbackUrl: b64(release.url) },
			});
			expect(r.body).toMatchObject({ retCode: '0', result: { callSerialNo: expect.any(String) } });
			const [s] = await status.waitFor(1);
			expect(JSON.parse(s.body)).toEqual({ callSerialNo: r.body.result.callSerialNo, serviceNo: '101', called: '88889060', callData: 'x y' });
			const [rel] = await release.waitFor(1);
			const body = JSON.parse(rel.body);
			expect(body).toMatchObject({ callSerialNo: r.body.result.callSerialNo, caller: '88889050', called: '88889060', releaseReason: '0' });
			// the space inside callData is removed before signing, exactly as the doc's Java does
			expect(body.signature).toBe(expectedCallbackSignature(body, 'demo-callback-key'));
		} finally {
			sim.configure({ bidirectionalConnectionCallbackUrl: undefined });
			await status.close();
			await release.close();
		}
	});
});

describe('CC-FS (13.2) CDR ready callback', () => {
	it('generates a CDR index and calls back with an auth-v2 signature; the zip is downloadable', async () => {
		const rx = await receiver(() => ({ status: 200, body: {} }));
		try {
			const now = new Date();
			const fmt = (d: Date) => d.toISOString().slice(0, 19).replace('T', ' ');
			const r = await c2Post(sim.url, '/CCFS/resource/ccfs/queryBillData', {
				request: { version: '2.0' },
				msgBody: { beginTime: fmt(new Date(now.getTime() - 86400000)), endTime: fmt(now), accountId: 'acc1', dataType: 'call_record', callBackURL: rx.url },
			});
			expect(r.json).toMatchObject({ resultCode: '0', resultDesc: 'success', resultData: { responseId: expect.stringMatching(/^[0-9a-f]{32}$/) } });
			const [cb] = await rx.waitFor(1);
			const body = JSON.parse(cb.body);
			expect(body.request).toEqual({ version: '2.0' });
			expect(body.msgBody).toMatchObject({ responseId: r.json.resultData.responseId, accountId: 'acc1' });
			expect(body.msgBody.billFileName).toMatch(new RegExp(`^\\d{8}_${r.json.resultData.responseId}\\.zip$`));

			// verify the signature independently from what was received
			const auth = String(cb.headers.authorization);
			const [, ak, ts, signed] = auth.split('/');
			expect(ak).toBe('demo-ak');
			expect(signed).toBe('content-length;content-type;host');
			const headers: Record<string, string> = {};
			for (const h of signed.split(';')) headers[h] = String(cb.headers[h]);
			const expected = authV2({ ak: 'demo-ak', sk: 'demo-sk', method: 'POST', uri: '/callback', headers, body: cb.body, timestamp: ts });
			expect(auth).toBe(expected);

			const zip = await c2Post(sim.url, '/CCFS/resource/ccfs/downloadBillFile', { request: { version: '2.0' }, msgBody: { billFileName: body.msgBody.billFileName } });
			expect(zip.status).toBe(200);
			expect(zip.headers['content-type']).toMatch(/octet-stream/i);
			expect(zip.text.startsWith('PK')).toBe(true);
			const missing = await c2Post(sim.url, '/CCFS/resource/ccfs/downloadBillFile', { request: { version: '2.0' }, msgBody: { billFileName: `20200101_${'0'.repeat(32)}.zip` } });
			expect(missing.json.resultCode).toBe('0300011');
			const badVersion = await c2Post(sim.url, '/CCFS/resource/ccfs/queryBillData', { request: { version: '1.0' }, msgBody: {} });
			expect(badVersion.json.resultCode).toBe('0300006');
		} finally {
			await rx.close();
		}
	});
});

describe('uploads with review callbacks (5.4.4 / 5.4.5)', () => {
	it('reviews an IVR voice file and a TTS template, retrying until returnCode 0', async () => {
		let n = 0;
		const rx = await receiver(() => (++n === 1 ? { status: 200, body: { returnCode: '1' } } : { status: 200, body: { returnCode: '0' } }));
		try {
			const up = await json(`${sim.url}/apiaccess/rest/cc-management/v1/importVoiceFile/upload`, {
				headers: c1(),
				body: { fileInfo: Buffer.from('RIFF....WAVEfmt ').toString('base64'), locale: 'en_US', voiceType: '3', fileType: 'wav', callbackUrl: rx.url, voiceFileName: 'welcome1' },
			});
			expect(up.body.returnCode).toBe('0');
			const tts = await json(`${sim.url}/apiaccess/rest/cc-management/v1/createVoiceTemplate`, {
				headers: c1(),
				body: { name: 'rejectme', scene: '3', voicecontent: { language: 'en_US', textcontent: 'Hello ${TXT_8}' }, callBackUrl: rx.url },
			});
			expect(tts.body).toMatchObject({ returnCode: '0', templateId: expect.any(String) });
			await rx.waitFor(3, 5000);
			const bodies = rx.received.map((r) => JSON.parse(r.body));
			expect(bodies.some((b) => b.fileId === up.body.fileId && b.status === '2')).toBe(true);
			expect(bodies.some((b) => b.fileId === tts.body.templateId && b.status === '3')).toBe(true);
			for (const b of bodies) expect(Object.keys(b).sort()).toEqual(['comment', 'fileId', 'fileUrl', 'status']);
		} finally {
			await rx.close();
		}
	});
});
