/**
 * Files: CC-FS (13.2, C2) CDR / recording index generation with the signed ready callback,
 * downloads generated on the fly (constant memory, any size), recording playback tokens,
 * agent-gateway recording downloads (13.1.2/13.1.3), and the 5.4.4 / 5.4.5 uploads with their
 * review callbacks.
 *
 * Download size: a registered name (admin API), a "size-<N>[k|m|g]" token in the file name
 * (e.g. "Y:/size-1g.wav"), or a "size" query parameter; otherwise config.defaultFileSize.
 */
import { Readable } from 'node:stream';
import { signAuthV2 } from './c2.cjs';
import type { Ctx, SimCore } from './context.cjs';
import type { SimResponse } from './types.cjs';
import { formatDateTime, formatDay, isObject, newSerialNo, parseSize, randomToken } from './util.cjs';

const CHUNK = 64 * 1024;
/** One shared pattern chunk: generating 1 GiB allocates nothing per chunk. */
const PATTERN = (() => {
	const b = Buffer.alloc(CHUNK);
	for (let i = 0; i < CHUNK; i++) b[i] = (i * 31 + 7) & 0xff;
	return b;
})();

function wavHeader(dataBytes: number): Buffer {
	// 8 kHz, 8-bit A-law mono: what the platform stores (5.4.4 transcoding note).
	const h = Buffer.alloc(44);
	h.write('RIFF', 0, 'ascii');
	h.writeUInt32LE(Math.min(0xffffffff, 36 + dataBytes), 4);
	h.write('WAVE', 8, 'ascii');
	h.write('fmt ', 12, 'ascii');
	h.writeUInt32LE(16, 16);
	h.writeUInt16LE(6, 20); // A-law
	h.writeUInt16LE(1, 22);
	h.writeUInt32LE(8000, 24);
	h.writeUInt32LE(8000, 28);
	h.writeUInt16LE(1, 32);
	h.writeUInt16LE(8, 34);
	h.write('data', 36, 'ascii');
	h.writeUInt32LE(Math.min(0xffffffff, dataBytes), 40);
	return h;
}

/** A stream of exactly `size` bytes (WAV header first when big enough), produced chunk by chunk on demand. */
export function generatedStream(size: number, wav = true): Readable {
	let sent = 0;
	const header = wav && size >= 44 ? wavHeader(size - 44) : undefined;
	return new Readable({
		highWaterMark: CHUNK,
		read() {
			while (sent < size) {
				let chunk: Buffer;
				if (sent === 0 && header) chunk = header;
				else chunk = size - sent >= CHUNK ? PATTERN : PATTERN.subarray(0, size - sent);
				sent += chunk.length;
				if (!this.push(chunk)) return;
			}
			this.push(null);
		},
	});
}

// ---------------------------------------------------------------- minimal ZIP (stored entries)

const CRC_TABLE = (() => {
	const t = new Uint32Array(256);
	for (let n = 0; n < 256; n++) {
		let c = n;
		for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
		t[n] = c >>> 0;
	}
	return t;
})();

export function crc32(buf: Buffer): number {
	let c = 0xffffffff;
	for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
}

