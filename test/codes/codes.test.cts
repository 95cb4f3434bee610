/**
 * The code tables must say what the CEC 2.5 reference says. Where the reference text is available
 * the tests re-read it: every code and meaning must appear in the section the table cites, and
 * each table's size must match an independent count of the reference's rows.
 */
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';

import {
	AGENT_EVENT_TYPES,
	AGENT_EVENTS,
	AGENT_STATUS_CODES,
	BIDIRECTIONAL_CALL_END_REASONS,
	BIDIRECTIONAL_CALL_END_REASONS_CDR,
	BIDIRECTIONAL_CALL_STATES,
	BIDIRECTIONAL_RELEASE_REASONS,
	BIDIRECTIONAL_RETURN_CODES,
	CALL_CAUSE_CODES,
	CALL_DEVICE_REASON_CODES,
	CALL_LEAVE_REASONS,
	CALL_TYPES,
	CCFS_ERROR_CODES,
	CCFS_ERROR_HANDLING,
	CCFS_HTTP_STATUS_CODES,
	CCSQM_SUCCESS_CODES,
	CMS_ERROR_CODES,
	CMS_INSPECTION_ERROR_CODES,
	type CodeMap,
	CONFIG_RESULT_CODES,
	CTI_AGENT_STATUS_CODES,
	CTI_CONFIG_ERROR_CODES,
	CTI_PLATFORM_AGENT_STATES,
	DESCRIBE_CODE_FAMILIES,
	DEVICE_TYPES,
	describeCode,
	GATEWAY_AGENT_STATES,
	GATEWAY_CTI_CAUSE_CODES,
	GATEWAY_CTI_ERROR_CODES,
	GATEWAY_ERROR_CODES,
	IKBS_RESULT_CODES,
	ISALES_CALL_RESULT_CATEGORIES,
	ISALES_CALL_RESULT_CODES,
	ISALES_CALL_RESULT_OTHERS,
	ISALES_CALL_STATUS,
	ISALES_ERROR_CODE_VARIANTS,
	ISALES_ERROR_CODES,
	ISALES_ERROR_TABLES,
	ISALES_SUCCESS_CODES,
	ITA_REASON_CODES,
	ITA_RETURN_CODES,
	ITA_RETURN_MESSAGES,
	OIAP_ERROR_CODES,
	OIAP_OUTBOUND_FAILURE_CAUSES,
	TRANSFER_MODES,
	UAP_ERROR_CODES,
	USER_DEVICE_CALL_TYPES,
	USER_DEVICE_TYPES,
	VOICE_NOTIFICATION_QUERY_RETURN_CODES,
	VOICE_NOTIFICATION_RELEASE_REASONS,
	VOICE_NOTIFICATION_RETURN_CODES,
	VOICE_NOTIFICATION_V1_RETURN_CODES,
	VOICE_RECOGNITION_GATEWAY_ERROR_CODES,
	VOICE_RECOGNITION_SUBSCRIPTION_ERROR_CODES,
	WEBCHAT_RESULT_CODES,
} from '../../nodes/shared/codes';

const SEED_NAME = '001_4b2350f08b5bb74d.txt';
const seedPath = [
	process.env.CEC_REFERENCE_TXT,
	join(__dirname, '../../reference/sources', SEED_NAME),
].find((p): p is string => !!p && existsSync(p));

