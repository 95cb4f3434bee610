#!/usr/bin/env node
// Writes dist/operations.json: one row per exposed operation {section, node, resource, operation,
// method, path, auth}, read from the built nodes themselves so the list cannot drift from the UI.
const { readdirSync, existsSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const dist = join(__dirname, '..', 'dist');
const { operationRows } = require(join(dist, 'nodes', 'shared', 'registry', 'describe.js'));
const rows = [];
for (const dir of readdirSync(join(dist, 'nodes'))) {
	const file = join(dist, 'nodes', dir, 'operations.js');
	if (!existsSync(file)) continue;
	const nodeFile = join(dist, 'nodes', dir, `${dir}.node.js`);
	const NodeClass = require(nodeFile)[dir];
	const nodeName = new NodeClass().description.name;
	rows.push(...operationRows(`n8n-nodes-huawei-cec.${nodeName}`, require(file).OPERATIONS));
}
writeFileSync(join(dist, 'operations.json'), JSON.stringify(rows, null, 2) + '\n');
console.log(`dist/operations.json: ${rows.length} rows`);
