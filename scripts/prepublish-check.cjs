#!/usr/bin/env node
// Guards `npm publish` (run as prepublishOnly). n8n verifies community packages only when they
// are published from GitHub Actions with npm provenance, so a publish from a laptop is refused
// unless explicitly forced; and a release must not go out with the placeholder repository
// fields or without a CHANGELOG entry for its version.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const problems = [];

const PLACEHOLDER = 'FILL-IN-AT-FIRST-PUBLICATION';
for (const field of ['repository', 'bugs', 'homepage']) {
	if (JSON.stringify(pkg[field] ?? '').includes(PLACEHOLDER)) problems.push(`package.json "${field}" still holds the placeholder ${PLACEHOLDER}: set the real GitHub repository`);
}
const changelog = readFileSync(join(root, 'CHANGELOG.md'), 'utf8');
if (!new RegExp(`^## \\[?${pkg.version.replace(/\./g, '\\.')}\\]?`, 'm').test(changelog)) problems.push(`CHANGELOG.md has no "## ${pkg.version}" entry`);
const inActions = process.env.GITHUB_ACTIONS === 'true';
if (!inActions && process.env.CEC_ALLOW_MANUAL_PUBLISH !== '1') {
	problems.push('publish from the GitHub Actions workflow (.github/workflows/publish.yml) so npm records provenance; set CEC_ALLOW_MANUAL_PUBLISH=1 to publish by hand anyway');
}
if (inActions && process.env.npm_config_provenance !== 'true') {
	problems.push('the workflow must run `npm publish --provenance`');
}

if (problems.length) {
	console.error(`prepublishOnly: not publishing ${pkg.name}@${pkg.version}:\n- ${problems.join('\n- ')}`);
	process.exit(1);
}
console.log(`prepublishOnly: ${pkg.name}@${pkg.version} may be published`);
