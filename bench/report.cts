/** Renders bench/RESULTS.md from the cases' figures. Targets are checked here, not in the cases. */
import fs from 'node:fs';
import path from 'node:path';
import type { P2bRow } from './batch.cjs';
import type { P7Configured, P7Result } from './callbacks.cjs';
import type { P2Row } from './diy.cjs';
import type { P4Row } from './download.cjs';
import { median, MiB, ROOT, type Machine } from './lib.cjs';
import type { P6Row } from './load.cjs';
import type { P1Row, P1Side, P3Row } from './throughput.cjs';

export interface CaseOutcome {
	name: string;
	ok: boolean;
	seconds: number;
	result?: unknown;
	reason?: string;
	/** When the case started, and the 1-minute load average then. */
	measuredAt?: string;
	loadAverage?: number;
	/** Set when a partial run (--only) kept this case from the report written at that time. */
	carriedFrom?: string;
}

function versionOf(pkg: string): string {
	try {
		const main = require.resolve(`${pkg}/package.json`, { paths: [ROOT] });
		return (JSON.parse(fs.readFileSync(main, 'utf8')) as { version: string }).version;
	} catch {
		return 'unknown';
	}
}

const fmt = (n: number | null | undefined, digits = 1) => (n === null || n === undefined || Number.isNaN(n) ? '–' : n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 }));
const size = (bytes: number) => (bytes >= 2 ** 30 ? `${fmt(bytes / 2 ** 30, 2)} GiB` : bytes >= MiB ? `${fmt(bytes / MiB, 2)} MiB` : `${fmt(bytes / 1024, 1)} KiB`);
const verdict = (ok: boolean, smoke: boolean) => (smoke ? 'smoke (not judged)' : ok ? '**met**' : '**missed**');

/** Growth exponent between the smallest and the largest size: 1 = linear. */
function exponent(points: Array<[number, number]>): number | undefined {
	if (points.length < 2) return undefined;
	const [a, b] = [points[0], points[points.length - 1]];
	if (a[0] === b[0] || a[1] <= 0 || b[1] <= 0) return undefined;
	return Math.log(b[1] / a[1]) / Math.log(b[0] / a[0]);
}

