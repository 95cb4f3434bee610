#!/usr/bin/env node
// Derives registry spec entries (nodes/<Node>/operations.ts) from the mechanical extraction of the
// reference (reference/sections.json). Its output is the starting point of a hand review: once a
// file has been reviewed, regenerate only with --force and compare with git diff.
//   node scripts/generate-specs.cjs [--force] [NodeName]
const { existsSync, readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { applyVendorCorrections } = require('./vendor-corrections.cjs');

const root = join(__dirname, '..');
const { sections } = JSON.parse(readFileSync(join(root, 'reference', 'sections.json'), 'utf8'));
const catalog = JSON.parse(readFileSync(join(root, 'reference', 'catalog.json'), 'utf8'));
const bySection = new Map(catalog.map((op) => [op.section, op]));

/** Which sections each node covers, grouped into resources as the reference groups them. */
const NODES = {
	HuaweiCecConfiguration: {
		families: ['config', 'appSettings'],
		resources: [
			{ value: 'agent', name: 'Agent', prefix: ['5.1.'] },
			{ value: 'skillQueue', name: 'Skill Queue', prefix: ['5.2.'] },
			{ value: 'accessCode', name: 'Access Code and Called Route', prefix: ['5.3.'] },
			{ value: 'ivr', name: 'IVR Flow, Satisfaction and Voice File', prefix: ['5.4.'] },
			{ value: 'appSettings', name: 'App Personal Settings', prefix: ['6.4.'] },
			{ value: 'mobileAnswering', name: 'Mobile Phone Answering', prefix: ['6.1.2.26', '6.1.2.27', '6.1.2.28'] },
		],
	},
	HuaweiCecOutboundCampaign: {
		families: ['isales'],
		resources: [
			{ value: 'campaign', name: 'Campaign', prefix: ['7.1.'] },
			{ value: 'holiday', name: 'Holiday', prefix: ['7.2.'] },
			{ value: 'blacklist', name: 'Blacklist', prefix: ['7.3.'] },
			{ value: 'outboundData', name: 'Outbound Data', prefix: ['7.4.'] },
			{ value: 'result', name: 'Result and Call Record', prefix: ['7.5.'] },
			{ value: 'businessResult', name: 'Business Result Writeback', prefix: ['7.7', '7.7.'] },
			{ value: 'fileServer', name: 'File Server', prefix: ['7.8.'] },
			{ value: 'externalResult', name: 'External Result', prefix: ['7.9.'] },
			{ value: 'invocationRecord', name: 'Invocation Record', prefix: ['7.10'] },
		],
	},
	HuaweiCecVoiceNotification: {
		families: ['voiceNotification'],
		resources: [{ value: 'voiceNotification', name: 'Voice Notification', prefix: ['14.1', '14.2', '14.3'] }],
		aliases: { '14.2': ['6.2.9'], '14.3': ['6.2.10'] },
	},
	HuaweiCecBidirectionalCall: {
		families: ['bidirectionalCall'],
		resources: [{ value: 'call', name: 'Bidirectional Call', prefix: ['6.2.1', '6.2.2', '6.2.3', '6.2.4', '6.2.5', '6.2.6', '6.2.7', '6.2.8', '6.2.11', '6.2.12'] }],
	},
	HuaweiCecAgentWorkbench: {
		families: [
			'agentGateway.onlineagent',
			'agentGateway.agentevent',
			'agentGateway.voicecall',
			'agentGateway.calldata',
			'agentGateway.agentconf',
			'agentGateway.mediacall',
			'agentGateway.queuedevice',
			'agentGateway.agentgroup',
			'agentGateway.recordfile',
		],
		resources: [
			{ value: 'agent', name: 'Agent', prefix: ['6.1.1.', '6.1.4.1'] },
			{ value: 'call', name: 'Call', prefix: ['6.1.2.'] },
			{ value: 'callData', name: 'Call Data', prefix: ['6.1.3.'] },
			{ value: 'conference', name: 'Conference', prefix: ['6.1.6.'] },
			{ value: 'multimedia', name: 'Multimedia', prefix: ['6.1.5.'] },
			{ value: 'queueAndGroup', name: 'Queue and Group', prefix: ['5.2.'] },
			{ value: 'recording', name: 'Recording', prefix: ['13.1.2.', '13.1.3.'] },
		],
	},
	HuaweiCecSupervisor: {
		families: ['agentGateway.qualitycontrol', 'agentGateway.recordplay'],
		resources: [
			{ value: 'qualityControl', name: 'Quality Control', prefix: ['12.1.'] },
			{ value: 'recordingPlayback', name: 'Recording Playback', prefix: ['13.1.1.'] },
		],
	},
	HuaweiCecChatbot: {
		// 10.12 (pushed by the recording server, serviceToken in the body), 10.14 (ODFS calls a third-party robot)
		// and 10.23 (no auth) are not C3 requests: the generic Huawei CEC node covers them.
		families: ['oiap'],
		resources: [
			{ value: 'domain', name: 'Domain', prefix: ['10.2'] },
			{ value: 'dialogBinding', name: 'Dialog ID Binding', prefix: ['10.3.'] },
			{ value: 'flow', name: 'Flow', prefix: ['10.4'] },
			{ value: 'dialog', name: 'Dialog', prefix: ['10.6.'] },
			{ value: 'record', name: 'Record', prefix: ['10.7', '10.8', '10.18'] },
			{ value: 'faq', name: 'FAQ', prefix: ['10.9.'] },
			{ value: 'intention', name: 'Intention', prefix: ['10.10'] },
			{ value: 'silentAgent', name: 'Silent Agent', prefix: ['10.11.'] },
			{ value: 'spellCheck', name: 'Spelling Check', prefix: ['10.13'] },
			{ value: 'report', name: 'Report', prefix: ['10.15.', '10.16'] },
			{ value: 'intelligentCase', name: 'Intelligent Case', prefix: ['10.17.'] },
			{ value: 'semanticRecognition', name: 'Semantic Recognition', prefix: ['10.19'] },
			{ value: 'rpa', name: 'RPA', prefix: ['10.20.'] },
			{ value: 'tts', name: 'Text to Speech', prefix: ['10.21'] },
			{ value: 'offlineConversion', name: 'Offline Conversion', prefix: ['10.22'] },
			{ value: 'legacy', name: 'Legacy', prefix: ['10.5.'] },
		],
	},
	HuaweiCecKnowledgeBase: {
		families: ['ikbs'],
		resources: [{ value: 'knowledge', name: 'Knowledge', prefix: ['9.2.'] }],
	},
	HuaweiCecQualityManagement: {
		families: ['ccsqm'],
		resources: [
			{ value: 'scoreSetting', name: 'Score Setting', prefix: ['12.2.1.'] },
			{ value: 'sentence', name: 'Sentence', prefix: ['12.2.2.'] },
			{ value: 'sensitiveWord', name: 'Sensitive Word', prefix: ['12.2.3.'] },
			{ value: 'sentenceGroup', name: 'Sentence Group', prefix: ['12.2.4.'] },
			{ value: 'semanticKeywordTraining', name: 'Semantic Keyword Training', prefix: ['12.2.5.'] },
			{ value: 'conversationFlow', name: 'Conversation Flow', prefix: ['12.2.6.'] },
			{ value: 'conversationRule', name: 'Conversation Rule', prefix: ['12.2.7.'] },
			{ value: 'interposalRule', name: 'Interruption Rule', prefix: ['12.2.8.'] },
			{ value: 'silenceRule', name: 'Silence Rule', prefix: ['12.2.9.'] },
			{ value: 'speedRule', name: 'Speed Rule', prefix: ['12.2.10.'] },
			{ value: 'scenario', name: 'Business Scenario', prefix: ['12.2.11.'] },
			{ value: 'qualityCheck', name: 'Inspected Call', prefix: ['12.2.12.'] },
			{ value: 'regularQualityTask', name: 'Regular Quality Task', prefix: ['12.2.13.'] },
			{ value: 'qualityTask', name: 'Quality Task', prefix: ['12.2.14.'] },
			{ value: 'qualityTaskDetail', name: 'Quality Task Call', prefix: ['12.2.15.'] },
			{ value: 'qualityItem', name: 'Quality Item', prefix: ['12.2.16.'] },
			{ value: 'asrTranscription', name: 'ASR Transcription', prefix: ['12.2.17.'] },
		],
	},
	HuaweiCecWebChat: {
		families: ['webChat', 'workbench'],
		resources: [
			{ value: 'chat', name: 'Chat', prefix: ['11.1', '11.2', '11.3', '11.4', '11.5', '11.6', '11.7', '11.8', '11.14', '11.15', '11.16', '11.20'] },
			{ value: 'clickToDial', name: 'Click-to-Dial', prefix: ['11.9', '11.10', '11.11', '11.12', '11.13'] },
			{ value: 'email', name: 'Email', prefix: ['11.17'] },
			{ value: 'whatsApp', name: 'WhatsApp', prefix: ['11.18'] },
			{ value: 'workbench', name: 'Workbench', prefix: ['11.19'] },
		],
	},
	HuaweiCecSurvey: {
		families: ['survey', 'dataProcess'],
		resources: [
			{ value: 'survey', name: 'Survey', prefix: ['8.'] },
			{ value: 'callResult', name: 'Call Result Data', prefix: ['16.1'] },
		],
	},
	HuaweiCecVoiceRecognition: {
		families: ['voiceRecognition'],
		resources: [{ value: 'subscription', name: 'Subscription', prefix: ['6.3.'] }],
	},
	HuaweiCecReports: {
		families: ['cms'],
		resources: [
			{ value: 'vdn', name: 'VDN (Real-Time)', prefix: ['12.3.1.1.'] },
			{ value: 'skillQueue', name: 'Skill Queue (Real-Time)', prefix: ['12.3.1.2.'] },
			{ value: 'agent', name: 'Agent (Real-Time)', prefix: ['12.3.1.3.'] },
			{ value: 'call', name: 'Call Detail (Real-Time)', prefix: ['12.3.1.4.'] },
			{ value: 'history', name: 'Historical Indicator', prefix: ['12.3.2.'] },
			{ value: 'configuration', name: 'Configuration Data', prefix: ['12.3.3.'] },
			{ value: 'inspection', name: 'Inspection Relationship', prefix: ['12.3.4.'] },
			{ value: 'outbound', name: 'Outbound Task', prefix: ['12.3.5.'] },
			{ value: 'system', name: 'System Indicator', prefix: ['12.3.6.', '12.3.7'] },
			{ value: 'legacy', name: 'Legacy', prefix: ['12.3.8.13.'] },
		],
	},
	HuaweiCecFileService: {
		families: ['ccfs'],
		resources: [
			{ value: 'recording', name: 'Recording', prefix: ['13.2.1.1', '13.2.1.4', '13.2.1.5', '13.2.1.8', '13.2.1.9', '13.2.1.10', '13.2.1.11'] },
			{ value: 'index', name: 'CDR and Index File', prefix: ['13.2.1.2', '13.2.1.3', '13.2.1.6', '13.2.1.7'] },
			{ value: 'thirdPartyFile', name: 'Third-Party File', prefix: ['13.2.1.12', '13.2.1.13', '13.2.1.14', '13.2.1.15'] },
		],
	},
};

const WRAPPERS = new Set(['requestParam', 'requestParams', 'reqBody', 'requestBody', 'Body', 'body']);
const VERBS = { Adding: 'Add', Creating: 'Create', Deleting: 'Delete', Modifying: 'Update', Updating: 'Update', Querying: 'Get', Obtaining: 'Get', Uploading: 'Upload', Binding: 'Bind', Unbinding: 'Unbind', Changing: 'Change', Starting: 'Start', Suspending: 'Suspend', Resuming: 'Resume', Stopping: 'Stop', Setting: 'Set', Importing: 'Import', Exporting: 'Export', Downloading: 'Download', Canceling: 'Cancel', Resetting: 'Reset', Writing: 'Write', Sending: 'Send', Calling: 'Call', Checking: 'Check', Pausing: 'Pause', Restoring: 'Restore', Batch: 'Batch' };
const QUERY_TITLE = /^(Querying|Obtaining|Checking|Downloading)\b/;
const PAGE_FIELDS = [['pageNum', 'pageSize'], ['pageNo', 'pageSize'], ['page', 'pageSize'], ['pageIndex', 'pageSize'], ['curPage', 'pageSize'], ['page', 'size'], ['pageNum', 'limit'], ['currentPage', 'pageSize']];
const OFFSET_FIELDS = [['offset', 'limit'], ['start', 'limit']];

/** "7.1." covers 7.1.x; "7.10" covers exactly 7.10. */
function matches(section, prefixes) {
	return prefixes.some((p) => (p.endsWith('.') ? section.startsWith(p) : section === p));
}

function cleanTitle(title) {
	return title.replace(/\s*\((?:V\d[\d.]*)\)/g, '').replace(/\s*\([A-Za-z/ ]+\)\s*$/, '').replace(/\s+/g, ' ').trim();
}

function versionOf(title) {
	const m = /\(V(\d)/.exec(title);
	return m ? `V${m[1]}` : '';
}

/** 12.2 titles are "POST /CCSQM/.../createSentence": the last path segment names the action. */
const PATH_TITLE = /^(?:GET|POST|PUT|DELETE|PATCH) \/\S*\/\s*([A-Za-z0-9]+)/;

function actionName(title) {
	const fromPath = PATH_TITLE.exec(title);
	if (fromPath) return fromPath[1].replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase()).replace(/ ([a-z])/g, (_, c) => ` ${c.toUpperCase()}`);
	const words = cleanTitle(title).split(' ');
	words[0] = VERBS[words[0]] ?? words[0];
	return words.join(' ');
}

function camel(text) {
	const words = text.replace(/[^A-Za-z0-9 ]/g, ' ').split(/\s+/).filter((w) => w && !/^(a|an|the|of|to|for|in|on|by|about|from|and|with|specified|specific)$/i.test(w));
	return words.map((w, i) => (i === 0 ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1).toLowerCase())).join('');
}

