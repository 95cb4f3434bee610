/**
 * The documentation a user reaches from the editor and the repository: every "Docs" link of a
 * node or credential lands on a README heading that exists, relative links point at files of the
 * repository, nothing points outside it, and docs/operations.md lists exactly what the registry
 * exposes.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { renderOperations, slug } from '../../scripts/docs-operations.cjs';

const ROOT = join(__dirname, '..', '..');
const PACKAGE_PAGE = 'https://www.npmjs.com/package/n8n-nodes-huawei-cec';

const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

function headingAnchors(markdown: string): Set<string> {
	const anchors = new Set<string>();
	let inFence = false;
	for (const line of markdown.split('\n')) {
		if (line.startsWith('```')) inFence = !inFence;
		const match = !inFence && /^#{1,6}\s+(.*)$/.exec(line);
		if (match) anchors.add(slug(match[1].replace(/`/g, '')));
	}
	return anchors;
}

function docLinks(): Array<{ from: string; url: string }> {
	const links: Array<{ from: string; url: string }> = [];
	for (const dir of readdirSync(join(ROOT, 'nodes'))) {
		const codex = join('nodes', dir, `${dir}.node.json`);
		if (!existsSync(join(ROOT, codex))) continue;
		const resources = (JSON.parse(read(codex)) as { resources?: Record<string, Array<{ url: string }>> }).resources ?? {};
		for (const list of Object.values(resources)) for (const { url } of list) links.push({ from: codex, url });
	}
	for (const file of readdirSync(join(ROOT, 'credentials')).filter((f) => f.endsWith('.credentials.ts'))) {
		const match = /documentationUrl\s*=\s*'([^']+)'/.exec(read(join('credentials', file)));
		links.push({ from: join('credentials', file), url: match ? match[1] : '(no documentationUrl)' });
	}
	return links;
}

describe('documentation links', () => {
	const readmeAnchors = headingAnchors(read('README.md'));

	it('every node and credential "Docs" link lands on an existing README heading', () => {
		const broken = docLinks()
			.filter(({ url }) => {
				const [page, anchor] = url.split('#');
				return page !== PACKAGE_PAGE || !anchor || !readmeAnchors.has(anchor);
			})
			.map(({ from, url }) => `${from}: ${url}`);
		expect(broken).toEqual([]);
		expect(docLinks().length).toBeGreaterThan(40);
	});

	it('every node has search aliases for the words contact-center users type', () => {
		const missing = readdirSync(join(ROOT, 'nodes'))
			.map((dir) => join('nodes', dir, `${dir}.node.json`))
			.filter((codex) => existsSync(join(ROOT, codex)))
			.filter((codex) => !((JSON.parse(read(codex)) as { alias?: string[] }).alias ?? []).length);
		expect(missing).toEqual([]);
	});

	it('relative links and anchors of the user and developer documents resolve inside the repository', () => {
		const documents = ['README.md', 'CONTRIBUTING.md', 'CHANGELOG.md', ...readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
		const problems: string[] = [];
		for (const document of documents) {
			const text = read(document);
			if (/\.\.\/shared\/|\/work\//.test(text)) problems.push(`${document}: points outside the repository`);
			for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
				if (/^(https?:|mailto:)/.test(target)) continue;
				const [path, anchor] = target.split('#');
				const file = path ? resolve(ROOT, dirname(document), path) : join(ROOT, document);
				if (!file.startsWith(ROOT) || !existsSync(file)) problems.push(`${document}: ${target}`);
				else if (anchor && file.endsWith('.md') && !headingAnchors(readFileSync(file, 'utf8')).has(anchor)) problems.push(`${document}: ${target} (no such heading)`);
			}
		}
		expect(problems).toEqual([]);
	});

	it('docs/operations.md lists exactly the operations the built registry exposes (npm run docs)', () => {
		expect(read('docs/operations.md')).toBe(renderOperations());
	});
});
