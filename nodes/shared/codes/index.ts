/**
 * Documented CEC 2.5 codes and their meanings, and `describeCode` to turn a code a response or
 * callback carried into the reference's wording.
 */
import type { CodeMap } from './types';
import {
	AGENT_EVENT_ALIASES,
	AGENT_EVENT_MEANINGS,
	CALL_DEVICE_REASON_CODES,
	CALL_TYPES,
	GATEWAY_AGENT_STATES,
	GATEWAY_CTI_CAUSE_CODES,
	GATEWAY_CTI_ERROR_CODES,
	GATEWAY_ERROR_CODES,
} from './gateway';
import {
	ISALES_CALL_RESULT_CATEGORIES,
	ISALES_CALL_RESULT_CODES,
	ISALES_CALL_RESULT_OTHERS,
	ISALES_CALL_STATUS,
	ISALES_ERROR_CODE_VARIANTS,
	ISALES_ERROR_CODES,
	ISALES_SUCCESS_CODES,
} from './isales';
import {
	BIDIRECTIONAL_CALL_END_REASONS,
	BIDIRECTIONAL_CALL_END_REASONS_CDR,
	BIDIRECTIONAL_CALL_STATES,
	BIDIRECTIONAL_RELEASE_REASONS,
	BIDIRECTIONAL_RETURN_CODES,
	ITA_REASON_CODES,
	ITA_RETURN_CODES,
	VOICE_NOTIFICATION_QUERY_RETURN_CODES,
	VOICE_NOTIFICATION_RELEASE_REASONS,
	VOICE_NOTIFICATION_RETURN_CODES,
	VOICE_NOTIFICATION_V1_RETURN_CODES,
} from './notification';
import {
	CALL_CAUSE_CODES,
	CALL_LEAVE_REASONS,
	CCFS_ERROR_CODES,
	CCFS_HTTP_STATUS_CODES,
	CCSQM_SUCCESS_CODES,
	CMS_ERROR_CODES,
	CMS_INSPECTION_ERROR_CODES,
	CONFIG_RESULT_CODES,
	CTI_AGENT_STATUS_CODES,
	CTI_CONFIG_ERROR_CODES,
	IKBS_RESULT_CODES,
	OIAP_ERROR_CODES,
	OIAP_OUTBOUND_FAILURE_CAUSES,
	UAP_ERROR_CODES,
	VOICE_RECOGNITION_GATEWAY_ERROR_CODES,
	VOICE_RECOGNITION_SUBSCRIPTION_ERROR_CODES,
	WEBCHAT_RESULT_CODES,
} from './families';
import { UDESK_ERROR_CODES } from './udesk';

export * from './types';
export * from './gateway';
export * from './isales';
export * from './notification';
export * from './families';
export * from './udesk';

/** One place a code may be documented; `section` is the interface's doc section, when known. */
type Source = CodeMap | ((code: string, section: string | undefined) => string | undefined);

const bySection =
	(maps: Readonly<Record<string, CodeMap>>) =>
	(code: string, section: string | undefined): string | undefined =>
		section === undefined ? undefined : maps[section]?.[code];

/** Only the interfaces named here answer; the rest of the chain covers everything else. */
const forSections =
	(sections: readonly string[], map: CodeMap) =>
	(code: string, section: string | undefined): string | undefined =>
		section !== undefined && sections.includes(section) ? map[code] : undefined;

const isalesVariant = (code: string, section: string | undefined): string | undefined =>
	section === undefined
		? undefined
		: ISALES_ERROR_CODE_VARIANTS[code]?.find((v) => v.sections.includes(section))?.meaning;

const agentEvent = (code: string): string | undefined =>
	AGENT_EVENT_MEANINGS[AGENT_EVENT_ALIASES[code] ?? code];

/**
 * Where a family's codes are documented, in lookup order. `otherwise` is the reference's catch-all
 * row ("xxx: Other exceptions occur", 7-295's "Others"), used only when nothing else matched.
 */
