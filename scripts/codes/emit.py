from collect import *
import os
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'nodes', 'shared', 'codes')
os.makedirs(OUT, exist_ok=True)

def q(s):
    return "'" + s.replace('\\', '\\\\').replace("'", "\\'") + "'"

def key(k):
    return k if re.fullmatch(r'[A-Za-z_$][\w$]*', k) else q(k)

def cmap(name, m, comment, typ='CodeMap'):
    lines = []
    lines.append('/**')
    for c in comment.strip().split('\n'):
        lines.append((' * ' + c).rstrip())
    lines.append(' */')
    lines.append(f'export const {name}: {typ} = {{')
    for k, v in m.items():
        lines.append(f'\t{key(k)}: {q(v)},')
    lines.append('};')
    return '\n'.join(lines) + '\n'

def write(fn, parts):
    with open(os.path.join(OUT, fn), 'w') as f:
        f.write('\n'.join(parts))

# ======================= gateway.ts =======================
G = D['gateway']; E = D['events']
P = []
P.append('''/**
 * CC-Gateway (agent gateway, C4/C5) codes from chapter 6 of the CEC 2.5 API reference.
 *
 * Text is copied from the reference (HTML stripped, whitespace collapsed) so a user sees what
 * the Huawei documentation says; test/codes/codes.test.cts re-reads the reference to keep it so.
 */
import type { CodeMap } from './types';
''')
P.append('''export interface AgentEventInfo {
	/** Section of the reference that documents the event. */
	section: string;
	/** The section heading, short enough for an option label. */
	title: string;
	/** The "Function" paragraph of the event. */
	meaning: string;
}
''')
lines = ['/**',
 ' * 6.5.1 Events: every `eventType` the CC-Gateway pushes to an agent, in document order.',
 ' * `AgentEvent_MediaSwitth` is spelled as its identifier line prints it; the example under it',
 ' * (6.5.1.2.17) shows `AgentEvent_MediaSwitH`, hence AGENT_EVENT_ALIASES.',
 ' */',
 'export const AGENT_EVENTS = {']
for e in E:
    lines.append(f"\t{key(e['name'])}: {{")
    lines.append(f"\t\tsection: {q(e['section'])},")
    lines.append(f"\t\ttitle: {q(e['title'])},")
    lines.append(f"\t\tmeaning: {q(e['meaning'])},")
    lines.append('\t},')