function strip(field) {
	const out = {};
	for (const key of ['name', 'in', 'type', 'itemType', 'required', 'description', 'minLength', 'maxLength', 'min', 'max', 'minItems', 'maxItems', 'options', 'default', 'jsonString']) {
		if (field[key] !== undefined) out[key] = field[key];
	}
	if (out.description && out.description.length > 400) out.description = out.description.slice(0, 397) + '...';
	if (field.children) out.children = field.children.map(strip);
	return out;
}

function unwrap(section) {
	const fields = section.fields;
	const body = fields.filter((f) => f.in === 'body');
	const notes = (section.shapeNotes ?? []).filter((n) => !n.startsWith('(minor)'));
	if (body.length === 1 && WRAPPERS.has(body[0].name) && body[0].children?.length) {
		const example = section.requestExample;
		const exampleKeys = example && typeof example === 'object' && !Array.isArray(example) ? Object.keys(example) : [];
		const childNames = new Set(body[0].children.map((c) => c.name));
		if (!exampleKeys.includes(body[0].name) && exampleKeys.some((k) => childNames.has(k))) {
			notes.push(`Sent without the "${body[0].name}" wrapper: the table's lone top-level row ${body[0].name} names the body itself, and the request example (keys ${exampleKeys.join(', ')}) omits it.`);
			return { fields: [...fields.filter((f) => f.in !== 'body'), ...body[0].children.map((c) => ({ ...c, in: 'body' }))], notes };
		}
		if (exampleKeys.includes(body[0].name)) notes.push(`Sent inside the "${body[0].name}" wrapper, as both the table and the request example show.`);
	}
	return { fields, notes };
}