interface Chain {
	sources: readonly Source[];
	otherwise?: string;
}

const GATEWAY: readonly Source[] = [GATEWAY_ERROR_CODES, GATEWAY_CTI_ERROR_CODES, GATEWAY_CTI_CAUSE_CODES];

const chain = (...sources: Source[]): Chain => ({ sources });

/**
 * Keys are the catalog's family names; a dotted family the table does not name falls back to its
 * parent (`agentGateway.voicecall` -> `agentGateway`). The extra dotted keys (`.releaseReason`,
 * `.state`, ...) name code kinds that are not return codes, so that e.g. a release reason "1" is not
 * read as return code "1".
 */
const CHAINS: Readonly<Record<string, Chain>> = {
	agentGateway: chain(...GATEWAY),
	// /resource/config/* (C5) answers with the 6.3.7 codes first; the CTI and UAP ones come through it.
	'agentGateway.config': chain(VOICE_RECOGNITION_GATEWAY_ERROR_CODES, ...GATEWAY, CTI_CONFIG_ERROR_CODES, UAP_ERROR_CODES),
	'agentGateway.event': chain(agentEvent),
	'agentGateway.agentState': chain(GATEWAY_AGENT_STATES),
	'agentGateway.callType': chain(CALL_TYPES),
	'agentGateway.causeCode': chain(GATEWAY_CTI_CAUSE_CODES),
	'agentGateway.reasonCode': chain(CALL_DEVICE_REASON_CODES),
	voiceRecognition: chain(
		VOICE_RECOGNITION_SUBSCRIPTION_ERROR_CODES,
		VOICE_RECOGNITION_GATEWAY_ERROR_CODES,
		CTI_CONFIG_ERROR_CODES,
		UAP_ERROR_CODES,
	),
	isales: chain(isalesVariant, ISALES_SUCCESS_CODES, ISALES_ERROR_CODES),
	'isales.callResult': { sources: [ISALES_CALL_RESULT_CODES], otherwise: ISALES_CALL_RESULT_OTHERS.meaning },
	'isales.callStatus': chain(ISALES_CALL_STATUS),
	voiceNotification: chain(
		forSections(['14.1'], VOICE_NOTIFICATION_QUERY_RETURN_CODES),
		forSections(['14.2', '6.2.9'], VOICE_NOTIFICATION_V1_RETURN_CODES),
		VOICE_NOTIFICATION_RETURN_CODES,
		VOICE_NOTIFICATION_V1_RETURN_CODES,
	),
	'voiceNotification.releaseReason': chain(VOICE_NOTIFICATION_RELEASE_REASONS),
	bidirectionalCall: chain(bySection(BIDIRECTIONAL_RETURN_CODES), ITA_RETURN_CODES),
	'bidirectionalCall.state': chain(BIDIRECTIONAL_CALL_STATES),
	'bidirectionalCall.reasonCode': {
		sources: [forSections(['6.2.3'], BIDIRECTIONAL_CALL_END_REASONS_CDR), BIDIRECTIONAL_CALL_END_REASONS, ITA_REASON_CODES],
		otherwise: BIDIRECTIONAL_CALL_END_REASONS.xxx,
	},
	'bidirectionalCall.releaseReason': {
		sources: [BIDIRECTIONAL_RELEASE_REASONS],
		otherwise: BIDIRECTIONAL_RELEASE_REASONS.xxx,
	},
	config: chain(CONFIG_RESULT_CODES),
	oiap: chain(OIAP_ERROR_CODES),
	'oiap.failureCause': chain(OIAP_OUTBOUND_FAILURE_CAUSES),
	webChat: chain(bySection(WEBCHAT_RESULT_CODES)),
	cms: chain(CMS_ERROR_CODES, CMS_INSPECTION_ERROR_CODES),
	'cms.agentStatus': chain(CTI_AGENT_STATUS_CODES),
	'cms.causeCode': chain(CALL_CAUSE_CODES),
	'cms.leaveReason': chain(CALL_LEAVE_REASONS),
	ccsqm: chain(CCSQM_SUCCESS_CODES),
	ccfs: chain(CCFS_ERROR_CODES, CCFS_HTTP_STATUS_CODES),
	'ccfs.causeCode': chain(CALL_CAUSE_CODES),
	'ccfs.leaveReason': chain(CALL_LEAVE_REASONS),
	ikbs: chain(IKBS_RESULT_CODES),
	// Udesk ccapi v2 (not CEC): one ErrCode table for all 26 interfaces.
	udesk: chain(UDESK_ERROR_CODES),
};