lines.append('} as const satisfies Readonly<Record<string, AgentEventInfo>>;')
P.append('\n'.join(lines) + '\n')
P.append('''export type AgentEventType = keyof typeof AGENT_EVENTS;

/** Event names in document order (string keys keep insertion order), for a multi-select. */
export const AGENT_EVENT_TYPES: readonly AgentEventType[] = Object.keys(AGENT_EVENTS) as AgentEventType[];

export const AGENT_EVENT_MEANINGS: CodeMap = Object.fromEntries(
	Object.entries(AGENT_EVENTS).map(([name, info]) => [name, info.meaning]),
);

/**
 * Spellings the reference prints in examples that differ from the event's identifier line, so an
 * event arriving under either name can be recognised.
 */
export const AGENT_EVENT_ALIASES: Readonly<Record<string, AgentEventType>> = {
	AgentEvent_MediaSwitH: 'AgentEvent_MediaSwitth',
};

/**
 * Events that only appear as "Triggered Event" of the screen-recording interfaces (13.1.1.7,
 * 13.1.1.8); 6.5.1 never describes them, so they carry no meaning and stay out of AGENT_EVENTS.
 */
export const AGENT_EVENT_TYPES_OUTSIDE_APPENDIX: readonly string[] = [
	'AgentMediaEvent_StartRecordScreen_Succ',
	'AgentMediaEvent_StartRecordScreen_Fail',
	'AgentMediaEvent_StopRecordScreen_Succ',
	'AgentMediaEvent_StopRecordScreen_Fail',
];
''')
gw_comments = {
 'GATEWAY_ERROR_CODES': '6.5.2 Error Codes, Table 6-449 "CC-Gateway error codes": the `retcode` of every\nCC-Gateway interface (chapters 5.2.5-5.2.13, 6.1, 12.1, 13.1 list their subsets).',
 'GATEWAY_CTI_ERROR_CODES': '6.5.2, Table 6-450 "CTI error codes": conference failures the CTI returns through the gateway.',
 'GATEWAY_CTI_CAUSE_CODES': '6.5.2, Table 6-451 "CTI error cause codes": the `detect` code of OUTBOUND_DETECT_EVENT\n(6.5.1.2.6) and other call failure causes. The rows from 714 on follow a page break with the\nsame header and no caption of their own, so they are kept as part of Table 6-451. Several\ncauses have more than one code on purpose (the note above the table: compatibility with\nearlier versions).',
 'GATEWAY_AGENT_STATES': '6.5.3 Agent Status, Table 6-452 "CC-Gateway status" (the gateway\'s own state values).',
 'CTI_PLATFORM_AGENT_STATES': '6.5.3, Table 6-453 "CTI platform status" (the states Table 6-452 maps onto).',
 'AGENT_STATUS_CODES': '6.5.3, Table 6-454 "Agent status".',
 'CALL_TYPES': '6.5.4 Call Type, Table 6-455: the `feature` of a call.',
 'DEVICE_TYPES': '6.5.5 Device Type, Table 6-456.',
 'USER_DEVICE_TYPES': '6.5.5, Table 6-457 "User-defined device types" (`deviceType` of conference participants).',
 'USER_DEVICE_CALL_TYPES': '6.5.5, Table 6-458 "User-defined device call types" (`deviceCallType`).',
 'TRANSFER_MODES': '6.5.5, Table 6-459 "Transfer modes": keyed by the mode\'s name because the table gives no code.',
 'CALL_DEVICE_REASON_CODES': '6.1.3 Call Data (calldata), Table 6-204 "Reason codes": `enterReason` / `leaveReason` of a\ncall\'s device records. Chapter 6.5 has no release-cause table of its own; this is the one the\ngateway\'s call data points to. (12.1 quality control documents no codes of its own; it\nreturns the 6.5.2 codes.)',
}
for k in ['GATEWAY_ERROR_CODES','GATEWAY_CTI_ERROR_CODES','GATEWAY_CTI_CAUSE_CODES','GATEWAY_AGENT_STATES','CTI_PLATFORM_AGENT_STATES','AGENT_STATUS_CODES','CALL_TYPES','DEVICE_TYPES','USER_DEVICE_TYPES','USER_DEVICE_CALL_TYPES','TRANSFER_MODES','CALL_DEVICE_REASON_CODES']:
    P.append(cmap(k, G[k]['map'], gw_comments[k]))
write('gateway.ts', P)

# ======================= isales.ts =======================
I = D['isales']
P = []
P.append('''/**
 * CC-iSales (telemarketing outbound call, chapter 7) codes from the CEC 2.5 API reference.
 *
 * Text is copied from the reference (HTML stripped, whitespace collapsed); codes are strings as
 * printed, leading zeros included, and codes the PDF split over two lines ("020000<br>1") are
 * joined back ("0200001").
 */
import type { CodeMap, CodeVariant } from './types';
''')
P.append(cmap('ISALES_SUCCESS_CODES', {'0200000': 'success'},
  'Table 7-322 (7.9.1) and the other chapter 7 response tables: "The value 0200000 indicates success".\nThe per-interface error tables never list it.'))
P.append(cmap('ISALES_ERROR_CODES', dict(sorted(I['ISALES_ERROR_CODES'].items())),
  'Union of the 52 per-interface "Error code description" tables of chapter 7 (Table 7-15 in 7.1.1\n'
  'through Table 7-355 in 7.10; 720 rows, 39 distinct codes).\n\n'
  'Where interfaces disagree the most common wording wins, except that rows which merely repeat the\n'
  'meaning of their 7-/8-digit twin (e.g. 0200001 "Empty parameter." where 02000001 is meant) do\n'
  'not vote: they are misprints, not another meaning. Ties keep the first one in document order.\n'
  'Every wording that was printed is in ISALES_ERROR_CODE_VARIANTS.\n\n'
  '"0200-01" is printed so in 7.1.10 (Table 7-120); it is kept because it is what the table says.'))
