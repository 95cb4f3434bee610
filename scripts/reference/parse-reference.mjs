#!/usr/bin/env node
/**
 * Parses the Huawei CEC 2.5 API reference (text converted from PDF) into a structured
 * per-section JSON (reference/sections.json) plus a coverage report (reference/REPORT.md).
 *
 * Inputs (relative to the repo root):
 *   reference/sources/001_4b2350f08b5bb74d.txt   the reference text
 *   reference/catalog.json                       the authoritative list of interfaces
 *
 * Run: node scripts/reference/parse-reference.mjs
 * No dependencies; plain Node ESM.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..', '..');
const SOURCE_NAME = '001_4b2350f08b5bb74d.txt';
const SOURCE = path.join(ROOT, 'reference', 'sources', SOURCE_NAME);
const CATALOG = path.join(ROOT, 'reference', 'catalog.json');
const OUT_DIR = path.join(ROOT, 'reference');

// ---------------------------------------------------------------------------------------------
// Text helpers
// ---------------------------------------------------------------------------------------------

const ENTITIES = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#39;': "'", '&apos;': "'", '&nbsp;': ' ' };

function decodeEntities(s) {
	return s.replace(/&(lt|gt|amp|quot|#39|apos|nbsp);/g, (m) => ENTITIES[m] ?? m);
}

/** Markdown escapes (\_ \* \# ...) -> plain characters. */
function unescapeMd(s) {
	return s.replace(/\\([\\`*_{}[\]()#+\-.!|$&<>~^"'])/g, '$1');
}

/** Cell/description HTML -> plain text with whitespace collapsed. */
function cleanText(s) {
	if (s == null) return '';
	let t = String(s);
	t = t.replace(/<br\s*\/?>/gi, ' ').replace(/<\/(p|li|ul|ol|div|tr)>/gi, ' ').replace(/<li[^>]*>/gi, ' ');
	t = t.replace(/<[^>]+>/g, '');
	t = decodeEntities(t);
	t = unescapeMd(t);
	t = t.replace(/\*\*/g, '').replace(/`/g, '');
	t = t.replace(/[ \t\u00a0]+/g, ' ').replace(/\s+([.,;:])(?=\s|$)/g, '$1');
	return t.replace(/\s+/g, ' ').trim();
}

/** Description -> list of segments (split at <br>, <p>, <li>, bullets) for enum detection. */
function segments(s) {
	if (!s) return [];
	let t = String(s);
	t = t.replace(/<br\s*\/?>/gi, '\n').replace(/<\/?(p|li|ul|ol|div)[^>]*>/gi, '\n');
	t = t.replace(/<[^>]+>/g, '');
	t = decodeEntities(unescapeMd(t)).replace(/\*\*/g, '');
	t = t.replace(/\s[•●○▪■◆]\s/g, '\n').replace(/^[•●○▪■◆]\s*/gm, '');
	return t
		.split('\n')
		.map((x) => x.replace(/^[\s•●○▪■◆\-–]+/, '').replace(/\s+/g, ' ').trim())
		.filter(Boolean);
}

/** Cell holding a name: joins PDF breaks inside identifiers. */
function cleanName(s) {
	let t = String(s ?? '');
	t = t.replace(/<br\s*\/?>/gi, '').replace(/<[^>]+>/g, '');
	t = decodeEntities(unescapeMd(t)).replace(/\*\*/g, '').replace(/`/g, '');
	t = t.replace(/\s+/g, ' ').trim();
	// "callBack Url" style breaks inside an identifier: join when both sides are identifier-ish.
	if (/^[A-Za-z_][\w.-]*( [\w.-]+)+$/.test(t) && !/ (or|and|of|the)\b/i.test(t) && t.split(' ').every((w) => /^[\w.-]+$/.test(w))) {
		const parts = t.split(' ');
		// Only join when a later part starts lower-case or with a digit/underscore (PDF wrap), or is a camel continuation.
		if (parts.slice(1).every((p) => /^[a-z0-9_]/.test(p) || /^[A-Z][a-z]/.test(p))) t = parts.join('');
	}
	return t;
}

function normKey(s) {
	return cleanText(s).toLowerCase().replace(/[^a-z0-9]/g, '');
}

// ---------------------------------------------------------------------------------------------
// Load inputs, locate sections
// ---------------------------------------------------------------------------------------------

const rawText = fs.readFileSync(SOURCE, 'utf8');
const LINES = rawText.split(/\r?\n/);
const catalog = JSON.parse(fs.readFileSync(CATALOG, 'utf8'));
const CAT_BY_SECTION = new Map(catalog.map((o) => [o.section, o]));

function findTocEnd() {
	let last = 0;
	for (let i = 0; i < Math.min(LINES.length, 3000); i++) if (/\t\d+\s*$/.test(LINES[i]) && /^\d/.test(LINES[i])) last = i;
	return last + 1;
}
const TOC_END = findTocEnd();

function parseToc() {
	const toc = [];
	for (let i = 0; i < TOC_END; i++) {
		const m = LINES[i].match(/^(\d+(?:\.\d+)*)\s+(.*?)(?:\.{3,})?\t\d+\s*$/);
		if (m) toc.push({ num: m[1], title: m[2].trim() });
	}
	return toc;
}

function locateHeadings() {
	const toc = parseToc();
	const heads = [];
	let pos = TOC_END;
	const n = (s) => s.replace(/[^a-z0-9]/gi, '').toLowerCase();
	for (const t of toc) {
		let hit = -1;
		for (let i = pos; i < LINES.length; i++) {
			const m = LINES[i].match(/^#{0,6}\s*(\d+(?:\.\d+)*)\s+(.*)$/);
			if (!m || m[1] !== t.num) continue;
			const a = n(m[2]);
			const b = n(t.title);
			if (a.startsWith(b.slice(0, 15)) || b.startsWith(a.slice(0, 15))) {
				hit = i;
				break;
			}
		}
		if (hit >= 0) {
			heads.push({ num: t.num, title: t.title, line: hit });
			pos = hit + 1;
		} else {
			// Heading lost in the PDF conversion: the catalog notes may give the line.
			const op = CAT_BY_SECTION.get(t.num);
			const m = op?.notes?.match(/section text located at line (\d+)/);
			if (m) heads.push({ num: t.num, title: t.title, line: Number(m[1]) - 1, synthetic: true });
		}
	}
	heads.sort((a, b) => a.line - b.line);
	return heads;
}

// ---------------------------------------------------------------------------------------------
// Block tokenizer: text lines, tables (pipe or tab), code fences
// ---------------------------------------------------------------------------------------------

function splitPipe(line) {
	let s = line.trim();
	if (s.startsWith('|')) s = s.slice(1);
	if (s.endsWith('|') && !s.endsWith('\\|')) s = s.slice(0, -1);
	const cells = [];
	let cur = '';
	for (let i = 0; i < s.length; i++) {
		if (s[i] === '\\' && s[i + 1] === '|') {
			cur += '|';
			i++;
		} else if (s[i] === '|') {
			cells.push(cur.trim());
			cur = '';
		} else cur += s[i];
	}
	cells.push(cur.trim());
	return cells;
}

const HEADER_WORDS = /^(no\.?|sn|s\/n|seq|parameter|parameters|parameter name|name|field|error code|return code|result code|code|type|value|value type|data type|description|mandatory|category|retcode|reason code|call type)$/i;

function isHeaderCells(cells) {
	const c = cells.map((x) => cleanText(x).toLowerCase());
	if (!c.some((x) => /^description$|^meaning$|^remarks?$/.test(x))) return false;
	return HEADER_WORDS.test(c[0]) || c[0].startsWith('value of') || c[0] === 'no';
}

function tokenize(lines, startLine) {
	const blocks = [];
	let i = 0;
	while (i < lines.length) {
		const line = lines[i];
		if (/^\s*```/.test(line)) {
			const body = [];
			i++;
			while (i < lines.length && !/^\s*```/.test(lines[i])) body.push(lines[i++]);
			i++;
			blocks.push({ kind: 'code', line: startLine + i, text: body.join('\n') });
			continue;
		}
		if (/^\s*\|/.test(line)) {
			const tl = [];
			while (i < lines.length && /^\s*\|/.test(lines[i])) tl.push(lines[i++]);
			const header = splitPipe(tl[0]);
			const rows = [];
			for (let k = 1; k < tl.length; k++) {
				if (/^\s*\|[\s:|-]+\|?\s*$/.test(tl[k]) && tl[k].includes('-')) continue;
				rows.push(splitPipe(tl[k]));
			}
			blocks.push({ kind: 'table', fmt: 'pipe', line: startLine + i, header, rows });
			continue;
		}
		if (line.includes('\t') && isHeaderCells(line.split('\t'))) {
			const header = line.split('\t').map((x) => x.trim());
			const hk = header.map(normKey).join('|');
			const rows = [];
			i++;
			while (i < lines.length && lines[i].includes('\t')) {
				const cells = lines[i].split('\t').map((x) => x.trim());
				if (cells.map(normKey).join('|') !== hk) rows.push(cells);
				i++;
			}
			blocks.push({ kind: 'table', fmt: 'tab', line: startLine + i, header, rows });
			continue;
		}
		blocks.push({ kind: 'text', line: startLine + i, text: line });
		i++;
	}
	return blocks;
}

// ---------------------------------------------------------------------------------------------
// Table interpretation
// ---------------------------------------------------------------------------------------------

function columnMap(header) {
	const map = {};
	header.forEach((h, idx) => {
		const k = cleanName(h).toLowerCase().replace(/\s+/g, '');
		if (map.no === undefined && /^(no\.?|sn|s\/n|seq\.?)$/.test(k)) map.no = idx;
		else if (map.name === undefined && /^(parameter|parameters|parametername|name|field|fieldname|paramname)$/.test(k)) map.name = idx;
		else if (map.code === undefined && /code$|^retcode$|^valueofthe/.test(k)) map.code = idx;
		else if (map.type === undefined && /^(type|valuetype|datatype|parametertype)$/.test(k)) map.type = idx;
		else if (map.position === undefined && /^(position|location|in)$/.test(k)) map.position = idx;
		else if (map.mandatory === undefined && /^(mandatory|required|m\/o|mandatoryornot|mandatory\(yes\/no\)|optional)/.test(k)) map.mandatory = idx;
		else if (map.default === undefined && /^defaultvalue/.test(k)) map.default = idx;
		else if (map.length === undefined && /^length/.test(k)) map.length = idx;
		else if (map.description === undefined && /^(description|meaning|remarks?|cause|reason)/.test(k)) map.description = idx;
		else if (map.category === undefined && /^category/.test(k)) map.category = idx;
		else if (/^value$/.test(k) && map.value === undefined) map.value = idx;
	});
	return map;
}

function isParamTable(t) {
	return t.cols.name !== undefined && (t.cols.type !== undefined || t.cols.mandatory !== undefined);
}
function isErrorTable(t) {
	return t.cols.code !== undefined && t.cols.name === undefined;
}

function normNo(s) {
	let t = cleanText(s).replace(/\s+/g, '').replace(/\.+$/, '');
	if (!/^\d+(\.\d+)*$/.test(t)) return t ? null : '';
	return t;
}

/** A separator row such as "Request parameters\t\t\t\t" inside a callback table. */
function separatorLabel(cells, cols) {
	const nonEmpty = cells.filter((c) => cleanText(c));
	if (nonEmpty.length !== 1) return null;
	const first = cleanText(cells[0]);
	if (first && /^(request|response)\b/i.test(first) && cells.slice(1).every((c) => !cleanText(c))) return first.toLowerCase().startsWith('request') ? 'request' : 'response';
	return null;
}

/** Normalise table rows into records {no, name, rawType, mandatory, position, default, description, descRaw}. */
function tableRecords(t) {
	const c = t.cols;
	const recs = [];
	let part = 'main';
	for (const cells of t.rows) {
		const sep = separatorLabel(cells, c);
		if (sep) {
			part = sep;
			continue;
		}
		const get = (k) => (c[k] !== undefined && c[k] < cells.length ? cells[c[k]] : '');
		// Tab rows with more cells than headers: extra cells belong to the description.
		let descRaw = get('description');
		if (t.fmt === 'tab' && c.description === t.header.length - 1 && cells.length > t.header.length) descRaw = cells.slice(c.description).join(' ');
		let name = cleanName(get('name'));
		let nameNote = '';
		const pm = name.match(/^([A-Za-z_][\w.\-]*)\s*\(([^)]+)\)$/);
		if (pm) {
			name = pm[1];
			nameNote = ` (Name cell: "${pm[0]}".)`;
		}
		const noRaw = get('no');
		const rec = {
			no: c.no !== undefined ? normNo(noRaw) : '',
			name,
			rawType: cleanText(get('type')),
			mandatory: cleanText(get('mandatory')),
			position: cleanText(get('position')),
			default: cleanText(get('default')),
			length: cleanText(get('length')),
			descRaw: descRaw + nameNote,
			description: cleanText(descRaw + nameNote),
			part,
		};
		if (!name && !rec.rawType && recs.length) {
			// Continuation of the previous row's description across a page break.
			const prev = recs[recs.length - 1];
			prev.descRaw += ' ' + descRaw;
			prev.description = cleanText(prev.descRaw);
			continue;
		}
		if (!name) continue;
		if (/^(none|n\/a|-|—)$/i.test(name) && !rec.rawType) continue;
		recs.push(rec);
	}
	return recs;
}

// ---------------------------------------------------------------------------------------------
// Field building: types, limits, options, defaults
// ---------------------------------------------------------------------------------------------

const PRIM = {
	string: 'string', str: 'string', char: 'string', varchar: 'string', text: 'string', date: 'string', datetime: 'string', time: 'string', timestamp: 'string', uuid: 'string', file: 'string', binary: 'string', byte: 'integer', 'byte[]': 'string',
	int: 'integer', integer: 'integer', int32: 'integer', int64: 'integer', long: 'integer', short: 'integer', bigint: 'integer',
	number: 'number', float: 'number', double: 'number', bigdecimal: 'number', decimal: 'number', numeric: 'number',
	boolean: 'boolean', bool: 'boolean',
	object: 'object', jsonobject: 'object', map: 'object', json: 'object', dict: 'object', hashmap: 'object', 'map<string,string>': 'object', 'map<string,object>': 'object',
};

/** Returns {type, itemType?, inner?, minLength?, maxLength?} from a raw type cell. */
function mapType(raw) {
	let r = cleanText(raw).replace(/\s+/g, ' ').trim();
	const out = {};
	// Length in the type cell: String (1-32), String(32), String (1–20)
	const lm = r.match(/^([A-Za-z]+)\s*[([]\s*(\d+)\s*(?:[-–~,]\s*(\d+))?\s*[)\]]$/);
	if (lm && /^(string|varchar|char)$/i.test(lm[1])) {
		if (lm[3] !== undefined) {
			out.minLength = Number(lm[2]);
			out.maxLength = Number(lm[3]);
		} else out.maxLength = Number(lm[2]);
		out.type = 'string';
		return out;
	}
	const k = r.toLowerCase().replace(/\s+/g, '');
	if (!k) return { type: null };
	if (PRIM[k]) return { type: PRIM[k] };
	// Arrays
	let m = k.match(/^(?:list|array|jsonarray|set|collection|arraylist)(?:<(.+)>|\[(.+)\]|\((.+)\))?(?:\[\])?$/);
	if (m) {
		const inner = m[1] || m[2] || m[3] || '';
		return { type: 'array', itemType: inner ? PRIM[inner] ?? 'object' : undefined, inner };
	}
	m = k.match(/^(.+?)(?:\[\])+$/);
	if (m) return { type: 'array', itemType: PRIM[m[1]] ?? 'object', inner: m[1] };
	m = k.match(/^(?:list|array)of(.+?)s?$/);
	if (m) return { type: 'array', itemType: PRIM[m[1]] ?? 'object', inner: m[1] };
	if (/^(string|int|integer|long)array$/.test(k)) return { type: 'array', itemType: PRIM[k.replace(/array$/, '')] };
	if (/^(int|integer|long)\(/.test(k)) return { type: 'integer' };
	if (/^(string|varchar)(\(|$)/.test(k)) return { type: 'string' };
	if (/^(integer|int|long|short)(\(|$)/.test(k)) return { type: 'integer' };
	if (/^(number|float|double|decimal|bigdecimal|numeric)(\(|$)/.test(k)) return { type: 'number' };
	if (/^bool/.test(k)) return { type: 'boolean' };
	if (/^(object|jsonobject|map)/.test(k)) return { type: 'object' };
	// A named structure (domain, InterposalRule, ...).
	if (/^[a-z][\w.]*$/.test(k)) return { type: 'object', inner: k };
	return { type: null };
}

function typedValue(v, type) {
	const s = String(v).trim();
	if (type === 'integer' || type === 'number') {
		if (!/^-?\d+(\.\d+)?$/.test(s)) return undefined;
		const n = Number(s);
		return type === 'integer' && !Number.isInteger(n) ? undefined : n;
	}
	if (type === 'boolean') {
		if (/^true$/i.test(s)) return true;
		if (/^false$/i.test(s)) return false;
		return undefined;
	}
	return s;
}

const NOT_A_CODE = /^(note|notes|example|examples|e\.g|format|value|values|options?|description|default|remarks?|range|for|if|the|when|other|others|and|or|this|that|in|of|type|unit|length|caution|notice|warning|url|http|https|yyyy|hh|mm|ss|mandatory|optional|condition|step|scenario|prerequisites?|method|request|response|result|reason|cause|meaning|indicates?)$/i;

function extractOptions(descRaw, type) {
	const segs = segments(descRaw);
	const opts = [];
	const push = (value, name) => {
		const v = typedValue(value, type === 'array' ? 'string' : type);
		if (v === undefined) return false;
		if (opts.some((o) => o.value === v)) return true;
		opts.push({ value: v, name: name.replace(/[\s•●○▪■◆]+$/, '').replace(/[.;,]\s*$/, '').trim() });
		return true;
	};
	const valueOk = (v) => /^-?\d+$/.test(v) || (/^[A-Za-z][\w.\-]*$/.test(v) && !NOT_A_CODE.test(v) && v.length <= 32);

	// 1) Segments of the form "X: meaning" / "X - meaning" (<li>, <br> lists).
	const segOpts = [];
	for (const s of segs) {
		// Inline run of "4: audio agent 11: video agent ..."
		const run = [...s.matchAll(/(?:^|\s)(-?\d+)\s*[:：]\s+(?=\S)/g)];
		if (run.length >= 2 && run[0].index === 0) {
			for (let j = 0; j < run.length; j++) {
				const start = run[j].index + run[j][0].length;
				const end = j + 1 < run.length ? run[j + 1].index : s.length;
				segOpts.push([run[j][1], s.slice(start, end).trim()]);
			}
			continue;
		}
		const m = s.match(/^([A-Za-z0-9_.\-]+)\s*[:：]\s*(.+)$/) || s.match(/^(-?\d+)\s+[-–—]\s+(.+)$/);
		if (m && valueOk(m[1]) && !/^\d{1,2}:\d{2}/.test(s)) segOpts.push([m[1], m[2]]);
	}
	if (segOpts.length >= 2) {
		for (const [v, n] of segOpts) if (!push(v, n)) return undefined;
		return opts;
	}
	const text = cleanText(descRaw);
	// 2) "The options are 0 (every hour) and 1 (every day)" / "can be zh_CN (Chinese), en_US (English), or th_TH (Thai)"
	const om = text.match(/(?:options are|values? (?:are|can be|is one of)|value can be|can be set to|set to one of|is set to)\s*(?:as follows)?:?\s*((?:[\w.\-]+\s*\([^()]+\)\s*(?:,|;|,?\s*and|,?\s*or)?\s*){2,})/i);
	if (om) {
		const pairs = [...om[1].matchAll(/([\w.\-]+)\s*\(([^()]+)\)/g)];
		if (pairs.length >= 2 && pairs.every((p) => valueOk(p[1]))) {
			for (const p of pairs) if (!push(p[1], p[2])) return undefined;
			return opts;
		}
	}
	// 3) "0 indicates IVR, 1 indicates prompt tone, ..."
	const ind = [...text.matchAll(/(?:^|[\s,;(])(?:the value\s+)?(-?\d+|true|false)\s+indicates?\s+(?:that\s+)?([^,;.]+)/gi)];
	if (ind.length >= 2) {
		const vals = new Set(ind.map((x) => x[1]));
		if (vals.size === ind.length) {
			for (const p of ind) if (!push(p[1], p[2].replace(/\s+and$/, ''))) return undefined;
			return opts;
		}
	}
	return undefined;
}

function uniq(arr) {
	return [...new Set(arr)];
}

const NUM_WORDS = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12, sixteen: 16, twenty: 20, thirty: 30, fifty: 50 };

function extractLimits(desc, f) {
	const d = desc;
	const L = {};
	if (f.type === 'string') {
		const ranges = [...d.matchAll(/(?:string|value|contains?|consists? of|length(?: is| of)?|can contain|must contain|has)[^.]{0,40}?\b(\d+)\s*(?:to|-|–)\s*(\d+)\s*(?:characters|digits|bytes|chars)\b/gi)].map((m) => [Number(m[1]), Number(m[2])]);
		const maxes = [...d.matchAll(/(?:a )?maximum (?:length )?of (\d+) (?:characters|digits|bytes|chars)\b|(?:max\.|up to|at most|no more than|cannot exceed|not exceed|not longer than) (\d+) (?:characters|digits|bytes|chars)\b|contains? a maximum of (\d+)\b|length cannot exceed (\d+)|maximum length (?:is|of) (\d+)/gi)].map((m) => Number(m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5]));
		const mins = [...d.matchAll(/(?:a )?minimum (?:length )?of (\d+) (?:characters|digits)\b|at least (\d+) (?:characters|digits)\b/gi)].map((m) => Number(m[1] ?? m[2]));
		const ur = uniq(ranges.map((r) => r.join('-')));
		if (ur.length === 1 && maxes.every((x) => x === ranges[0][1])) {
			if (f.minLength === undefined) L.minLength = ranges[0][0];
			if (f.maxLength === undefined) L.maxLength = ranges[0][1];
		} else if (ur.length === 0 && uniq(maxes).length === 1 && f.maxLength === undefined) L.maxLength = maxes[0];
		if (ur.length === 0 && uniq(mins).length === 1 && f.minLength === undefined) L.minLength = mins[0];
		// Fixed length: "a string of 32 characters" (only when alone)
		if (L.maxLength === undefined && f.maxLength === undefined && ur.length === 0 && maxes.length === 0) {
			const fx = [...d.matchAll(/\b(?:a|the value is a) string of (\d+) characters\b/gi)].map((m) => Number(m[1]));
			if (uniq(fx).length === 1) {
				L.minLength = fx[0];
				L.maxLength = fx[0];
			}
		}
	}
	if (f.type === 'integer' || f.type === 'number') {
		const ranges = [...d.matchAll(/(?:rang(?:e|es|ing) (?:is )?from|range(?: is)?:?|value range(?: is)?:?|between|from) (-?\d+(?:\.\d+)?) (?:to|and|-|–) (-?\d+(?:\.\d+)?)(?!\s*(?:characters|digits|bytes|:))/gi)].map((m) => [Number(m[1]), Number(m[2])]);
		const ranges2 = [...d.matchAll(/value range:? \[?(-?\d+)\s*[-–,]\s*(-?\d+)\]?/gi)].map((m) => [Number(m[1]), Number(m[2])]);
		const all = uniq([...ranges, ...ranges2].filter((r) => r[0] <= r[1]).map((r) => r.join('|')));
		if (all.length === 1) {
			const [a, b] = all[0].split('|').map(Number);
			L.min = a;
			L.max = b;
		} else if (all.length === 0) {
			const mins = uniq([...d.matchAll(/(?:minimum|min\.) value is (-?\d+)\b|cannot be less than (-?\d+)\b|(?:greater than or equal to|at least) (-?\d+)\b/gi)].map((m) => m[1] ?? m[2] ?? m[3]));
			const maxs = uniq([...d.matchAll(/(?:maximum|max\.) value is (-?\d+)\b|cannot (?:be greater than|exceed) (-?\d+)\b|less than or equal to (-?\d+)\b/gi)].map((m) => m[1] ?? m[2] ?? m[3]));
			if (mins.length === 1) L.min = Number(mins[0]);
			if (maxs.length === 1) L.max = Number(maxs[0]);
		}
	}
	if (f.type === 'array') {
		const mx = uniq([...d.matchAll(/(?:a )?maximum of (\d+) (?!characters|digits|bytes)([a-z]+)|(?:up to|at most|no more than) (\d+) (?!characters|digits|bytes)([a-z]+)|cannot (?:exceed|contain more than) (\d+) (?!characters|digits|bytes)([a-z]+)|maximum (?:length|size|number of elements) of the (?:array|list) is (\d+)/gi)].map((m) => m[1] ?? m[3] ?? m[5] ?? m[7]));
		if (mx.length === 1) L.maxItems = Number(mx[0]);
		const mn = uniq([...d.matchAll(/(?:a )?minimum of (\d+) (?!characters|digits)[a-z]+|at least (\d+) (?!characters|digits)(?:element|item|record|number|member)/gi)].map((m) => m[1] ?? m[2]));
		if (mn.length === 1) L.minItems = Number(mn[0]);
	}
	return L;
}

function extractDefault(descRaw, f, defaultCell) {
	const cell = cleanText(defaultCell);
	if (cell && !/^(no|none|n\/a|-|—|null|empty|blank)$/i.test(cell)) {
		const v = typedValue(cell, f.type);
		if (v !== undefined && f.type !== 'object' && f.type !== 'array' && f.type !== 'json') return v;
	}
	const raw = String(descRaw || '');
	let all = [...raw.matchAll(/default(?: value)? (?:is|:)\s*(?:set to\s*)?(<b>([^<]+)<\/b>|\*\*([^*]+)\*\*|"([^"]+)"|([^\s,;()<]+))/gi)];
	// "... specified by the system parameter X ... The default value is 5": the default belongs to something else.
	all = all.filter((m) => {
		const before = cleanText(raw.slice(Math.max(0, m.index - 300), m.index));
		const sentences = before.split(/(?<=\.)\s+/);
		const prev = sentences.slice(-2).join(' ');
		return !/system parameter|specified by|drive letter|configuration file|\.properties/i.test(prev);
	});
	if (all.length === 0) return undefined;
	const vals = uniq(all.map((m) => decodeEntities(unescapeMd((m[2] ?? m[3] ?? m[4] ?? m[5] ?? '').trim())).replace(/\.$/, '').trim()));
	if (vals.length !== 1) return undefined;
	const v0 = vals[0];
	if (!v0 || /^(empty|null|blank|left|not|the|a|an|that|determined|none|no|used|specified|same|as|current|system|value|[A-Z][a-z]+ed)$/i.test(v0)) return undefined;
	if (f.type === 'object' || f.type === 'array' || f.type === 'json') return undefined;
	const v = typedValue(v0, f.type);
	if (v === undefined) return undefined;
	if (typeof v === 'string' && (v.length > 60 || /^[a-z]+$/.test(v) && v.length > 2 && /^(an?|the|to|in|of|on|at|by|for|with|from|this|that|each|all|used|left|set|given|determined|obtained)$/.test(v))) return undefined;
	return v;
}

function buildField(rec, loc) {
	const t = mapType(rec.rawType);
	const f = { name: rec.name, in: loc, type: t.type ?? 'string' };
	const desc = rec.description;
	if (t.type === 'number' && /\binteger\b/i.test(desc)) f.type = 'integer';
	if (t.itemType) f.itemType = t.itemType;
	const m = rec.mandatory.toLowerCase();
	if (/^(yes|y|mandatory|m|true|required)\b/.test(m)) f.required = true;
	else if (/^(no|n|optional|o|false)\b/.test(m)) f.required = false;
	else if (/^(c|conditional|conditionally|cm|co)\b/.test(m)) f.required = false;
	let description = desc;
	if (/^(c|conditional|conditionally)\b/.test(m)) description = (description ? description + ' ' : '') + `(Conditional: ${rec.mandatory})`;
	else if (rec.mandatory && /\(/.test(rec.mandatory)) description = (description ? description + ' ' : '') + `(Mandatory: ${rec.mandatory})`;
	if (description) f.description = description;
	if (t.minLength !== undefined) f.minLength = t.minLength;
	if (t.maxLength !== undefined) f.maxLength = t.maxLength;
	if (rec.length && f.type === 'string') {
		const lm = rec.length.match(/^(\d+)\s*(?:[-–~]\s*(\d+))?$/);
		if (lm) {
			if (lm[2]) {
				f.minLength = Number(lm[1]);
				f.maxLength = Number(lm[2]);
			} else f.maxLength = Number(lm[1]);
		}
	}
	Object.assign(f, extractLimits(desc, f));
	let opts = f.type === 'object' || f.type === 'json' ? undefined : extractOptions(rec.descRaw, f.type === 'array' ? f.itemType ?? 'string' : f.type);
	// For arrays, "name: meaning" lists usually describe element members, not values: keep numeric codes only.
	if (opts && f.type === 'array' && !opts.every((o) => /^-?\d+$/.test(String(o.value)))) opts = undefined;
	if (opts && opts.length >= 2) f.options = opts;
	const def = extractDefault(rec.descRaw, f, rec.default);
	if (def !== undefined) f.default = def;
	f.rawType = rec.rawType;
	Object.defineProperty(f, '_rec', { value: rec, enumerable: false, writable: true });
	Object.defineProperty(f, '_inner', { value: t.inner, enumerable: false, writable: true });
	return f;
}

/** Rows (with numbering) -> nested fields. Orphans (1.1 without 1) attach to nearest ancestor or top level. */
function nest(fields) {
	const top = [];
	const byNo = new Map();
	for (const f of fields) {
		const no = f._rec.no;
		let parent = null;
		if (no && no.includes('.')) {
			let p = no;
			while (p.includes('.') && !parent) {
				p = p.slice(0, p.lastIndexOf('.'));
				parent = byNo.get(p) ?? null;
			}
		}
		if (parent) (parent.children ??= []).push(f);
		else top.push(f);
		if (no) byNo.set(no, f);
	}
	return top;
}

function finalizeTypes(fields) {
	for (const f of fields) {
		if (f.children?.length) {
			finalizeTypes(f.children);
			if (f.type !== 'array' && f.type !== 'object') {
				// A scalar type with documented children (e.g. a String holding JSON): the children describe
				// the JSON text; flag it so the value is serialised to a string on the wire.
				if (f.type === 'string') f.jsonString = true;
				f.type = /list|array|\[\]/i.test(f.rawType) ? 'array' : 'object';
			}
			if (f.type === 'array') f.itemType = 'object';
		} else {
			if (f.type === 'object' && f.type !== 'json') f.type = 'json';
		}
	}
}

function countFields(fields, pred = () => true) {
	let n = 0;
	for (const f of fields || []) {
		if (pred(f) && !f.synthetic) n++;
		n += countFields(f.children, pred);
	}
	return n;
}

function cloneFields(fields) {
	return fields.map((f) => {
		const c = { ...f };
		Object.defineProperty(c, '_rec', { value: f._rec, enumerable: false, writable: true });
		Object.defineProperty(c, '_inner', { value: f._inner, enumerable: false, writable: true });
		if (f.children) c.children = cloneFields(f.children);
		return c;
	});
}

function setIn(fields, loc) {
	for (const f of fields) {
		f.in = loc;
		if (f.children) setIn(f.children, loc);
	}
}

// ---------------------------------------------------------------------------------------------
// Tolerant JSON
// ---------------------------------------------------------------------------------------------

/** Remove // and /* comments outside strings; normalise typographic quotes. */
function stripComments(s) {
	let out = '';
	let inStr = false;
	for (let i = 0; i < s.length; i++) {
		const ch = s[i];
		if (inStr) {
			out += ch;
			if (ch === '\\') {
				out += s[++i] ?? '';
			} else if (ch === '"') inStr = false;
			else if (ch === '\n') inStr = false; // unterminated string: stop at line end
			continue;
		}
		if (ch === '"') {
			inStr = true;
			out += ch;
		} else if (ch === '/' && s[i + 1] === '/') {
			while (i < s.length && s[i] !== '\n') i++;
			out += '\n';
		} else if (ch === '/' && s[i + 1] === '*') {
			i += 2;
			while (i < s.length && !(s[i] === '*' && s[i + 1] === '/')) i++;
			i++;
		} else if (ch === '#' && /(^|\n)\s*$/.test(out)) {
			while (i < s.length && s[i] !== '\n') i++;
			out += '\n';
		} else out += ch;
	}
	return out;
}

/** Apply a transform to the parts of s outside string literals. */
function outsideStrings(s, fn) {
	const parts = s.split(/("(?:[^"\\\n]|\\.)*")/);
	return parts.map((p, i) => (i % 2 ? p : fn(p))).join('');
}

function repairBalance(s) {
	// Drop premature top-level closers followed by more members, then close what is open.
	let out = '';
	const stack = [];
	let inStr = false;
	for (let i = 0; i < s.length; i++) {
		const ch = s[i];
		if (inStr) {
			out += ch;
			if (ch === '\\') out += s[++i] ?? '';
			else if (ch === '"') inStr = false;
			continue;
		}
		if (ch === '"') {
			inStr = true;
			out += ch;
			continue;
		}
		if (ch === '{' || ch === '[') stack.push(ch);
		if (ch === '}' || ch === ']') {
			if (stack.length === 1 && /\S/.test(s.slice(i + 1))) {
				const rest = s.slice(i + 1).trimStart();
				if (/^,?\s*"/.test(rest) || /^,?\s*[\w]+\s*:/.test(rest)) {
					if (!/,\s*$/.test(out)) out += ',';
					continue;
				}
			}
			if (!stack.length) continue;
			stack.pop();
		}
		out += ch;
	}
	while (stack.length) out += stack.pop() === '{' ? '}' : ']';
	return out;
}

/** Join lines where a string literal was broken across a PDF line wrap (odd number of quotes). */
function joinBrokenStrings(s) {
	const lines = s.split('\n');
	const out = [];
	for (let i = 0; i < lines.length; i++) {
		let line = lines[i];
		const q = (x) => (x.replace(/\\./g, '').match(/"/g) || []).length;
		let guard = 0;
		while (q(line) % 2 === 1 && i + 1 < lines.length && guard++ < 5) {
			const next = lines[i + 1];
			// Join continuation lines (not a new "key": member) until the string closes.
			if (/^\s*"[^"]*"\s*:/.test(next) || /^\s*[}\]]/.test(next)) break;
			line = line.replace(/\s+$/, '') + next.replace(/^\s+/, '');
			i++;
		}
		out.push(line);
	}
	return out.join('\n');
}

/** Java Map.toString()-style bodies: {key=value,\n key2=value2} -> object of strings. */
function parseKeyEquals(s) {
	const t = s.trim();
	if (!/^\{\s*[A-Za-z_][\w.]*\s*=/.test(t) || !t.endsWith('}')) return null;
	const body = t.slice(1, -1);
	const lines = body.split('\n').map((x) => x.trim()).filter(Boolean);
	const obj = {};
	for (const line of lines) {
		const m = line.match(/^([A-Za-z_][\w.]*)\s*=\s*(.*?),?$/);
		if (!m) return null;
		obj[m[1]] = m[2] === 'null' ? null : m[2];
	}
	return Object.keys(obj).length ? obj : null;
}

function tolerantJson(text) {
	if (text == null) return { ok: false };
	let s = String(text).replace(/[\u201c\u201d]/g, '"').replace(/[\u2018\u2019]/g, "'").replace(/\u00a0/g, ' ');
	const tryParse = (x) => {
		try {
			return { ok: true, value: JSON.parse(x) };
		} catch {
			return null;
		}
	};
	let r = tryParse(s);
	if (r) return r;
	s = s
		.split('\n')
		.filter((l) => !/^\s*-?\s*```\s*$/.test(l))
		.join('\n');
	const ke = parseKeyEquals(s);
	if (ke) return { ok: true, value: ke, keyEquals: true };
	s = s.replace(/\\\\"/g, '\\"');
	s = joinBrokenStrings(s);
	s = stripComments(s);
	// Start at the first { or [
	const start = s.search(/[{[]/);
	if (start < 0) return { ok: false };
	s = s.slice(start);
	s = outsideStrings(s, (p) =>
		p
			.replace(/\\([_*#[\]])/g, '$1')
			.replace(/…+/g, '...')
			.replace(/\{\s*\.{2,}\s*\}/g, '{}')
			.replace(/\.{2,}/g, '')
			.replace(/(^|[\s:,[])\*{2,}(?=[\s,}\]]|$)/g, '$1"*****"')
			.replace(/\b(True|False|NULL|Null|None)\b/g, (m) => ({ True: 'true', False: 'false', NULL: 'null', Null: 'null', None: 'null' })[m])
	);
	const fixCommas = (x) =>
		outsideStrings(x, (p) => p.replace(/,(\s*[}\]])/g, '$1').replace(/([[{])\s*,/g, '$1').replace(/,\s*,/g, ','));
	const fixMissingCommas = (x) =>
		x
			.replace(/("|\d|true|false|null|\}|\])(\s*\n\s*)(?=["{[])/g, '$1,$2')
			.replace(/(\d|true|false|null|"|\}|\])([ \t]+)(?="[^"\n]*"\s*:)/g, '$1,$2');
	const missingColons = (x) => x.replace(/("[\w.\-]+")\s*(?=[{[])/g, '$1: ');
	const badEscapes = (x) => outsideStrings(x, (p) => p).replace(/"(?:[^"\\\n]|\\.)*"/g, (str) => str.replace(/\\(?!["\\/bfnrtu])/g, '\\\\'));
	const quoteKeys = (x) => outsideStrings(x, (p) => p.replace(/([{,]\s*)([A-Za-z_$][\w$.\-]*)\s*:/g, '$1"$2":'));
	const singleQuotes = (x) => x.replace(/'([^'\n]*)'/g, (m, g) => JSON.stringify(g));
	const unquotedValues = (x) => outsideStrings(x, (p) => p.replace(/:\s*([A-Za-z_][\w.\-/]*)\s*(?=[,}\n])/g, (m, g) => (/^(true|false|null)$/.test(g) ? m : `: ${JSON.stringify(g)}`)));
	let cur = s;
	const steps = [
		fixCommas,
		(x) => fixCommas(badEscapes(x)),
		(x) => fixCommas(missingColons(x)),
		(x) => fixCommas(fixMissingCommas(x)),
		(x) => fixCommas(quoteKeys(x)),
		(x) => fixCommas(singleQuotes(x)),
		(x) => fixCommas(unquotedValues(x)),
		(x) => fixCommas(repairBalance(x)),
	];
	const stages = [];
	for (const st of steps) {
		cur = st(cur);
		stages.push(cur);
		r = tryParse(cur.trim());
		if (r) return r;
	}
	// Trailing junk after a balanced value
	for (const x of stages) {
		const bal = firstBalanced(x);
		if (bal && bal !== x.trim()) {
			r = tryParse(bal);
			if (r) return r;
		}
	}
	return { ok: false };
}

/** The first balanced {...} or [...] in s (string-aware), or null. */
function firstBalanced(s) {
	const start = s.search(/[{[]/);
	if (start < 0) return null;
	let depth = 0;
	let inStr = false;
	for (let i = start; i < s.length; i++) {
		const ch = s[i];
		if (inStr) {
			if (ch === '\\') i++;
			else if (ch === '"' || ch === '\n') inStr = false;
			continue;
		}
		if (ch === '"') inStr = true;
		else if (ch === '{' || ch === '[') depth++;
		else if (ch === '}' || ch === ']') {
			depth--;
			if (depth === 0) return s.slice(start, i + 1);
		}
	}
	return null;
}

// ---------------------------------------------------------------------------------------------
// Section parsing
// ---------------------------------------------------------------------------------------------

const AUTH_HEADERS = new Set(['content-type', 'authorization', 'x-access-token', 'guid', 'x-app-key', 'cookie', 'accept', 'content-length', 'host', 'ccmessaging-token', 'x-auth-token', 'x-sdk-date', 'set-cookie', 'set-guid', 'accept-encoding', 'connection', 'user-agent']);

function tableTitleOf(text) {
	const m = text.match(/^\s*(?:[-*]\s*)?(?:\*\*)?Table\s+(\d+-\d+)(?:\*\*)?\s*(.*)$/);
	if (!m) return null;
	return { id: m[1], title: cleanText(m[2]) };
}

function headingText(text) {
	const t = text.replace(/^#+\s*/, '').replace(/^[-*]\s+/, '').replace(/\*\*/g, '').trim();
	return cleanText(t);
}

/** Phase inferred from a heading/label line, or null. */
function phaseOf(text) {
	const raw = text.trim();
	if (!raw) return null;
	const isHeading = /^#/.test(raw);
	const t = headingText(raw);
	if (t.length > 60) return null;
	const l = t.toLowerCase().replace(/[:：]$/, '');
	if (/^(uri|url|request url|request uri|interface url|interface uri|uri and method)$/.test(l)) return 'url';
	if (/^(request|request description|request message|request parameters?|request message body|request body|message header|request header|message body|request message header|request information|input parameters?|parameters in the request)$/.test(l)) return 'request';
	if (/^(response|response description|response message|response parameters?|response message body|response body|response information|output parameters?|return parameters?|response result)$/.test(l) || /^response (header|code)/.test(l)) return 'response';
	if (/^(error codes?|error code description|return codes?|result codes?)$/.test(l)) return 'errors';
	if (/^(example|examples|message example|(request|response|message)?\s*examples?\s*\d*|sample|samples)$/.test(l)) return 'example';
	if (/^(triggered event|method name in logs|scenario|description|prerequisites|usage description|method|interface method|restrictions|precautions|note)$/.test(l)) return 'other';
	if (isHeading && /^(inparams|extparams|outparams|msgbody|request|body)$/i.test(l)) return 'request';
	return null;
}

/** Classify a table by its title and the current phase. */
function classifyTable(tbl, phase) {
	const title = (tbl.title?.title || '').toLowerCase();
	if (isErrorTable(tbl)) return 'errors';
	if (!isParamTable(tbl)) return 'other';
	if (title) {
		if (/callback/.test(title)) return 'callback';
		if (/^[a-z_][\w.]*(\[\])?$/i.test(title.trim()) && !/^(parameters?|request|response|body|header|inparams|extparams|outparams)$/i.test(title.trim())) return 'sub';
		const sk = title.match(/^([a-z_][\w.]*)\s+(?:object\s+)?(?:parameters?|structure|fields|object)$/i);
		if (sk && !/^(request|response|body|message|url|uri|header|query|path|callback|input|output|common|other|the|error|returned|reqbody2)$/i.test(sk[1])) return 'sub';
		if (/response header/.test(title)) return 'ignore';
		if (/\b(uri|url)\b|^path param/.test(title)) return 'url';
		if (/query param/.test(title)) return 'query';
		if (/header/.test(title)) return phase === 'response' ? 'ignore' : 'header';
		if (/response|returned|outparams|return value|output/.test(title)) return 'response';
		if (/request|message body|body param|in the body|inparams|extparams|input param|parameters in the body|^parameters?$|^parameter description$|^description of body parameters$|^query parameter/.test(title)) {
			if (/^(request parameters in the request body|msgbody parameters in the request body)$/.test(title)) return 'body';
			return phase === 'response' ? 'response' : phase === 'url' ? 'url' : 'body';
		}
		return 'sub';
	}
	return null; // untitled: decided by caller
}

function collectRefs(descRaw) {
	return [...String(descRaw).matchAll(/Table\s*(\d+-\d+)/g)].map((m) => m[1]);
}

function subTableKey(title) {
	const t = cleanText(title).replace(/\*\*/g, '');
	let m = t.match(/^(?:parameter description of|parameters? of|description of|object parameters of|parameter descriptions? of|fields? of|structure of|definition of)\s+(?:the\s+)?([\w.]+)/i);
	if (m) return m[1];
	m = t.match(/^([\w.]+)\s+(?:object\s+)?(?:parameters?|structure|object|description|fields)\b/i);
	if (m) return m[1];
	m = t.match(/^([\w.]+)$/);
	if (m) return m[1];
	m = t.match(/\bof\s+([A-Za-z_][\w.]*)\s*$/);
	if (m) return m[1];
	return null;
}

function isCaption(text) {
	const t = text.trim();
	if (!t || t.length > 140 || /^[-*]\s/.test(t) || /^#/.test(t)) return false;
	return /^\*\*[^*]+\*\*/.test(t) && /(description|parameters?|structure|object|fields?)\b/i.test(t);
}

function nextIsTable(blocks, bi) {
	for (let j = bi + 1; j < blocks.length; j++) {
		if (blocks[j].kind === 'text' && !blocks[j].text.trim()) continue;
		return blocks[j].kind === 'table';
	}
	return false;
}

function parseSection(op, lines, startLine) {
	const blocks = tokenize(lines, startLine);
	const diag = [];
	// 1) Attach titles and phases to tables, merge page-split continuations.
	const tables = [];
	let phase = 'intro';
	let lastTitle = null;
	let lastTitleIdx = -1;
	let lastHeading = null;
	let gapSinceTable = 0;
	let prevTable = null;
	const textAfter = [];
	let callbackMode = false;
	let subLabel = null;
	let statusCode = null;
	for (let bi = 0; bi < blocks.length; bi++) {
		const b = blocks[bi];
		if (b.kind === 'text') {
			const tt = tableTitleOf(b.text);
			if (tt) {
				lastTitle = tt;
				lastTitleIdx = bi;
				prevTable = null;
				continue;
			}
			const p = phaseOf(b.text);
			if (!p && isCaption(b.text) && nextIsTable(blocks, bi)) {
				lastTitle = { id: null, title: cleanText(b.text.replace(/^#+\s*/, '')) };
				lastTitleIdx = bi;
				prevTable = null;
				continue;
			}
			if (p) {
				phase = p;
				prevTable = null;
				lastHeading = headingText(b.text);
				callbackMode = false;
				statusCode = null;
				const hl = lastHeading.toLowerCase().replace(/[:：]$/, '');
				subLabel = /^(message|request) header$/.test(hl) ? 'header' : /^(message|request) body$/.test(hl) ? 'body' : null;
			} else if (b.text.trim()) {
				const sm = b.text.match(/status code:?\s*\**\s*(\d{3})/i);
				if (sm && b.text.length < 80) statusCode = sm[1];
				const ht = headingText(b.text);
				if (/^#/.test(b.text.trim())) lastHeading = ht;
				if (/callback/i.test(ht) && /request|parameter|message|url/i.test(ht) && ht.length < 100) callbackMode = true;
				// Text between tables breaks continuation unless it's page noise.
				if (prevTable && !/^\s*(-\s*)?$/.test(b.text)) gapSinceTable++;
			}
			continue;
		}
		if (b.kind !== 'table') continue;
		const tbl = { ...b, cols: columnMap(b.header), phase, heading: lastHeading, callbackMode, subLabel, statusCode };
		if (lastTitle && lastTitleIdx > (prevTable?.blockIdx ?? -1)) {
			tbl.title = lastTitle;
			lastTitle = null;
		}
		tbl.blockIdx = bi;
		const sameHeader = prevTable && prevTable.header.map(normKey).join('|') === tbl.header.map(normKey).join('|');
		if (!tbl.title && prevTable && gapSinceTable === 0 && (sameHeader || prevTable.header.length === tbl.header.length)) {
			prevTable.rows.push(...tbl.rows);
			prevTable.blockIdx = bi;
			continue;
		}
		tables.push(tbl);
		prevTable = tbl;
		gapSinceTable = 0;
	}
	// 2) Classify tables.
	for (const t of tables) {
		let role = classifyTable(t, t.phase);
		if (role === null) {
			if (t.callbackMode) role = 'callback';
			else if (t.phase === 'url') role = 'url';
			else if (t.phase === 'request' || t.phase === 'intro') role = 'body';
			else if (t.phase === 'response') role = 'response';
			else if (t.phase === 'errors') role = isParamTable(t) ? 'response' : 'errors';
			else role = 'sub';
			if (t.heading && /^(inparams|extparams)$/i.test(t.heading)) role = 'body';
		}
		if (t.callbackMode && role !== 'errors' && role !== 'other' && role !== 'sub') role = 'callback';
		// Response bodies documented for error statuses (401, 500...) are not the success schema.
		if (t.statusCode && !/^2/.test(t.statusCode) && (role === 'response' || role === 'sub')) role = 'errorResponse';
		const hasStdHeader = t.cols.name !== undefined && t.rows.some((r) => /^(content-type|guid|authorization|x-app-key|cookie)$/i.test(cleanName(r[t.cols.name])));
		if ((role === 'body' || role === 'url') && hasStdHeader) role = 'header';
		else if (role === 'body' && t.subLabel === 'header') role = 'conflict';
		t.role = role;
		t.records = isParamTable(t) ? tableRecords(t) : [];
	}
	// 3) Build fields per table.
	const byId = new Map();
	for (const t of tables) {
		if (t.title?.id) byId.set(t.title.id, t);
		t.fields = t.records.map((r) => buildField(r, 'body'));
		for (const f of t.fields) Object.defineProperty(f, '_links', { value: [], enumerable: false, writable: true });
	}
	// A parameter table referenced from a row of another table is a sub-table, whatever its title says.
	for (const t of tables) {
		for (const f of t.fields) {
			for (const id of collectRefs(f._rec.descRaw)) {
				const sub = byId.get(id);
				if (sub && sub !== t && isParamTable(sub) && (sub.role === 'body' || sub.role === 'response') && sub.blockIdx > t.blockIdx) {
					if (['string', 'integer', 'number', 'boolean'].includes(f.type) && !/list|array|\[\]|object/i.test(f.rawType) && !/json|object|array|list/i.test(f.description || '')) continue;
					sub.role = 'sub';
				}
			}
		}
	}
	// 4) Link sub-tables to the fields that own them (on the flat, original fields).
	const used = new Set();
	const link = (f, sub) => {
		if (!f._links.includes(sub)) f._links.push(sub);
		used.add(sub);
	};
	for (const t of tables) {
		for (const f of t.fields) {
			for (const id of collectRefs(f._rec.descRaw)) {
				const sub = byId.get(id);
				if (!sub || sub === t || sub.role !== 'sub' || !isParamTable(sub)) continue;
				if (['string', 'integer', 'number', 'boolean'].includes(f.type) && !/list|array|\[\]|object/i.test(f.rawType) && !/json|object|array|list/i.test(f.description || '')) continue;
				link(f, sub);
			}
		}
	}
	// Name / type-name / numbering matching for unreferenced sub-tables.
	const sideOf = (o) => (o.role === 'response' || (o.role === 'sub' && (o.phase === 'response' || o.phase === 'errors')) ? 'response' : o.role === 'callback' ? 'callback' : 'request');
	const allFieldsBefore = (t) => {
		const out = [];
		const side = sideOf(t);
		for (const o of tables) {
			if (o === t) break;
			if (!['body', 'url', 'query', 'response', 'sub', 'callback'].includes(o.role)) continue;
			if (sideOf(o) !== side && !(o.role === 'sub' && used.has(o))) continue;
			for (const f of o.fields) out.push({ f, table: o });
		}
		return out;
	};
	for (const t of tables) {
		if (t.role !== 'sub' || used.has(t)) continue;
		const key = subTableKey(t.title?.title || '');
		const cands = allFieldsBefore(t).filter(({ f }) => !['string', 'integer', 'number', 'boolean'].includes(f.type) || /list|array|\[\]|object/i.test(f.rawType));
		let target = null;
		if (key) {
			const k = key.toLowerCase();
			const kb = k.replace(/object$/, '');
			const match = ({ f }) =>
				f.name.toLowerCase() === k ||
				(f._inner || '').toLowerCase() === k ||
				normKey(f.rawType).replace(/^(list|array)/, '') === normKey(k) ||
				(kb !== k && kb.length > 2 && f.type === 'array' && f.name.toLowerCase().replace(/s$/, '') === kb);
			const hits = cands.filter((c) => match(c) && !c.f._links.length);
			if (hits.length) target = hits[hits.length - 1].f;
			if (!target) {
				const hits2 = cands.filter(match);
				if (hits2.length) target = hits2[hits2.length - 1].f;
			}
		}
		if (!target) {
			// Numbering continuation: rows "10.1" under row "10".
			const nos = t.records.map((r) => r.no).filter((n) => n && n.includes('.'));
			if (nos.length) {
				const prefix = nos[0].slice(0, nos[0].lastIndexOf('.'));
				const hits = allFieldsBefore(t).filter(({ f }) => f._rec.no === prefix && !f._links.length && !['string', 'integer', 'number', 'boolean'].includes(f.type));
				if (hits.length) target = hits[hits.length - 1].f;
			}
		}
		if (target) link(target, t);
	}
	// Unreferenced, unmatched tables in the request/response phase are top-level tables after all.
	for (const t of tables) {
		if (t.role !== 'sub' || used.has(t)) continue;
		const nos = t.records.map((r) => r.no).filter(Boolean);
		const dotted = nos.length && nos.every((n) => n.includes('.'));
		const key = subTableKey(t.title?.title || '');
		if ((t.phase === 'response' || t.phase === 'errors') && !/format description/i.test(t.title?.title || '')) {
			t.role = 'response';
			continue;
		}
		if (dotted || /format description/i.test(t.title?.title || '')) continue;
		if (t.phase === 'request' && !tables.some((o) => o !== t && o.role === 'body' && o.blockIdx < t.blockIdx && o.fields.some((f) => key && f.name.toLowerCase() === key.toLowerCase()))) t.role = 'body';
	}
	// Value tables (Code | Cause) referenced from a field become that field's options, not error codes.
	for (const t of tables) {
		for (const f of t.fields) {
			for (const id of collectRefs(f._rec.descRaw)) {
				const et = byId.get(id);
				if (!et || et.role !== 'errors' || /error|return code|result code|status code|retcode/i.test(et.title?.title || '')) continue;
				if (f.options || !['string', 'integer', 'number'].includes(f.type)) continue;
				const opts = [];
				for (const cells of et.rows) {
					const code = cleanText(String(cells[et.cols.code] ?? '').replace(/<br\s*\/?>/gi, '')).replace(/\s+/g, '');
					const v = typedValue(code, f.type);
					if (v === undefined || code === '') continue;
					opts.push({ value: v, name: et.cols.description !== undefined ? cleanText(cells[et.cols.description]) : code });
				}
				if (opts.length >= 2) {
					f.options = opts;
					et.role = 'enum';
				}
			}
		}
	}
	const materialize = (t, stack = []) => {
		if (stack.includes(t)) return [];
		const clones = t.fields.map((f) => {
			const c = { ...f };
			delete c.children;
			Object.defineProperty(c, '_rec', { value: f._rec, enumerable: false, writable: true });
			Object.defineProperty(c, '_inner', { value: f._inner, enumerable: false, writable: true });
			Object.defineProperty(c, '_orig', { value: f, enumerable: false, writable: true });
			return c;
		});
		const top = nest(clones);
		const walk = (list) => {
			for (const c of list) {
				if (c.children) walk(c.children);
				for (const sub of c._orig._links) {
					const have = new Set((c.children || []).map((k) => k.name));
					const kids = materialize(sub, [...stack, t]).filter((k) => !have.has(k.name));
					if (kids.length) c.children = [...(c.children || []), ...kids];
				}
			}
		};
		walk(top);
		return top;
	};
	// 5) Assemble request fields.
	const pathNames = new Set([...op.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1].toLowerCase()));
	const fuzzy = (s) => s.toLowerCase().replace(/[il1]/g, 'i').replace(/[^a-z0-9]/g, '');
	const pathFuzzy = new Set([...pathNames].map(fuzzy));
	const fields = [];
	const responseFields = [];
	const callbackTables = [];
	const orphanSubs = [];
	const bodyTables = [];
	for (const t of tables) {
		const top = materialize(t);
		finalizeTypes(top);
		if (t.role === 'url' || t.role === 'query') {
			for (const f of top) {
				const pos = f._rec.position.toLowerCase();
				f.in = pos.startsWith('path') ? 'path' : pos.startsWith('query') ? 'query' : pos.startsWith('header') ? 'header' : pathNames.has(f.name.toLowerCase()) || pathFuzzy.has(fuzzy(f.name)) ? 'path' : t.role === 'query' ? 'query' : 'query';
				if (f.in === 'body') f.in = 'query';
				setIn(f.children || [], f.in);
				fields.push(f);
			}
		} else if (t.role === 'header') {
			for (const f of top) {
				if (AUTH_HEADERS.has(f.name.toLowerCase())) continue;
				f.in = 'header';
				fields.push(f);
			}
		} else if (t.role === 'body') {
			bodyTables.push(t);
			const wrap = bodyWrapperName(t, op);
			const list = [];
			for (const f of top) {
				const pos = f._rec.position.toLowerCase();
				if (pos.startsWith('header')) {
					if (AUTH_HEADERS.has(f.name.toLowerCase())) continue;
					f.in = 'header';
					fields.push(f);
					continue;
				}
				if (pos.startsWith('path') || pos.startsWith('query') || pos.startsWith('url')) {
					f.in = pos.startsWith('path') || pathNames.has(f.name.toLowerCase()) ? 'path' : 'query';
					fields.push(f);
					continue;
				}
				f.in = 'body';
				setIn(f.children || [], 'body');
				list.push(f);
			}
			if (wrap && list.length) {
				const existing = fields.find((x) => x.in === 'body' && x.name === wrap && x.synthetic);
				if (existing) existing.children.push(...list);
				else fields.push({ name: wrap, in: 'body', type: 'object', required: true, description: `Wrapper object named by the table title/heading "${t.title?.title || t.heading}" (synthesized: not a documented row).`, children: list, synthetic: true });
			} else fields.push(...list);
		} else if (t.role === 'response') {
			for (const f of top) {
				f.in = 'body';
				setIn(f.children || [], 'body');
				responseFields.push(f);
			}
		} else if (t.role === 'callback') {
			callbackTables.push({ t, top });
		} else if (t.role === 'sub' && !used.has(t)) {
			orphanSubs.push(t);
		} else if (t.role === 'conflict') {
			diag.push(`table ${t.title?.id ? 'Table ' + t.title.id + ' ' : ''}"${t.title?.title || ''}" sits under the "Message header" label but lists ${t.fields.map((f) => f.name).join(', ')} (no HTTP header names); left out of fields as a probable documentation error`);
		}
	}
	// 6) Error codes
	const errorCodes = {};
	for (const t of tables) {
		if (t.role !== 'errors') continue;
		const c = t.cols;
		const descIdx = c.description;
		for (const cells of t.rows) {
			let code = cleanText(String(cells[c.code] ?? '').replace(/<br\s*\/?>/gi, '')).replace(/\s+/g, '');
			if (!code || !/^[\w.\-]+$/.test(code) || /^(others?|error|code)$/i.test(code)) continue;
			const d = descIdx !== undefined ? cleanText(cells[descIdx]) : '';
			if (!(code in errorCodes) || (!errorCodes[code] && d)) errorCodes[code] = d;
		}
	}
	// Bullet lists of codes under an "Error Code" heading (CC-Gateway style: "- 100-006"), resolved later.
	const listedCodes = [];
	let inErr = false;
	for (const b of blocks) {
		if (b.kind !== 'text') continue;
		const p = phaseOf(b.text);
		if (p) inErr = p === 'errors';
		else if (inErr) {
			const m = b.text.match(/^\s*[-*•]\s*(\d{3}-\d{3})\s*$/);
			if (m) listedCodes.push(m[1]);
		}
	}
	return { blocks, tables, fields, responseFields, callbackTables, orphanSubs, errorCodes, listedCodes, diag, bodyTables };
}

/** Error-code reference tables outside the catalog sections (e.g. 6.5.2 CC-Gateway error codes), by chapter. */
function globalErrorCodes(heads) {
	const byChapter = new Map();
	heads.forEach((h, i) => {
		if (CAT_BY_SECTION.has(h.num) || !/error code|return code/i.test(h.title)) return;
		const end = i + 1 < heads.length ? heads[i + 1].line : LINES.length;
		const blocks = tokenize(LINES.slice(h.line + 1, end), h.line + 2);
		const chapter = h.num.split('.')[0];
		const map = byChapter.get(chapter) ?? {};
		for (const b of blocks) {
			if (b.kind !== 'table') continue;
			const cols = columnMap(b.header);
			if (cols.code === undefined) continue;
			for (const cells of b.rows) {
				const code = cleanText(String(cells[cols.code] ?? '').replace(/<br\s*\/?>/gi, '')).replace(/\s+/g, '');
				if (!code || !/^[\w.\-]+$/.test(code)) continue;
				const d = cols.description !== undefined ? cleanText(cells[cols.description]) : '';
				if (!(code in map)) map[code] = d;
			}
		}
		byChapter.set(chapter, map);
	});
	return byChapter;
}

/** A body table whose title/heading names a wrapper (msgBody parameters in the request body, #### inparams). */
function bodyWrapperName(t, op) {
	const title = t.title?.title || '';
	let m = title.match(/^(\w+) parameters in the (?:request|callback request) body$/i);
	if (m && !/^(request|the|body|message)$/i.test(m[1])) return m[1];
	if (/^request parameters in the request body$/i.test(title)) return 'request';
	if (/^(inparams|extparams)$/i.test(title.trim())) return title.trim();
	if (!t.title && t.heading && /^(inparams|extparams)$/i.test(t.heading)) return t.heading;
	return null;
}

// ---------------------------------------------------------------------------------------------
// Examples
// ---------------------------------------------------------------------------------------------

function labelKind(text) {
	const t = cleanText(text.replace(/^#+\s*/, '').replace(/^[-*]\s+/, '')).replace(/[:：]\s*$/, '');
	if (!t || t.length > 160) return null;
	const l = t.toLowerCase();
	if (/^table \d/.test(l)) return null;
	if (/callback url|returned by the call center to the callback|message returned by .* to the callback|callback (request|message|example)|example of the callback/.test(l)) return 'callback';
	if (/request header|message header|response header|^header/.test(l)) return 'header';
	if (/response|returned message|return(ed)? (value|result)|output|reply/.test(l)) return 'response';
	if (/request|message body|^body$|^parameters?$|message parameters|^input|^example \d*$|^example$|send(ing)? a message|^message$|request example/.test(l)) return 'request';
	return null;
}

function collectJsonFrom(blocks, bi) {
	// Returns {raw, end} for a JSON value starting at blocks[bi] (code or text); joins page-split code blocks.
	const b = blocks[bi];
	if (b.kind === 'code') {
		let raw = b.text;
		let end = bi;
		const balanced = () => depthOf(stripComments(raw)) <= 0;
		while (!balanced()) {
			let j = end + 1;
			while (j < blocks.length && blocks[j].kind === 'text' && !blocks[j].text.trim()) j++;
			if (j < blocks.length && blocks[j].kind === 'code') {
				raw += '\n' + blocks[j].text;
				end = j;
			} else break;
		}
		// A trailing code block holding only the remaining members (page split after a closed object).
		let j = end + 1;
		while (j < blocks.length && blocks[j].kind === 'text' && !blocks[j].text.trim()) j++;
		if (j < blocks.length && blocks[j].kind === 'code' && /^\s*"[^"]+"\s*:/.test(blocks[j].text) && /,\s*\}\s*$/.test(stripComments(raw).trim())) {
			raw += '\n' + blocks[j].text;
			end = j;
		}
		return { raw, end };
	}
	// Plain text lines.
	const lines = [];
	let end = bi;
	let depth = 0;
	let started = false;
	for (let j = bi; j < blocks.length; j++) {
		const x = blocks[j];
		if (x.kind === 'code' && started && depth > 0) {
			lines.push(x.text);
			end = j;
			depth = depthOf(stripComments(lines.join('\n')));
			if (depth <= 0 || depthOf(stripComments(x.text)) <= 0) break;
			continue;
		}
		if (x.kind !== 'text') break;
		let line = x.text.replace(/\s+$/, '');
		if (!started) {
			const k = line.search(/[{[]/);
			if (k < 0) continue;
			line = line.slice(k);
			started = true;
		}
		lines.push(unescapeMd(line));
		end = j;
		depth = depthOf(stripComments(lines.join('\n')));
		if (depth <= 0) break;
		if (lines.length > 400) break;
	}
	return { raw: lines.join('\n'), end };
}

function depthOf(s) {
	let d = 0;
	let inStr = false;
	let opened = false;
	for (let i = 0; i < s.length; i++) {
		const ch = s[i];
		if (inStr) {
			if (ch === '\\') i++;
			else if (ch === '"' || ch === '\n') inStr = false;
			continue;
		}
		if (ch === '"') inStr = true;
		else if (ch === '{' || ch === '[') {
			d++;
			opened = true;
		} else if (ch === '}' || ch === ']') d--;
	}
	return opened ? d : 1;
}

function startsJson(text) {
	const t = stripComments(text).trim();
	return /^[{[]/.test(t);
}

function extractExamples(blocks, startIdx = 0, callbackAfter = Infinity) {
	const found = { request: [], response: [], callback: [] };
	let pending = null;
	let pendingLine = -1;
	for (let bi = startIdx; bi < blocks.length; bi++) {
		const b = blocks[bi];
		if (b.kind === 'table') {
			pending = null;
			continue;
		}
		if (b.kind === 'text') {
			const txt = b.text.trim();
			if (!txt) continue;
			const ph = labelKind(txt) === 'header' ? null : phaseOf(txt);
			if (ph && ph !== 'example' && ph !== 'other') {
				// Section headings such as "Request Description" also act as labels.
				pending = ph === 'request' ? 'request' : ph === 'response' ? 'response' : null;
				pendingLine = bi;
				continue;
			}
			let stripped = txt.replace(/^[-*]\s+/, '').replace(/^\*\*|\*\*$/g, '');
			const bt = stripped.match(/^`([{[].*[}\]])`$/);
			if (bt && pending && pending !== 'request-after') {
				found[pending].push({ raw: bt[1], line: b.line });
				pending = null;
				continue;
			}
			if (/^[{[]/.test(stripped) && pending && pending !== 'request-after') {
				const { raw, end } = collectJsonFrom(blocks, bi);
				found[pending].push({ raw, line: b.line });
				bi = end;
				pending = pending === 'request' ? 'request-after' : null;
				continue;
			}
			const k = labelKind(txt);
			if (k) {
				pending = k === 'header' ? (pending === 'callback' ? 'callback' : null) : k === 'request' && pending === 'callback' ? 'callback' : k;
				// "Request parameters: {...}" on the same line
				const inl = txt.indexOf('{');
				if (pending && inl > 0 && /:\s*\{/.test(txt)) {
					const rest = [{ kind: 'text', text: txt.slice(inl), line: b.line }, ...blocks.slice(bi + 1)];
					const { raw, end } = collectJsonFrom(rest, 0);
					found[pending].push({ raw, line: b.line });
					bi += end;
					pending = null;
				}
				pendingLine = bi;
			} else if (/^none\.?$/i.test(stripped) && pending) {
				pending = null;
			}
			continue;
		}
		if (b.kind === 'code') {
			if (!startsJson(b.text)) {
				// HTTP message dump: request line + headers, then the JSON body.
				const ls = b.text.split('\n');
				const k = ls.findIndex((l) => /^\s*[{[]/.test(l));
				const httpish = (l) => !l.trim() || /^\s*([A-Za-z][\w-]*\s*:\s?|(POST|GET|PUT|DELETE|PATCH)\s|HTTP\/|(Request|Response)\s*:?\s*$)/.test(l);
				if (k > 0 && ls.slice(0, k).every(httpish) && pending && pending !== 'request-after') {
					const sub = [{ kind: 'code', text: ls.slice(k).join('\n'), line: b.line }, ...blocks.slice(bi + 1)];
					const { raw, end } = collectJsonFrom(sub, 0);
					found[pending].push({ raw, line: b.line });
					bi += end;
					pending = null;
				}
				continue;
			}
			const { raw, end } = collectJsonFrom(blocks, bi);
			// A block carrying "//Request parameters ... //Response parameters" in comments.
			const parts = splitCommentedParts(raw);
			if (parts) {
				const kind = pending === 'callback' || /callback/i.test(raw) || bi > callbackAfter ? 'callback' : 'inline';
				found[kind === 'callback' ? 'callback' : 'request'].push({ raw: parts.request, line: b.line, pair: parts, inline: kind });
				if (kind === 'callback') found.callback[found.callback.length - 1].response = parts.response;
				else found.response.push({ raw: parts.response, line: b.line });
				bi = end;
				pending = null;
				continue;
			}
			const kind = pending === 'request-after' ? null : pending;
			if (kind) found[kind].push({ raw, line: b.line });
			else found.unlabeled = [...(found.unlabeled || []), { raw, line: b.line }];
			bi = end;
			pending = null;
		}
	}
	return found;
}

function splitCommentedParts(raw) {
	const m = raw.match(/^\s*\/\/\s*request[^\n]*\n([\s\S]*?)\n\s*\/\/\s*response[^\n]*\n([\s\S]*)$/i);
	if (!m) return null;
	return { request: m[1].trim(), response: m[2].trim() };
}

// ---------------------------------------------------------------------------------------------
// Shape notes
// ---------------------------------------------------------------------------------------------

function shapeNotes(fields, example, exampleOk, op) {
	const notes = [];
	const body = fields.filter((f) => f.in === 'body');
	const nonBody = fields.filter((f) => f.in !== 'body');
	if (!exampleOk) {
		if (body.length) notes.push('no parseable request example to compare with the body table');
		return notes;
	}
	if (example === null || example === undefined) return notes;
	if (Array.isArray(example)) {
		if (body.length === 1 && body[0].type === 'array') notes.push(`example body is a bare JSON array; table documents it as array field "${body[0].name}" (wrapper absent in example)`);
		else notes.push(`example body is a bare JSON array; table top-level body fields: ${body.map((f) => f.name).join(', ') || '(none)'}`);
		return notes;
	}
	if (typeof example !== 'object') {
		notes.push(`example is a ${typeof example}, not an object`);
		return notes;
	}
	const exKeys = Object.keys(example);
	const tNames = body.map((f) => f.name);
	const lower = (a) => new Set(a.map((x) => x.toLowerCase()));
	if (!body.length) {
		if (exKeys.length) {
			const nb = exKeys.filter((k) => nonBody.some((f) => f.name === k));
			notes.push(`table documents no body fields; example has keys: ${exKeys.join(', ')}${nb.length ? ` (of which ${nb.join(', ')} documented as ${nonBody.find((f) => f.name === nb[0]).in} parameters)` : ''}`);
		}
		return notes;
	}
	// Wrapper on the table side, absent in the example.
	const wrappers = body.filter((f) => (f.type === 'object' || f.type === 'array') && f.children?.length);
	if (body.length === 1 && wrappers.length === 1 && !exKeys.includes(body[0].name)) {
		const w = body[0];
		const kids = (w.children || []).map((c) => c.name);
		const overlap = exKeys.filter((k) => kids.some((c) => fz(c) === fz(k))).length;
		if (overlap > 0 || !exKeys.length) {
			notes.push(`table wraps body in ${w.name}${w.synthetic ? ' (synthesized from table title)' : ''}; example omits it (example keys are ${w.name}'s children)`);
			compareKeys(kids, exKeys, w.children, notes, `${w.name}.`);
			return notes;
		}
	}
	// Wrapper on the example side, absent in the table.
	if (exKeys.length === 1 && !tNames.includes(exKeys[0]) && example[exKeys[0]] && typeof example[exKeys[0]] === 'object') {
		const inner = Array.isArray(example[exKeys[0]]) ? example[exKeys[0]][0] || {} : example[exKeys[0]];
		const innerKeys = Object.keys(inner || {});
		const overlap = innerKeys.filter((k) => tNames.some((n) => fz(n) === fz(k))).length;
		if (overlap > 0) {
			notes.push(`example wraps body in ${exKeys[0]}; table lacks that wrapper (table fields are at the top level)`);
			compareKeys(tNames, innerKeys, body, notes, '');
			return notes;
		}
	}
	compareKeys(tNames, exKeys, body, notes, '', nonBody);
	// One level down for synthesized wrappers (their children are the real members).
	for (const f of body) {
		if (!f.synthetic || !f.children?.length) continue;
		const v = example[f.name] ?? example[Object.keys(example).find((k) => fz(k) === fz(f.name))];
		if (!v || typeof v !== 'object' || Array.isArray(v)) continue;
		const sub = [];
		compareKeys(f.children.map((c) => c.name), Object.keys(v), f.children, sub, `${f.name}.`);
		notes.push(...sub);
	}
	return notes;
}

/** Case-insensitive, OCR-tolerant (l/I/1) and separator-insensitive key for comparing names. */
function fz(s) {
	return String(s).toLowerCase().replace(/[l1]/g, 'i').replace(/[-_\s]/g, '');
}

function compareKeys(tNames, exKeys, tFields, notes, prefix, nonBody = []) {
	const tSet = new Set(tNames);
	const exSet = new Set(exKeys);
	const extra = exKeys.filter((k) => !tSet.has(k));
	const caseOnly = extra.filter((k) => tNames.some((n) => n.toLowerCase() === k.toLowerCase()));
	const ocr = extra.filter((k) => !caseOnly.includes(k) && tNames.some((n) => fz(n) === fz(k)));
	const inOther = extra.filter((k) => !caseOnly.includes(k) && !ocr.includes(k) && nonBody.some((f) => f.name === k));
	const unknown = extra.filter((k) => !caseOnly.includes(k) && !ocr.includes(k) && !inOther.includes(k));
	for (const k of caseOnly) notes.push(`example key "${prefix}${k}" differs in case from table field "${prefix}${tNames.find((n) => n.toLowerCase() === k.toLowerCase())}"`);
	for (const k of ocr) notes.push(`example key "${prefix}${k}" differs from table field "${prefix}${tNames.find((n) => fz(n) === fz(k))}" only by l/I/1, case or a separator (OCR/typo)`);
	if (inOther.length) notes.push(`example body carries ${inOther.map((k) => prefix + k).join(', ')}, which the tables document as ${inOther.map((k) => nonBody.find((f) => f.name === k).in).join('/')} parameters`);
	if (unknown.length) notes.push(`example keys not in the table: ${unknown.map((k) => prefix + k).join(', ')}`);
	const missingReq = tFields.filter((f) => f.required && !exSet.has(f.name) && !exKeys.some((k) => fz(k) === fz(f.name))).map((f) => prefix + f.name);
	if (missingReq.length) notes.push(`required table fields absent from example: ${missingReq.join(', ')}`);
	const missingOpt = tFields.filter((f) => !f.required && !exSet.has(f.name) && !exKeys.some((k) => fz(k) === fz(f.name))).map((f) => prefix + f.name);
	if (missingOpt.length) notes.push(`(minor) optional table fields absent from example: ${missingOpt.join(', ')}`);
}

// ---------------------------------------------------------------------------------------------
// Item type inference from the example (List without element type)
// ---------------------------------------------------------------------------------------------

function inferItemTypes(fields, example) {
	if (!example || typeof example !== 'object' || Array.isArray(example)) return;
	for (const f of fields) {
		const v = example[f.name];
		if (f.type === 'array' && !f.itemType && Array.isArray(v) && v.length) {
			const x = v[0];
			f.itemType = typeof x === 'string' ? 'string' : typeof x === 'boolean' ? 'boolean' : typeof x === 'number' ? (Number.isInteger(x) ? 'integer' : 'number') : x && typeof x === 'object' ? 'json' : undefined;
			if (!f.itemType) delete f.itemType;
		}
		if (f.children && v && typeof v === 'object') inferItemTypes(f.children, Array.isArray(v) ? v[0] : v);
	}
}

function fillArrayItemDefaults(fields) {
	for (const f of fields) {
		if (f.type === 'array' && !f.itemType) {
			const inner = f._inner;
			if (inner) f.itemType = 'json';
		}
		if (f.children) fillArrayItemDefaults(f.children);
	}
}

/** Fields for a section with no parameter table, from its request example and "**x** indicates ..." notes. */
function fieldsFromExample(example, lines) {
	const text = lines.join('\n');
	const typeOf = (v) => (Array.isArray(v) ? 'array' : v === null ? 'json' : typeof v === 'object' ? 'object' : typeof v === 'number' ? (Number.isInteger(v) ? 'integer' : 'number') : typeof v === 'boolean' ? 'boolean' : 'string');
	const build = (obj) =>
		Object.entries(obj).map(([k, v]) => {
			const f = { name: k, in: 'body', type: typeOf(v) };
			const esc = k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/_/g, '\\\\?_');
			const m = text.match(new RegExp('\\*\\*' + esc + '\\*\\*\\s+(indicates[^\\n]*)'));
			if (m) f.description = cleanText(k + ' ' + m[1]);
			if (f.type === 'array' && v.length) f.itemType = typeOf(v[0]) === 'array' ? 'json' : typeOf(v[0]);
			if (f.type === 'object' && Object.keys(v).length) f.children = build(v);
			else if (f.type === 'object') f.type = 'json';
			f.fromExample = true;
			return f;
		});
	return build(example);
}

/** Field key order for readable JSON. */
const KEY_ORDER = ['name', 'in', 'type', 'itemType', 'required', 'description', 'minLength', 'maxLength', 'min', 'max', 'minItems', 'maxItems', 'pattern', 'patternHint', 'options', 'default', 'rawType', 'jsonString', 'synthetic', 'children', 'binary'];
function orderField(f) {
	const o = {};
	for (const k of KEY_ORDER) if (f[k] !== undefined) o[k] = k === 'children' ? f[k].map(orderField) : f[k];
	for (const k of Object.keys(f)) if (!(k in o)) o[k] = f[k];
	return o;
}

// ---------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------

function main() {
	const heads = locateHeadings();
	const headIdx = new Map(heads.map((h, i) => [h.num, i]));
	const globalErrors = globalErrorCodes(heads);
	const sections = {};
	const report = [];
	for (const op of catalog) {
		const hi = headIdx.get(op.section);
		const entry = {
			section: op.section,
			title: op.title,
			family: op.family,
			method: op.method,
			path: op.path,
			auth: op.auth,
			direction: op.direction,
			fields: [],
			requestExample: null,
			requestExampleRaw: null,
			responseFields: [],
			responseExample: null,
			responseExampleRaw: null,
			errorCodes: {},
			shapeNotes: [],
		};
		const rep = { section: op.section, title: op.title, catalog: op.requestFields, found: false };
		if (hi === undefined) {
			sections[op.section] = entry;
			report.push(rep);
			continue;
		}
		const h = heads[hi];
		const end = hi + 1 < heads.length ? heads[hi + 1].line : LINES.length;
		const lines = LINES.slice(h.line + 1, end);
		rep.found = true;
		rep.line = h.line + 1;
		const parsed = parseSection(op, lines, h.line + 2);
		const { fields, responseFields, errorCodes, callbackTables, orphanSubs, tables, blocks } = parsed;

		// Examples
		const cbTable = tables.find((t) => t.role === 'callback');
		const ex = extractExamples(blocks, 0, op.embeddedCallback && cbTable ? cbTable.blockIdx : Infinity);
		const pickParsed = (list) => {
			for (const e of list || []) {
				const r = tolerantJson(e.raw);
				if (r.ok) return { raw: e.raw, value: r.value, ok: true };
			}
			if (list?.length) return { raw: list[0].raw, value: null, ok: false };
			return null;
		};
		let reqEx = pickParsed(ex.request);
		let resEx = pickParsed(ex.response);
		if (!reqEx && ex.unlabeled?.length && fields.some((f) => f.in === 'body')) reqEx = pickParsed(ex.unlabeled);
		if (reqEx) {
			entry.requestExample = reqEx.value;
			entry.requestExampleRaw = reqEx.raw;
		}
		if (resEx) {
			entry.responseExample = resEx.value;
			entry.responseExampleRaw = resEx.raw;
		}
		rep.exampleFound = !!reqEx;
		rep.exampleParsed = !!reqEx?.ok;
		rep.responseExampleFound = !!resEx;
		rep.responseExampleParsed = !!resEx?.ok;

		inferItemTypes(fields, entry.requestExample);
		fillArrayItemDefaults(fields);
		fillArrayItemDefaults(responseFields);
		entry.fields = fields.map(orderField);
		entry.responseFields = responseFields.map(orderField);
		entry.errorCodes = errorCodes;
		if (parsed.listedCodes.length) {
			const g = globalErrors.get(op.section.split('.')[0]) ?? {};
			const anyChapter = (c) => [...globalErrors.values()].find((m) => m[c])?.[c];
			for (const c of parsed.listedCodes) if (!(c in entry.errorCodes)) entry.errorCodes[c] = g[c] ?? anyChapter(c) ?? '';
		}
		entry.shapeNotes = shapeNotes(fields, entry.requestExample, reqEx ? reqEx.ok : false, op);
		if (!tables.some((t) => ['body', 'url', 'query', 'header'].includes(t.role)) && entry.requestExample && typeof entry.requestExample === 'object' && !Array.isArray(entry.requestExample)) {
			entry.fields = fieldsFromExample(entry.requestExample, lines);
			entry.shapeNotes = ['no parameter table in this section: fields derived from the request example (fromExample: true); types inferred from example values, descriptions from the section notes'];
		}
		for (const t of tables) if (t.role === 'body' && bodyWrapperName(t, op)) entry.shapeNotes.push(`table "${t.title?.title || t.heading}" names wrapper "${bodyWrapperName(t, op)}"; wrapper field synthesized (synthetic: true)`);
		entry.shapeNotes.push(...parsed.diag);
		if (orphanSubs.length) rep.orphans = orphanSubs.map((t) => `${t.title?.id || '?'} ${t.title?.title || ''}`.trim());

		// Embedded callback
		if (op.embeddedCallback) {
			const cbFields = [];
			const cbResp = [];
			for (const { t, top } of callbackTables) {
				for (const f of top) {
					f.in = 'body';
					setIn(f.children || [], 'body');
					(f._rec.part === 'response' ? cbResp : cbFields).push(f);
				}
			}
			// "msgBody parameters in the callback ..." names a wrapper.
			let cbList = cbFields;
			const cbt = callbackTables[0]?.t;
			const wm = cbt?.title?.title?.match(/^(\w+) parameters in the callback/i);
			if (wm && !/^(request|callback)$/i.test(wm[1])) cbList = [{ name: wm[1], in: 'body', type: 'object', required: true, description: `Wrapper object named by the table title "${cbt.title.title}" (synthesized).`, children: cbFields, synthetic: true }];
			const cbEx = ex.callback?.[0];
			let example = null;
			let expected = null;
			if (cbEx) {
				const r = tolerantJson(cbEx.raw);
				example = r.ok ? r.value : null;
				if (cbEx.response) {
					const r2 = tolerantJson(cbEx.response);
					expected = r2.ok ? r2.value : null;
				}
			}
			entry.embeddedCallback = {
				fields: cbList.map(orderField),
				example,
				exampleRaw: cbEx?.raw ?? null,
				expectedResponse: expected,
				expectedResponseFields: cbResp.map(orderField),
			};
			rep.callbackCount = countFields(cbList);
			rep.callbackCatalog = op.embeddedCallback.requestFields;
		}
		rep.bodyQuery = countFields(entry.fields, (f) => f.in === 'body' || f.in === 'query');
		rep.total = countFields(entry.fields);
		rep.responseCount = countFields(responseFields);
		rep.errorCount = Object.keys(errorCodes).length;
		rep.tables = tables.length;
		rep.roles = tables.map((t) => t.role).join(',');
		rep.notesCount = entry.shapeNotes.length;
		sections[op.section] = entry;
		report.push(rep);
	}
	fs.mkdirSync(OUT_DIR, { recursive: true });
	fs.writeFileSync(path.join(OUT_DIR, 'sections.json'), JSON.stringify({ source: SOURCE_NAME, sections }, null, 1) + '\n');
	fs.writeFileSync(path.join(OUT_DIR, 'REPORT.md'), renderReport(report, sections));
	const matched = report.filter((r) => r.found && r.bodyQuery === r.catalog).length;
	console.log(`sections: ${report.length}; field-count match: ${matched}/${report.length} (${((100 * matched) / report.length).toFixed(1)}%)`);
	if (process.env.REF_DEBUG) fs.writeFileSync(process.env.REF_DEBUG, JSON.stringify(report, null, 1));
}

const KNOWN_LIMITATIONS = [
	'11.18: the catalog counts 43 request fields because it also counts the MessageObject/toObject/StatusObject tables printed in the request part; those describe the response `messages[]` and are not request fields (31 extracted; 11-68 MessageObject is left unattached).',
	'10.5.x / 10.6.x: the common members `userid` and `inaction` are documented in the parent sections 10.5/10.6 (not catalog entries), so they are not in the sub-sections\' fields; `inparams`/`ExtParams` wrappers are synthesized from the table title/heading (`synthetic: true`). The example spells `extparams` (case differs).',
	'13.2.1.x: tables titled "request parameters in the request body" / "msgBody parameters in the request body" are wrapped in synthesized `request` / `msgBody` objects (`synthetic: true`, not counted). The 13.2.1.2 callback documents msgBody only; its `request.version` member appears only in prose/example (3 callback fields vs catalog 4).',
	'4.2: no parameter table exists; `app_key`/`app_secret` are derived from the request example (`fromExample: true`). The optional `X-Token-Expire` request header is only shown in an example block and is not extracted.',
	'6.1.6.18: the table printed under "Message header" (modifyType/modifyNum, copied from 6.1.6.17) is dropped as a documentation error and recorded in shapeNotes.',
	'Options/limits/defaults are extracted by pattern; descriptions that explain members inline (lists inside a String/Array description, e.g. 6.3.6 `result`) are not turned into children. `Number` stays `number` unless the description says integer.',
	'"Prompt_text format description" tables in 10.5.x/10.6.x describe the JSON content of the response string field `prompt_text`; they are left unattached.',
	'Template-column tables of file imports (7.3.5, 7.4.8) are not request fields and are left unattached.',
	'Response bodies documented for non-2xx status codes are ignored; responseFields hold the success schema only.',
	'Error codes listed as bullets (CC-Gateway "- 100-006") are resolved against the 6.5.2 table; codes without a table stay with an empty description.',
	'Unparseable examples (kept raw, value null) are genuinely broken in the source (unbalanced brackets, garbled strings).',
];

function renderReport(report, sections) {
	const total = report.length;
	const matched = report.filter((r) => r.found && r.bodyQuery === r.catalog);
	const mism = report.filter((r) => r.found && r.bodyQuery !== r.catalog);
	const notFound = report.filter((r) => !r.found);
	const noTable = report.filter((r) => r.found && r.total === 0 && r.catalog > 0);
	const exFail = report.filter((r) => r.exampleFound && !r.exampleParsed);
	const exMissing = report.filter((r) => r.found && !r.exampleFound && r.catalog > 0);
	const resFail = report.filter((r) => r.responseExampleFound && !r.responseExampleParsed);
	const orphans = report.filter((r) => r.orphans?.length);
	const cb = report.filter((r) => r.callbackCatalog !== undefined);
	const withNotes = report.filter((r) => r.notesCount);
	const pct = (n) => ((100 * n) / total).toFixed(1) + '%';
	const L = [];
	L.push('# Reference parse report');
	L.push('');
	L.push(`Generated by \`node scripts/reference/parse-reference.mjs\` from \`${SOURCE_NAME}\`.`);
	L.push('');
	L.push(`**Field-count match rate: ${matched.length}/${total} (${pct(matched.length)})** — sections where the number of extracted body + query fields (every row, nested ones included; path params, headers and synthesized wrappers excluded) equals the catalog's \`requestFields\`.`);
	L.push('');
	L.push(`- Sections in catalog: ${total}; located in the text: ${total - notFound.length}`);
	L.push(`- Count mismatches: ${mism.length}`);
	L.push(`- Sections with catalog requestFields > 0 but no request table found: ${noTable.length}`);
	L.push(`- Request examples found: ${report.filter((r) => r.exampleFound).length}; parsed as JSON: ${report.filter((r) => r.exampleParsed).length}; unparseable: ${exFail.length}`);
	L.push(`- Response examples found: ${report.filter((r) => r.responseExampleFound).length}; parsed: ${report.filter((r) => r.responseExampleParsed).length}`);
	L.push(`- Sections with shape notes: ${withNotes.length}`);
	L.push(`- Sections with an unattached sub-table: ${orphans.length}`);
	L.push('');
	L.push('Counting convention: the catalog counts request-body rows (nested included) plus query parameters; path parameters and headers are not counted. The same convention is applied here (`bodyQuery`). `total` also includes path and non-auth header fields.');
	L.push('');
	L.push('## Count mismatches');
	L.push('');
	L.push('| Section | Title | catalog | extracted (body+query) | total | tables (roles) |');
	L.push('|---|---|---|---|---|---|');
	for (const r of mism) L.push(`| ${r.section} | ${r.title.replace(/\|/g, '/')} | ${r.catalog} | ${r.bodyQuery} | ${r.total} | ${r.roles} |`);
	L.push('');
	L.push('## No request table found (catalog expects fields)');
	L.push('');
	for (const r of noTable) L.push(`- ${r.section} ${r.title} (catalog ${r.catalog})`);
	if (!noTable.length) L.push('None.');
	L.push('');
	L.push('## Sections not located in the text');
	L.push('');
	for (const r of notFound) L.push(`- ${r.section} ${r.title}`);
	if (!notFound.length) L.push('None.');
	L.push('');
	L.push('## Request examples that did not parse as JSON (requestExample = null, raw kept)');
	L.push('');
	for (const r of exFail) L.push(`- ${r.section} ${r.title}`);
	if (!exFail.length) L.push('None.');
	L.push('');
	L.push('## Response examples that did not parse');
	L.push('');
	for (const r of resFail) L.push(`- ${r.section} ${r.title}`);
	if (!resFail.length) L.push('None.');
	L.push('');
	L.push('## No request example found (catalog expects fields)');
	L.push('');
	for (const r of exMissing) L.push(`- ${r.section} ${r.title}`);
	if (!exMissing.length) L.push('None.');
	L.push('');
	L.push('## Unattached sub-tables');
	L.push('');
	for (const r of orphans) L.push(`- ${r.section}: ${r.orphans.join('; ')}`);
	if (!orphans.length) L.push('None.');
	L.push('');
	L.push('## Embedded callbacks');
	L.push('');
	for (const r of cb) L.push(`- ${r.section}: ${r.callbackCount} fields extracted vs catalog ${r.callbackCatalog}`);
	L.push('');
	L.push('## Known limitations');
	L.push('');
	for (const x of KNOWN_LIMITATIONS) L.push(`- ${x}`);
	L.push('');
	L.push('## Per-section counts');
	L.push('');
	L.push('| Section | catalog | body+query | total | response | errors | req. example | shape notes |');
	L.push('|---|---|---|---|---|---|---|---|');
	for (const r of report) L.push(`| ${r.section} | ${r.catalog} | ${r.bodyQuery ?? '-'} | ${r.total ?? '-'} | ${r.responseCount ?? '-'} | ${r.errorCount ?? '-'} | ${r.exampleFound ? (r.exampleParsed ? 'parsed' : 'UNPARSED') : '-'} | ${r.notesCount ?? 0} |`);
	L.push('');
	return L.join('\n');
}

main();
