#!/usr/bin/env node
/**
 * n8n's node lint reads source files, but most of our node descriptions are built at run time
 * from the registry, so `n8n-node lint` never sees their properties. This check loads every built
 * node (dist/), writes its materialized description out as a node source file and runs n8n's node
 * rules over it, with the same settings as `n8n-node lint`. Any violation fails.
 *
 *   node scripts/lint-generated-ui.cjs            # all nodes
 *   node scripts/lint-generated-ui.cjs Reports    # nodes whose class name contains "Reports"
 *   --json                                        # one line per violation, machine-readable
 */
// n8n's lint plugin treats every file as a trigger node and a credential when NODE_ENV is "test"
// (its own test mode), which a test runner sets: run the rules as `n8n-node lint` does.
delete process.env.NODE_ENV;
const fs = require('node:fs');
const path = require('node:path');
const { builtNodes } = require('./built-package.cjs');

const root = path.resolve(__dirname, '..');
// Outside the project, so `n8n-node lint` (which lints every .ts file of the project) never reads
// them, and one folder per run, so runs side by side never read each other's files.
const outDir = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'n8n-nodes-huawei-cec-generated-ui-'));
const args = process.argv.slice(2);
const asJson = args.includes('--json');
const filter = args.find((a) => !a.startsWith('--'));

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
/** The description as a TypeScript object literal with identifier keys, which is what the rules match on. */
function literal(value, indent = '') {
	const next = `${indent}\t`;
	if (Array.isArray(value)) return value.length ? `[\n${value.map((v) => `${next}${literal(v, next)}`).join(',\n')},\n${indent}]` : '[]';
	if (value && typeof value === 'object') {
		const entries = Object.entries(value).filter(([, v]) => v !== undefined);
		if (!entries.length) return '{}';
		return `{\n${entries.map(([k, v]) => `${next}${IDENTIFIER.test(k) ? k : JSON.stringify(k)}: ${literal(v, next)}`).join(',\n')},\n${indent}}`;
	}
	if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
	return JSON.stringify(value);
}

function materialize() {
	const files = [];
	for (const { className, description } of builtNodes()) {
		if (filter && !className.includes(filter)) continue;
		const dir = path.join(outDir, 'nodes', className);
		fs.mkdirSync(dir, { recursive: true });
		const file = path.join(dir, `${className}.node.ts`);
		fs.writeFileSync(
			file,
			`import type { INodeType, INodeTypeDescription } from 'n8n-workflow';\n\nexport class ${className} implements INodeType {\n\tdescription: INodeTypeDescription = ${literal(description, '\t')};\n}\n`,
		);
		files.push(file);
	}
	return files;
}

async function main() {
	if (!fs.existsSync(path.join(root, 'dist', 'nodes'))) {
		console.error('lint-generated-ui: dist/ is missing; run `npm run build` first.');
		process.exit(2);
	}
	const files = materialize();
	const { ESLint } = require('eslint');
	const tseslint = require('typescript-eslint');
	const n8nNodesBase = require('eslint-plugin-n8n-nodes-base');
	const eslint = new ESLint({
		cwd: outDir,
		overrideConfigFile: true,
		overrideConfig: [
			{
				files: ['**/*.ts'],
				languageOptions: { parser: tseslint.parser },
				plugins: { 'n8n-nodes-base': n8nNodesBase },
				rules: {
					// The same rule set and exceptions as `n8n-node lint` applies to nodes/**/*.ts.
					...n8nNodesBase.configs.nodes.rules,
					'n8n-nodes-base/node-class-description-inputs-wrong-regular-node': 'off',
					'n8n-nodes-base/node-class-description-outputs-wrong': 'off',
					'n8n-nodes-base/node-param-type-options-max-value-present': 'off',
					// A generated file has no icon file beside it and is not the node's source of truth for these.
					'n8n-nodes-base/node-class-description-icon-not-svg': 'off',
					'n8n-nodes-base/node-filename-against-convention': 'off',
				},
			},
		],
	});
	const results = await eslint.lintFiles(files);
	let total = 0;
	const byRule = new Map();
	for (const result of results) {
		for (const message of result.messages) {
			total++;
			const rule = message.ruleId ?? 'parse-error';
			byRule.set(rule, (byRule.get(rule) ?? 0) + 1);
			const node = path.basename(result.filePath, '.node.ts');
			const line = fs.readFileSync(result.filePath, 'utf8').split('\n')[message.line - 1]?.trim();
			if (asJson) console.log(JSON.stringify({ node, rule, line: message.line, text: line, message: message.message }));
			else console.log(`${node}:${message.line} ${rule}: ${message.message}\n    ${line}`);
		}
	}
	if (!asJson) {
		for (const [rule, count] of [...byRule].sort((a, b) => b[1] - a[1])) console.log(`${String(count).padStart(5)} ${rule}`);
		console.log(`generated UI lint: ${files.length} nodes, ${total} violations`);
	}
	fs.rmSync(outDir, { recursive: true, force: true });
	process.exit(total ? 1 : 0);
}

main().catch((error) => {
	console.error(error);
	process.exit(2);
});
