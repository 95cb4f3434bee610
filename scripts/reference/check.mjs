#!/usr/bin/env node
/**
 * Self-check for reference/sections.json (produced by parse-reference.mjs).
 * Asserts facts read directly from the CEC 2.5 API reference; exits 1 on any failure.
 * Run: node scripts/reference/check.mjs
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..', '..');
const data = JSON.parse(fs.readFileSync(path.join(ROOT, 'reference', 'sections.json'), 'utf8'));
const catalog = JSON.parse(fs.readFileSync(path.join(ROOT, 'reference', 'catalog.json'), 'utf8'));
const S = data.sections;

let failures = 0;
let passes = 0;
function check(label, cond, detail = '') {
	if (cond) passes++;
	else {
		failures++;
		console.error(`FAIL ${label}${detail ? ` — ${detail}` : ''}`);
	}
}

/** Find a field by dotted path ("requestParam.userAccount") in a field list. */
function field(list, dotted) {
	let cur = list;
	let f;
	for (const part of dotted.split('.')) {
		f = (cur || []).find((x) => x.name === part);
		if (!f) return undefined;
		cur = f.children;
	}
	return f;
}
const req = (sec, p) => field(S[sec]?.fields, p);
const res = (sec, p) => field(S[sec]?.responseFields, p);
const optVals = (f) => (f?.options || []).map((o) => o.value);
const has = (f, props) => f && Object.entries(props).every(([k, v]) => JSON.stringify(f[k]) === JSON.stringify(v));
const show = (f) => JSON.stringify(f && { ...f, description: undefined, children: f.children?.map((c) => c.name) });

// --- Structural checks -------------------------------------------------------------------------
check('source name', data.source === '001_4b2350f08b5bb74d.txt');
check('all catalog sections present', catalog.every((o) => S[o.section]), `${catalog.filter((o) => !S[o.section]).map((o) => o.section)}`);
check('section count', Object.keys(S).length === catalog.length);
const TYPES = new Set(['string', 'integer', 'number', 'boolean', 'object', 'array', 'json']);
const INS = new Set(['path', 'query', 'body', 'header']);
let bad = [];
const walk = (list, sec, where) => {
	for (const f of list || []) {
		if (typeof f.name !== 'string' || !f.name) bad.push(`${sec} ${where}: empty name`);
		if (!TYPES.has(f.type)) bad.push(`${sec} ${where} ${f.name}: type ${f.type}`);
		if (!INS.has(f.in)) bad.push(`${sec} ${where} ${f.name}: in ${f.in}`);
		if (f.itemType && (!TYPES.has(f.itemType) || f.itemType === 'array')) bad.push(`${sec} ${f.name}: itemType ${f.itemType}`);
		if (f.itemType && f.type !== 'array') bad.push(`${sec} ${f.name}: itemType on ${f.type}`);
		for (const o of f.options || []) {
			if (!('value' in o) || typeof o.name !== 'string') bad.push(`${sec} ${f.name}: bad option`);
			if ((f.type === 'integer' || f.type === 'number') && typeof o.value !== 'number') bad.push(`${sec} ${f.name}: option ${o.value} not numeric`);
			if (f.type === 'string' && typeof o.value !== 'string') bad.push(`${sec} ${f.name}: option ${o.value} not string`);
		}
		walk(f.children, sec, where);
	}
};
for (const [sec, e] of Object.entries(S)) {
	walk(e.fields, sec, 'fields');
	walk(e.responseFields, sec, 'responseFields');
	if (e.responseFields.some((f) => f.in !== 'body')) bad.push(`${sec}: response field not in body`);
	if (!Array.isArray(e.shapeNotes)) bad.push(`${sec}: shapeNotes`);
	for (const k of ['method', 'path', 'auth', 'direction', 'family']) {
		const op = catalog.find((o) => o.section === sec);
		if (e[k] !== op[k]) bad.push(`${sec}: ${k} differs from catalog`);
	}
}
check('every field is FieldSpec-shaped', bad.length === 0, bad.slice(0, 10).join('; '));
const embedded = catalog.filter((o) => o.embeddedCallback).map((o) => o.section);
check('embeddedCallback exactly on catalog entries that have one', Object.values(S).filter((e) => e.embeddedCallback).map((e) => e.section).join() === embedded.join());

// --- Chapter 4: authentication ----------------------------------------------------------------
check('4.4 appKey', has(req('4.4', 'appKey'), { in: 'body', type: 'string', required: true }), show(req('4.4', 'appKey')));
check('4.4 appSecret', has(req('4.4', 'appSecret'), { in: 'body', type: 'string', required: true }));
check('4.2 app_key from example (no table in the doc)', req('4.2', 'app_key')?.fromExample === true && !!req('4.2', 'app_secret'));

