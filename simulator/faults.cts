import type { FaultRule, FaultType } from './types.cjs';

const TYPES: FaultType[] = ['latency', 'status', 'reset', 'truncate', 'nonjson', 'expireTokens', 'invalidateGuid', 'restart'];

export class FaultTable {
	private rules: (FaultRule & { id: string })[] = [];
	private seq = 0;

	add(rule: FaultRule): string {
		if (!TYPES.includes(rule.type)) throw new Error(`unknown fault type "${String(rule.type)}" (one of ${TYPES.join(', ')})`);
		if (rule.type === 'status' && !(typeof rule.status === 'number' && rule.status >= 100 && rule.status <= 599)) {
			throw new Error('fault type "status" needs a numeric "status" (e.g. 500, 502, 503, 429)');
		}
		if (rule.count !== undefined && !(Number.isInteger(rule.count) && rule.count > 0)) throw new Error('"count" must be a positive integer');
		const id = rule.id ?? `f${++this.seq}`;
		this.rules = this.rules.filter((r) => r.id !== id);
		this.rules.push({ ...rule, id });
		return id;
	}

	remove(id: string): boolean {
		const n = this.rules.length;
		this.rules = this.rules.filter((r) => r.id !== id);
		return this.rules.length !== n;
	}

	clear(): void {
		this.rules = [];
	}

	list(): FaultRule[] {
		return this.rules.map((r) => ({ ...r }));
	}

	/**
	 * Rules matching this request, consumed (count decremented). Latency and side-effect rules
	 * (expireTokens, invalidateGuid, restart) all apply; only the first response-shaping rule
	 * (status, reset, truncate, nonjson) is returned as `terminal`.
	 */
	take(method: string, path: string, section: string | undefined): { effects: FaultRule[]; terminal?: FaultRule } {
		const effects: FaultRule[] = [];
		let terminal: FaultRule | undefined;
		for (const r of [...this.rules]) {
			if (!matches(r, method, path, section)) continue;
			const isTerminal = r.type === 'status' || r.type === 'reset' || r.type === 'truncate' || r.type === 'nonjson';
			if (isTerminal && terminal) continue;
			if (isTerminal) terminal = r;
			else effects.push(r);
			if (r.count !== undefined) {
				r.count -= 1;
				if (r.count <= 0) this.remove(r.id!);
			}
		}
		return { effects, terminal };
	}
}

function matches(r: FaultRule, method: string, path: string, section: string | undefined): boolean {
	if (r.method && r.method.toUpperCase() !== method.toUpperCase()) return false;
	if (r.pathPrefix && !path.startsWith(r.pathPrefix)) return false;
	if (r.section) {
		if (!section) return false;
		const s = r.section.replace(/\*$/, '');
		if (s.endsWith('.')) {
			if (!(section + '.').startsWith(s)) return false;
		} else if (section !== s) return false;
	}
	return true;
}