/** The same cleaning the tables went through: HTML and markdown stripped, whitespace collapsed. */
function clean(s: string): string {
	return s
		.replace(/<br\s*\/?>/gi, ' ')
		.replace(/<\/?(p|li|ul|ol)\b[^>]*>/gi, ' ')
		.replace(/<[^>]+>/g, '')
		.replace(/&gt;/g, '>')
		.replace(/&lt;/g, '<')
		.replace(/&amp;/g, '&')
		.replace(/\*\*/g, '')
		.replace(/\\([_$\\*[\]()#{}.!-])/g, '$1')
		.replace(/[\u25cf\u2022]/g, ' ')
		.replace(/\s+/g, ' ')
		.replace(/\s+([.,;:)])(?=\s|$)/g, '$1');
}

/** Codes the PDF broke over two lines ("020000<br>1") joined back. */
const joinCodes = (s: string): string => clean(s.replace(/(\d)<br\s*\/?>\s*(\d)/gi, '$1$2'));

const lines = seedPath ? readFileSync(seedPath, 'utf8').split('\n') : [];

// The first ~1000 lines are the table of contents, which repeats every heading.
const BODY_START = 1000;
const HEADING = /^(?:#+\s*)?(\d+(?:\.\d+)*) +\S/;

function sectionLines(num: string): string[] {
	const isHeading = (l: string) => !l.includes('\t') && HEADING.exec(l);
	let start = -1;
	for (let i = BODY_START; i < lines.length; i++) {
		const m = isHeading(lines[i]);
		if (m && m[1] === num) {
			start = i;
			break;
		}
	}
	if (start < 0) throw new Error(`section ${num} not found in the reference`);
	let end = lines.length;
	for (let i = start + 1; i < lines.length; i++) {
		const m = isHeading(lines[i]);
		// chapter-level headings print without "#" and without a dot, like stray numbers do; a
		// section always ends at a dotted or "#" heading first anyway
		if (!m || !(m[1].includes('.') || lines[i].startsWith('#'))) continue;
		if (m[1] !== num && !m[1].startsWith(`${num}.`)) {
			end = i;
			break;
		}
	}
	return lines.slice(start, end);
}

const textCache = new Map<string, { plain: string; codes: string }>();
function sectionText(num: string): { plain: string; codes: string } {
	let t = textCache.get(num);
	if (!t) {
		const raw = sectionLines(num).join('\n');
		t = { plain: clean(raw), codes: joinCodes(raw) };
		textCache.set(num, t);
	}
	return t;
}

/** Lines of a section between a table caption and the next caption (or the section end). */
function tableLines(num: string, table: string): string[] {
	const sec = sectionLines(num);
	const caption = (l: string) => /^\s*(\*\*)?Table \d+-\d+/.test(l);
	const at = sec.findIndex((l) => new RegExp(`^\\s*(\\*\\*)?Table ${table}(\\*\\*)?\\s`).test(l));
	if (at < 0) throw new Error(`Table ${table} not found in ${num}`);
	const next = sec.findIndex((l, i) => i > at && caption(l));
	return sec.slice(at + 1, next < 0 ? undefined : next);
}

const countMatching = (ls: string[], re: RegExp) => ls.filter((l) => re.test(l)).length;

const describeDoc = seedPath ? describe : describe.skip;

function expectInSection(num: string, map: CodeMap, skip: readonly string[] = []) {
	const { plain, codes } = sectionText(num);
	for (const [code, meaning] of Object.entries(map)) {
		if (skip.includes(code)) continue;
		expect({ num, code, present: codes.includes(code) }).toEqual({ num, code, present: true });
		expect({ num, code, meaning, present: plain.includes(meaning) }).toEqual({ num, code, meaning, present: true });
	}
}

describeDoc('code tables match the reference text', () => {
	test.each([
		// [section, code, a key word of its meaning, table]
		['6.5.2', '000-003', 'permission', GATEWAY_ERROR_CODES],
		['6.5.2', '100-006', 'does not sign in', GATEWAY_ERROR_CODES],
		['6.5.2', '21222', 'less than 4 minutes', GATEWAY_CTI_ERROR_CODES],
		['6.5.2', '1165', 'powered off', GATEWAY_CTI_CAUSE_CODES],
		['6.5.3', '4', 'Idle', GATEWAY_AGENT_STATES],
		['6.5.4', '43', 'Predicted', CALL_TYPES],
		['7.1.1', '0200001', 'Parameter error', ISALES_ERROR_CODES],
		['7.1.1', '02000001', 'Empty parameter', ISALES_ERROR_CODES],
		['7.6.1', '00531', 'hangs up', ISALES_CALL_RESULT_CODES],
		['14.4.2', '4', 'rejects', VOICE_NOTIFICATION_RELEASE_REASONS],
		['14.3', '16', 'trustlist', VOICE_NOTIFICATION_RETURN_CODES],
		['6.2.14.3', '1', 'calling party hangs up', BIDIRECTIONAL_RELEASE_REASONS],
		['6.2.4', '2', 'talking', BIDIRECTIONAL_CALL_STATES],
		['10.1', '900001', 'token', OIAP_ERROR_CODES],
		['10.1', '10000001', 'Internal error', OIAP_ERROR_CODES],
		['13.2.3.1', '0300011', 'does not exist', CCFS_ERROR_CODES],
		['12.3.8.2', '0100002', 'invalid', CMS_ERROR_CODES],
	] as const)('%s: %s means "...%s..."', (section, code, word, map) => {
		const { plain, codes } = sectionText(section);
		expect(map[code]).toContain(word);
		expect(codes).toContain(code);
		expect(plain).toContain(map[code]);
	});

	test('6.5.1 events: every identifier, in document order, with its Function text', () => {
		const sec = sectionLines('6.5.1');
		const identifiers: string[] = [];
		sec.forEach((l, i) => {
			if (/^- Identifier:?\s*$/.test(l.trim())) {
				const next = sec.slice(i + 1).find((x) => x.trim() !== '');
				identifiers.push(clean(next ?? ''));
			}
		});
		expect(identifiers).toHaveLength(77);
		expect([...AGENT_EVENT_TYPES]).toEqual(identifiers);
		const { plain } = sectionText('6.5.1');
		for (const [name, info] of Object.entries(AGENT_EVENTS)) {
			expect({ name, ok: plain.includes(info.meaning) && plain.includes(info.title) }).toEqual({ name, ok: true });
			expect(info.section.startsWith('6.5.1')).toBe(true);
		}
		expect(AGENT_EVENTS.AgentState_Ready.meaning).toBe('This event indicates that an agent becomes idle.');
	});

	test.each([
		// [name, section, table caption, row pattern, map, rows the map holds]
		['GATEWAY_ERROR_CODES', '6.5.2', '6-449', /^\|\s*\d{3}-\d{3}\s*\|/, GATEWAY_ERROR_CODES, 174],
		['GATEWAY_CTI_ERROR_CODES', '6.5.2', '6-450', /^\|\s*\d+\s*\|/, GATEWAY_CTI_ERROR_CODES, 51],
		['GATEWAY_CTI_CAUSE_CODES', '6.5.2', '6-451', /^\|\s*\d+\s*\|/, GATEWAY_CTI_CAUSE_CODES, 115],
		['GATEWAY_AGENT_STATES', '6.5.3', '6-452', /^\|\s*\d+\s*\|/, GATEWAY_AGENT_STATES, 10],
		['CTI_PLATFORM_AGENT_STATES', '6.5.3', '6-453', /^\|\s*\d+\s*\|/, CTI_PLATFORM_AGENT_STATES, 10],
		['AGENT_STATUS_CODES', '6.5.3', '6-454', /^\|\s*\d+\s*\|/, AGENT_STATUS_CODES, 18],
		['CALL_TYPES', '6.5.4', '6-455', /^\|\s*\d+\s*\|/, CALL_TYPES, 11],
		['DEVICE_TYPES', '6.5.5', '6-456', /^\|\s*\d+\s*\|/, DEVICE_TYPES, 3],
		['USER_DEVICE_TYPES', '6.5.5', '6-457', /^\|\s*\d+\s*\|/, USER_DEVICE_TYPES, 8],
		['USER_DEVICE_CALL_TYPES', '6.5.5', '6-458', /^\|\s*\d+\s*\|/, USER_DEVICE_CALL_TYPES, 3],
		['TRANSFER_MODES', '6.5.5', '6-459', /^\|\s*(?!Name\s)[A-Z][\w-]+( [\w-]+)*\s*\|\s*[A-Z]/, TRANSFER_MODES, 5],
		['CALL_DEVICE_REASON_CODES', '6.1.3', '6-204', /^\|\s*\d+\s*\|/, CALL_DEVICE_REASON_CODES, 54],
		['ITA_RETURN_CODES', '6.2.1', '6-358', /^\|\s*\d{8}\s*\|/, ITA_RETURN_CODES, 21],
		['ITA_REASON_CODES', '6.2.4', '6-371', /^\|\s*\d+\s*\|/, ITA_REASON_CODES, 70],
		['VOICE_NOTIFICATION_RETURN_CODES', '14.3', '14-10', /^[\d. ]+\t\d+\t/, VOICE_NOTIFICATION_RETURN_CODES, 35],
		['UAP_ERROR_CODES', '6.3.7.6', '6-436', /^\|\s*500-\d{3}\s*\|/, UAP_ERROR_CODES, 8],
		['OIAP_ERROR_CODES', '10.1', '10-1', /^\|\s*\d+\s*\|/, OIAP_ERROR_CODES, 22],
		['OIAP_OUTBOUND_FAILURE_CAUSES', '10.16', '10-99', /^\|\s*-?\d+\s*\|/, OIAP_OUTBOUND_FAILURE_CAUSES, 19],
		['CMS_INSPECTION_ERROR_CODES', '12.3.4.10', '12-631', /^\|\s*\d[\d-]*\s*\|/, CMS_INSPECTION_ERROR_CODES, 6],
		['CALL_LEAVE_REASONS', '12.3.8.9', '12-700', /^\|\s*\d+\s*\|/, CALL_LEAVE_REASONS, 53],
		['CCFS_HTTP_STATUS_CODES', '13.2.3.2', '13-126', /^\d{3}\t/, CCFS_HTTP_STATUS_CODES, 3],
	] as const)('%s holds the %s rows of Table %s', (_name, section, table, row, map, rows) => {
		expect(countMatching(tableLines(section, table), row)).toBe(rows);
		expect(Object.keys(map)).toHaveLength(rows);
		expectInSection(section, map);
	});

	test.each([
		// tables without a caption number, counted over their whole section:
		// [name, section, row pattern, map, rows in the reference, codes in the map]
		['CMS_ERROR_CODES', '12.3.8.2', /^\|\s*\d{7}\s*\|/, CMS_ERROR_CODES, 8, 8],
		['CTI_AGENT_STATUS_CODES', '12.3.8.3', /^\|\s*\d+\s*\|/, CTI_AGENT_STATUS_CODES, 11, 11],
		// the "613~619" row stands for seven codes
		['CALL_CAUSE_CODES', '12.3.8.10', /^\|\s*\d+(~\d+)?\s*\|/, CALL_CAUSE_CODES, 106, 112],
		['CALL_CAUSE_CODES (CDR copy)', '13.2.3.3', /^\d+(~\d+)?\t/, CALL_CAUSE_CODES, 106, 112],
		['CALL_LEAVE_REASONS (CDR copy)', '13.2.3.7', /^\d+\t/, CALL_LEAVE_REASONS, 53, 53],
		['CCFS_ERROR_CODES', '13.2.3.1', /^200\t\d+\t/, CCFS_ERROR_CODES, 50, 50],
		['VOICE_RECOGNITION_SUBSCRIPTION_ERROR_CODES', '6.3.7.2', /^\|\s*\d[\d-]*\s*\|/, VOICE_RECOGNITION_SUBSCRIPTION_ERROR_CODES, 24, 24],
	] as const)('%s holds the %s rows of section %s', (_name, section, row, map, rows, codes) => {
		expect(countMatching(sectionLines(section), row)).toBe(rows);
		expect(Object.keys(map)).toHaveLength(codes);
		expectInSection(section, map, ['614', '615', '616', '617', '618']);
		if (map === CALL_CAUSE_CODES) expect(map['616']).toBe(map['613']);
	});

	test('CCFS handling methods are the 13.2.3.1 column', () => {
		expect(Object.keys(CCFS_ERROR_HANDLING)).toEqual(Object.keys(CCFS_ERROR_CODES));
		expectInSection('13.2.3.1', CCFS_ERROR_HANDLING);
	});

	test('6.3.7.1: 81 rows, the 107-107..107-109 range row expanded to three codes', () => {
		const rows = countMatching(sectionLines('6.3.7.1'), /^\|\s*\d[\d-]*(\s*–<br>[\d-]+)?\s*\|/);
		expect(rows).toBe(81);
		expect(Object.keys(VOICE_RECOGNITION_GATEWAY_ERROR_CODES)).toHaveLength(83);
		expectInSection('6.3.7.1', VOICE_RECOGNITION_GATEWAY_ERROR_CODES, ['107-108']);
		expect(VOICE_RECOGNITION_GATEWAY_ERROR_CODES['107-108']).toBe(VOICE_RECOGNITION_GATEWAY_ERROR_CODES['107-107']);
	});

	test('6.3.7.3-6.3.7.5: the CTI configuration tables, one code per row', () => {
		const rows = ['6.3.7.3', '6.3.7.4', '6.3.7.5']
			.map((s) => countMatching(sectionLines(s), /^\|\s*12\d{4}\s*\|/))
			.reduce((a, b) => a + b, 0);
		expect(rows).toBe(126);
		expect(Object.keys(CTI_CONFIG_ERROR_CODES)).toHaveLength(126);
		for (const [code, meaning] of Object.entries(CTI_CONFIG_ERROR_CODES)) {
			const found = ['6.3.7.3', '6.3.7.4', '6.3.7.5'].some(
				(s) => sectionText(s).codes.includes(code) && sectionText(s).plain.includes(meaning),
			);
			expect({ code, found }).toEqual({ code, found: true });
		}
	});

	test('chapter 7: every per-interface error table, row for row', () => {
		let total = 0;
		for (const [section, { table, codes }] of Object.entries(ISALES_ERROR_TABLES)) {
			const rowsInDoc = countMatching(tableLines(section, table), /^\|\s*\d+\s*\|\s*[\d<>br-]+\s*\|/);
			expect({ section, rows: codes.length }).toEqual({ section, rows: rowsInDoc });
			const { codes: text } = sectionText(section);
			for (const code of codes) expect({ section, code, ok: text.includes(code) }).toEqual({ section, code, ok: true });
			total += codes.length;
		}
		expect(Object.keys(ISALES_ERROR_TABLES)).toHaveLength(52);
		expect(total).toBe(720);
		const distinct = new Set(Object.values(ISALES_ERROR_TABLES).flatMap((t) => t.codes));
		expect(new Set(Object.keys(ISALES_ERROR_CODES))).toEqual(distinct);
		expect(distinct.size).toBe(39);
		// the union's wording and every variant appear in the sections said to print them
		for (const [code, meaning] of Object.entries(ISALES_ERROR_CODES)) {
			const sections = Object.entries(ISALES_ERROR_TABLES)
				.filter(([, t]) => t.codes.includes(code))
				.map(([s]) => s);
			expect({ code, ok: sections.some((s) => sectionText(s).plain.includes(meaning)) }).toEqual({ code, ok: true });
		}
		for (const [code, variants] of Object.entries(ISALES_ERROR_CODE_VARIANTS)) {
			expect(variants.map((v) => v.meaning)).toContain(ISALES_ERROR_CODES[code]);
			for (const v of variants) {
				for (const s of v.sections) {
					expect({ code, s, ok: sectionText(s).plain.includes(v.meaning) }).toEqual({ code, s, ok: true });
				}
			}
		}
	});

	test('7.6.1 Table 7-295: 27 rows, 34606 twice, one "Others" row', () => {
		const rows = tableLines('7.6.1', '7-295').filter((l) => /^\|.*\|\s*(\d{5}|Others)\s*\||^\|\s*\d{5}\s*\|/.test(l));
		expect(rows).toHaveLength(27);
		expect(Object.keys(ISALES_CALL_RESULT_CODES)).toHaveLength(25);
		expect(Object.keys(ISALES_CALL_RESULT_CATEGORIES)).toEqual(Object.keys(ISALES_CALL_RESULT_CODES));
		expectInSection('7.6.1', ISALES_CALL_RESULT_CODES);
		expectInSection('7.6.1', ISALES_CALL_RESULT_CATEGORIES);
		expect(ISALES_CALL_RESULT_CODES['00605']).toBe(ISALES_CALL_RESULT_CODES['00602']);
		expect(ISALES_CALL_RESULT_OTHERS.category).toBe('System error');
	});

	test('inline option lists are quoted from their interfaces', () => {
		expectInSection('14.4.2', VOICE_NOTIFICATION_RELEASE_REASONS);
		expectInSection('14.2', VOICE_NOTIFICATION_V1_RETURN_CODES);
		expectInSection('14.1', VOICE_NOTIFICATION_QUERY_RETURN_CODES);
		expectInSection('6.2.14.3', BIDIRECTIONAL_RELEASE_REASONS);
		expectInSection('6.2.4', BIDIRECTIONAL_CALL_STATES);
		expectInSection('6.2.3', BIDIRECTIONAL_CALL_STATES);
		expectInSection('6.2.4', BIDIRECTIONAL_CALL_END_REASONS);
		expectInSection('6.2.3', BIDIRECTIONAL_CALL_END_REASONS_CDR);
		expectInSection('6.2.1', ITA_RETURN_MESSAGES);
		for (const [section, map] of Object.entries(BIDIRECTIONAL_RETURN_CODES)) expectInSection(section, map);
		for (const [section, map] of Object.entries(WEBCHAT_RESULT_CODES)) {
			// 11.17 is reworded from a sentence, checked below
			if (section !== '11.17') expectInSection(section, map);
		}
		expect(sectionText('11.17').plain).toContain('The value 3 indicates that the email ID does not exist.');
		expect(Object.keys(VOICE_NOTIFICATION_RELEASE_REASONS)).toEqual(['0', '1', '4', '6', '8', '9', '10', '999']);
	});
	test('maps built from a sentence rather than a table quote that sentence', () => {
		expect(sectionText('5.1.1').plain).toContain('The options are 0 (success) and 1 (failure).');
		expect(CONFIG_RESULT_CODES).toEqual({ '0': 'success', '1': 'failure' });
		for (const s of ['9.2.1', '9.2.2', '9.2.3', '9.2.4']) expect(sectionText(s).plain).toContain('0: success 1: failure');
		expect(IKBS_RESULT_CODES).toEqual({ '0': 'success', '1': 'failure' });
		expect(sectionText('7.9.1').plain).toContain('The value 0200000 indicates success');
		expect(Object.keys(ISALES_SUCCESS_CODES)).toEqual(['0200000']);
		expect(sectionText('7.6.1').plain).toContain(
			'The value 5 indicates that the call fails, and the value 6 indicates that the call is successful.',
		);
		expect(ISALES_CALL_STATUS).toEqual({ '5': 'the call fails', '6': 'the call is successful' });
		const ccsqm = sectionText('12.2').plain;
		for (const code of Object.keys(CCSQM_SUCCESS_CODES)) expect({ code, ok: new RegExp(`${code}:? success`).test(ccsqm) }).toEqual({ code, ok: true });
		// every success code the 12.2 response tables print is listed
		const printed = new Set(Array.from(ccsqm.matchAll(/\b(04\d{2}000):? success/g), (m) => m[1]));
		expect(new Set(Object.keys(CCSQM_SUCCESS_CODES))).toEqual(printed);
	});
});

describe('AGENT_EVENT_TYPES', () => {
	test('lists every event once, in document order', () => {
		expect(AGENT_EVENT_TYPES).toHaveLength(77);
		expect(new Set(AGENT_EVENT_TYPES).size).toBe(77);
		expect(AGENT_EVENT_TYPES[0]).toBe('AgentState_Busy');
		expect(AGENT_EVENT_TYPES[2]).toBe('AgentState_Ready');
		expect(AGENT_EVENT_TYPES[AGENT_EVENT_TYPES.length - 1]).toBe('AgentEvent_linkagePhoneCallOut');
	});
});

describe('describeCode', () => {
	test('CC-Gateway families fall back to the 6.5.2 tables', () => {
		expect(describeCode('agentGateway.voicecall', '000-003')).toBe(GATEWAY_ERROR_CODES['000-003']);
		expect(describeCode('agentGateway.qualitycontrol', '900-010')).toBe('The inspected agent cannot be an inspector.');
		expect(describeCode('agentGateway', 21214)).toBe('The conference does not exist.');
		expect(describeCode('agentGateway.config', '107-002')).toBe(VOICE_RECOGNITION_GATEWAY_ERROR_CODES['107-002']);
		expect(describeCode('voiceRecognition', '107-002')).toBe(VOICE_RECOGNITION_SUBSCRIPTION_ERROR_CODES['107-002']);
		expect(describeCode('agentGateway.event', 'AgentState_Ready')).toBe('This event indicates that an agent becomes idle.');
		expect(describeCode('agentGateway.event', 'AgentEvent_MediaSwitH')).toBe(AGENT_EVENTS.AgentEvent_MediaSwitth.meaning);
		expect(describeCode('agentGateway.agentState', 4)).toBe(GATEWAY_AGENT_STATES['4']);
	});

	test('isales: the union, numbers that lost their leading zero, and per-interface wording', () => {
		expect(describeCode('isales', '0200001')).toBe('Parameter error. For details about the error, see resultDesc.');
		expect(describeCode('isales', 200001)).toBe(ISALES_ERROR_CODES['0200001']);
		expect(describeCode('isales', '0200000')).toBe('success');
		expect(describeCode('isales', '0200005')).toBe('The outbound campaign name must be unique.');
		expect(describeCode('isales', '0200005', '7.1.13')).toBe(ISALES_ERROR_CODES['0200001']);
		expect(describeCode('isales', '0200007', '7.3.1')).toBe('The number already exists in the blacklist.');
		expect(describeCode('isales.callResult', '00537')).toBe('The called party is busy.');
		expect(describeCode('isales.callResult', 0)).toBe('The outbound call is successful.');
		expect(describeCode('isales.callResult', '99999')).toBe('Contact the administrator.');
	});

	test('voice notification and bidirectional calls keep their code kinds apart', () => {
		expect(describeCode('voiceNotification', '5')).toBe(VOICE_NOTIFICATION_RETURN_CODES['5']);
		expect(describeCode('voiceNotification', '5', '14.2')).toBe(VOICE_NOTIFICATION_V1_RETURN_CODES['5']);
		expect(describeCode('voiceNotification', '2')).toBe(VOICE_NOTIFICATION_V1_RETURN_CODES['2']);
		expect(describeCode('voiceNotification', '1', '14.1')).toBe('incorrect request parameter type');
		expect(describeCode('voiceNotification.releaseReason', 999)).toBe('The UAP fails to initiate a recording conference.');
		expect(describeCode('bidirectionalCall', '1', '6.2.4')).toBe('Failed to query the status.');
		expect(describeCode('bidirectionalCall', '1')).toBeUndefined();
		expect(describeCode('bidirectionalCall', '90100200')).toBe(ITA_RETURN_CODES['90100200']);
		expect(describeCode('bidirectionalCall.state', 3)).toBe('ended');
		expect(describeCode('bidirectionalCall.reasonCode', 17)).toBe('The user is busy.');
		expect(describeCode('bidirectionalCall.reasonCode', '0', '6.2.3')).toBe(BIDIRECTIONAL_CALL_END_REASONS_CDR['0']);
		expect(describeCode('bidirectionalCall.releaseReason', '1')).toBe('The call ends and the calling party hangs up.');
		expect(describeCode('bidirectionalCall.releaseReason', '77')).toBe('Other exceptions occur.');
	});

	test('other families', () => {
		expect(describeCode('oiap', '900002')).toBe('Failed to check the token information.');
		expect(describeCode('ccfs', '0300029')).toBe('File does not exist.');
		expect(describeCode('ccfs', 300029)).toBe('File does not exist.');
		expect(describeCode('ccfs.causeCode', 256)).toBe('CCIVR/IVR normal call release.');
		expect(describeCode('cms', '0101003')).toBe('Insufficient permission.');
		expect(describeCode('cms', '300-019')).toBe('The inspector group does not exist.');
		expect(describeCode('config', '1')).toBe('failure');
		expect(describeCode('ccsqm', '0405000')).toBe('success');
		expect(describeCode('webChat', '160004', '11.2')).toBe('The session does not exist or has ended.');
		expect(describeCode('ikbs', 0)).toBe('success');
	});

	test('unknown families and codes give undefined', () => {
		expect(describeCode('nope', '1')).toBeUndefined();
		expect(describeCode('oiap', 'nope')).toBeUndefined();
		expect(describeCode('agentGateway.voicecall', '')).toBeUndefined();
		expect(DESCRIBE_CODE_FAMILIES).toEqual(expect.arrayContaining(['agentGateway', 'isales', 'voiceNotification', 'bidirectionalCall', 'oiap', 'ccfs', 'cms', 'config']));
	});
});
