import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, wcagTags } from './support/browser';
import { openPage, sitemapPaths } from './support/site';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(() => browser.close());

// Every page in the sitemap, plus the pages deliberately left out of it.
const paths = [
	...sitemapPaths(),
	'search/?q=partner',
	'404.html',
	// Staff-only scorecards (noindex): the dashboard, the method page and one partner of each status.
	'scorecards/',
	'scorecards/method/',
	'scorecards/copperleaf-studio/',
	'scorecards/blue-harbor-digital/',
	'scorecards/ledgerline/',
];

describe.each(['light', 'dark'] as const)('axe in the %s theme', (colorScheme) => {
	let context: BrowserContext;
	beforeAll(async () => {
		context = await newContext(browser, { colorScheme });
	});
	afterAll(() => context.close());

	it('lists pages to check', () => {
		expect(paths.length).toBeGreaterThan(20);
	});

	it.each(paths)('%s has no violations', async (path) => {
		const page = await context.newPage();
		await openPage(page, path);
		if (path.startsWith('search/')) await page.locator('[data-search-results] li').first().waitFor();
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(colorScheme);
		const { violations } = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
		const summary = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
		expect(summary).toEqual([]);
		await page.close();
	});
});