lines = ['/**',
 ' * Codes whose meaning differs between the chapter 7 interfaces, with the sections printing each',
 ' * wording, so a caller that knows the interface can show the wording that interface documents.',
 ' */',
 'export const ISALES_ERROR_CODE_VARIANTS: Readonly<Record<string, readonly CodeVariant[]>> = {']
for code, vs in I['variants'].items():
    lines.append(f'\t{q(code)}: [')
    for v in vs:
        secs = ', '.join(q(s) for s in v['sections'])
        lines.append(f"\t\t{{ meaning: {q(v['meaning'])}, sections: [{secs}] }},")
    lines.append('\t],')
lines.append('};')
P.append('\n'.join(lines) + '\n')
lines = ['/**',
 ' * Which error table each chapter 7 interface prints, and its codes in row order (duplicates kept),',
 ' * so the union above can be traced back and each interface\'s documented codes listed.',
 ' */',
 'export const ISALES_ERROR_TABLES: Readonly<Record<string, { table: string; codes: readonly string[] }>> = {']
for sec, s in I['sources'].items():
    codes = ', '.join(q(c) for c in s['codes'])
    lines.append(f"\t{q(sec)}: {{ table: {q(s['table'])}, codes: [{codes}] }},")
lines.append('};')
P.append('\n'.join(lines) + '\n')
rows = I['call_result_rows']
res = {}; cats = {}; others = None
for code, cat, desc, ln in rows:
    if code == 'Others': others = (cat, desc); continue
    if code in res: continue
    res[code] = desc; cats[code] = cat
P.append(cmap('ISALES_CALL_RESULT_CODES', res,
  '7.6.1 Calling Back Outbound Call Results, Table 7-295 "Error codes of outbound call results": the\n'
  '`failCode` of each pushed result (27 rows). Blank description cells belong to the merged cell\n'
  'above them and inherit its text. 34606 is printed twice (under "Call normally released by the\n'
  'platform" and again under "insufficient system resources"); the first, specific wording is\n'
  'kept. The "Others" row is ISALES_CALL_RESULT_OTHERS.'))
P.append(cmap('ISALES_CALL_RESULT_CATEGORIES', cats,
  'Table 7-295\'s "Category" column, per failure code (first category for 34606, as above).'))
P.append(f'''/** Table 7-295's last row: any failure code not listed above. */
export const ISALES_CALL_RESULT_OTHERS = {{ category: {q(others[0])}, meaning: {q(others[1])} }} as const;
''')
P.append(cmap('ISALES_CALL_STATUS', {'5': 'the call fails', '6': 'the call is successful'},
  '7.6.1, Table 7-293: `callStatus` of a pushed result ("The value 5 indicates that the call fails,\nand the value 6 indicates that the call is successful").'))
write('isales.ts', P)

# ======================= notification.ts =======================
B = D['bidir']; N = D['notif']
P = []
P.append('''/**
 * Voice notification (chapter 14, 6.2.9/6.2.10) and agent bidirectional call (6.2) codes from the
 * CEC 2.5 API reference.
 *
 * These interfaces print their codes as option lists inside a parameter's description rather than
 * as tables, and the same small number means different things in different interfaces, hence one
 * map per interface where they differ. Text is copied from the reference (HTML stripped,
 * whitespace collapsed).
 */
import type { CodeMap } from './types';
''')
P.append(cmap('VOICE_NOTIFICATION_RELEASE_REASONS', N['VOICE_NOTIFICATION_RELEASE_REASONS']['map'],
  '14.4.2 Release Event Callback API, request body parameter 14 `releaseReason`.'))