export function buildZip(files: { name: string; data: Buffer }[]): Buffer {
	const parts: Buffer[] = [];
	const central: Buffer[] = [];
	let offset = 0;
	for (const f of files) {
		const name = Buffer.from(f.name, 'utf8');
		const crc = crc32(f.data);
		const local = Buffer.alloc(30);
		local.writeUInt32LE(0x04034b50, 0);
		local.writeUInt16LE(20, 4);
		local.writeUInt16LE(0x0800, 6); // UTF-8 names
		local.writeUInt16LE(0, 8); // stored
		local.writeUInt32LE(0, 10);
		local.writeUInt32LE(crc, 14);
		local.writeUInt32LE(f.data.length, 18);
		local.writeUInt32LE(f.data.length, 22);
		local.writeUInt16LE(name.length, 26);
		local.writeUInt16LE(0, 28);
		parts.push(local, name, f.data);
		const cd = Buffer.alloc(46);
		cd.writeUInt32LE(0x02014b50, 0);
		cd.writeUInt16LE(20, 4);
		cd.writeUInt16LE(20, 6);
		cd.writeUInt16LE(0x0800, 8);
		cd.writeUInt16LE(0, 10);
		cd.writeUInt32LE(0, 12);
		cd.writeUInt32LE(crc, 16);
		cd.writeUInt32LE(f.data.length, 20);
		cd.writeUInt32LE(f.data.length, 24);
		cd.writeUInt16LE(name.length, 28);
		cd.writeUInt32LE(offset, 42);
		central.push(cd, name);
		offset += 30 + name.length + f.data.length;
	}
	const cdBuf = Buffer.concat(central);
	const end = Buffer.alloc(22);
	end.writeUInt32LE(0x06054b50, 0);
	end.writeUInt16LE(files.length, 8);
	end.writeUInt16LE(files.length, 10);
	end.writeUInt32LE(cdBuf.length, 12);
	end.writeUInt32LE(offset, 16);
	return Buffer.concat([...parts, cdBuf, end]);
}

// ---------------------------------------------------------------- handlers

interface GeneratedFile {
	name: string;
	kind: 'bill' | 'agentOpr';
	dataType: string;
	createdAt: number;
	msgBody: Record<string, unknown>;
}

function fsRes(code: string, desc: string, resultData: unknown = {}): SimResponse {
	return { status: 200, body: { resultCode: code, resultDesc: desc, resultData } };
}

const DT_RE = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;

export class Files {
	/** name → size (bytes) registered through the admin API. */
	readonly sizes = new Map<string, number>();
	private readonly generated = new Map<string, GeneratedFile>();
	private readonly playTokens = new Map<string, { fileName: string; expiresAt: number }>();
	readonly uploads: { fileId: string; kind: string; name: string; bytes: number; status: string }[] = [];

	constructor(private readonly core: SimCore) {
		core.onReset(() => {
			this.sizes.clear();
			this.generated.clear();
			this.playTokens.clear();
			this.uploads.length = 0;
		});
		this.register();
	}

	sizeFor(name: string | undefined, query?: Record<string, string>): number {
		const q = query?.size ? parseSize(query.size) : undefined;
		if (q !== undefined) return q;
		if (name) {
			const reg = this.sizes.get(name);
			if (reg !== undefined) return reg;
			const m = /size-(\d+(?:\.\d+)?[kmg]?)/i.exec(name);
			if (m) {
				const s = parseSize(m[1]);
				if (s !== undefined) return s;
			}
		}
		return this.core.config.defaultFileSize;
	}

	download(name: string | undefined, query: Record<string, string>, contentType = 'Application/Octet-stream;charset=UTF-8'): SimResponse {
		const size = this.sizeFor(name, query);
		const base = (name ?? 'record.wav').split(/[/\\]/).pop() || 'record.wav';
		return {
			status: 200,
			headers: {
				'Content-Type': contentType,
				'Content-Length': String(size),
				'Content-Disposition': `attachment; filename="${base.replace(/"/g, '')}"`,
			},
			stream: generatedStream(size, /\.(wav|v3)$/i.test(base) || !/\./.test(base)),
		};
	}

	private msgBody(ctx: Ctx): { err?: SimResponse; body?: Record<string, unknown> } {
		const j = isObject(ctx.json) ? ctx.json : undefined;
		if (!j) return { err: fsRes('0300007', 'The params of requestBody is null.') };
		const req = isObject(j.request) ? j.request : undefined;
		if (!req || req.version === undefined) return { err: fsRes('0300001', 'The value of version cannot be null.') };
		if (String(req.version) !== '2.0') return { err: fsRes('0300006', 'The value of version is error, current version is 2.0 .') };
		if (!isObject(j.msgBody)) return { err: fsRes('0300007', 'The params of requestBody is null.') };
		return { body: j.msgBody };
	}

