import { existsSync, readFileSync } from 'node:fs';

/**
 * The public surface is frozen once released: saved workflows refer to nodes, resources,
 * operations, parameters and option values by name, credentials to their fields. Removing or
 * renaming any of them breaks those workflows silently, so this test fails on it. New behaviour
 * comes as a new node version (CONTRIBUTING.md, "Versioning policy"). Additions are fine; add them
 * to the baseline with `node scripts/public-surface.cjs --write` once they are released.
 */
// The script reads dist/, which `npm test` builds first.
import { baselineFile, currentSurface } from '../../scripts/public-surface.cjs';

it('nothing of the released surface is renamed or removed', () => {
	expect(existsSync(baselineFile)).toBe(true);
	const baseline = JSON.parse(readFileSync(baselineFile, 'utf8')) as Record<string, string[]>;
	const current = currentSurface();
	const missing: string[] = [];
	for (const [owner, entries] of Object.entries(baseline)) {
		const now = new Set(current[owner] ?? []);
		if (!current[owner]) missing.push(`${owner} (the whole node or credential)`);
		else for (const entry of entries) if (!now.has(entry)) missing.push(`${owner}: ${entry}`);
	}
	expect(missing).toEqual([]);
	expect(Object.keys(baseline).length).toBeGreaterThanOrEqual(35);
});