function findItemsPath(section) {
	const walk = (fields, prefix, depth) => {
		for (const f of fields ?? []) {
			const path = prefix ? `${prefix}.${f.name}` : f.name;
			if (f.type === 'array' && (f.children?.length || f.itemType === 'object')) return path;
		}
		if (depth > 0) for (const f of fields ?? []) {
			if (f.type === 'object' && f.children) {
				const hit = walk(f.children, prefix ? `${prefix}.${f.name}` : f.name, depth - 1);
				if (hit) return hit;
			}
		}
		return undefined;
	};
	return walk(section.responseFields, '', 2);
}

function paging(fields) {
	const names = new Set(fields.filter((f) => f.in === 'body' || f.in === 'query').map((f) => f.name));
	for (const [page, size] of PAGE_FIELDS) if (names.has(page) && names.has(size)) {
		const sizeField = fields.find((f) => f.name === size);
		const pageField = fields.find((f) => f.name === page);
		return { style: 'page', pageField: page, sizeField: size, firstPage: pageField.min ?? 1, ...(sizeField.max ? { maxSize: sizeField.max } : {}) };
	}
	for (const [offset, limit] of OFFSET_FIELDS) if (names.has(offset) && names.has(limit)) {
		const limitField = fields.find((f) => f.name === limit);
		return { style: 'offset', offsetField: offset, limitField: limit, ...(limitField.max ? { maxSize: limitField.max } : {}) };
	}
	return undefined;
}