// --- Chapter 5: configuration -----------------------------------------------------------------
check('5.1.1 requestParam object', has(req('5.1.1', 'requestParam'), { in: 'body', type: 'object', required: true }));
check('5.1.1 userAccount 6..50', has(req('5.1.1', 'requestParam.userAccount'), { type: 'string', required: true, minLength: 6, maxLength: 50 }), show(req('5.1.1', 'requestParam.userAccount')));
check('5.1.1 userName max 20', has(req('5.1.1', 'requestParam.userName'), { maxLength: 20 }));
check('5.1.1 agentType options 4/11/5/99', JSON.stringify(optVals(req('5.1.1', 'requestParam.agentType'))) === '[4,11,5,99]', show(req('5.1.1', 'requestParam.agentType')));
check('5.1.1 skills array of objects', has(req('5.1.1', 'requestParam.skills'), { type: 'array', itemType: 'object' }) && !!req('5.1.1', 'requestParam.skills.skillWeight'));
check('5.1.1 shape note about requestParam', S['5.1.1'].shapeNotes.some((n) => /wraps body in requestParam/.test(n)));
check('5.4.4 embedded callback fields + expected response', (() => {
	const cb = S['5.4.4'].embeddedCallback;
	return cb && ['fileUrl', 'fileId', 'status', 'comment'].every((n) => cb.fields.some((f) => f.name === n)) && cb.expectedResponse?.returnCode === '0';
})());

// --- Chapter 6.1: CC-Gateway agent workbench -------------------------------------------------
check('6.1.1.1 agentid path', has(req('6.1.1.1', 'agentid'), { in: 'path', required: true }));
check('6.1.1.1 password max 32', has(req('6.1.1.1', 'password'), { in: 'body', required: true, maxLength: 32 }));
check('6.1.1.1 autoanswer default true', has(req('6.1.1.1', 'autoanswer'), { type: 'boolean', default: true }));
check('6.1.1.1 agenttype default 4, options 4/11', has(req('6.1.1.1', 'agenttype'), { type: 'integer', default: 4 }) && JSON.stringify(optVals(req('6.1.1.1', 'agenttype'))) === '[4,11]');
check('6.1.6.8 error code 100-006 resolved from 6.5.2', S['6.1.6.8'].errorCodes['100-006'] === 'The agent does not sign in.');
check('6.1.6.18 body is conflds only (doc error table dropped)', !req('6.1.6.18', 'modifyType') && has(req('6.1.6.18', 'conflds'), { type: 'array', maxItems: 20 }) && S['6.1.6.18'].shapeNotes.some((n) => /documentation error/.test(n)));

// --- Chapter 6.2: bidirectional calls -----------------------------------------------------------
check('6.2.2 softPhone required', has(req('6.2.2', 'softPhone'), { in: 'body', type: 'string', required: true }));
check('6.2.2 example repaired (missing comma)', S['6.2.2'].requestExample?.called === 6666614);
check('6.2.14.2 callback example in key=value form parsed', S['6.2.14.2'].requestExample?.called === '88880067');
check('6.2.14.2 expected response retCode', S['6.2.14.2'].responseExample?.retCode === '0');

// --- Chapter 7: iSales -------------------------------------------------------------------------
check('7.3.1 vdnId path 1..9999', has(req('7.3.1', 'vdnId'), { in: 'path', type: 'integer', required: true, min: 1, max: 9999 }), show(req('7.3.1', 'vdnId')));
check('7.3.1 blocklist', has(req('7.3.1', 'blocklist'), { in: 'body', type: 'array', itemType: 'string', required: true, maxItems: 20 }), show(req('7.3.1', 'blocklist')));
check('7.3.1 validityExpirationTime', has(req('7.3.1', 'validityExpirationTime'), { type: 'string', required: false }));
check('7.3.1 validityTime 1..120', has(req('7.3.1', 'validityTime'), { type: 'integer', min: 1, max: 120 }));
check('7.3.1 restrictTimes 1..100', has(req('7.3.1', 'restrictTimes'), { type: 'integer', min: 1, max: 100 }));
check('7.3.1 restrictPeriod options "0","1"', JSON.stringify(optVals(req('7.3.1', 'restrictPeriod'))) === '["0","1"]');
check('7.3.1 error 0200001 (split by <br>)', /^Parameter error/.test(S['7.3.1'].errorCodes['0200001'] || ''));
check('7.1.7 query params (GET)', has(req('7.1.7', 'rowsPerPage'), { in: 'query', type: 'integer', required: true }) && req('7.1.7', 'vdnId')?.in === 'path');
check('7.1.10 policyJson is a JSON string with children', has(req('7.1.10', 'policyJson'), { jsonString: true, rawType: 'String' }) && !!req('7.1.10', 'policyJson.policy.callInterval'));
check('7.4.2 called sub-table nested under callDataList', has(req('7.4.2', 'callDataList.called.calledNo'), { required: true, maxLength: 24 }));
check('7.6.1 callback: callResultList with 10 children', req('7.6.1', 'callResultList')?.children?.length === 10);
check('7.6.1 callback expected response', S['7.6.1'].responseExample?.retMsg === 'success');
check('7.6.1 bare-array example noted', S['7.6.1'].shapeNotes.some((n) => /bare JSON array/.test(n)));

