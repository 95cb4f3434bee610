import { UdeskCallCenterApi } from '../../credentials/UdeskCallCenterApi.credentials';
import { applyUdeskSignature, udeskAuthQuery, udeskSign } from '../../nodes/shared/auth/udeskSignature';

/** Udesk ccapi v2 "Authentication Method": Sign = SHA1(Sid + AuthToken + Timestamp), in the query string. */
describe('Udesk ccapi v2 signature', () => {
	const credentials = { baseUrl: 'https://demo.udesk.cn', sid: 'AC123', authToken: 'tok-456', appId: '3c31d817-4d37-46d8-6c09-1be54dda3c03' };

	it('is SHA1 over Sid, AuthToken and Timestamp, in lower-case hex (known answer computed outside this code)', () => {
		expect(udeskSign('AC123', 'tok-456', '1700000000000')).toBe('e6b151bdb542f383a3a3248d7ecf0092e665ed87');
	});

	it('signs with the current time in UTC milliseconds and carries AppId, Timestamp, Sid and Sign, never the AuthToken', () => {
		const before = Date.now();
		const query = udeskAuthQuery(credentials);
		expect(Object.keys(query)).toEqual(['AppId', 'Timestamp', 'Sid', 'Sign']);
		expect(Number(query.Timestamp)).toBeGreaterThanOrEqual(before);
		expect(Number(query.Timestamp)).toBeLessThanOrEqual(Date.now());
		expect(query).toMatchObject({ AppId: credentials.appId, Sid: 'AC123', Sign: udeskSign('AC123', 'tok-456', query.Timestamp) });
		expect(JSON.stringify(query)).not.toContain('tok-456');
	});

	it("the credential's authenticate (used by n8n's HTTP Request node too) adds the query parameters and keeps the request's own", async () => {
		const signed = await new UdeskCallCenterApi().authenticate(credentials, { url: 'https://demo.udesk.cn/ccapi/v2/agents', method: 'GET', qs: { Role: 'agent' } });
		expect(signed.url).toBe('https://demo.udesk.cn/ccapi/v2/agents');
		expect(signed.qs).toEqual({ Role: 'agent', AppId: credentials.appId, Timestamp: expect.stringMatching(/^\d{13}$/), Sid: 'AC123', Sign: expect.stringMatching(/^[0-9a-f]{40}$/) });
		expect(JSON.stringify(signed)).not.toContain('tok-456');
		const fixed = applyUdeskSignature(credentials, { url: '/x' }, 1700000000000);
		expect(fixed.qs).toMatchObject({ Timestamp: '1700000000000', Sign: 'e6b151bdb542f383a3a3248d7ecf0092e665ed87' });
	});
});
