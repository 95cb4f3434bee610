/**
 * What real CEC servers accept where the PDF reference (catalog and reference/sections.json) was
 * rendered wrongly: paths, field names and body wrappers, each with the public vendor evidence.
 * The simulator applies this table to the catalog routes and to the documented fields its
 * mandatory-field checks come from, so a request carrying the PDF's misreadings is judged as a
 * real server judges it (the vendor name is missing; the misread key is an unknown key, ignored).
 *
 * This table is the simulator's own: it is written from the evidence, not derived from the node
 * specs it judges (see docs/vendor-evidence.md).
 */
import type { CatalogOp, SectionField, SectionInfo } from './catalog.cjs';
import { isObject, lenientJsonParse } from './util.cjs';

const CEC = 'https://support.huaweicloud.com/intl/en-us/api-cec/';

/** Paths the PDF misprints: the CC-Gateway call interfaces live under /voicecall/ (the PDF prints voicercall, voicerecall, voicell). */
export const VENDOR_PATHS: Record<string, { path: string; evidence: string }> = {
	'6.1.2.2': { path: '/agentgateway/resource/voicecall/{agentid}/previewCallout', evidence: `${CEC}cec_07_1233.html` },
	'6.1.2.5': { path: '/agentgateway/resource/voicecall/{agentid}/innerhelp', evidence: `${CEC}cec_07_1236.html` },
	'6.1.2.11': { path: '/agentgateway/resource/voicecall/{agentid}/transfer', evidence: `${CEC}cec_07_1242.html` },
	'6.1.2.15': { path: '/agentgateway/resource/voicecall/{agentid}/dropcall/{callid}', evidence: `${CEC}cec_07_1246.html` },
	'6.1.2.17': { path: '/agentgateway/resource/voicecall/{agentid}/disconnect/{number}', evidence: 'the voicecall chapter of the vendor pages and the CC-Gateway agent demo (CallService.java)' },
	'6.1.2.18': { path: '/agentgateway/resource/voicecall/{agentid}/mediaswitch', evidence: 'the voicecall chapter of the vendor pages' },
	'6.1.2.19': { path: '/agentgateway/resource/voicecall/{agentid}/adjustvideomode', evidence: 'the voicecall chapter of the vendor pages' },
	'6.1.2.21': { path: '/agentgateway/resource/voicecall/{agentid}/snatchpickup', evidence: `${CEC}cec_07_1252.html` },
	'6.1.2.22': { path: '/agentgateway/resource/voicecall/{agentid}/reject', evidence: `${CEC}cec_07_1253.html` },
	'6.1.2.23': { path: '/agentgateway/resource/voicecall/{agentid}/phonepickup', evidence: `${CEC}cec_07_1254.html` },
	'5.2.7': { path: '/agentgateway/resource/queuedevice/{agentid}/agentvdnskill', evidence: `${CEC}cec_07_1021.html` },
	'12.3.8.13.5': { path: '/rest/cmsapp/v1/openapi/agentgroup/agentbyconfigedskill', evidence: `${CEC}cec_07_2647.html` },
	// The PDF prints bigenQualityTask; reassginQualityTask (12.2.16.1) is the vendor's own spelling (cec_07_0239).
	'12.2.13.2': { path: '/apiaccess/CCSQM/rest/ccisqm/v1/regularqualitytask/beginQualityTask', evidence: 'https://support.huaweicloud.com/api-ccfs-cec/cec_07_0221.html' },
};

/**
 * The call center ID is `ccId` on every vendor page (querycalls V2 cec_07_2544, querybasiccallinfo
 * cec_07_0640, agentsinskill cec_07_2550 / cec_07_0613, iKBS cec_07_1805) and in the reference's
 * own 13.2.1.5: `cclId`, `cclid` and `ccld` are PDF renderings of it, wherever they appear.
 */
const CALL_CENTER_ID_MISREADINGS = new Set(['cclId', 'cclid', 'ccld']);

