import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext } from './support/browser';
import { listPages, readBuiltPage, staffKey } from './support/site';
import { serveStatic } from './support/static-server';

const made: string[] = [];
const temp = (prefix: string) => {
	const dir = mkdtempSync(join(tmpdir(), prefix));
	made.push(dir);
	return dir;
};
let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser.close();
	made.forEach((dir) => rmSync(dir, { recursive: true, force: true }));
});

const evil = '<script>alert(1)</script>';

function astroBuild(outDir: string, env: Record<string, string>) {
	const run = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
		env: { ...process.env, ...env, FORCE_COLOR: '0' },
		encoding: 'utf8',
	});
	expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
}

describe('scorecards built from a fixture data folder by the build itself', () => {
	it('renders names from data as text, never as HTML', { timeout: 300_000 }, async () => {
		// The example content with two hostile partners added to its data: the build computes their scorecards.
		const content = temp('scorecards-fixture-');
		cpSync('content', content, { recursive: true });
		appendFileSync(
			join(content, 'data/partners.csv'),
			`evil,${evil},agency,referral,2024-01-01,\nquoted,"Quote ""&"" <b>bold</b>",software,value-exchange,2024-02-01,\n`,
		);
		const metric = (id: string, quarter: string, satisfaction: string) =>
			`${id},${quarter},12,6,2,30000,,88,8,${satisfaction},3,8,90,2,2,4,1,1\n`;
		appendFileSync(
			join(content, 'data/metrics.csv'),
			metric('evil', '2026-Q2', '8') + metric('evil', '2026-Q3', '6') + metric('quoted', '2026-Q3', '9'),
		);
		const dist = temp('scorecards-dist-');
		const scorecards = join(temp('scorecards-out-'), 'scorecards');
		astroBuild(dist, { PORTAL_CONTENT_DIR: content, PORTAL_SCORECARDS_DIR: scorecards });
		expect(existsSync(join(scorecards, 'scorecards.json'))).toBe(true);

		const pages = listPages(dist);
		expect(pages).toContain('scorecards/evil/index.html');
		for (const file of pages) {
			// No script element carries the payload; inside attribute values "<" is plain text.
			const scripts = parse(readFileSync(join(dist, file), 'utf8')).querySelectorAll('script');
			expect(scripts.filter((script) => script.text.includes('alert(1)'))).toEqual([]);
		}
		const dashboard = await readBuiltPage('scorecards/index.html', dist);
		expect(dashboard).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
		const server = await serveStatic(dist);
		try {
			const page = await (await newContext(browser)).newPage();
			const dialogs: string[] = [];
			page.on('dialog', (dialog) => {
				dialogs.push(dialog.message());
				void dialog.dismiss();
			});
			const opened = () => page.waitForFunction(() => !document.getElementById('sealed-page'));
			await page.goto(`${new URL('scorecards/', server.url).href}#key=${await staffKey()}`);
			await opened();
			expect(await page.locator('.scorecards-table').getByRole('link', { name: evil }).count()).toBe(1);
			expect(await page.locator('.scorecards-table').getByRole('link', { name: 'Quote "&" <b>bold</b>' }).count()).toBe(
				1,
			);
			await page.locator('.scorecards-table').getByRole('link', { name: evil }).click();
			// The next staff page opens with the key this tab kept, once it has loaded and decrypted.
			await page.waitForURL(/\/scorecards\/evil\/$/);
			await opened();
			expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(evil);
			expect(await page.title()).toContain(evil);
			expect(dialogs).toEqual([]);
		} finally {
			await server.close();
		}
	});

	it(
		'leaves the staff pages, their downloads and the nav item out with PORTAL_STAFF_PAGES=false',
		{ timeout: 300_000 },
		() => {
			const dist = temp('partner-facing-dist-');
			astroBuild(dist, { PORTAL_STAFF_PAGES: 'false' });
			expect(existsSync(join(dist, 'index.html'))).toBe(true);
			expect(existsSync(join(dist, 'scorecards'))).toBe(false);
			const home = readFileSync(join(dist, 'index.html'), 'utf8');
			expect(home).toMatch(/<a href="\/practices\/">\s*Best practices\s*<\/a>/);
			expect(home).not.toMatch(/>\s*Scorecards\s*</);
		},
	);
});
