#!/usr/bin/env node
/**
 * The public surface of the pack: what saved workflows and credentials refer to by name. Every
 * node's versions, resources, operations (per resource), parameter names (nested ones by their
 * path) and option values, and every credential's field names. test/surface/publicSurface.test.cts
 * fails when anything in test/surface/baseline.json is gone; additions are fine.
 *
 *   node scripts/public-surface.cjs           # print the current surface as JSON
 *   node scripts/public-surface.cjs --write   # add the current surface to the baseline (after a release decision)
 * Reads the built package (dist/).
 */
const fs = require('node:fs');
const path = require('node:path');
const { builtCredentials, builtNodes } = require('./built-package.cjs');

const root = path.resolve(__dirname, '..');
const baselineFile = path.join(root, 'test', 'surface', 'baseline.json');

function walk(properties, prefix, out) {
	for (const property of properties ?? []) {
		if (property.type === 'notice') continue;
		const at = prefix ? `${prefix}.${property.name}` : property.name;
		out.add(`parameter ${at}`);
		if ((property.type === 'options' || property.type === 'multiOptions') && Array.isArray(property.options)) {
			for (const option of property.options) out.add(`value ${at}=${JSON.stringify(option.value)}`);
		}
		if (property.type === 'collection' && Array.isArray(property.options)) walk(property.options, at, out);
		if (property.type === 'fixedCollection' && Array.isArray(property.options)) {
			for (const group of property.options) walk(group.values, `${at}.${group.name}`, out);
		}
	}
}

function currentSurface() {
	const surface = {};
	for (const { description: d } of builtNodes()) {
		const out = new Set();
		for (const version of [d.version].flat()) out.add(`version ${version}`);
		walk(d.properties, '', out);
		// Operation values are only meaningful with their resource.
		for (const property of d.properties) {
			const resources = property.displayOptions?.show?.resource;
			if (property.name === 'operation' && Array.isArray(property.options)) {
				for (const resource of resources ?? ['']) for (const option of property.options) out.add(`operation ${resource}:${option.value}`);
			}
		}
		surface[`node ${d.name}`] = [...out].sort();
	}
	for (const c of builtCredentials()) {
		const out = new Set();
		walk(c.properties, '', out);
		surface[`credential ${c.name}`] = [...out].sort();
	}
	return surface;
}

if (require.main === module) {
	const surface = currentSurface();
	if (process.argv.includes('--write')) {
		const baseline = fs.existsSync(baselineFile) ? JSON.parse(fs.readFileSync(baselineFile, 'utf8')) : {};
		for (const [key, entries] of Object.entries(surface)) baseline[key] = [...new Set([...(baseline[key] ?? []), ...entries])].sort();
		fs.writeFileSync(baselineFile, `${JSON.stringify(baseline, null, '\t')}\n`);
		console.log(`public surface: ${Object.keys(baseline).length} nodes and credentials written to ${path.relative(root, baselineFile)}`);
	} else {
		console.log(JSON.stringify(surface, null, '\t'));
	}
}

module.exports = { currentSurface, baselineFile };
