import { createCipheriv, createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';

/**
 * Tencent Cloud Contact Center "Mapping to User ID Protection": the built-in, stateless mapping
 * between real numbers and the IDs agents see.
 *
 * The ID is a deterministic authenticated encryption of the number (an SIV construction from
 * node:crypto primitives): tag = HMAC-SHA256(macKey, number) cut to 8 bytes, ciphertext =
 * AES-256-CTR(encKey, iv = tag) of the number packed two digits a byte, ID = visible prefix +
 * base64url(tag ‖ ciphertext). The same number always gives the same ID (PhoneToUID may be asked
 * for a number never seen, and needs no storage), only the key holder can turn an ID back into
 * the number (UIDToPhone), and a forged or altered ID fails the tag check. Both keys are derived
 * from the credential's mapping secret with HKDF, so every n8n process computes the same IDs.
 *
 * Numbers are kept in the form UIDToPhone must answer, [country code + number] with the
 * international prefix 00 (the document's 008613988888888): a national number gets the default
 * country code, "+" becomes "00".
 */

const TAG_BYTES = 8;
const SALT = Buffer.from('n8n-nodes-huawei-cec/tencent-ccc-number-mapping/v1');

export interface MappingKeys {
	encKey: Buffer;
	macKey: Buffer;
}

export function deriveMappingKeys(secret: string): MappingKeys {
	if (secret.length < 16) throw new Error('The mapping secret must have at least 16 characters');
	const okm = Buffer.from(hkdfSync('sha256', Buffer.from(secret, 'utf8'), SALT, Buffer.from('enc+mac'), 64));
	return { encKey: okm.subarray(0, 32), macKey: okm.subarray(32, 64) };
}

export interface MappingOptions {
	/** Country code without 00 or +, e.g. "86". */
	defaultCountryCode: string;
	/** How many leading digits of the national number stay visible in the ID (0-6). */
	visibleDigits: number;
}

const NUMBER = /^(?:\+|00)?[0-9]{3,24}$/;

/** [country code + number]: 00{cc}{number}. A national number's trunk 0 is dropped (0571... → 0086571...). */
export function internationalForm(number: string, defaultCountryCode: string): string {
	const trimmed = number.trim();
	if (!NUMBER.test(trimmed)) throw new Error(`"${number}" is not a phone number (3 to 24 digits, optionally after + or 00)`);
	if (trimmed.startsWith('+')) return `00${trimmed.slice(1)}`;
	if (trimmed.startsWith('00')) return trimmed;
	return `00${defaultCountryCode}${trimmed.replace(/^0/, '')}`;
}

/** The number without 00 and, when it is the default one, the country code: where the visible prefix is read. */
function nationalPart(international: string, defaultCountryCode: string): string {
	const digits = international.slice(2);
	return digits.startsWith(defaultCountryCode) ? digits.slice(defaultCountryCode.length) : digits;
}

/** Digits packed two a byte (nibble 15 pads an odd count): 008613988888888 → 8 bytes. */
function pack(digits: string): Buffer {
	const padded = digits.length % 2 ? `${digits}f` : digits;
	return Buffer.from(padded, 'hex');
}

function unpack(bytes: Buffer): string | undefined {
	const hex = bytes.toString('hex');
	const digits = hex.endsWith('f') ? hex.slice(0, -1) : hex;
	return /^[0-9]+$/.test(digits) ? digits : undefined;
}

function ctr(keys: MappingKeys, tag: Buffer, data: Buffer): Buffer {
	const iv = Buffer.concat([tag, Buffer.alloc(16 - TAG_BYTES)]);
	const cipher = createCipheriv('aes-256-ctr', keys.encKey, iv);
	return Buffer.concat([cipher.update(data), cipher.final()]);
}

function tagOf(keys: MappingKeys, plain: Buffer): Buffer {
	return createHmac('sha256', keys.macKey).update(plain).digest().subarray(0, TAG_BYTES);
}

/** PhoneToUID for one number. */
export function numberToId(number: string, keys: MappingKeys, options: MappingOptions): string {
	const international = internationalForm(number, options.defaultCountryCode);
	const plain = pack(international.slice(2));
	const tag = tagOf(keys, plain);
	const prefix = nationalPart(international, options.defaultCountryCode).slice(0, options.visibleDigits);
	return `${prefix}${Buffer.concat([tag, ctr(keys, tag, plain)]).toString('base64url')}`;
}

/** UIDToPhone for one ID: the [country code + number] form, or undefined when the ID was not made with this key and prefix setting. */
export function idToNumber(id: string, keys: MappingKeys, options: MappingOptions): string | undefined {
	const trimmed = id.trim();
	const prefix = trimmed.slice(0, options.visibleDigits);
	const body = trimmed.slice(options.visibleDigits);
	if (!/^[0-9]*$/.test(prefix) || !/^[A-Za-z0-9_-]+$/.test(body)) return undefined;
	const raw = Buffer.from(body, 'base64url');
	if (raw.length <= TAG_BYTES || raw.toString('base64url') !== body) return undefined;
	const tag = raw.subarray(0, TAG_BYTES);
	const plain = ctr(keys, tag, raw.subarray(TAG_BYTES));
	if (!timingSafeEqual(tagOf(keys, plain), tag)) return undefined;
	const digits = unpack(plain);
	if (!digits) return undefined;
	const international = `00${digits}`;
	return nationalPart(international, options.defaultCountryCode).slice(0, options.visibleDigits) === prefix ? international : undefined;
}
