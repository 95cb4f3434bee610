/**
 * The operations catalog (539 interfaces) and, when present, reference/sections.json (fields and
 * documented examples). Routes are matched by method + path template as printed in the reference
 * (typos included: "reassginQualityTask", ...), except where vendor evidence shows what real servers
 * serve ("voicecall", not the PDF's "voicercall"/"voicell"); field names and wrappers are corrected
 * the same way (vendorEvidence.cts).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { isObject } from './util.cjs';
import { vendorOp, vendorSection } from './vendorEvidence.cjs';

export interface CatalogOp {
	section: string;
	title: string;
	chapter?: string;
	family: string;
	method: string;
	path: string;
	auth: string;
	direction: 'request' | 'callback';
	requestFields?: number;
	binary?: boolean;
	deprecated?: boolean;
	notes?: string;
	embeddedCallback?: unknown;
}

export interface SectionField {
	name: string;
	in?: string;
	type?: string;
	required?: boolean | string;
	children?: SectionField[];
	[k: string]: unknown;
}

export interface SectionInfo {
	section: string;
	method?: string;
	path?: string;
	auth?: string;
	fields?: SectionField[];
	requestExample?: unknown;
	responseExample?: unknown;
	errorCodes?: unknown;
	[k: string]: unknown;
}

interface Template {
	op: CatalogOp;
	segments: string[];
	literalCount: number;
}

export interface RouteMatch {
	op: CatalogOp;
	params: Record<string, string>;
	/** Other catalog entries sharing this method + path (e.g. 10.5.1-10.5.5). */
	alternatives: CatalogOp[];
}

function findUp(start: string, rel: string, maxLevels = 5): string | undefined {
	let dir = start;
	for (let i = 0; i <= maxLevels; i++) {
		const p = join(dir, rel);
		if (existsSync(p)) return p;
		const parent = dirname(dir);
		if (parent === dir) break;
		dir = parent;
	}
	return undefined;
}

export function locateCatalog(explicit?: string): string {
	const candidates = [
		explicit,
		process.env.CEC_SIM_CATALOG,
		// simulator/*.cts and build/simulator/*.js both find the repository's copy of the catalog
		findUp(__dirname, join('reference', 'catalog.json')),
	];
	for (const c of candidates) if (c && existsSync(c)) return resolve(c);
	throw new Error('CEC simulator: operations catalog not found (set CEC_SIM_CATALOG or options.catalogPath)');
}

export class Catalog {
	readonly ops: CatalogOp[];
	private readonly byMethod = new Map<string, Template[]>();
	private readonly bySection = new Map<string, CatalogOp>();
	private sectionsPath: string | undefined;
	private sectionsMtime = -1;
	private sections: Record<string, SectionInfo> | undefined;
	private readonly corrected = new Map<string, SectionInfo | undefined>();

	constructor(catalogPath?: string, sectionsPath?: string) {
		const raw = JSON.parse(readFileSync(locateCatalog(catalogPath), 'utf8')) as unknown;
		const list = Array.isArray(raw) ? raw : isObject(raw) && Array.isArray(raw.operations) ? raw.operations : [];
		this.ops = (list as CatalogOp[]).map(vendorOp);
		for (const op of this.ops) {
			if (!this.bySection.has(op.section)) this.bySection.set(op.section, op);
			if (op.direction !== 'request' || !op.path.startsWith('/')) continue;
			const segments = op.path.split('/').slice(1);
			const t: Template = { op, segments, literalCount: segments.filter((s) => !isPlaceholder(s)).length };
			const list2 = this.byMethod.get(op.method) ?? [];
			list2.push(t);
			this.byMethod.set(op.method, list2);
		}
		this.sectionsPath = sectionsPath;
	}

	section(section: string): CatalogOp | undefined {
		return this.bySection.get(section);
	}

	requestOps(): CatalogOp[] {
		return this.ops.filter((o) => o.direction === 'request' && o.path.startsWith('/'));
	}

	/** Best match for method + raw path; also reports whether the path exists under another method. */
	match(method: string, rawPath: string): { match?: RouteMatch; allowed: string[] } {
		const path = rawPath.length > 1 && rawPath.endsWith('/') ? rawPath.slice(0, -1) : rawPath;
		const segs = path.split('/').slice(1).map(safeDecodeSegment);
		const found = (m: string): RouteMatch | undefined => {
			const templates = this.byMethod.get(m) ?? [];
			let best: { t: Template; params: Record<string, string>; score: number[] } | undefined;
			const alts: CatalogOp[] = [];
			for (const t of templates) {
				if (t.segments.length !== segs.length) continue;
				const params: Record<string, string> = {};
				const score: number[] = [];
				let ok = true;
				for (let i = 0; i < segs.length; i++) {
					const ts = t.segments[i];
					if (isPlaceholder(ts)) {
						if (!segs[i]) {
							ok = false;
							break;
						}
						params[ts.slice(1, -1)] = segs[i];
						score.push(0);
					} else if (ts === segs[i]) {
						score.push(1);
					} else {
						ok = false;
						break;
					}
				}
				if (!ok) continue;
				if (!best || compareScore(score, best.score) > 0) {
					best = { t, params, score };
				}
			}
			if (!best) return undefined;
			for (const t of templates) if (t !== best.t && t.op.path === best.t.op.path) alts.push(t.op);
			return { op: best.t.op, params: best.params, alternatives: alts };
		};
		const m = found(method.toUpperCase());
		if (m) return { match: m, allowed: [] };
		const allowed: string[] = [];
		for (const other of this.byMethod.keys()) if (other !== method.toUpperCase() && found(other)) allowed.push(other);
		return { allowed };
	}

	/** reference/sections.json is produced by another tool and may appear (or change) while we run. */
	sectionInfo(section: string): SectionInfo | undefined {
		const p = this.sectionsPath ?? process.env.CEC_SIM_SECTIONS ?? findUp(__dirname, join('reference', 'sections.json'));
		if (!p || !existsSync(p)) return undefined;
		try {
			const mtime = statSync(p).mtimeMs;
			if (!this.sections || mtime !== this.sectionsMtime) {
				const raw = JSON.parse(readFileSync(p, 'utf8')) as unknown;
				const secs = isObject(raw) && isObject(raw.sections) ? raw.sections : isObject(raw) ? raw : {};
				this.sections = secs as Record<string, SectionInfo>;
				this.corrected.clear();
				this.sectionsMtime = mtime;
				this.sectionsPath = p;
			}
		} catch {
			return undefined;
		}
		if (!this.corrected.has(section)) this.corrected.set(section, vendorSection(section, this.sections?.[section]));
		return this.corrected.get(section);
	}
}

function isPlaceholder(s: string): boolean {
	return s.startsWith('{') && s.endsWith('}');
}

function safeDecodeSegment(s: string): string {
	try {
		return decodeURIComponent(s);
	} catch {
		return s;
	}
}

/** Literal segments win over placeholders, earlier literals win over later ones. */
function compareScore(a: number[], b: number[]): number {
	const sa = a.reduce((x, y) => x + y, 0);
	const sb = b.reduce((x, y) => x + y, 0);
	if (sa !== sb) return sa - sb;
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
	return 0;
}
