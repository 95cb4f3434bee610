import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * n8n's node lint cannot see descriptions built at run time; scripts/lint-generated-ui.cjs writes
 * every built node's description out and runs n8n's node rules over it (`npm run lint` runs it too).
 * `npm test` builds first, so dist/ is current.
 */
it("every node's generated form obeys n8n's node lint rules: 0 violations", () => {
	let output = '';
	try {
		output = execFileSync(process.execPath, [join(__dirname, '..', '..', 'scripts', 'lint-generated-ui.cjs')], { encoding: 'utf8', stdio: 'pipe' });
	} catch (error) {
		output = String((error as { stdout?: string }).stdout ?? error);
	}
	// On failure the whole output shows: one line per violation, then the count per rule.
	expect(output.trim().split('\n').pop()?.match(/^generated UI lint: \d+ nodes, 0 violations$/) ? 'clean' : output).toBe('clean');
	expect(Number(/(\d+) nodes/.exec(output)?.[1])).toBeGreaterThanOrEqual(27);
}, 120000);