	private checkRange(b: Record<string, unknown>): SimResponse | undefined {
		for (const f of ['beginTime', 'endTime']) {
			if (b[f] === undefined || b[f] === null) return fsRes('0300001', `The value of ${f} cannot be null.`);
			if (b[f] === '') return fsRes('0300002', `The value of ${f} cannot be an empty string.`);
			if (!DT_RE.test(String(b[f]))) return fsRes('0300004', `The format of ${f} is incorrect.`);
		}
		const bt = Date.parse(String(b.beginTime).replace(' ', 'T') + 'Z');
		const et = Date.parse(String(b.endTime).replace(' ', 'T') + 'Z');
		if (bt > et) return fsRes('0300013', 'The beginTime cannot be later than the endTime.');
		if (et - bt > 3 * 86400000) return fsRes('0300014', 'The maximum duration between the beginTime and endTime is 3 days.');
		return undefined;
	}

	/** 13.2.1.2 / 13.2.1.6 ready callback: POST, auth-v2 signed with the tenant's AK/SK. */
	private readyCallback(url: string, payload: Record<string, unknown>, kind: string): void {
		this.core.setTimer(() => {
			let u: URL;
			try {
				u = new URL(url);
			} catch {
				return;
			}
			const body = JSON.stringify(payload);
			const headers: Record<string, string> = {
				'Content-Type': 'application/json;charset=UTF-8',
				Host: u.host,
				'Content-Length': String(Buffer.byteLength(body)),
			};
			const query: [string, string][] = [...u.searchParams.entries()];
			const authorization = signAuthV2({
				ak: this.core.credentials.ak,
				sk: this.core.credentials.sk,
				method: 'POST',
				uri: u.pathname || '/',
				query,
				headers,
				body,
			});
			void this.core.postCallback(kind, url, body, { ...headers, Authorization: authorization });
		}, this.core.scaled(this.core.options.callbackDelayMs));
	}

