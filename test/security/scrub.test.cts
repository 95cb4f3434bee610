import type { ICredentialType } from 'n8n-workflow';
import { HuaweiCecAgentGatewayApi } from '../../credentials/HuaweiCecAgentGatewayApi.credentials';
import { HuaweiCecAkSkApi } from '../../credentials/HuaweiCecAkSkApi.credentials';
import { HuaweiCecApiFabricApi } from '../../credentials/HuaweiCecApiFabricApi.credentials';
import { HuaweiCecCallbackApi } from '../../credentials/HuaweiCecCallbackApi.credentials';
import { HuaweiCecGatewayConfigApi } from '../../credentials/HuaweiCecGatewayConfigApi.credentials';
import { HuaweiCecItaApi } from '../../credentials/HuaweiCecItaApi.credentials';
import { HuaweiCecOiapApi } from '../../credentials/HuaweiCecOiapApi.credentials';
import { HuaweiCecSiaApi } from '../../credentials/HuaweiCecSiaApi.credentials';
import { REDACTED, Scrubber, SECRET_CREDENTIAL_FIELDS } from '../../nodes/shared/transport/scrub';

/** The one scrubber every server message passes through before it is shown, saved or logged. */

const CREDENTIALS: ICredentialType[] = [
	new HuaweiCecApiFabricApi(),
	new HuaweiCecAkSkApi(),
	new HuaweiCecOiapApi(),
	new HuaweiCecAgentGatewayApi(),
	new HuaweiCecGatewayConfigApi(),
	new HuaweiCecSiaApi(),
	new HuaweiCecCallbackApi(),
	new HuaweiCecItaApi(),
];

it('knows every secret field of every credential of the pack', () => {
	const secretFields = CREDENTIALS.flatMap((c) => c.properties.filter((p) => p.typeOptions?.password === true).map((p) => `${c.name}.${p.name}`));
	expect(secretFields.length).toBeGreaterThanOrEqual(8);
	for (const field of secretFields) expect(SECRET_CREDENTIAL_FIELDS).toContain(field.split('.')[1]);
});

it('removes the credential secrets in every form an echo carries them', () => {
	const secret = 'p@ss "word"/ü';
	const scrubber = Scrubber.forCredentials({ password: secret, appKey: 'public-key' });
	const echoed = `raw ${secret} json ${JSON.stringify({ password: secret })} uri ${encodeURIComponent(secret)}`;
	const text = scrubber.text(echoed);
	expect(text).toBe(`raw ${REDACTED} json {"password":"${REDACTED}"} uri ${REDACTED}`);
	// Identifiers are not secrets and stay readable.
	expect(scrubber.text('key public-key')).toBe('key public-key');
});

it('removes live tokens, session headers and signatures of the request', () => {
	const scrubber = Scrubber.forCredentials({}).with(['tok-123456'], { Guid: 'guid-abcdef', 'X-Access-Token': 'sia-999999', 'Content-Type': 'application/json' });
	expect(scrubber.text('token tok-123456, guid guid-abcdef, sia sia-999999, type application/json')).toBe(`token ${REDACTED}, guid ${REDACTED}, sia ${REDACTED}, type application/json`);
	expect(scrubber.text('{"authorization":"auth-v2/AK/2026-01-01T00:00:00.000Z/content-length;content-type;host/0123abcd"}')).toBe(`{"authorization":"auth-v2/${REDACTED}"}`);
	expect(scrubber.text('SDK-HMAC-SHA256 Access=ak, SignedHeaders=host, Signature=deadbeef01')).toBe(`SDK-HMAC-SHA256 Access=${REDACTED}, SignedHeaders=host, Signature=${REDACTED}`);
	expect(scrubber.text('Authorization: Bearer eyJhbGciOi.x.y')).toBe(`Authorization: Bearer ${REDACTED}`);
});

it('leaves values too short to be secrets, so codes stay readable', () => {
	expect(Scrubber.forCredentials({ password: '10' }).text('retcode 100-006')).toBe('retcode 100-006');
});

it('scrubs every string inside error details', () => {
	const scrubber = Scrubber.forCredentials({ appSecret: 'SECRET-1' });
	expect(scrubber.deep({ code: 'SECRET-1', nested: ['x SECRET-1'], n: 1, none: null })).toEqual({ code: REDACTED, nested: [`x ${REDACTED}`], n: 1, none: null });
});
