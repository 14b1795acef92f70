import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithPage } from './support/browser';
import { distDir, siteUrl } from './support/site';

let browser: Browser;
let page: Page;
beforeAll(async () => ({ browser, page } = await launchWithPage()));
afterAll(() => browser.close());

const results = () => page.locator('[data-search-results] li');
const status = () => page.getByRole('status');
/** The number of matches the status announces ("12 results for …"), not just those shown. */
const resultTotal = async () => Number(/^(\d+) results? for/.exec((await status().textContent()) ?? '')?.[1]);

describe('search', () => {
	it('loads Pagefind only once a query is made', async () => {
		const requested: string[] = [];
		page.on('request', (request) => requested.push(request.url()));
		await page.goto(siteUrl());
		await page.goto(siteUrl('search/'));
		expect(requested.filter((url) => url.includes('/pagefind/'))).toEqual([]);
		// Nothing to show more of yet: the button stays hidden although it is styled as a button.
		expect(await page.getByRole('button', { name: 'Show more results' }).isVisible()).toBe(false);
		page.removeAllListeners('request');
	});

	it('runs the header search and finds a known page', async () => {
		await page.goto(siteUrl('practices/'));
		await page.getByRole('searchbox', { name: 'Search the portal' }).fill('charter');
		await page.getByRole('searchbox', { name: 'Search the portal' }).press('Enter');
		await page.waitForURL(/\/search\/\?q=charter$/);
		await expect.poll(() => status().textContent(), { timeout: 10_000 }).toMatch(/^\d+ results? for “charter”$/);
		const titles = await results().locator('a').allTextContents();
		expect(titles).toContain('Partner charter template');
		// Hits are highlighted with <mark>, built as nodes from the excerpt.
		expect(await results().first().locator('mark').count()).toBeGreaterThan(0);
	});

	it('filters by section and partner type, and keeps the filters in the URL', async () => {
		await page.goto(siteUrl('search/?q=partner'));
		await expect.poll(() => status().textContent(), { timeout: 10_000 }).toMatch(/results? for/);
		const all = await resultTotal();

		await page.getByLabel('Section').selectOption('Onboarding');
		await page.getByLabel('Partner type').selectOption('Agencies and services');
		await page.getByRole('button', { name: 'Search', exact: true }).last().click();
		await expect.poll(() => status().textContent()).toMatch(/in Onboarding, Agencies and services$/);
		expect(page.url()).toContain('section=Onboarding');
		const hrefs = await results()
			.locator('a')
			.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
		expect(hrefs.length).toBeGreaterThan(0);
		expect(await resultTotal()).toBeLessThan(all);
		for (const path of hrefs) expect(path).toMatch(/\/onboarding\/agencies\//);

		await page.reload();
		await expect.poll(() => status().textContent()).toMatch(/in Onboarding, Agencies and services$/);
		expect(await page.getByLabel('Section').inputValue()).toBe('Onboarding');
	});

	it('shows five results at a time, fetching only their pages, loads more on request and moves focus to the first new one', async () => {
		// Each result shown fetches its page's text (a Pagefind fragment) for the excerpt: only the shown ones may.
		const fragments = new Set<string>();
		page.on('request', (request) => {
			if (request.url().includes('/pagefind/fragment/')) fragments.add(request.url());
		});
		await page.goto(siteUrl('search/?q=partner'));
		await expect.poll(() => status().textContent(), { timeout: 10_000 }).toMatch(/^\d+ results? for/);
		const total = await resultTotal();
		expect(total).toBeGreaterThan(10);
		expect(await results().count()).toBe(5);
		expect(fragments.size).toBe(5);

		await page.getByRole('button', { name: 'Show more results' }).click();
		await expect.poll(() => results().count()).toBe(10);
		expect(fragments.size).toBe(10);
		page.removeAllListeners('request');
		const focused = await page.evaluate(() => document.activeElement?.textContent);
		expect(focused).toBe(await results().nth(5).locator('a').textContent());
		expect(await page.getByRole('button', { name: 'Show more results' }).isVisible()).toBe(total > 10);
	});

	it("indexes each page's own text, not the related pages, week lists, reading times or a second copy of the summary", () => {
		const dir = join(distDir, 'pagefind', 'fragment');
		// A fragment is gzip of "pagefind_dcd" + JSON: the text Pagefind indexed for one page.
		const fragments = readdirSync(dir).map(
			(file) =>
				JSON.parse(
					gunzipSync(readFileSync(join(dir, file)))
						.subarray(12)
						.toString('utf8'),
				) as {
					url: string;
					content: string;
					meta: { summary?: string };
				},
		);
		expect(fragments.length).toBeGreaterThan(10);
		for (const { url, content, meta } of fragments) {
			expect(content, url).not.toMatch(/Related (practices|spotlights)|min read|Just joined\?|Expected effort: about/);
			if (meta.summary) expect(content.split(meta.summary).length - 1, url).toBeLessThanOrEqual(1);
		}
		// The pages' own words are still there.
		expect(fragments.some(({ content }) => content.includes('What you will be able to do'))).toBe(true);
	});

	it("searches without Pagefind's web worker, which would cost the first query another request", async () => {
		const requested: string[] = [];
		page.on('request', (request) => requested.push(request.url()));
		await page.goto(siteUrl('search/?q=charter'));
		await expect.poll(() => status().textContent(), { timeout: 10_000 }).toMatch(/results? for/);
		page.removeAllListeners('request');
		expect(requested.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
		expect(requested.filter((url) => url.includes('pagefind-worker'))).toEqual([]);
	});

	it('keeps the index free of pages that are not content', async () => {
		await page.goto(siteUrl('search/?q=found'));
		await expect.poll(() => status().textContent(), { timeout: 10_000 }).toMatch(/results? for/);
		const hrefs = await results()
			.locator('a')
			.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
		expect(hrefs.some((path) => path.includes('404') || path.includes('/search/'))).toBe(false);
	});
});