P.append(cmap('VOICE_NOTIFICATION_RETURN_CODES', N['VOICE_NOTIFICATION_RETURN_CODES']['map'],
  '14.3 Creating a Voice Notification (V2.0.0), Table 14-10 "Return codes": `retCode` of the response.\n'
  'The only full return-code table of the voice notification interfaces, so codes are looked up here\n'
  'first unless the caller says it used V1: V1 (Table 14-6) also has 2 and 8, and words 5, 7 and 9\n'
  'slightly differently.'))
P.append(cmap('VOICE_NOTIFICATION_V1_RETURN_CODES', N['v1']['map'],
  '14.2 Creating a Voice Notification (V1.0.0), Table 14-6 `retCode` ("0 indicates success" plus the\nlisted failures).'))
P.append(cmap('VOICE_NOTIFICATION_QUERY_RETURN_CODES', N['query']['map'],
  '14.1 Querying Voice Notification Recording Files, Table 14-3 `returnCode` ("0: success; other\nvalues: failure (1: incorrect request parameter type)").'))
P.append(cmap('BIDIRECTIONAL_CALL_STATES', B['BIDIRECTIONAL_CALL_STATES']['map'],
  '6.2.4 Querying Call Status (queryCallState), Table 6-370 `result.state`. The connection callback\n'
  '(6.2.14.2) carries no status value, so this query is where the call status values are printed;\n'
  '6.2.3 (Table 6-366, `state`) prints the same four.'))
P.append(cmap('BIDIRECTIONAL_CALL_END_REASONS', B['BIDIRECTIONAL_CALL_END_REASONS']['map'],
  '6.2.4, Table 6-370 `result.reasonCode` ("The value ranges from 0 to 65535"; "xxx" stands for any\n'
  'other value). 6.2.3 (Table 6-366) prints the same codes with "0"/"1" worded the other way round,\n'
  'see BIDIRECTIONAL_CALL_END_REASONS_CDR. Codes beyond these are ITA_REASON_CODES.'))
P.append(cmap('BIDIRECTIONAL_CALL_END_REASONS_CDR', B['BIDIRECTIONAL_CALL_END_REASONS_CDR']['map'],
  '6.2.3 Querying Call History Records, Table 6-366 `reasonCode`, as worded there.'))
P.append(cmap('BIDIRECTIONAL_RELEASE_REASONS', B['BIDIRECTIONAL_RELEASE_REASONS']['map'],
  '6.2.14.3 Release Event Callback, Table 6-400 `releaseReason` ("xxx": other exceptions).'))
P.append(cmap('ITA_RETURN_CODES', B['ITA_RETURN_CODES']['map'],
  '6.2.1 / 6.2.2 createCall, Table 6-358 (= Table 6-362) "Return codes for ITA bidirectional calls":\nDescription column.'))
P.append(cmap('ITA_RETURN_MESSAGES', B['ITA_RETURN_MESSAGES']['map'],
  'Table 6-358\'s `retMsg` column: the message the ITA returns with each code.'))
P.append(cmap('ITA_REASON_CODES', B['ITA_REASON_CODES']['map'],
  '6.2.3 / 6.2.4, Table 6-367 (= Table 6-371) "Reason codes for ITA bidirectional calls": the\n`reasonCode` of ITA calls. The table\'s header says `retCode`, but both response tables point\n`reasonCode` at it.'))
lines = ['/**',
 ' * `retCode` of each bidirectional call interface (6.2.1-6.2.8), keyed by section: each interface',
 ' * prints its own list in its response table (Tables 6-357, 6-361, 6-366, 6-370, 6-374, 6-377,',
 ' * 6-380, 6-383) and "1" alone has five meanings. "0" is the documented success value ("The value',
 ' * 0 indicates success").',
 ' */',
 'export const BIDIRECTIONAL_RETURN_CODES: Readonly<Record<string, CodeMap>> = {']
for sec, v in B['per'].items():
    lines.append(f'\t{q(sec)}: {{')
    for k, val in v['map'].items():
        lines.append(f'\t\t{q(k)}: {q(val)},')
    lines.append('\t},')
lines.append('};')
P.append('\n'.join(lines) + '\n')
write('notification.ts', P)