/** I/l misreadings per section: PDF name (dotted when nested) → vendor name. */
export const VENDOR_NAMES: Record<string, Record<string, string>> = {
	'5.2.4': { mediaTypeld: 'mediaTypeId', skilllds: 'skillIds' }, // querySkills, cec_07_0037
	'5.3.1': { mediatypeld: 'mediatypeId' }, // queryAccessCodeList, cec_07_0039
	'5.3.2': { deviceid: 'deviceId' }, // createCalledRoute, cec_07_1030
	'5.3.4': { deviceid: 'deviceId' }, // modifyCalledRoute, cec_07_1032
	'5.3.5': { mediaTypeeld: 'mediaTypeId', mediatypeld: 'mediaTypeId' }, // queryCalledRoute, cec_07_1033
	// Outbound results go to "the value of callBackUrl" given at creation (cec_07_0788).
	'7.1.1': { callbackUrl: 'callBackUrl' },
	'7.1.2': { callbackUrl: 'callBackUrl' },
	'7.1.3': { callbackUrl: 'callBackUrl' },
	'7.1.4': { callbackUrl: 'callBackUrl' },
	'12.3.1.4.1': { callid: 'callId' }, // querybasiccallinfo, cec_07_0640
	'12.3.1.4.2': { callid: 'callId' },
	'12.3.4.1': { groupid: 'groupId' }, // querygroupmemberbycondition, cec_07_2600
	'6.1.6.18': { conflds: 'confIds' },
	'9.2.2': { beyondColuld: 'beyondColuId' }, // queryColumnsBySuperCode, cec_07_1805
	'9.2.4': { kngld: 'kngId' },
	'12.2.16.1': { qualityTaskInfold: 'qualityTaskInfoId', taskInfold: 'taskInfoId' },
	'12.2.16.3': { taskInfold: 'taskInfoId' },
	'12.2.16.7': { qualityTaskInfold: 'qualityTaskInfoId' },
	'12.3.1.1.11': { innolds: 'innoIds' }, // queryaccesscodecallinfo, cec_07_2542
	'12.3.8.13.5': { skillld: 'skillId' },
	'13.2.1.10': { locationid: 'locationId' }, // downloadOiapRecord, cec_07_4230
	'14.2': { callbackUrl: 'callBackUrl' }, // createVoiceNotification V1, cec_07_2801 / cec_07_1311
	'14.3': { 'playList.templated': 'playList.templateId', callbackUrl: 'callBackUrl' }, // createVoiceNotification V2, cec_07_0077 / cec_07_2802
};

/**
 * CC-CMS interfaces whose body travels as {"queryParam": {...}}: the vendor samples (e.g.
 * configures/skills, cec_07_2540) and the reference's own request examples wrap it; the PDF
 * tables lost the wrapper.
 */
export const QUERY_PARAM_SECTIONS = new Set([
	'12.3.1.1.9',
	'12.3.1.2.1',
	'12.3.1.2.6',
	'12.3.1.2.10',
	'12.3.1.3.7',
	'12.3.1.3.8',
	'12.3.1.3.9',
	'12.3.1.3.10',
	'12.3.1.4.3',
	'12.3.2.10',
	'12.3.2.11',
	'12.3.3.1',
	'12.3.8.13.1',
	'12.3.8.13.2',
	'12.3.8.13.3',
	'12.3.8.13.4',
	'12.3.8.13.5',
]);

export const QUERY_PARAM = 'queryParam';

/** The catalog entry with the path real servers serve. */
export function vendorOp(op: CatalogOp): CatalogOp {
	const fixed = VENDOR_PATHS[op.section];
	return fixed && op.direction === 'request' ? { ...op, path: fixed.path } : op;
}

function vendorName(section: string, dotted: string, name: string): string {
	if (CALL_CENTER_ID_MISREADINGS.has(name)) return 'ccId';
	const names = VENDOR_NAMES[section];
	const full = names?.[dotted];
	return full ? full.split('.').pop()! : name;
}

function renameFields(section: string, fields: SectionField[] | undefined, prefix = ''): SectionField[] | undefined {
	return fields?.map((f) => {
		if (!f || typeof f.name !== 'string') return f;
		const dotted = prefix + f.name;
		return { ...f, name: vendorName(section, dotted, f.name), ...(Array.isArray(f.children) ? { children: renameFields(section, f.children, `${dotted}.`) } : {}) };
	});
}

function renameKeys(section: string, value: unknown, prefix = ''): unknown {
	if (Array.isArray(value)) return value.map((v) => renameKeys(section, v, prefix));
	if (!isObject(value)) return value;
	// The wrapper is not a documented field: the names inside it are.
	const inner = (k: string) => (k === QUERY_PARAM && QUERY_PARAM_SECTIONS.has(section) ? '' : `${prefix}${k}.`);
	return Object.fromEntries(Object.entries(value).map(([k, v]) => [vendorName(section, prefix + k, k), renameKeys(section, v, inner(k))]));
}

/** The section's documented request, as the vendor evidence corrects it. */
export function vendorSection(section: string, info: SectionInfo | undefined): SectionInfo | undefined {
	if (!info) return info;
	let fields = renameFields(section, info.fields);
	const example = renameKeys(section, typeof info.requestExample === 'string' ? lenientJsonParse(info.requestExample) : info.requestExample);
	if (QUERY_PARAM_SECTIONS.has(section) && fields) {
		const body = fields.filter((f) => (f.in ?? 'body').toLowerCase() === 'body');
		const rest = fields.filter((f) => (f.in ?? 'body').toLowerCase() !== 'body');
		fields = [...rest, { name: QUERY_PARAM, in: 'body', type: 'object', required: true, children: body }];
	}
	return { ...info, fields, requestExample: example };
}

/** The body fields of a CMS request: inside queryParam where the vendor wraps them, else the body itself. */
export function cmsQueryBody(section: string, json: unknown): Record<string, unknown> | undefined {
	if (!isObject(json)) return undefined;
	if (!QUERY_PARAM_SECTIONS.has(section)) return json;
	return isObject(json[QUERY_PARAM]) ? json[QUERY_PARAM] : undefined;
}
