'use strict';
/**
 * The built package as n8n loads it: the node and credential classes that package.json's `n8n`
 * section lists, from dist/. Scripts that check what users see (the generated-UI lint, the public
 * surface) read the descriptions through here.
 */
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');

/** Classes exported by the listed files (a node file also exports helpers such as isQuery, lower-case). */
function builtClasses(kind) {
	const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
	const found = [];
	for (const rel of pkg.n8n[kind]) {
		for (const [className, Class] of Object.entries(require(path.join(ROOT, rel)))) {
			if (typeof Class === 'function' && /^[A-Z]/.test(className)) found.push({ className, instance: new Class() });
		}
	}
	return found;
}

/** Every node of the package: its class name and its description as n8n builds it. */
function builtNodes() {
	return builtClasses('nodes')
		.filter(({ instance }) => instance.description)
		.map(({ className, instance }) => ({ className, description: instance.description }));
}

/** Every credential of the package (instances: `name`, `properties`...). */
function builtCredentials() {
	return builtClasses('credentials').map(({ instance }) => instance);
}

module.exports = { builtNodes, builtCredentials };