# ======================= families.ts =======================
V = D['voicerec']; F = D['families']
P = []
P.append('''/**
 * Error-code tables of the other interface families of the CEC 2.5 API reference, one map per
 * family wherever the reference prints a common table. Text is copied from the reference (HTML
 * stripped, whitespace collapsed).
 *
 * Families without a common table: chapter 5 (C1 configuration) and ikbs only state "0 success /
 * 1 failure" per interface (CONFIG_RESULT_CODES, IKBS_RESULT_CODES); webChat (chapter 11) prints
 * option lists per interface (WEBCHAT_RESULT_CODES); ccsqm (12.2) documents only a success code per
 * module (CCSQM_SUCCESS_CODES) and "None" under every "Error Codes" heading.
 */
import type { CodeMap } from './types';
''')
P.append(cmap('CONFIG_RESULT_CODES', {'0': 'success', '1': 'failure'},
  'Chapter 5 (C1 configuration) has no error-code table: 5.1.1 (and the other 5.x responses) say\n"resultCode ... The options are 0 (success) and 1 (failure)". 5.2.5-5.2.13 are CC-Gateway\ninterfaces and return the 6.5.2 codes.'))
P.append(cmap('VOICE_RECOGNITION_GATEWAY_ERROR_CODES', V['VOICE_RECOGNITION_GATEWAY_ERROR_CODES']['map'],
  '6.3.7.1 Error Codes Returned by the CC-Gateway (configuration / subscription interfaces, C5).\n'
  'The row "107-107 – 107-109" is a range and is expanded to its three codes. 104-003..104-006 say\n'
  '"delete" where Table 6-449 says "download": the two tables belong to different interfaces.'))
P.append(cmap('VOICE_RECOGNITION_SUBSCRIPTION_ERROR_CODES', V['VOICE_RECOGNITION_SUBSCRIPTION_ERROR_CODES']['map'],
  '6.3.7.2 Common Voice Recognition Result Subscription Interface Error Codes. 107-002..107-004 are\nworded differently from 6.3.7.1; this table is the one for the subscription interfaces (6.3).'))
P.append(cmap('CTI_CONFIG_ERROR_CODES', V['CTI_CONFIG_ERROR_CODES']['map'],
  '6.3.7.3-6.3.7.5 Error codes returned by the CTI platform: Tables 6-428 (common; its last row 120006\n'
  'is printed as a header-less fragment), 6-429 Agent, 6-430 Role, 6-431 Skill Queue, 6-432 Called\n'
  'Party Configuration, 6-433 IVR, 6-434 VDN, 6-435 Access code. The code ranges do not overlap, so\n'
  'they form one map.'))
P.append(cmap('UAP_ERROR_CODES', V['UAP_ERROR_CODES']['map'], '6.3.7.6 Error Code Returned by UAP, Table 6-436.'))
P.append(cmap('OIAP_ERROR_CODES', F['OIAP_ERROR_CODES']['map'], '10.1 Overview, "Common Error Codes", Table 10-1 (OIAP / chatbot management, C3).'))
P.append(cmap('OIAP_OUTBOUND_FAILURE_CAUSES', F['OIAP_OUTBOUND_FAILURE_CAUSES']['map'],
  '10.16 Querying the Offline Analysis of Outbound Call Failure Causes, Table 10-99 "Failure causes"\n(`result`).'))
lines = ['/**',
 ' * Chapter 11 (web client access, webChat) prints no common table; each interface lists its own',
 ' * `resultCode` / `returnCode` values in its response table and "1", "3" and "13" mean different',
 ' * things in different interfaces, hence keyed by section. "0" is "success" where the interface',
 ' * only says "The value 0 indicates success". 11.17\'s "3" is reworded from "The value 3 indicates',
 ' * that the email ID does not exist".',
 ' */',
 'export const WEBCHAT_RESULT_CODES: Readonly<Record<string, CodeMap>> = {']
for sec, v in F['webchat'].items():
    lines.append(f'\t{q(sec)}: {{')
    for k, val in v['map'].items():
        lines.append(f'\t\t{q(k)}: {q(val)},')
    lines.append('\t},')
