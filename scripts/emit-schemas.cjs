#!/usr/bin/env node
// Writes the output schema previews n8n shows before a node has run (the editor fetches
// /schemas/<node>/<version>/<resource>/<operation>.json, served from the node's __schema__
// folder): for every typed operation, the Simplified output of the reference's response
// example, as JSON Schema. Operations without a documented example get no file (n8n then
// waits for a real run).
const { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const dist = join(root, 'dist');
const { sections } = JSON.parse(readFileSync(join(root, 'reference', 'sections.json'), 'utf8'));
const { simplifyAnswer, withMeanings } = require(join(dist, 'nodes', 'shared', 'registry', 'simplify.js'));

function schemaOf(value) {
	if (Array.isArray(value)) return { type: 'array', items: value.length ? schemaOf(value[0]) : {} };
	if (value === null) return { type: 'null' };
	if (typeof value === 'object') return { type: 'object', properties: Object.fromEntries(Object.entries(value).map(([k, v]) => [k, schemaOf(v)])) };
	return { type: typeof value === 'number' ? 'number' : typeof value === 'boolean' ? 'boolean' : 'string' };
}

function getPath(value, path) {
	if (!path || path === '.') return value;
	return path.split('.').reduce((current, key) => (current && typeof current === 'object' ? current[key] : undefined), value);
}

/** The first item the Simplified output of `spec` would produce for its documented answer. */
function exampleItem(spec) {
	const example = [spec.section, ...(spec.aliases ?? [])].map((s) => sections[s]?.responseExample).find((e) => e !== undefined && e !== null);
	if (example === undefined) return undefined;
	const listed = spec.result?.itemsPath ? getPath(example, spec.result.itemsPath) : undefined;
	const items = Array.isArray(listed) ? listed.map((row) => withMeanings(spec.family, row)) : simplifyAnswer(spec, example);
	return items[0];
}

let written = 0;
for (const dir of readdirSync(join(dist, 'nodes'))) {
	const file = join(dist, 'nodes', dir, 'operations.js');
	if (!existsSync(file)) continue;
	const NodeClass = require(join(dist, 'nodes', dir, `${dir}.node.js`))[dir];
	const versions = [].concat(new NodeClass().description.version);
	for (const spec of require(file).OPERATIONS) {
		if (spec.result?.binary) continue;
		const item = exampleItem(spec);
		if (!item || typeof item !== 'object') continue;
		for (const version of versions) {
			const padded = String(version).split('.').concat(['0', '0']).slice(0, 3).join('.');
			const out = join(dist, 'nodes', dir, '__schema__', `v${padded}`, spec.resource);
			mkdirSync(out, { recursive: true });
			writeFileSync(join(out, `${spec.operation}.json`), JSON.stringify(schemaOf(item), null, 2) + '\n');
			written++;
		}
	}
}
console.log(`dist/nodes/*/__schema__: ${written} output schemas`);

module.exports = { exampleItem, schemaOf };