function specFor(sectionId, resource, usedOps) {
	const section = sections[sectionId];
	const catalogEntry = bySection.get(sectionId);
	const { fields, notes } = unwrap(section);
	const stripped = fields.map(strip);
	let operation = camel(actionName(section.title)) + versionOf(section.title);
	while (usedOps.has(operation)) operation += 'X';
	usedOps.add(operation);
	const idempotent = section.method === 'GET' || QUERY_TITLE.test(section.title) || /^(Query|Get)\b/.test(PATH_TITLE.test(section.title) ? actionName(section.title) : '');
	const pg = idempotent ? paging(stripped) : undefined;
	const itemsPath = findItemsPath(section);
	const spec = {
		section: sectionId,
		title: section.title,
		family: section.family,
		resource,
		operation,
		name: actionName(section.title) + (versionOf(section.title) ? ` (${versionOf(section.title)})` : ''),
		method: section.method,
		path: section.path,
		auth: section.auth,
		idempotent,
		...(catalogEntry?.deprecated ? { legacy: true } : {}),
		fields: stripped,
		...(notes.length ? { shapeNote: notes.join(' ') } : {}),
		result: { ...(itemsPath ? { itemsPath } : {}), ...(section.errorCodes && Object.keys(section.errorCodes).length ? { errors: section.errorCodes } : {}) },
		...(pg && itemsPath ? { paging: pg } : {}),
		...(section.requestExample !== null && section.requestExample !== undefined ? { example: section.requestExample } : {}),
	};
	// The PDF's rendering defects (cclId, voicercall, queryParam wrappers, I/l names...) corrected from vendor evidence.
	return applyVendorCorrections(spec);
}