// --- Chapter 9: iKBS ---------------------------------------------------------------------------
check('9.2.1 X-TenantSpaceID kept as header', has(req('9.2.1', 'X-TenantSpaceID'), { in: 'header', required: true }));
check('9.2.1 coluKngld printed name kept', has(req('9.2.1', 'coluKngld'), { in: 'body', required: true }));
check('9.2.1 coluKngId/coluKngld OCR note', S['9.2.1'].shapeNotes.some((n) => /coluKngId/.test(n)));

// --- Chapter 10: OIAP ----------------------------------------------------------------------------
check('10.2 language options', optVals(req('10.2', 'language')).includes('zh_CN'));
check('10.2 response domains[] children', res('10.2', 'domains')?.itemType === 'object' && !!res('10.2', 'domains.domainId'));
check('10.5.1 inparams wrapper synthesized', req('10.5.1', 'inparams')?.synthetic === true && !!req('10.5.1', 'inparams.call_id'));
check('10.14.2 request object from single-word sub-table title', has(req('10.14.2', 'request.sentence'), { maxLength: 1024, required: true }) && req('10.14.2', 'Chatbot-Token')?.in === 'header');
check('10.22 Body -> Body.lattices nested', !!req('10.22', 'Body.Body.lattices.onebest'));

// --- Chapter 11: web client ------------------------------------------------------------------------
check('11.2 reqBody wrapper with channel', has(req('11.2', 'reqBody.channel'), { required: true }) && !!res('11.2', 'position'));

// --- Chapter 12: inspection / monitoring ------------------------------------------------------------
check('12.3.1.1.12 cclId 1..65535', has(req('12.3.1.1.12', 'cclId'), { type: 'integer', required: true, min: 1, max: 65535 }));
check('12.3.1.1.12 beginDate Long -> integer', has(req('12.3.1.1.12', 'beginDate'), { type: 'integer', rawType: 'Long', required: true }));
check('12.3.1.1.10 path params cclId/vdn', req('12.3.1.1.10', 'cclId')?.in === 'path' && req('12.3.1.1.10', 'vdn')?.in === 'path');
check('12.3.1.3.7 example wrapper queryParam noted', S['12.3.1.3.7'].shapeNotes.some((n) => /example wraps body in queryParam/.test(n)));
check('12.2.8.4 orphan numbering 1.x -> top level, other.call_end', !!req('12.2.8.4', 'other.call_end') && has(req('12.2.8.4', 'name'), { maxLength: 64 }));

// --- Chapter 13: recording / CDR --------------------------------------------------------------------
check('13.1.2.1 recordId query, agentid path', req('13.1.2.1', 'recordId')?.in === 'query' && req('13.1.2.1', 'agentid')?.in === 'path');
check('13.2.1.2 msgBody.dataType options', JSON.stringify(optVals(req('13.2.1.2', 'msgBody.dataType')).slice(0, 2)) === '["call","record"]');
check('13.2.1.2 request.version String (1-32) default 2.0', has(req('13.2.1.2', 'request.version'), { minLength: 1, maxLength: 32, default: '2.0' }));
check('13.2.1.2 embedded callback msgBody.billFileName', !!field(S['13.2.1.2'].embeddedCallback?.fields, 'msgBody.billFileName') && S['13.2.1.2'].embeddedCallback.example?.msgBody?.billFileName?.endsWith('.zip'));

// --- Chapter 14: voice notification -------------------------------------------------------------------
check('14.3 playTimes 1..5 default 1', has(req('14.3', 'requestBody.playTimes'), { type: 'integer', min: 1, max: 5, default: 1 }));
check('14.3 playList array of objects', has(req('14.3', 'requestBody.playList'), { type: 'array', itemType: 'object', required: true }));

console.log(`${passes} passed, ${failures} failed`);
process.exit(failures ? 1 : 0);