	private register(): void {
		const h = this.core.handlers;

		h.set('13.2.1.1', (ctx) => {
			const b = isObject(ctx.json) ? ctx.json : {};
			if (!b.callId) return fsRes('0300001', 'The value of callId cannot be null.');
			const r = this.checkRange(b);
			if (r) return r;
			const token = randomToken(12);
			return fsRes('0', 'success', { url: `${this.core.baseUrl}/sim-obs/record/${encodeURIComponent(String(b.callId))}.wav?AccessKeyId=${this.core.credentials.ak}&Expires=${Math.floor(Date.now() / 1000) + 8 * 3600}&Signature=${token}` });
		});

		const generate = (kind: 'bill' | 'agentOpr') => (ctx: Ctx) => {
			const { err, body } = this.msgBody(ctx);
			if (err || !body) return err!;
			const r = this.checkRange(body);
			if (r) return r;
			if (kind === 'bill') {
				const dt = body.dataType;
				if (dt === undefined || dt === null || dt === '') return fsRes('0300001', 'The value of dataType cannot be null.');
				if (!['call', 'record', 'call_record'].includes(String(dt))) return fsRes('0300028', 'Parameter dataType is error.');
			}
			const url = (body.callbackURL ?? body.callBackURL ?? body.callbackUrl ?? body.callBackUrl) as unknown;
			if (url === undefined || url === null || url === '') return fsRes('0300001', 'The value of callbackURL cannot be null.');
			if (typeof url !== 'string' || !/^https?:\/\//i.test(url)) return fsRes('0300004', 'The format of callbackURL is incorrect.');
			const responseId = randomToken(16);
			const fileName = `${formatDay(Date.now())}_${responseId}.zip`;
			this.generated.set(fileName, { name: fileName, kind, dataType: String(body.dataType ?? ''), createdAt: Date.now(), msgBody: body });
			const msgBody: Record<string, unknown> = { responseId };
			if (kind === 'bill') msgBody.billFileName = fileName;
			else msgBody.agentOprInfoFileName = fileName;
			if (body.accountId !== undefined && body.accountId !== null) msgBody.accountId = body.accountId;
			this.readyCallback(url, { request: { version: '2.0' }, msgBody }, kind === 'bill' ? 'cdrReady' : 'agentOprReady');
			return fsRes('0', 'success', { responseId });
		};
		h.set('13.2.1.2', generate('bill'));
		h.set('13.2.1.6', generate('agentOpr'));

		const downloadGenerated = (field: string) => (ctx: Ctx) => {
			const { err, body } = this.msgBody(ctx);
			if (err || !body) return err!;
			const name = body[field];
			if (name === undefined || name === null || name === '') return fsRes('0300001', `The value of ${field} cannot be null.`);
			if (!/^\d{8}_[0-9a-f]{32}\.zip$/i.test(String(name))) return fsRes('0300010', 'The date in the value of fileName is in an incorrect format.');
			const g = this.generated.get(String(name));
			if (!g) return fsRes('0300011', 'The file does not exist.');
			const zip = buildZip(this.zipEntries(g));
			return { status: 200, headers: { 'Content-Type': 'Application/Octet-stream;charset=UTF-8', 'Content-Disposition': `attachment; filename="${g.name}"` }, body: zip };
		};
		h.set('13.2.1.3', downloadGenerated('billFileName'));
		h.set('13.2.1.7', downloadGenerated('agentOprInfoFileName'));

		const recordDownload = (requireName: boolean) => (ctx: Ctx) => {
			const { err, body } = this.msgBody(ctx);
			if (err || !body) return err!;
			// 13.2.1.12 names the file by filePath (Table 13-108).
			const named = body.fileName ?? body.filePath;
			const fileName = named === undefined || named === null ? undefined : String(named);
			const callId = body.callId === undefined || body.callId === null ? undefined : String(body.callId);
			if (requireName && !fileName) return fsRes('0300001', 'The value of fileName cannot be null.');
			if (!fileName && !callId) return fsRes('0300019', 'Specify at least one of fileName and callId.');
			const name = fileName || `${callId}.wav`;
			if (/missing|notfound/i.test(name)) return fsRes('0300029', 'File does not exist.');
			return this.download(name, ctx.query);
		};
		h.set('13.2.1.4', recordDownload(true));
		h.set('13.2.1.5', recordDownload(false));
		h.set('13.2.1.10', recordDownload(false));
		h.set('13.2.1.11', recordDownload(true));
		h.set('13.2.1.12', recordDownload(false));

		h.set('13.2.1.8', (ctx) => {
			const { err, body } = this.msgBody(ctx);
			if (err || !body) return err!;
			if (!body.fileName) return fsRes('0300001', 'The value of fileName cannot be null.');
			const token = randomToken(16).toUpperCase();
			this.playTokens.set(token, { fileName: String(body.fileName), expiresAt: Date.now() + 30 * 60 * 1000 });
			return fsRes('0', 'success', { token });
		});
		h.set('13.2.1.9', (ctx) => {
			const st = ctx.query.st ?? ctx.query.token;
			const t = st ? this.playTokens.get(st) : undefined;
			if (!t || t.expiresAt < Date.now()) return fsRes('0300026', 'Authentication failed.');
			this.playTokens.delete(st!); // one-time token
			return this.download(t.fileName, ctx.query, 'audio/wav');
		});

		// Agent-gateway recording / video downloads (C4): the file name travels in the query.
		const gwDownload = (ctx: Ctx) => {
			const name = ctx.query.filename ?? ctx.query.fileName ?? ctx.query.recordId ?? ctx.query.filepath ?? `${newSerialNo()}.wav`;
			if (/missing|notfound/i.test(name)) return { status: 200, body: { message: 'The recording file does not exist.', retcode: '104-005', result: {} } };
			return this.download(name, ctx.query);
		};
		h.set('13.1.2.2', gwDownload);
		h.set('13.1.3.1', gwDownload);
		h.set('13.1.3.2', gwDownload);
		// 11.7 web-chat file download: binary as well.
		h.set('11.7', (ctx) => {
			const b = isObject(ctx.json) ? ctx.json : {};
			return this.download(String(b.fileId ?? b.fileName ?? ctx.query.fileName ?? 'file.bin'), ctx.query, 'application/octet-stream');
		});
		// 9.2.4 answers the attachment's OBS download address as JSON (Table 9-23/9-24 and its example), not the file.
		h.set('9.2.4', (ctx) => {
			const b = isObject(ctx.json) ? ctx.json : {};
			if (!b.kngld || !b.fileKey) return { status: 200, body: { returnCode: '1', description: `Parameter ${b.kngld ? 'fileKey' : 'kngld'} is mandatory.` } };
			const url = `${ctx.core.baseUrl}/obs/ccikbs/file/${encodeURIComponent(String(b.kngld))}/${encodeURIComponent(String(b.fileKey))}?Expires=1665650432&Signature=sim`;
			return { status: 200, body: { returnCode: '0', description: 'success', url } };
		});

		// ---- 5.4.4 / 5.4.5 uploads with review callbacks
		h.set('5.4.4', (ctx) => {
			const b = isObject(ctx.json) ? (isObject(ctx.json.body) ? ctx.json.body : ctx.json) : undefined;
			if (!b) return { status: 400, body: { returnCode: '1', description: 'The request body must be JSON.' } };
			for (const f of ['fileInfo', 'locale', 'voiceType', 'fileType']) {
				if (b[f] === undefined || b[f] === null || b[f] === '') return { status: 400, body: { returnCode: '1', description: `Parameter ${f} is mandatory.` } };
			}
			const data = Buffer.from(String(b.fileInfo), 'base64');
			if (data.length === 0) return { status: 400, body: { returnCode: '1', description: 'fileInfo is not valid Base64.' } };
			if (data.length > 8 * 1024 * 1024) return { status: 400, body: { returnCode: '1', description: 'The file exceeds 8 MB.' } };
			if (!['zh_CN', 'en_US', 'pt_BR', 'th_TH'].includes(String(b.locale))) return { status: 400, body: { returnCode: '1', description: 'locale is invalid.' } };
			if (!['0', '1', '2', '3'].includes(String(b.voiceType))) return { status: 400, body: { returnCode: '1', description: 'voiceType is invalid.' } };
			if (!/^(wav|mp3)$/i.test(String(b.fileType))) return { status: 400, body: { returnCode: '1', description: 'fileType must be wav or mp3.' } };
			if (b.voiceFileName !== undefined && !/^[A-Za-z0-9\u4e00-\u9fa5]{1,50}$/.test(String(b.voiceFileName))) {
				return { status: 400, body: { returnCode: '1', description: 'voiceFileName may contain at most 50 letters, digits or Chinese characters.' } };
			}
			const fileId = newSerialNo();
			const name = String(b.voiceFileName ?? fileId);
			this.uploads.push({ fileId, kind: 'voiceFile', name, bytes: data.length, status: 'pending' });
			const url = (b.callbackUrl ?? b.callBackUrl) as string | undefined;
			if (url) this.review(url, fileId, `Y:/IVR/${this.core.credentials.vdnId}/voice/${b.voiceType}/${name}_${Date.now()}.${String(b.fileType).toLowerCase()}`, name);
			return { status: 200, body: { returnCode: '0', description: 'The file is uploaded successfully.', fileId } };
		});
		h.set('5.4.5', (ctx) => {
			const b = isObject(ctx.json) ? (isObject(ctx.json.requestBody) ? ctx.json.requestBody : ctx.json) : undefined;
			if (!b) return { status: 400, body: { returnCode: '1', description: 'The request body must be JSON.' } };
			if (!b.name || !/^[A-Za-z0-9\u4e00-\u9fa5]{1,50}$/.test(String(b.name))) return { status: 400, body: { returnCode: '1', description: 'Parameter name is mandatory (max 50 letters, digits or Chinese characters).' } };
			const vc = b.voicecontent;
			if (!isObject(vc) || !vc.textcontent || !vc.language) return { status: 400, body: { returnCode: '1', description: 'Parameter voicecontent.textcontent and voicecontent.language are mandatory.' } };
			if (Buffer.byteLength(String(vc.textcontent)) > 500) return { status: 400, body: { returnCode: '1', description: 'textcontent exceeds 500 bytes.' } };
			if (b.speed !== undefined && (Number(b.speed) < -200 || Number(b.speed) > 500)) return { status: 400, body: { returnCode: '1', description: 'speed must be from -200 to 500.' } };
			if (b.volume !== undefined && (Number(b.volume) < 0 || Number(b.volume) > 100)) return { status: 400, body: { returnCode: '1', description: 'volume must be from 0 to 100.' } };
			const templateId = newSerialNo();
			this.uploads.push({ fileId: templateId, kind: 'ttsTemplate', name: String(b.name), bytes: Buffer.byteLength(String(vc.textcontent)), status: 'pending' });
			const url = (b.callbackUrl ?? b.callBackUrl) as string | undefined;
			if (url) this.review(url, templateId, `Y:/IVR/${this.core.credentials.vdnId}/tts/${b.name}.txt`, String(b.name));
			return { status: 200, body: { returnCode: '0', description: 'The file is uploaded successfully.', templateId } };
		});
	}

	/** Review result (Table 5-120/5-124): names containing "reject" are rejected; retried until returnCode "0", 6 attempts in all. */
	private review(url: string, fileId: string, fileUrl: string, name: string): void {
		const rejected = /reject/i.test(name);
		const payload = JSON.stringify({ fileUrl, fileId, status: rejected ? '3' : '2', comment: rejected ? 'Rejected' : 'Approved' });
		const up = this.uploads.find((u) => u.fileId === fileId);
		const attempt = async (n: number): Promise<void> => {
			if (this.core.closed) return;
			const r = await this.core.postCallback('reviewResult', url, payload, { 'Content-Type': 'application/json;charset=UTF-8' }, n);
			if (r.acknowledged) {
				if (up) up.status = rejected ? 'rejected' : 'approved';
				return;
			}
			if (n < 6) this.core.setTimer(() => void attempt(n + 1), this.core.scaled(60 * 1000));
		};
		this.core.setTimer(() => void attempt(1), this.core.scaled(this.core.options.callbackDelayMs));
	}

	private zipEntries(g: GeneratedFile): { name: string; data: Buffer }[] {
		const stamp = formatDateTime(g.createdAt).replace(/[- :]/g, '') + '000' + String(Math.floor(Math.random() * 900) + 100);
		const b = g.msgBody;
		const callId = String(b.callId || `${Math.floor(g.createdAt / 1000)}-1`);
		const agentId = String(b.agentId || '101');
		if (g.kind === 'agentOpr') {
			return [
				{
					name: `${stamp}_agentOprInfo.csv`,
					data: Buffer.from(`agent_id,opr_type,begin_time,end_time\n${agentId},login,${String(b.beginTime)},${String(b.endTime)}\n`, 'utf8'),
				},
			];
		}
		const out: { name: string; data: Buffer }[] = [];
		if (g.dataType === 'call' || g.dataType === 'call_record') {
			out.push({
				name: `${stamp}_call.csv`,
				data: Buffer.from(`call_id,caller_no,callee_no,agent_id,begin_time,end_time\n${callId},${String(b.callerNo || '13800000000')},${String(b.calleeNo || '6000')},${agentId},${String(b.beginTime)},${String(b.endTime)}\n`, 'utf8'),
			});
		}
		if (g.dataType === 'record' || g.dataType === 'call_record') {
			out.push({
				name: `${stamp}_record.csv`,
				data: Buffer.from(`call_id,agent_id,file_name,original_file_name,begin_time,end_time\n${callId},${agentId},/1/${this.core.credentials.vdnId}/record/${agentId}/${callId}.wav,Y:/1/${this.core.credentials.vdnId}/${formatDay(g.createdAt)}/${agentId}/${callId}.V3,${String(b.beginTime)},${String(b.endTime)}\n`, 'utf8'),
			});
		}
		return out;
	}
}