/** "a, b and c". */
function listOf(parts: string[]): string {
	return parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** P7's runs, one per n8n configuration (a report written before configurations has one, the defaults). */
function p7Configurations(result: unknown): P7Configured[] {
	const r = result as { configurations?: P7Configured[] } & P7Result;
	return r.configurations ?? [{ ...r, configuration: 'defaults', configurationLabel: "n8n's defaults" }];
}

function notMeasured(o: CaseOutcome | undefined, what: string): string {
	if (!o) return `_${what}: not run in this invocation._\n`;
	return `**Not measured**: ${o.reason ?? 'no result'}\n`;
}

/** What the figures say, in their own terms, and why a target is missed. */
function analysis(get: (name: string) => CaseOutcome | undefined): string[] {
	const A: string[] = ['## Analysis', ''];
	const load = (o: CaseOutcome | undefined) => (o?.loadAverage === undefined ? '' : ` (1-minute load average ${o.loadAverage} on 2 cores when the case started)`);
	const p1 = get('p1');
	if (p1?.ok) {
		const rows = (p1.result as { rows: P1Row[] }).rows;
		const judged = rows.filter((x) => x.items >= 1000);
		const big = rows[rows.length - 1];
		const ok = judged.every((x) => (x.ratioNodeToParamFloor ?? Infinity) <= 1.1);
		A.push(
			`**P1.** Measured side by side in one process${load(p1)}: node ÷ parameter floor = ${rows.map((x) => `${fmt(x.ratioNodeToParamFloor, 2)}× at ${fmt(x.items, 0)} items`).join(', ')}; ${ok ? 'the ≤ 1.10× target is met at 1,000 and 10,000 items' : '**the ≤ 1.10× target is missed** where the ratio is above 1.10'}. The parameter floor is what any node pays to do the same job in n8n: the same parameter reads (the campaign ID expression is evaluated by n8n-workflow per item, about ${fmt(big.perItemUs.paramFloor - big.perItemUs.authFloor, 0)} µs per item here, the difference between the parameter floor and the bare authenticated helper) and \`httpRequestWithAuthentication\`, which fetches the credential and signs for every request. ${ok ? 'The node keeps within the target although it does more per item (validation, retries, result codes) because it fetches and decrypts the credential once per run and hands it to n8n with the request (\`credentialsDecrypted\`, so n8n applies the same credential\'s \`authenticate\` without fetching it again; in the real n8n that fetch is a database read and a decryption per request, P2), resolves the parameters that hold no expression once per run, and reads the campaign ID, a plain \`{{ $json.campaignId }}\`, from the input item itself where the floor has n8n evaluate the expression (\`readParameter\`; any other expression still goes to n8n). A ratio below 1 means the node now does less per item than the floor.' : `What is over the floor (${fmt(big.perItemUs.node - big.perItemUs.paramFloor, 0)} µs per item at ${fmt(big.items, 0)} items) is the pack's own per-item work that remains: the registry's field reading and validation (zod), the request plan, the transport's deadline and abort plumbing, reading the answer as a stream under the size cap, the result-code check and the output shaping. In the harness the credential fetch is a map lookup, so the once-per-run credential (\`credentialsDecrypted\`) saves little here; in the real n8n it is a database read and a decryption per request (P2). The runs of one size spread by up to 35 % on this shared machine (see the runs above), and an in-process check during development (1,000 items, load about 3) had measured 1.05×; the target is not shown by this run and is not claimed.`} Against raw undici the node stays at ${fmt(big.ratio, 2)}× at ${fmt(big.items, 0)} items: n8n-core 2.41 (\`@n8n/backend-network\`) builds a new agent per request, so no connection is reused, and a node that may import only n8n-workflow, zod and node:crypto cannot bring its own pool.`,
			'',
			"Profiles behind the cuts (`node --cpu-prof`, the node in n8n-core against the simulator). Before the first cuts (3 × 2,000 items, load average 7.5): the pack's own code was 10 % of the CPU time (self); n8n resolving the campaign ID expression 8.3 % (inclusive, `getParameterValue`); per request the pack built an `Error` for the deadline that almost never fires (1.3 %, stack capture), keyed HMACs of the credential for the auth-v2 form memory and the token cache (1.6 % + 1.5 %), a scrubber regex of the credential's secrets (0.7 %), a second `getCredentials` and `getNode` (a deep copy) per item; the rest was node:net, axios, follow-redirects and proxy-from-env (n8n's HTTP path), luxon, module loading and GC. Each of those pack costs is now paid once per run (credential, node, spec lookup) or once per credential object (HMAC keys, scrubber), or only when needed (deadline error, scrubber pattern). The second profile (5 × 3,000 items, node and parameter floor each alone in its process, then compared function by function) found what remained above the floor: `AbortSignal.timeout` for each request's deadline (its signal construction and listeners, about 20 µs per request; it stays, since n8n's lint allows community nodes no timers of their own), the per-item work of deciding how to read each field (now a read plan per operation), the tenant time zone checked per item (now per run), and parameters without an expression resolved by n8n for every item (now once per run: `readParameter`; the campaign ID expression still goes to n8n per item, as it must). After those cuts the two profiles totalled 18.2 s (node) and 18.3 s (floor) of samples, and no function of the pack's own stood out in the difference; what the node still does that the floor does not (validation, the result-code check, reading the answer as a stream under the size cap) is offset by what it avoids (n8n's follow-redirects path, which the floor takes). The largest single cost left on both sides was n8n evaluating the `{{ $json.campaignId }}` expression (about 60 µs per item in-process, more in the real n8n, whose engine runs in a V8 isolate); the node now reads such plain `$json` paths from the item itself.",
			'',
		);
	}
	const p2 = get('p2');
	if (p2?.ok) {
		const rows = (p2.result as { rows: P2Row[] }).rows;
		const big = rows[rows.length - 1];
		const diy = big.nodeTimes.diy ?? {};
		const ours = big.nodeTimes.ours ?? {};
		const met = rows.every((x) => x.speedup >= (x.items >= 1000 ? 1.2 : 1.0));
		A.push(
			`**P2.** In the real n8n${load(p2)}: DIY ÷ ours = ${rows.map((x) => `${fmt(x.speedup, 2)}× at ${fmt(x.items, 0)} items (50 in flight: ${fmt(x.speedupWide, 2)}×)`).join(', ')}; ${met ? 'both targets (≥ 1.0× at 100, ≥ 1.2× at 1,000) are met' : '**a target is missed** (≥ 1.0× at 100, ≥ 1.2× at 1,000)'}. Per node at ${fmt(big.items, 0)} items: our node ${fmt(ours['Get Campaign'], 0)} ms against the DIY's signing Code node ${fmt(diy['Sign auth-v2'], 0)} ms plus HTTP Request ${fmt(diy['HTTP Request'], 0)} ms. Both send through the same n8n HTTP helper, which dominates; what the node no longer does is ask n8n for the credential per request (before: twice per item, once in the transport and once inside \`httpRequestWithAuthentication\`, each a database read and a decryption in the real n8n), nor have n8n evaluate \`{{ $json.campaignId }}\` per item in a V8 isolate (n8n 2.x's expression engine; the node reads a plain \`$json\` path from the item itself), while the DIY side evaluates four expressions per item in the HTTP Request node. The 50-in-flight variant shows that more lanes do not help once n8n's HTTP path holds the CPU. Absolute times depend on the load of the shared machine; the ratio is what was measured side by side.`,
			'',
		);
	}
	const p2b = get('p2b');
	if (p2b?.ok) {
		const rows = (p2b.result as { rows: P2bRow[] }).rows;
		const f = (iface: string, side: P2bRow['side']) => rows.find((x) => x.interface === iface && x.side === side);
		const [bo, bd, so, su, sb] = [f('7.3.1', 'ours'), f('7.3.1', 'diy'), f('7.4.1', 'ours'), f('7.4.1', 'diyUnspaced'), f('7.4.1', 'diySpacedBound')];
		A.push(
			`**P2b.** What is compared${load(p2b)}. 7.3.1 (blacklist, at most 20 numbers per request, no spacing documented): our node packs 1,000 single-number items into ${bo ? fmt(bo.requests, 0) : '–'} requests, the DIY workflow sends ${bd ? fmt(bd.requests, 0) : '–'}; both were measured end to end (${bo ? fmt(bo.medianMs, 0) : '–'} ms vs ${bd ? fmt(bd.medianMs, 0) : '–'} ms, ${bo && bd ? fmt(bd.medianMs / bo.medianMs, 1) : '–'}× faster). Since no spacing is documented for 7.3.1, the node sends its batches like items, 5 at a time (the Concurrency option); interfaces with a documented spacing (7.4.1) go one at a time. The end-to-end time includes what both workflows pay once per run whatever the node (the webhook, the Code node that makes 1,000 items in n8n's task runner, answering with 1,000 items); this bench does not split it out, so the speed-up of the sending step itself is larger than the end-to-end figure, and on a loaded machine the fixed part weighs more (the runs spread widely, see the table). 7.4.1 (outbound data, at most 20 per request, 1 s between requests): the fair comparison is two workflows that both respect the documented spacing, because the simulator, like CEC, refuses a request that comes sooner (0200022, checked per campaign; the limit of 20 is per request). Our node waited the documented second between its ${so ? fmt(so.requests, 0) : '–'} requests and took ${so ? fmt(so.medianMs, 0) : '–'} ms with ${so ? fmt(so.refusedForSpacing, 0) : '–'} spacing refusals; a per-item DIY workflow that respects the spacing cannot take less than ${sb ? fmt(sb.medianMs / 1000, 0) : '–'} s (one request per number, 1 s apart). That side is a bound, not a run: running it would take ${sb ? fmt(sb.medianMs / 60000, 0) : '–'} minutes per repetition. The DIY workflow as usually built (HTTP Request sending every item at once) was run: ${su ? `${fmt(su.accepted, 0)} of ${fmt(su.numbers, 0)} numbers were accepted and ${fmt(su.refusedForSpacing, 0)} refused for spacing` : 'not measured'}, i.e. it does not do the job; it is listed to show why the spacing matters, not as a speed to beat.`,
			'',
		);
	}
	const p7 = get('p7');
	if (p7?.ok) {
		const all = p7Configurations(p7.result);
		const byKey = (key: string) => all.find((c) => c.configuration === key);
		const [defaults, lazy] = [byKey('defaults'), byKey('lazyIsolates')];
		const line = (c: P7Configured) => `${c.configurationLabel}: acknowledgement p50 ${fmt(c.ackP50Ms)} ms, p99 ${fmt(c.ackP99Ms)} ms (n8n's own Webhook node on the same bodies right after: p50 ${fmt(c.floorAckP50Ms)} ms, p99 ${fmt(c.floorAckP99Ms)} ms; the repeated pushes, which start no execution: p50 ${fmt(median(c.runs.map((x) => x.repeatAckP50Ms)))} ms), ${fmt(c.recordsPerSecond, 0)} records/s into the workflow, exactly once ${c.exactlyOnce ? 'shown' : '**not shown**'}`;
		A.push(
			`**P7.** In the real n8n${load(p7)}, ${all[0].inFlight} pushes of ${all[0].recordsPerPush} records in flight, under ${all.length} configurations of the same n8n, one instance after the other. ${all.map(line).join('. ')}. Why the defaults are slow: n8n ${all[0].n8nVersion} evaluates expressions in V8 isolates (expression engine "vm", a pool of one), and for every webhook call of a trigger other than its own Webhook node it takes an isolate from the pool before calling the node and disposes of it afterwards; every execution does the same. So each push pays for creating two isolates whether or not an expression is ever evaluated, and with several pushes in flight they queue for the CPU: the repeated pushes, which start no execution, are as slow as the first ones, and n8n's Webhook node, which skips the isolate only in its webhook phase, is not much faster. A node cannot change that (the check is on the node type). With lazy acquisition (\`N8N_EXPRESSION_ENGINE_LAZY_ACQUIRE=true\`, an n8n setting) an isolate is created only when an expression is evaluated: the trigger's webhook phase evaluates none, nor does the execution of a workflow whose nodes hold no expression${lazy ? `, and the acknowledgement p99 is ${fmt(lazy.ackP99Ms)} ms` : ''}. ${lazy && lazy.ackP99Ms <= 50 ? 'The 50 ms p99 target is met with that setting' : '**The 50 ms p99 target is missed**'}${defaults ? `; with n8n's defaults it is ${defaults.ackP99Ms <= 50 ? 'met too' : `missed (p99 ${fmt(defaults.ackP99Ms)} ms), as it is for n8n's own Webhook node (p99 ${fmt(defaults.floorAckP99Ms)} ms)`}` : ''}. ${lazy ? `Per repetition with that setting, p99 ${listOf(lazy.runs.map((x) => `${fmt(x.ackP99Ms)} ms`))}; the repeated pushes, which neither change the trigger's memory nor start an execution, p99 ${listOf(lazy.runs.map((x) => `${fmt(x.repeatAckP99Ms)} ms`))}; n8n's own Webhook node in the same configuration p99 ${fmt(lazy.floorAckP99Ms)} ms. So the trigger acknowledges ${lazy.ackP50Ms < lazy.floorAckP50Ms && lazy.ackP99Ms <= lazy.floorAckP99Ms ? 'sooner than' : 'about as fast as'} n8n's own Webhook node. What sets the tail with that setting (profiled with \`--cpu-prof\` and n8n's GC trace on this machine, not measured in every run): during a round the n8n process's main thread is busy nearly all the time with the pushes in flight, each costing it about 6 ms (finding and loading the workflow with its static data, starting and saving the execution, saving the trigger's changed memory of up to 5,000 record keys, about 80 KB), of which the trigger's own work is about 1 ms; and V8's young-generation collections in that process, 12-20 ms each and a few per round, hold up every push in flight at once, so the slowest acknowledgements come in groups of ${all[0].inFlight}; and as n8n's heap grows with the executions' data (by roughly 200 MB a repetition in one such trace, taken while the bench still read each round's records right after it), now and then a full collection stops that thread for far longer (up to about 250 ms seen in experiments), which is what a repetition's maximum shows when it lands in a round. The bench itself keeps out of the rounds: it warms n8n up with one unmeasured round, polls executions without their data, and reads the records back only after the last repetition (reading each round's 10,000 items right after it made n8n parse them just before the next round, and the p99 of trial runs was about 8 ms higher). ` : ''}A trigger saved at version 1 pays an isolate per request under either setting (n8n evaluates the legacy Webhook node's binaryData expression for every version-1 node); new nodes are added at version 1.1. README "Callbacks under campaign load" recommends the setting for instances that receive CEC's callbacks under campaign load. The trigger's own work is small either way: it checks the path secret, parses the push, drops repeated records against its memory and writes the documented answer before n8n starts the execution.`,
			'',
		);
	}
	const p4 = get('p4');
	if (p4?.ok) {
		const rows = (p4.result as { rows: P4Row[] }).rows;
		const stream = rows.filter((x) => x.path === 'stream' && !x.error);
		const worst = Math.max(...stream.map((x) => x.maxPeakGrowthMiB));
		A.push(`**P3-P6** are regression guards: P3 counts tokens (exact), P4 peak memory (at most ${fmt(worst)} MiB growth in any repetition of the streamed download), P5 event latency and P6 load time are reported above; their times, like every time here, depend on the load stated.`, '');
	}
	return A;
}

interface RenderInput {
	plan: { smoke: boolean; p1: { repetitions: number }; p3: { repetitions: number }; p4: { repetitions: number }; p6: { repetitions: number } };
	outcomes: CaseOutcome[];
	atStart: Machine;
	atEnd: Machine;
	startedAt: string;
	writtenAt?: string;
}

export function renderResults({ plan, outcomes, atStart, atEnd, startedAt, writtenAt }: RenderInput): string {
	const smoke = plan.smoke;
	const get = (name: string) => outcomes.find((o) => o.name === name);
	const L: string[] = [];
	const summary: string[] = [];
	L.push(`# Benchmarks${smoke ? ' (SMOKE RUN: tiny sizes, one repetition, figures mean nothing)' : ''}`, '');
	L.push(`Written by \`npm run bench\` (started ${startedAt}${writtenAt ? `, written ${writtenAt}` : ''}).${outcomes.some((o) => o.carriedFrom) ? ` Cases ${outcomes.filter((o) => o.carriedFrom).map((o) => o.name.toUpperCase()).join(', ')} were kept from the report written at ${outcomes.find((o) => o.carriedFrom)!.carriedFrom} (a partial run with \`--only\`); their load average is listed at the end.` : ''} Every case ran in its own process against the CEC simulator, which ran in another process on loopback; each figure is the median of the repetitions stated.`, '');
	L.push('## Machine', '');
	L.push('| | |', '|---|---|');
	L.push(`| CPU | ${atStart.cpus} × ${atStart.model} |`);
	L.push(`| memory | ${atStart.memoryGiB} GiB |`);
	L.push(`| OS | ${atStart.platform} |`);
	L.push(`| Node.js (bench, n8n-core in-process) | ${atStart.node} |`);
	L.push(`| n8n-core / n8n-workflow (in-process) | ${versionOf('n8n-core')} / ${versionOf('n8n-workflow')} |`);
	L.push(`| undici (raw baseline) | ${versionOf('undici')} |`);
	L.push(`| load average (1/5/15 min) at start | ${atStart.loadAverage.join(' / ')} |`);
	L.push(`| load average at end | ${atEnd.loadAverage.join(' / ')} |`);
	L.push('');
	L.push(`> Other processes were running on this machine during the run (other engineers' test suites, compilers and the real n8n instances of the end-to-end tests); a load average above the CPU count (${atStart.cpus}) means the benchmark shared its cores. Ratios measured within one process run (both sides interleaved, order rotated per repetition) are more trustworthy than absolute times.`, '');

	// P1
	L.push('## P1: bulk C2, Outbound Campaign node vs the wire', '');
	const p1 = get('p1');
	if (p1?.ok) {
		const r = p1.result as { rows: P1Row[]; requestsServed: number; statuses: Record<string, number>; concurrency: number; section: string };
		L.push(`Per item, one \`7.1.6\` query (GET campaign details, auth-v2 signed), ${r.concurrency} requests in flight on every side, ${plan.p1.repetitions} repetitions per size (median). The node runs in a real n8n-core \`WorkflowExecute\` (Input → node, campaign ID by expression \`{{ $json.campaignId }}\`).`, '');
		const sides = (['node', 'paramFloor', 'authFloor', 'floor', 'raw', 'rawNoKeepAlive'] as P1Side[]).filter((s) => r.rows[0]?.medianMs[s] !== undefined);
		const label: Record<P1Side, string> = { node: 'node', paramFloor: 'parameter floor', authFloor: 'n8n authenticated helper', floor: 'n8n helper floor', raw: 'undici keep-alive', rawNoKeepAlive: 'undici new connection' };
		L.push(`| items | ${sides.map((s) => `${label[s]} (ms)`).join(' | ')} | **node / parameter floor** | node / authenticated helper | node / helper floor | node / undici keep-alive |`);
		L.push(`|---:|${sides.map(() => '---:').join('|')}|---:|---:|---:|---:|`);
		for (const row of r.rows) L.push(`| ${fmt(row.items, 0)} | ${sides.map((s) => fmt(row.medianMs[s])).join(' | ')} | **${row.ratioNodeToParamFloor === undefined ? '–' : `${fmt(row.ratioNodeToParamFloor, 2)}×`}** | ${row.ratioNodeToAuthFloor === undefined ? '–' : `${fmt(row.ratioNodeToAuthFloor, 2)}×`} | ${fmt(row.ratioNodeToFloor, 2)}× | ${fmt(row.ratio, 2)}× |`);
		L.push('');
		L.push('Per item (µs, median):', '');
		L.push(`| items | ${sides.map((s) => label[s]).join(' | ')} |`, `|---:|${sides.map(() => '---:').join('|')}|`);
		for (const row of r.rows) L.push(`| ${fmt(row.items, 0)} | ${sides.map((s) => fmt(row.perItemUs[s], 0)).join(' | ')} |`);
		L.push('');
		L.push(`Runs (ms, in order) per side and size: ${r.rows.map((row) => `${fmt(row.items, 0)} items: ${sides.map((s) => `${s} [${row.runsMs[s].join(', ')}]`).join('; ')}`).join(' — ')}.`, '');
		L.push(`Requests answered by the simulator during the measured runs: ${fmt(r.requestsServed, 0)} (HTTP status counts ${JSON.stringify(r.statuses)}).`, '');
		const big = r.rows[r.rows.length - 1];
		const judged = r.rows.filter((x) => x.items >= 1000);
		const met = judged.length > 0 && judged.every((x) => x.ratioNodeToParamFloor !== undefined && x.ratioNodeToParamFloor <= 1.1);
		summary.push(`| P1 | node / parameter floor ≤ 1.10× at 1,000 and 10,000 items | ${r.rows.map((x) => `${fmt(x.items, 0)}: ${fmt(x.ratioNodeToParamFloor, 2)}×`).join(', ')} | ${verdict(met, smoke)} |`);
		const e = exponent(r.rows.map((x) => [x.items, x.medianMs.node]));
		if (e !== undefined) summary.push(`| scaling P1 | linear in items | node time ∝ items^${fmt(e, 2)} (${fmt(r.rows[0].items, 0)} → ${fmt(big.items, 0)}) | ${smoke ? 'smoke (not judged)' : e <= 1.15 ? '**linear**' : '**worse than linear**'} |`);
		L.push("Sides: **node** = the pack's Outbound Campaign node (campaign ID by expression, Output Raw, Concurrency 5); **parameter floor** (the target's reference) = a minimal node with the same node description that reads Resource and Operation once and per item the same parameters (VDN ID, the campaign ID expression, Options, Output), sends through `helpers.httpRequestWithAuthentication` with the pack's C2 credential (n8n fetches the credential and applies its `authenticate`, the auth-v2 signer) and checks the result code, with the same 5 lanes; **n8n authenticated helper** = the same send without any parameter reads; **n8n helper floor** = a pre-signed request through `helpers.httpRequest`; **undici keep-alive** / **new connection** = a raw `undici.Pool` with keep-alive connections / a new TCP connection per request (`reset: true`).", '');
	} else L.push(notMeasured(p1, 'P1'));

	// P2
	L.push('## P2: the node vs the do-it-yourself workflow, in the real n8n', '');
	const p2 = get('p2');
	if (p2?.ok) {
		const r = p2.result as { n8nVersion: string; rows: P2Row[]; method: string; diyDescription: string; diyCode: string };
		L.push(`${r.method}`, '');
		L.push(`Workflows: ${r.diyDescription}`, '');
		L.push('| items | our node, default 5 in flight (ms) | our node, 50 in flight (ms) | HTTP Request + Code (ms) | **DIY / ours (default)** | DIY / ours (50 in flight) |', '|---:|---:|---:|---:|---:|---:|');
		for (const row of r.rows) L.push(`| ${fmt(row.items, 0)} | ${fmt(row.medianMs.ours)} | ${fmt(row.medianMs.oursWide)} | ${fmt(row.medianMs.diy)} | **${fmt(row.speedup, 2)}×** | ${fmt(row.speedupWide, 2)}× |`);
		L.push('');
		L.push('Where the time goes (median `executionTime` per node as n8n recorded it, ms):', '');
		L.push('| items | workflow | per node |', '|---:|---|---|');
		for (const row of r.rows) for (const side of ['ours', 'oursWide', 'diy'] as const) L.push(`| ${fmt(row.items, 0)} | ${side} | ${Object.entries(row.nodeTimes[side] ?? {}).map(([n, t]) => `${n} ${fmt(t, 0)}`).join(', ')} |`);
		L.push('');
		L.push('<details><summary>The DIY Code node (as run)</summary>', '', '```js', r.diyCode, '```', '</details>', '');
		const target = (items: number) => (items >= 1000 ? 1.2 : 1.0);
		const met = r.rows.every((x) => x.speedup >= target(x.items));
		summary.push(`| P2 | DIY / ours ≥ 1.0× at 100 items, ≥ 1.2× at 1,000 | ${r.rows.map((x) => `${fmt(x.items, 0)}: ${fmt(x.speedup, 2)}× (50 in flight: ${fmt(x.speedupWide, 2)}×)`).join(', ')} | ${verdict(met, smoke)} |`);
	} else {
		L.push(notMeasured(p2, 'P2'));
		summary.push(`| P2 | DIY / ours ≥ 1.0× at 100 items, ≥ 1.2× at 1,000 | not measured: ${p2?.reason ?? 'not run'} | – |`);
	}

	// P2b
	L.push('## P2b: 1,000 numbers through the batch interfaces, our node vs the per-item DIY workflow', '');
	const p2b = get('p2b');
	if (p2b?.ok) {
		const r = p2b.result as { n8nVersion: string; rows: P2bRow[]; method: string };
		L.push(r.method, '');
		const sideLabel: Record<P2bRow['side'], string> = { ours: 'our node (batches of 20)', diy: 'HTTP Request + Code, one request per number', diyUnspaced: 'HTTP Request + Code, one request per number, all at once (no spacing)', diySpacedBound: 'HTTP Request + Code respecting the 1 s spacing (bound: (n − 1) × 1 s, not run)' };
		L.push('| interface | side | numbers | requests | accepted | refused (of which 0200022 spacing) | time, median (ms) | runs (ms) |', '|---|---|---:|---:|---:|---:|---:|---|');
		for (const row of r.rows) L.push(`| ${row.interface} | ${sideLabel[row.side]} | ${fmt(row.numbers, 0)} | ${fmt(row.requests, 0)} | ${row.measured ? fmt(row.accepted, 0) : '–'} | ${row.measured ? `${fmt(row.refused, 0)} (${fmt(row.refusedForSpacing, 0)})` : '–'} | ${row.measured ? fmt(row.medianMs) : `≥ ${fmt(row.medianMs, 0)}`} | ${row.runsMs.join(', ') || '–'} |`);
		L.push('');
		const timed = r.rows.filter((x) => x.nodeTimes && Object.keys(x.nodeTimes).length);
		if (timed.length) {
			L.push('Where the time goes in 7.3.1 (median `executionTime` per node as n8n recorded it, ms; the rest of the end-to-end time is n8n receiving the request, starting the execution and answering with 1,000 items):', '');
			L.push('| side | per node |', '|---|---|');
			for (const row of timed) L.push(`| ${sideLabel[row.side]} | ${Object.entries(row.nodeTimes ?? {}).map(([n, t]) => `${n} ${fmt(t, 0)}`).join(', ')} |`);
			L.push('');
		}
		const find = (iface: string, side: P2bRow['side']) => r.rows.find((x) => x.interface === iface && x.side === side);
		const [bo, bd, so, sb] = [find('7.3.1', 'ours'), find('7.3.1', 'diy'), find('7.4.1', 'ours'), find('7.4.1', 'diySpacedBound')];
		if (bo && bd) {
			const fewer = bd.requests / Math.max(1, bo.requests);
			const faster = bd.medianMs / bo.medianMs;
			const allOk = bo.accepted === bo.numbers && bd.accepted === bd.numbers;
			const sendingOurs = bo.nodeTimes?.['Add to Blacklist'];
			const sendingDiy = bd.nodeTimes ? (bd.nodeTimes['Sign auth-v2'] ?? 0) + (bd.nodeTimes['HTTP Request'] ?? 0) : undefined;
			const sending = sendingOurs !== undefined && sendingDiy !== undefined ? `; the sending step alone (our node vs Sign auth-v2 + HTTP Request): ${fmt(sendingOurs, 0)} vs ${fmt(sendingDiy, 0)} ms (${fmt(sendingDiy / Math.max(1, sendingOurs), 1)}×)` : '';
			summary.push(`| P2b (7.3.1, no spacing documented) | ≥ 10× fewer requests and ≥ 5× faster | ${fmt(bo.requests, 0)} vs ${fmt(bd.requests, 0)} requests (${fmt(fewer, 1)}× fewer), end to end ${fmt(bo.medianMs, 0)} vs ${fmt(bd.medianMs, 0)} ms (${fmt(faster, 1)}× faster)${sending}${allOk ? '' : ', not every number accepted'} | ${verdict(fewer >= 10 && faster >= 5 && allOk, smoke)} |`);
		}
		if (so && sb) {
			const fewer = sb.requests / Math.max(1, so.requests);
			const faster = sb.medianMs / so.medianMs;
			summary.push(`| P2b (7.4.1, 1 s spacing respected) | ≥ 10× fewer requests and ≥ 5× faster | ${fmt(so.requests, 0)} vs ${fmt(sb.requests, 0)} requests (${fmt(fewer, 1)}× fewer), ${fmt(so.medianMs, 0)} ms measured vs ≥ ${fmt(sb.medianMs, 0)} ms bound (≥ ${fmt(faster, 1)}× faster); our refusals for spacing: ${fmt(so.refusedForSpacing, 0)} | ${verdict(fewer >= 10 && faster >= 5 && so.refused === 0, smoke)} |`);
		}
	} else {
		L.push(notMeasured(p2b, 'P2b'));
		summary.push(`| P2b | ≥ 10× fewer requests and ≥ 5× faster | not measured: ${p2b?.reason ?? 'not run'} | – |`);
	}

	// P7
	L.push('## P7: Outbound Result Trigger under 100-record pushes, in the real n8n', '');
	const p7 = get('p7');
	if (p7?.ok) {
		const all = p7Configurations(p7.result);
		for (const r of all) {
			L.push(`### ${r.configurationLabel}`, '', r.method, '');
			L.push('| repetition | ack p50 (ms) | ack p99 (ms) | ack max (ms) | n8n Webhook node ack p50 / p99 (ms) | repeated pushes ack p50 / p99 (ms) | records/s into the workflow | span (ms) | executions | items in workflow | distinct records | executions from repeats | answers not the documented ack |', '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
			r.runs.forEach((x, i) => L.push(`| ${i + 1} | ${fmt(x.ackP50Ms)} | ${fmt(x.ackP99Ms)} | ${fmt(x.ackMaxMs)} | ${fmt(x.floorAckP50Ms)} / ${fmt(x.floorAckP99Ms)} | ${fmt(x.repeatAckP50Ms)} / ${fmt(x.repeatAckP99Ms)} | ${fmt(x.recordsPerSecond, 0)} | ${fmt(x.spanMs, 0)} | ${x.executions} | ${fmt(x.itemsInWorkflow, 0)} | ${fmt(x.distinctRecords, 0)} | ${x.repeatExecutions} | ${x.nonAck} |`));
			L.push('');
		}
		const each = (f: (r: P7Configured) => string) => all.map((r) => `${r.configurationLabel}: ${f(r)}`).join('; ');
		const judged = (ok: (r: P7Configured) => boolean) => (smoke ? 'smoke (not judged)' : all.map((r) => `${ok(r) ? '**met**' : '**missed**'} (${r.configurationLabel})`).join(', '));
		summary.push(`| P7 | ack p99 ≤ 50 ms | ${each((r) => `p50 ${fmt(r.ackP50Ms)} ms, p99 ${fmt(r.ackP99Ms)} ms (n8n's own Webhook node: p50 ${fmt(r.floorAckP50Ms)} ms, p99 ${fmt(r.floorAckP99Ms)} ms)`)} | ${judged((r) => r.ackP99Ms <= 50)} |`);
		summary.push(`| P7 | ≥ 1,000 records/s into the workflow | ${each((r) => `${fmt(r.recordsPerSecond, 0)} records/s`)} | ${judged((r) => r.recordsPerSecond >= 1000)} |`);
		summary.push(`| P7 | exactly-once effect | ${each((r) => (r.exactlyOnce ? 'every record in exactly one item; repeated pushes started no execution' : 'see table'))} | ${all.map((r) => `${r.exactlyOnce ? '**met**' : '**missed**'} (${r.configurationLabel})`).join(', ')} |`);
	} else {
		L.push(notMeasured(p7, 'P7'));
		summary.push(`| P7 | ack p99 ≤ 50 ms, ≥ 1,000 records/s, exactly once | not measured: ${p7?.reason ?? 'not run'} | – |`);
	}

	// P3
	L.push('## P3: C1 tokens during a Configuration run', '');
	const p3 = get('p3');
	if (p3?.ok) {
		const r = p3.result as { rows: P3Row[] };
		L.push(`Per item one \`5.1.4\` agent account query (C1 bearer token, Configuration node), 5 in flight, cold token cache at the start of each run; tokens counted from the simulator's request log. In the expiry run the simulator expires every C1 token (\`sim.expireTokens('C1')\`) once half of the items have been answered, while requests are in flight.`, '');
		L.push('| items | token requests (plain run, worst of reps) | token requests (with expiry mid-run) | refused after expiry | operation requests | median run (ms) | per item (µs) |', '|---:|---:|---:|---:|---:|---:|---:|');
		for (const row of r.rows) L.push(`| ${fmt(row.items, 0)} | ${row.tokensPlainRun} | ${row.tokensWithExpiry} (1 + ${row.tokensWithExpiry - 1}) | ${row.refusedAfterExpiry} | ${fmt(row.operationRequests, 0)} | ${fmt(row.medianMs)} | ${fmt(row.perItemUs, 0)} |`);
		L.push('');
		const met = r.rows.every((x) => x.tokensPlainRun === 1 && x.tokensWithExpiry === 2);
		summary.push(`| P3 | exactly 1 token, then exactly 1 more | ${r.rows.map((x) => `${fmt(x.items, 0)}: ${x.tokensPlainRun} then +${x.tokensWithExpiry - 1}`).join(', ')} | ${smoke ? (met ? 'met (counts are exact even in smoke)' : '**missed**') : verdict(met, false)} |`);
		const e = exponent(r.rows.map((x) => [x.items, x.medianMs]));
		if (e !== undefined) summary.push(`| scaling P3 | linear in items, constant tokens | time ∝ items^${fmt(e, 2)}; tokens constant | ${smoke ? 'smoke (not judged)' : e <= 1.15 ? '**linear**' : '**worse than linear**'} |`);
	} else L.push(notMeasured(p3, 'P3'));

	// P4
	L.push('## P4: download memory (n8n binary data, filesystem mode)', '');
	const p4 = get('p4');
	if (p4?.ok) {
		const r = p4.result as { rows: P4Row[] };
		L.push(`A recording (13.2.1.4 \`downloadRecordFile\`, C2) generated by the simulator chunk by chunk, stored by n8n-core's \`prepareBinaryData\` with \`N8N_DEFAULT_BINARY_DATA_MODE=filesystem\`. Peak RSS of the n8n process (sampled every 5 ms) minus its RSS just before the download; ${plan.p4.repetitions} repetitions.`, '');
		L.push('| path | size | peak RSS growth, median (MiB) | max (MiB) | time (ms) | MiB/s | bytes stored |', '|---|---:|---:|---:|---:|---:|---:|');
		for (const row of r.rows) {
			if (row.error) L.push(`| ${row.path} | ${size(row.bytes)} | fails: ${row.error} | | | | |`);
			else L.push(`| ${row.path} | ${size(row.bytes)} | ${fmt(row.medianPeakGrowthMiB)} | ${fmt(row.maxPeakGrowthMiB)} | ${fmt(row.medianMs)} | ${fmt(row.mibPerSecond)} | ${fmt(row.storedBytes, 0)} |`);
		}
		L.push('');
		L.push("Paths: **stream** = the shipped File Service node, 13.2.1.4 *Download Recording File* (C2-signed by the credential through n8n's `httpRequestWithAuthentication`, the answer streamed into `helpers.prepareBinaryData`); **buffered** (historical name) = the shipped generic Huawei CEC node on 13.2.1.4, which streams the catalog's file interfaces the same way.", '');
		const stream = r.rows.filter((x) => x.path === 'stream' && !x.error);
		const largest = stream[stream.length - 1];
		if (largest) {
			const met = largest.maxPeakGrowthMiB <= 64;
			summary.push(`| P4 | peak RSS growth ≤ 64 MiB for a 1 GiB download | ${size(largest.bytes)}: median ${fmt(largest.medianPeakGrowthMiB)} MiB, max ${fmt(largest.maxPeakGrowthMiB)} MiB (stream path) | ${smoke ? 'smoke (not judged)' : met ? (largest.bytes >= 2 ** 30 ? '**met** (File Service node)' : '**met at the largest size run**') : '**missed**'} |`);
			summary.push(`| scaling P4 | memory constant, time linear in bytes | ${stream.map((x) => `${size(x.bytes)}: ${fmt(x.medianPeakGrowthMiB)} MiB / ${fmt(x.medianMs, 0)} ms`).join('; ')} | ${smoke ? 'smoke (not judged)' : 'see table'} |`);
		}
		const buffered = r.rows.filter((x) => x.path === 'buffered').at(-1);
		if (buffered?.error) summary.push(`| P4 (shipped generic node) | download a recording at all | fails: "${buffered.error}" | **missing feature** |`);
		else if (buffered) summary.push(`| P4 (shipped generic node) | peak RSS growth ≤ 64 MiB | ${size(buffered.bytes)}: median ${fmt(buffered.medianPeakGrowthMiB)} MiB | ${buffered.medianPeakGrowthMiB <= 64 ? '**met**' : '**missed**'} |`);
	} else L.push(notMeasured(p4, 'P4'));

	// P5
	L.push('## P5: agent event latency (simulator → Agent Event Trigger emit)', '');
	const p5 = get('p5');
	if (p5?.ok) {
		const r = p5.result as { events: number; repetitions: number; p50Ms: number; p99Ms: number; maxMs: number; perRep: Array<{ p50Ms: number; p99Ms: number }>; method: string };
		L.push(r.method, '');
		L.push('| events | repetitions | p50 (ms) | p99 (ms) | max (ms) |', '|---:|---:|---:|---:|---:|');
		L.push(`| ${r.events} | ${r.repetitions} | ${fmt(r.p50Ms)} | ${fmt(r.p99Ms)} | ${fmt(r.maxMs)} |`, '');
		const met = r.p50Ms <= 250 && r.p99Ms <= 250;
		summary.push(`| P5 | p50 and p99 ≤ 250 ms | p50 ${fmt(r.p50Ms)} ms, p99 ${fmt(r.p99Ms)} ms | ${verdict(met, smoke)} |`);
	} else {
		L.push(notMeasured(p5, 'P5'));
		summary.push(`| P5 | p50 and p99 ≤ 250 ms | not measured: ${p5?.reason ?? 'not run'} | – |`);
	}

	// P6
	L.push('## P6: loading the package in n8n', '');
	const p6 = get('p6');
	if (p6?.ok) {
		const r = p6.result as { rows: P6Row[]; distBuiltAt: string };
		L.push(`n8n-core's \`LazyPackageDirectoryLoader\` over the built package (\`dist/\` of the working tree; dist/index.js dated ${r.distBuiltAt}); community packages ship no \`dist/known\` index, so it falls back to \`PackageDirectoryLoader\`, which \`require\`s every node and credential file, as n8n does at start. Each measurement is a fresh process (cold \`require\` cache), ${plan.p6.repetitions} repetitions. The trend lists the first k nodes of package.json (same dist/).`, '');
		L.push('| nodes listed | nodes loaded | credentials | node properties | load time, median (ms) | per node (ms) |', '|---:|---:|---:|---:|---:|---:|');
		for (const row of r.rows) L.push(`| ${row.nodesListed} | ${row.nodesLoaded} | ${row.credentials} | ${fmt(row.properties, 0)} | ${fmt(row.medianMs)} | ${fmt(row.perNodeMs)} |`);
		L.push('');
		const all = r.rows[r.rows.length - 1];
		const first = r.rows[0];
		summary.push(`| P6 | reported, with trend | ${all ? `${all.nodesLoaded} nodes + ${all.credentials} credentials in ${fmt(all.medianMs)} ms (${first ? `${first.nodesLoaded} node: ${fmt(first.medianMs)} ms` : ''})` : '–'} | reported |`);
		const p2Result = get('p2')?.ok ? (get('p2')!.result as { n8nVersion: string; timings: Record<string, number> }) : undefined;
		if (p2Result?.timings?.start !== undefined) {
			L.push(`Real n8n ${p2Result.n8nVersion} with the pack installed (P2's instance): \`n8n start\` to editor ready in ${fmt(p2Result.timings.start, 0)} ms (one start, under the load stated above; launcher timings ${JSON.stringify(p2Result.timings)}).`, '');
		} else L.push(`Real n8n start time: not measured (${get('p2')?.reason ?? 'P2 not run'}).`, '');
	} else L.push(notMeasured(p6, 'P6'));

	L.push(...analysis(get), '');
	L.push('## Summary', '');
	L.push('| case | target | measured | verdict |', '|---|---|---|---|');
	L.push(...summary, '');

	L.push('## Reproduce', '');
	L.push('```sh');
	L.push('npm ci && npm run build          # the bench loads dist/ for P5/P6 and packs it for P2');
	L.push('node scripts/e2e/install-n8n.cjs 2.41.1   # real n8n for P2 (cached in .cache/n8n)');
	L.push('npm run bench                    # everything, writes bench/RESULTS.md');
	L.push('npm run bench -- --only p1,p3    # a subset');
	L.push('npm run bench -- --smoke         # CI smoke: tiny sizes, 1 repetition (test/bench/benchSmoke.test.cts)');
	L.push('```', '');
	L.push(`Cases (duration; start time and 1-minute load average at its start): ${outcomes.map((o) => `${o.name} ${o.seconds} s${o.measuredAt ? ` (${o.measuredAt.slice(11, 19)} UTC, load ${o.loadAverage})` : ''}${o.carriedFrom ? ` (kept from the run written at ${o.carriedFrom}, whose load average at start was ${o.loadAverage})` : ''}`).join('; ')}.`, '');
	return `${L.join('\n')}\n`;
}

export const RESULTS_PATH = path.join(ROOT, 'bench', 'RESULTS.md');
