/**
 * Self-signed X.509 v3 certificate built by hand (minimal DER encoder + node:crypto), so HTTPS
 * works offline without the openssl CLI or any npm package. Key: ECDSA P-256, signature
 * ecdsa-with-SHA256, SAN = localhost, 127.0.0.1, ::1.
 */
import { createPrivateKey, generateKeyPairSync, randomBytes, sign } from 'node:crypto';

function len(n: number): Buffer {
	if (n < 0x80) return Buffer.from([n]);
	const bytes: number[] = [];
	while (n > 0) {
		bytes.unshift(n & 0xff);
		n = Math.floor(n / 256);
	}
	return Buffer.from([0x80 | bytes.length, ...bytes]);
}

function tlv(tag: number, content: Buffer): Buffer {
	return Buffer.concat([Buffer.from([tag]), len(content.length), content]);
}

const seq = (...items: Buffer[]): Buffer => tlv(0x30, Buffer.concat(items));
const set = (...items: Buffer[]): Buffer => tlv(0x31, Buffer.concat(items));
const octet = (b: Buffer): Buffer => tlv(0x04, b);
const utf8 = (s: string): Buffer => tlv(0x0c, Buffer.from(s, 'utf8'));
const bitString = (b: Buffer): Buffer => tlv(0x03, Buffer.concat([Buffer.from([0]), b]));
const explicit = (n: number, inner: Buffer): Buffer => tlv(0xa0 + n, inner);

function integer(b: Buffer): Buffer {
	let i = 0;
	while (i < b.length - 1 && b[i] === 0) i++;
	let v = b.subarray(i);
	if (v[0] & 0x80) v = Buffer.concat([Buffer.from([0]), v]);
	return tlv(0x02, v);
}

function oid(dotted: string): Buffer {
	const parts = dotted.split('.').map(Number);
	const bytes: number[] = [parts[0] * 40 + parts[1]];
	for (const p of parts.slice(2)) {
		const stack: number[] = [p & 0x7f];
		let v = Math.floor(p / 128);
		while (v > 0) {
			stack.unshift((v & 0x7f) | 0x80);
			v = Math.floor(v / 128);
		}
		bytes.push(...stack);
	}
	return tlv(0x06, Buffer.from(bytes));
}

function time(d: Date): Buffer {
	const p = (n: number) => String(n).padStart(2, '0');
	const y = d.getUTCFullYear();
	const body = `${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}Z`;
	// UTCTime until 2049, GeneralizedTime after (RFC 5280 4.1.2.5).
	return y < 2050 ? tlv(0x17, Buffer.from(String(y).slice(2) + body)) : tlv(0x18, Buffer.from(String(y) + body));
}

function name(cn: string): Buffer {
	return seq(set(seq(oid('2.5.4.3'), utf8(cn))), set(seq(oid('2.5.4.10'), utf8('n8n-nodes-huawei-cec simulator'))));
}

export interface SelfSigned {
	key: string;
	cert: string;
}

export function generateSelfSignedCert(commonName = 'localhost', hosts: string[] = ['localhost', '127.0.0.1', '::1']): SelfSigned {
	const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
	const spki = publicKey.export({ type: 'spki', format: 'der' });
	const sigAlg = seq(oid('1.2.840.10045.4.3.2'));
	const now = Date.now();
	const serial = randomBytes(16);
	serial[0] &= 0x7f;

	const sanEntries = hosts.map((h) => {
		const ip = ipBytes(h);
		return ip ? tlv(0x87, ip) : tlv(0x82, Buffer.from(h, 'ascii'));
	});
	const extensions = explicit(
		3,
		seq(
			seq(oid('2.5.29.17'), octet(seq(...sanEntries))),
			// basicConstraints CA:FALSE (critical) and keyUsage digitalSignature
			seq(oid('2.5.29.19'), tlv(0x01, Buffer.from([0xff])), octet(seq())),
			seq(oid('2.5.29.15'), tlv(0x01, Buffer.from([0xff])), octet(tlv(0x03, Buffer.from([0x07, 0x80])))),
			// extKeyUsage serverAuth
			seq(oid('2.5.29.37'), octet(seq(oid('1.3.6.1.5.5.7.3.1')))),
		),
	);
	const tbs = seq(
		explicit(0, integer(Buffer.from([2]))),
		integer(serial),
		sigAlg,
		name(commonName),
		seq(time(new Date(now - 60 * 60 * 1000)), time(new Date(now + 365 * 24 * 60 * 60 * 1000))),
		name(commonName),
		spki,
		extensions,
	);
	const signature = sign('sha256', tbs, privateKey); // DER-encoded ECDSA-Sig-Value
	const certDer = seq(tbs, sigAlg, bitString(signature));
	const cert = `-----BEGIN CERTIFICATE-----\n${certDer.toString('base64').replace(/(.{64})/g, '$1\n').replace(/\n$/, '')}\n-----END CERTIFICATE-----\n`;
	const key = createPrivateKey(privateKey.export({ type: 'pkcs8', format: 'pem' })).export({ type: 'pkcs8', format: 'pem' }).toString();
	return { key, cert };
}

function ipBytes(h: string): Buffer | undefined {
	if (/^\d+\.\d+\.\d+\.\d+$/.test(h)) return Buffer.from(h.split('.').map(Number));
	if (h === '::1') {
		const b = Buffer.alloc(16);
		b[15] = 1;
		return b;
	}
	return undefined;
}
