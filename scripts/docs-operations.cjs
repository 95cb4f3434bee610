#!/usr/bin/env node
// Renders docs/operations.md, the list of every typed operation per node, from the built
// registry (run `npm run build` first). `npm run docs` writes it; test/docs checks that the
// committed file matches the registry, so the list cannot drift from the nodes.
const { readdirSync, existsSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const dist = join(root, 'dist');

function cell(text) {
	return String(text ?? '').replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
}

function renderOperations() {
	const nodes = [];
	for (const dir of readdirSync(join(dist, 'nodes')).sort()) {
		const file = join(dist, 'nodes', dir, 'operations.js');
		if (!existsSync(file)) continue;
		const NodeClass = require(join(dist, 'nodes', dir, `${dir}.node.js`))[dir];
		const { displayName } = new NodeClass().description;
		const { OPERATIONS, RESOURCES } = require(file);
		nodes.push({ displayName, OPERATIONS, RESOURCES: RESOURCES ?? [] });
	}
	nodes.sort((a, b) => a.displayName.localeCompare(b.displayName));
	const total = nodes.reduce((n, node) => n + node.OPERATIONS.length, 0);
	const lines = [
		'# Operations by node',
		'',
		`Every typed operation of the pack (${total} in ${nodes.length} nodes), generated from the registry by`,
		'`npm run docs`. "Section" is the doc section of the Huawei CEC 2.5 API reference (for Huawei',
		'nodes) or the interface number of the vendor document. The **Huawei CEC** node reaches every',
		'request interface of the reference by section, with a raw JSON body.',
		'',
		'Contents: ' + nodes.map((n) => `[${n.displayName}](#${slug(n.displayName)})`).join(' · '),
	];
	for (const node of nodes) {
		lines.push('', `## ${node.displayName}`, '', '| resource | operation | section | request |', '|---|---|---|---|');
		const resourceName = new Map(node.RESOURCES.map((r) => [r.value, r.name]));
		for (const op of node.OPERATIONS) {
			const sections = [op.section, ...(op.aliases ?? [])].join(', ');
			const legacy = op.legacy ? ' (legacy)' : '';
			lines.push(`| ${cell(resourceName.get(op.resource) ?? op.resource)} | ${cell(op.name)}${legacy} | ${cell(sections)} | \`${op.method} ${cell(op.path)}\` |`);
		}
	}
	return lines.join('\n') + '\n';
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
function slug(heading) {
	return heading.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
}

module.exports = { renderOperations, slug };

if (require.main === module) {
	writeFileSync(join(root, 'docs', 'operations.md'), renderOperations());
	console.log('docs/operations.md written');
}
