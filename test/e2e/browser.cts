/**
 * The editor in a real browser: playwright-core driving Debian's Chromium (/usr/bin/chromium,
 * headless, fresh profile). Logs in, searches "Huawei CEC" in the nodes panel, checks every node of
 * the pack is listed with an icon that loaded, opens a dropdown loaded from the simulator, runs a
 * credential Test from the credential modal, and screenshots the example workflows' canvases.
 * Screenshots go to test-artifacts/ (git-ignored); E2E_UPDATE_EXAMPLE_SCREENSHOTS=1 also writes the
 * example canvases to examples/screenshots/.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { ImportedCredential, RunningN8n } from '../../scripts/e2e/n8n.cjs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Whether the editor check can run, and if not why and how to enable it. */
export function browserAvailable(): { available: boolean; reason: string } {
	if (process.env.E2E_BROWSER === '0') return { available: false, reason: 'E2E_BROWSER=0 turns it off' };
	if (!fs.existsSync(CHROMIUM)) return { available: false, reason: `${CHROMIUM} is missing: install Debian's chromium (apt-get install chromium) to run it` };
	return { available: true, reason: '' };
}

export interface BrowserReport {
	listedNodes: string[];
	missingNodes: string[];
	missingIcons: string[];
	dropdownOptions: string[];
	credentialTest: string;
	/** What the editor said after "Execute workflow" on the quick-start example. */
	quickStart: string;
	/** The output panel after creating a campaign through the form (no JSON typed, dates picked). */
	campaignForm: string;
	screenshots: string[];
}

/**
 * Creates a campaign the way a business user does, from an empty workflow: the Create campaign
 * action, every value typed into the form (sections for calling numbers, calling hours, IVR
 * settings, retry policy, and the call policy's rounds, a section inside a section; no JSON), the
 * two dates entered in the date picker, VDN and call center IDs left empty for the credential's
 * defaults, then "Execute step".
 */
