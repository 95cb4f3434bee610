import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import {
	AGENT_EVENT_MEANINGS,
	CALL_DEVICE_REASON_CODES,
	CALL_TYPES,
	CTI_PLATFORM_AGENT_STATES,
	GATEWAY_AGENT_STATES,
	USER_DEVICE_CALL_TYPES,
	USER_DEVICE_TYPES,
	type CodeMap,
} from '../shared/codes';

/**
 * Gateway answers carry bare codes (agentState 4, callfeature 7). Each one documented in appendix
 * 6.5 (or the 6.1.3 reason table) gets a sibling `<key>Name` with the reference's wording, so a
 * workflow can branch on the code and a human can read the output. The raw code is never changed.
 */
const TABLES: Record<string, CodeMap> = {
	agentState: GATEWAY_AGENT_STATES,
	agentstate: GATEWAY_AGENT_STATES,
	agentStatus: GATEWAY_AGENT_STATES,
	callfeature: CALL_TYPES,
	callFeature: CALL_TYPES,
	feature: CALL_TYPES,
	deviceType: USER_DEVICE_TYPES,
	deviceCallType: USER_DEVICE_CALL_TYPES,
	enterReason: CALL_DEVICE_REASON_CODES,
	leaveReason: CALL_DEVICE_REASON_CODES,
	eventType: AGENT_EVENT_MEANINGS,
};

/** 5.2.11-5.2.13 describe agents with a bare `status` (6.5.3 gateway state) and `ctiStatus` (Table 6-453). */
const AGENT_LIST_KEYS: Record<string, CodeMap> = { status: GATEWAY_AGENT_STATES, ctiStatus: CTI_PLATFORM_AGENT_STATES };

function clean(meaning: string): string {
	return meaning.replace(/\.$/, '');
}

function annotate(value: unknown, tables: Record<string, CodeMap>, depth: number): unknown {
	if (depth > 6 || value === null || typeof value !== 'object') return value;
	if (Array.isArray(value)) return value.map((v) => annotate(v, tables, depth + 1));
	const out: IDataObject = {};
	for (const [key, raw] of Object.entries(value as IDataObject)) {
		out[key] = annotate(raw, tables, depth + 1) as IDataObject[string];
		const table = tables[key];
		const named = `${key}Name`;
		if (table && (typeof raw === 'string' || typeof raw === 'number') && table[String(raw)] !== undefined && !(named in (value as IDataObject))) {
			out[named] = clean(table[String(raw)]);
		}
	}
	return out;
}

export function withReadableNames(output: INodeExecutionData[][], family: string | undefined): INodeExecutionData[][] {
	const tables = family === 'agentGateway.agentgroup' ? { ...TABLES, ...AGENT_LIST_KEYS } : TABLES;
	return output.map((items) => items.map((item) => (item.binary ? item : { ...item, json: annotate(item.json, tables, 0) as IDataObject })));
}
