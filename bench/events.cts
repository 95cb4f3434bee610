/**
 * P5: latency from the simulator queuing an agent event to the Agent Event Trigger emitting it
 * in n8n-core's TriggerContext. The simulator runs at real time (timeScale 1: a 10 s long-poll
 * hold, as on CC-Gateway) in its own process; each event carries the wall-clock time at which the
 * simulator queued it (performance.timeOrigin + now(), shared by both processes), and the emit
 * time is taken when the trigger's `emit` resolves the harness's waiter.
 */
import { HuaweiCecAgentEventTrigger } from '../nodes/HuaweiCecAgentEventTrigger/HuaweiCecAgentEventTrigger.node';
import { createHarness, simulatorCredentials } from '../test/helpers/n8n.cjs';
import { median, percentile, round, startSimChild } from './lib.cjs';

const AGENT = '101';
const wallClock = () => performance.timeOrigin + performance.now();

export async function runP5(events: number, repetitions: number): Promise<{ events: number; repetitions: number; p50Ms: number; p99Ms: number; maxMs: number; perRep: Array<{ p50Ms: number; p99Ms: number }>; method: string }> {
	const sim = await startSimChild({ BENCH_SIM_TIME_SCALE: '1' });
	try {
		const n8n = await createHarness(simulatorCredentials(sim));
		const all: number[] = [];
		const perRep: Array<{ p50Ms: number; p99Ms: number }> = [];
		for (let rep = 0; rep < repetitions; rep++) {
			await sim.call('reset');
			const handle = await n8n.trigger(new HuaweiCecAgentEventTrigger(), {}, { mode: 'trigger' });
			try {
				// Sign-in events first; then the trigger sits in a held long poll.
				const deadline = Date.now() + 20_000;
				while (!handle.emitted.some((d) => d[0][0].json.eventType === 'AgentState_Ready')) {
					if (Date.now() > deadline) throw new Error(`no sign-in events (errors: ${handle.errors.map((e) => e.message).join('; ')})`);
					await new Promise((r) => setTimeout(r, 10));
				}
				await new Promise((r) => setTimeout(r, 50));
				const latencies: number[] = [];
				for (let i = 0; i < events; i++) {
					const before = handle.emitted.length;
					const sentAt = wallClock();
					const queued = await sim.call<boolean>('injectEvents', { agentId: AGENT, events: [{ eventType: 'AgentOther_Note', content: { seq: i, sentAt } }] });
					if (!queued) throw new Error('agent not signed in at the simulator');
					await handle.waitFor(before + 1, 15_000);
					const emittedAt = wallClock();
					const json = handle.emitted[before][0][0].json as { eventType?: string; content?: { seq?: number } };
					if (json.eventType !== 'AgentOther_Note' || json.content?.seq !== i) throw new Error(`unexpected emission ${JSON.stringify(json).slice(0, 200)}`);
					latencies.push(emittedAt - sentAt);
					// Let the trigger park in a new held poll, as between real events.
					await new Promise((r) => setTimeout(r, 5 + (i % 4) * 10));
				}
				all.push(...latencies);
				perRep.push({ p50Ms: round(percentile(latencies, 50), 1), p99Ms: round(percentile(latencies, 99), 1) });
			} finally {
				await handle.close();
			}
		}
		return {
			events,
			repetitions,
			p50Ms: round(median(perRep.map((r) => r.p50Ms)), 1),
			p99Ms: round(median(perRep.map((r) => r.p99Ms)), 1),
			maxMs: round(Math.max(...all), 1),
			perRep,
			method: `The trigger (default options: long polling 6.1.4.1 for agent ${AGENT}, C4 dynamic GUIDs) is activated through the harness's TriggerContext; per repetition ${events} events are queued one at a time (stamped with the wall-clock time just before the IPC call that queues it in the simulator process), each after the trigger had 5-35 ms to park in a new held poll. Latency = emit time − queue time (includes the IPC hop, about 0.1-1 ms). p50/p99 are per repetition, then the median of the ${repetitions} repetitions; max is over all ${events * repetitions} events.`,
		};
	} finally {
		await sim.close();
	}
}