lines.append('};')
P.append('\n'.join(lines) + '\n')
P.append(cmap('CMS_ERROR_CODES', F['CMS_ERROR_CODES']['map'],
  '12.3.8.2 Error Code Reference (monitoring and statistics, CMS): `resultCode` of the 12.3\ninterfaces. The table has no caption number.'))
P.append(cmap('CMS_INSPECTION_ERROR_CODES', F['CMS_INSPECTION_ERROR_CODES']['map'],
  '12.3.4.10 Adding an Agent to a User Group, Table 12-631 "Error end codes" (the only other CMS\nerror table).'))
P.append(cmap('CTI_AGENT_STATUS_CODES', F['CTI_AGENT_STATUS_CODES']['map'],
  '12.3.8.3 CTI Platform Agent Status Code Reference: the CMS wording of Table 6-453\'s states, plus\n10 "Adjusting".'))
P.append(cmap('CALL_LEAVE_REASONS', F['CALL_LEAVE_REASONS']['map'],
  '12.3.8.9, Table 12-700 "Reasons for leaving the device of the call"; 13.2.3.7 Table 13-131 prints\nthe same 53 rows for CDRs.'))
P.append(cmap('CALL_CAUSE_CODES', F['CALL_CAUSE_CODES']['map'],
  '12.3.8.10 Cause Code (no caption number); 13.2.3.3 Cause Code prints the same 106 rows for CDRs.\n'
  'These are CTI release causes, distinct from the CC-Gateway\'s Table 6-451. The row "613~619" is a\n'
  'range and is expanded to its seven codes (106 rows, 112 codes).'))
P.append(cmap('CCSQM_SUCCESS_CODES', {
    '0401000': 'success', '0403000': 'success', '0404000': 'success', '0405000': 'success', '0406000': 'success',
    '0408000': 'success', '0409000': 'success', '0410000': 'success', '0412000': 'success'},
  '12.2 Intelligent Quality Check (ccsqm): every "Error Codes" heading says "None"; the response\n'
  'tables only give each module\'s success `resultCode` ("0405000: success; Others: failure"):\n'
  '0401000 sensitiveWordManage (12.2.3), 0403000 sentencemanagement (12.2.2), 0404000\n'
  'SemanticKeywordTraining (12.2.5), 0405000 conversation/interposal/silence/speed rules (12.2.4,\n'
  '12.2.6-12.2.10), 0406000 scenariomanage (12.2.11), 0408000 regularQualityTask (12.2.13),\n'
  '0409000 qualitytask / qualitytaskdetail (12.2.14, 12.2.15), 0410000 qualityitem (12.2.16),\n'
  '0412000 scoresetting (12.2.1).'))
P.append(cmap('CCFS_ERROR_CODES', F['CCFS_ERROR_CODES']['map'],
  '13.2.3.1 Error Code Reference (CC-FS, CDR and recording download): "Result Code" -> "Description".\n'
  'All rows are returned with HTTP 200; "{param}" is filled in by the server.'))
P.append(cmap('CCFS_ERROR_HANDLING', F['CCFS_ERROR_HANDLING']['map'],
  '13.2.3.1\'s "Handling Method" column, per result code.'))
P.append(cmap('CCFS_HTTP_STATUS_CODES', F['CCFS_HTTP_STATUS_CODES']['map'],
  '13.2.3.2 Status Code Description, Table 13-126: HTTP status of the CC-FS interfaces.'))
P.append(cmap('IKBS_RESULT_CODES', {'0': 'success', '1': 'failure'},
  '9.2 (iKBS) error structures, Tables 9-7, 9-14, 9-18, 9-23: "resultCode ... The options are as\nfollows: 0: success 1: failure".'))
write('families.ts', P)

# ======================= types.ts =======================
write('types.ts', ['''/** A documented code and its meaning as the reference prints it. */
export type CodeMap = Readonly<Record<string, string>>;

/** One of several meanings a code is given, and the sections that give it. */
export interface CodeVariant {
	meaning: string;
	sections: readonly string[];
}
'''])