const args = process.argv.slice(2);
const force = args.includes('--force');
const only = args.filter((a) => !a.startsWith('--'));
for (const [node, config] of Object.entries(NODES)) {
	if (only.length && !only.includes(node)) continue;
	const target = join(root, 'nodes', node, 'operations.ts');
	if (existsSync(target) && !force) {
		console.log(`${node}: operations.ts exists (reviewed); use --force to regenerate`);
		continue;
	}
	const specs = [];
	const usedOps = new Set();
	for (const resource of config.resources) {
		const ids = catalog.filter((op) => op.direction === 'request' && config.families.includes(op.family) && matches(op.section, resource.prefix)).map((op) => op.section);
		for (const id of ids) {
			const spec = specFor(id, resource.value, usedOps);
			if (config.aliases?.[id]) spec.aliases = config.aliases[id];
			specs.push(spec);
		}
	}
	const resources = config.resources.map(({ value, name }) => ({ value, name }));
	const text = `// Registry entries of ${node}, one per interface of the CEC 2.5 reference, keyed by doc section.
// Derived by scripts/generate-specs.cjs from reference/sections.json, then reviewed by hand.
import type { ResourceSpec } from '../shared/registry/describe';
import type { OperationSpec } from '../shared/registry/types';

export const RESOURCES: ResourceSpec[] = ${JSON.stringify(resources, null, '\t')};

export const OPERATIONS: OperationSpec[] = ${JSON.stringify(specs, null, '\t')};
`;
	require('node:fs').mkdirSync(join(root, 'nodes', node), { recursive: true });
	writeFileSync(target, text);
	console.log(`${node}: ${specs.length} operations`);
}