async function createCampaignThroughForm(page: Page, n8nUrl: string, name: string, dates: { start: string; end: string }): Promise<string> {
	await page.goto(`${n8nUrl}/workflow/new`);
	await page.locator('[data-test-id="canvas-plus-button"], [data-test-id="canvas-add-button"]').first().click();
	await page.locator('[data-test-id="node-creator-search-bar"] input, [data-test-id="node-creator-search-bar"]').first().fill('Huawei CEC Outbound');
	await page.waitForTimeout(800);
	await page.locator('[data-test-id="node-creator-item-name"]', { hasText: 'Huawei CEC Outbound Campaign' }).first().click();
	await page.waitForTimeout(800);
	await page.locator('[data-test-id="node-creator-action-item"], [data-test-id="item-iterator-item"]', { hasText: /^\s*Create campaign\s*$/i }).first().click();
	await page.waitForTimeout(1500);
	const input = (param: string, within = '') => page.locator(`${within} [data-test-id="parameter-input-${param}"] input, ${within} [data-test-id="parameter-input-${param}"] textarea`.trim()).first();
	const section = (param: string) => `[data-test-id="fixed-collection-${param}"]`;
	// Leave a field (its tip would cover the next button): click an empty spot of the input panel.
	const leave = async () => {
		await page.mouse.click(250, 1000);
		await page.waitForTimeout(300);
	};
	const addOptional = async (param: string, label: string, child: string, value: string) => {
		await page.locator(`${section(param)} [data-test-id="collection-parameter-add"]`).first().click({ force: true });
		await page.waitForTimeout(400);
		await page.locator('[data-test-id="collection-parameter-option"]:visible', { hasText: label }).first().click();
		await page.waitForTimeout(300);
		await input(child, section(param)).fill(value);
		await leave();
	};
	// A section inside a section: Call Policy > Rounds, added first, while the node's own Additional
	// Fields is the first "Add Field" of the form.
	await page.locator('[data-test-id="collection-parameter-add"]').first().click({ force: true });
	await page.waitForTimeout(400);
	await page.locator('[data-test-id="collection-parameter-option"]:visible', { hasText: /^\s*Call Policy\s*$/ }).first().click();
	await page.waitForTimeout(400);
	await page.locator(`${section('callPolicy')} [data-test-id="fixed-collection-add"]`).first().click();
	await page.waitForTimeout(300);
	await page.locator(`${section('callPolicy')} [data-test-id="collection-parameter-add"]`).first().click({ force: true });
	await page.waitForTimeout(400);
	await page.locator('[data-test-id="collection-parameter-option"]:visible', { hasText: /^\s*Rounds\s*$/ }).first().click();
	await page.waitForTimeout(400);
	await page.locator(`${section('turns')} [data-test-id="fixed-collection-add"]`).first().click();
	await page.waitForTimeout(300);
	await addOptional('turns', 'Number Type', 'turnType', 'SI');
	await addOptional('turns', 'Number Position', 'turnOrder', '1');
	await input('name').fill(name);
	for (const [param, value] of [['strBeginTime', dates.start], ['strEndTime', dates.end]]) {
		await input(param).click();
		await input(param).fill(value);
		await page.keyboard.press('Enter');
		await leave();
	}
	await page.locator(`${section('callerNo')} [data-test-id="fixed-collection-add"]`).first().click();
	await input('accessCode', section('callerNo')).fill('88889527');
	await leave();
	await page.locator(`${section('scheduleParam')} [data-test-id="fixed-collection-add"]`).first().click();
	await addOptional('scheduleParam', 'Workday Window 1 Start', 'workdayBeginTime1', '00:00');
	await addOptional('scheduleParam', 'Workday Window 1 End', 'workdayEndTime1', '23:59');
	// The default device type is an IVR campaign: its IVR settings section is shown for it.
	await page.locator(`${section('ivrParam')} [data-test-id="fixed-collection-add"]`).first().click();
	await input('deviceSign', section('ivrParam')).fill('1');
	await input('callCount', section('ivrParam')).fill('10');
	await input('callInterval', section('ivrParam')).fill('1');
	await leave();
	await page.locator(`${section('retryPolicy')} [data-test-id="fixed-collection-add"]`).first().click();
	await addOptional('retryPolicy', 'Retry Days', 'retryDay', '1');
	await addOptional('retryPolicy', 'Attempts per Day', 'retryTimes', '1');
	await addOptional('retryPolicy', 'Retry Interval', 'callInterval', '60');
	await input('callBackUrl').fill('http://127.0.0.1:9/form-campaign-results');
	await leave();
	await page.locator('[data-test-id="node-execute-button"]').first().click();
	const output = page.locator('[data-test-id="output-panel"], [data-test-id="ndv-output-panel"]').first();
	await output.locator('text=/1 item/').first().waitFor({ timeout: 60000 }).catch(() => undefined);
	await page.waitForTimeout(1000);
	return (await output.innerText().catch(() => '')).trim();
}

/** Display names of the pack's nodes as n8n serves them (tool variants are not in the panel). */
/** What the nodes panel is searched for: every vendor of the pack (Huawei CEC, Udesk, Tencent Cloud Contact Center). */
const SEARCH_TERMS = ['Huawei CEC', 'Udesk', 'Tencent CCC'];

async function packDisplayNames(n8n: RunningN8n): Promise<string[]> {
	const nodes: Array<{ name: string; displayName: string; hidden?: boolean }> = await n8n.request('GET', '/types/nodes.json');
	return [...new Set(nodes.filter((n) => n.name.startsWith('n8n-nodes-huawei-cec.') && !n.name.endsWith('Tool') && !n.hidden).map((n) => n.displayName))].sort();
}

async function shot(page: Page, dir: string, name: string, list: string[]): Promise<void> {
	const file = path.join(dir, `${name}.png`);
	await page.screenshot({ path: file });
	list.push(file);
}