/** The family names describeCode knows (others fall back to their dotted parent, or get undefined). */
export const DESCRIBE_CODE_FAMILIES: readonly string[] = Object.keys(CHAINS);

function chainFor(family: string): Chain | undefined {
	for (let name = family; ; name = name.slice(0, name.lastIndexOf('.'))) {
		const found = CHAINS[name];
		if (found) return found;
		if (!name.includes('.')) return undefined;
	}
}

/** Each map's all-digit keys by number, built on first use: callbacks look a code up per record. */
const BY_NUMBER = new WeakMap<CodeMap, Map<number, string>>();

/** A code given as a number (or read from JSON as one) has lost its leading zeros. */
function sameNumber(map: CodeMap, code: string): string | undefined {
	if (!/^\d+$/.test(code)) return undefined;
	let byNumber = BY_NUMBER.get(map);
	if (!byNumber) {
		byNumber = new Map();
		// The first key of a number wins, as the scan in key order did.
		for (const key of Object.keys(map)) if (/^\d+$/.test(key) && !byNumber.has(Number(key))) byNumber.set(Number(key), map[key]);
		BY_NUMBER.set(map, byNumber);
	}
	return byNumber.get(Number(code));
}

/**
 * The documented meaning of `code` for a family of interfaces (catalog family names such as
 * `agentGateway.voicecall`, `isales`, `voiceNotification`, `bidirectionalCall`, `oiap`, `ccfs`,
 * `cms`, `config`, `webChat`, plus the code kinds listed in DESCRIBE_CODE_FAMILIES). `section`, the
 * doc section of the interface that returned the code, picks that interface's own wording where
 * interfaces disagree. Exact matches anywhere in the family win over matches that ignore leading
 * zeros, and both over a catch-all row.
 */
export function describeCode(family: string, code: string | number, section?: string): string | undefined {
	const found = chainFor(family);
	if (!found) return undefined;
	const wanted = String(code).trim();
	if (wanted === '') return undefined;
	for (const source of found.sources) {
		const hit = typeof source === 'function' ? source(wanted, section) : source[wanted];
		if (hit !== undefined) return hit;
	}
	for (const source of found.sources) {
		if (typeof source === 'function') continue;
		const hit = sameNumber(source, wanted);
		if (hit !== undefined) return hit;
	}
	return found.otherwise;
}

/**
 * The readable meanings of an outbound call result's codes (7.5.1 rows, 7.6.1 pushes): the same
 * three fields wherever a result reaches a workflow.
 */
export function outboundResultMeanings(record: { failCode?: unknown; callStatus?: unknown }): {
	callStatusMeaning: string | null;
	failCodeMeaning: string | null;
	failCodeCategory: string | null;
} {
	const failCode = record.failCode === undefined || record.failCode === null ? '' : String(record.failCode);
	const canonical = /^\d+$/.test(failCode) ? failCode.padStart(5, '0') : failCode;
	return {
		callStatusMeaning: describeCode('isales.callStatus', record.callStatus === undefined || record.callStatus === null ? '' : String(record.callStatus)) ?? null,
		failCodeMeaning: failCode === '' ? null : (describeCode('isales.callResult', failCode) ?? ISALES_CALL_RESULT_OTHERS.meaning),
		failCodeCategory: failCode === '' ? null : (ISALES_CALL_RESULT_CATEGORIES[canonical] ?? ISALES_CALL_RESULT_OTHERS.category),
	};
}