export async function runBrowserCheck(
	n8n: RunningN8n,
	opts: { artifacts: string; credentials: ImportedCredential[]; examples: Array<{ file: string; id: string }>; quickStart?: string; campaignForm?: { name: string; start: string; end: string } },
): Promise<BrowserReport> {
	const { chromium } = await import('playwright-core');
	const dir = path.join(opts.artifacts, `browser-${n8n.version}`);
	fs.mkdirSync(dir, { recursive: true });
	const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'cec-e2e-chromium-'));
	const report: BrowserReport = { listedNodes: [], missingNodes: [], missingIcons: [], dropdownOptions: [], credentialTest: '', quickStart: '', campaignForm: '', screenshots: [] };
	let browser: Browser | undefined;
	try {
		const context = await chromium.launchPersistentContext(profile, {
			executablePath: CHROMIUM,
			headless: true,
			args: FLAGS,
			viewport: { width: 1440, height: 900 },
		});
		browser = context.browser() ?? undefined;
		const page = context.pages()[0] ?? (await context.newPage());
		page.setDefaultTimeout(30000);

		// Log in through the sign-in form.
		await page.goto(`${n8n.url}/signin`);
		await page.locator('input[name="emailOrLdapLoginId"], input[name="email"]').first().fill(n8n.owner.email);
		await page.locator('input[name="password"]').first().fill(n8n.owner.password);
		await page.locator('[data-test-id="form-submit-button"], button[type="submit"]').first().click();
		await page.waitForURL((u) => !u.pathname.startsWith('/signin'), { timeout: 60000 });
		await shot(page, dir, '01-signed-in', report.screenshots);

		// Nodes panel: every node of the pack is listed, each with an icon that loaded.
		const expected = await packDisplayNames(n8n);
		await page.goto(`${n8n.url}/workflow/new`);
		await page.locator('[data-test-id="canvas-plus-button"], [data-test-id="canvas-add-button"]').first().click();
		const search = page.locator('[data-test-id="node-creator-search-bar"] input, [data-test-id="node-creator-search-bar"]').first();
		const collectOne = async () =>
			page.$$eval('[data-test-id="node-creator-node-item"], [data-test-id="item-iterator-item"]', (items) =>
				items.map((el) => {
					const name = (el.querySelector('[data-test-id="node-creator-item-name"]')?.textContent ?? el.textContent ?? '').trim();
					// Runs in the page (no DOM lib in this tsconfig): an <img> that loaded has a natural width.
					const img = el.querySelector('img') as unknown as { complete: boolean; naturalWidth: number } | null;
					const svg = el.querySelector('svg');
					return { name, icon: img ? img.complete && img.naturalWidth > 0 : Boolean(svg) };
				}),
			);
		// The pack's vendors, each searched for: the panel lists what matches the search text.
		const collect = async () => {
			const found: Awaited<ReturnType<typeof collectOne>> = [];
			// Huawei CEC last: the steps after this one pick Huawei CEC nodes from the list on screen.
			for (const term of [...SEARCH_TERMS].reverse()) {
				await search.fill(term);
				await page.waitForTimeout(1000);
				found.push(...(await collectOne()));
			}
			return found;
		};
		const triggerItems = await collect();
		let items = [...triggerItems];
		await shot(page, dir, '02-nodes-panel-triggers', report.screenshots);
		// A new workflow opens the trigger list first: the action nodes are listed once a trigger exists.
		const firstTrigger = expected.find((n) => /Trigger$/.test(n));
		if (firstTrigger) {
			await search.fill(SEARCH_TERMS.find((term) => firstTrigger.startsWith(term)) ?? firstTrigger);
			await page.waitForTimeout(1000);
			await page.locator('[data-test-id="node-creator-item-name"]', { hasText: firstTrigger }).first().click();
			await page.keyboard.press('Escape');
			await page.waitForTimeout(500);
			await page.keyboard.press('Escape');
			await page.locator('[data-test-id="canvas-plus-button"], [data-test-id="canvas-add-button"], [data-test-id="node-creator-plus-button"]').first().click();
			items = [...items, ...(await collect())];
			await shot(page, dir, '03-nodes-panel-actions', report.screenshots);
		}
		// The trigger list shows trigger nodes without their " Trigger" suffix.
		const listed = new Map<string, boolean>();
		const note = (name: string, icon: boolean) => listed.set(name, (listed.get(name) ?? false) || icon);
		for (const it of triggerItems) if (it.name) note(`${it.name} Trigger`, it.icon);
		for (const it of items) if (it.name) note(it.name, it.icon);
		report.listedNodes = [...listed.keys()].filter((n) => expected.includes(n)).sort();
		report.missingNodes = expected.filter((n) => !listed.has(n));
		report.missingIcons = expected.filter((n) => listed.has(n) && !listed.get(n));

		// A dropdown that loads from the simulator: the campaign list of Outbound Campaign (7.1.7).
		await page.locator('[data-test-id="node-creator-item-name"]', { hasText: 'Huawei CEC Outbound Campaign' }).first().click();
		await page.waitForTimeout(1000);
		const action = page.locator('[data-test-id="node-creator-action-item"], [data-test-id="item-iterator-item"]', { hasText: /^\s*Get campaign\s*$/i }).first();
		if (await action.count()) await action.click();
		await page.waitForTimeout(1500);
		const locator = page.locator('[data-test-id="resource-locator-input"], [data-test-id="rlc-input"]').first();
		if (await locator.count()) {
			await locator.click();
			await page.waitForTimeout(3000);
			report.dropdownOptions = (await page.$$eval('[data-test-id="rlc-item"]', (els) => els.map((e) => (e.textContent ?? '').trim()))).filter(Boolean);
		}
		await shot(page, dir, '04-campaign-dropdown', report.screenshots);

		// A credential Test from the UI: open the C1 credential and press Retry/Test (the modal tests on open).
		const c1 = opts.credentials.find((c) => c.type === 'huaweiCecApiFabricApi');
		if (c1) {
			await page.goto(`${n8n.url}/home/credentials/${c1.id}`);
			await page.waitForTimeout(1500);
			const save = page.locator('[data-test-id="credential-save-button"]').first();
			if (await save.count()) await save.click();
			const banner = page.locator('[data-test-id="credentials-config-container-test-success"], [data-test-id="credential-test-success"], .el-alert, [class*="banner"]', { hasText: /tested successfully|success/i }).first();
			await banner.waitFor({ timeout: 30000 }).catch(() => undefined);
			report.credentialTest = (await banner.textContent().catch(() => null))?.trim() ?? '';
			await shot(page, dir, '05-credential-test', report.screenshots);
		}

		// The README's quick start: open the quick-start example and press "Execute workflow".
		if (opts.quickStart) {
			await page.goto(`${n8n.url}/workflow/${opts.quickStart}`);
			await page.locator('.vue-flow__node, [data-test-id="canvas-node"]').first().waitFor({ timeout: 30000 });
			await page.locator('[data-test-id="execute-workflow-button"]').first().click();
			const toast = page.locator('.el-notification, [role="alert"]', { hasText: /executed successfully|success/i }).first();
			await toast.waitFor({ timeout: 60000 }).catch(() => undefined);
			report.quickStart = (await toast.textContent().catch(() => null))?.trim() ?? '';
			await shot(page, dir, '06-quick-start-executed', report.screenshots);
		}

		// A campaign created through the form, from an empty workflow.
		if (opts.campaignForm) {
			report.campaignForm = await createCampaignThroughForm(page, n8n.url, opts.campaignForm.name, opts.campaignForm);
			await shot(page, dir, '07-campaign-created-through-the-form', report.screenshots);
		}

		// Canvas screenshots of the example workflows.
		const exampleShots = process.env.E2E_UPDATE_EXAMPLE_SCREENSHOTS === '1' ? path.resolve(__dirname, '..', '..', 'examples', 'screenshots') : undefined;
		if (exampleShots) fs.mkdirSync(exampleShots, { recursive: true });
		for (const ex of opts.examples) {
			await page.goto(`${n8n.url}/workflow/${ex.id}`);
			await page.locator('.vue-flow__node, [data-test-id="canvas-node"]').first().waitFor({ timeout: 30000 });
			await page.waitForTimeout(1500);
			const name = ex.file.replace(/\.json$/, '');
			await shot(page, dir, `example-${name}`, report.screenshots);
			if (exampleShots) await page.screenshot({ path: path.join(exampleShots, `${name}.png`) });
		}
		await context.close();
	} finally {
		await browser?.close().catch(() => undefined);
		fs.rmSync(profile, { recursive: true, force: true });
	}
	fs.writeFileSync(path.join(dir, 'report.json'), JSON.stringify(report, null, 2));
	return report;
}
