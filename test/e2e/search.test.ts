import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithPage } from './support/browser';
import { siteUrl } from './support/site';

let browser: Browser;
let page: Page;
beforeAll(async () => ({ browser, page } = await launchWithPage()));
afterAll(() => browser.close());

const results = () => page.locator('[data-search-results] li');
const status = () => page.getByRole('status');

describe('search', () => {
	it('loads Pagefind only once a query is made', async () => {
		const requested: string[] = [];
		page.on('request', (request) => requested.push(request.url()));
		await page.goto(siteUrl());
		await page.goto(siteUrl('search/'));
		expect(requested.filter((url) => url.includes('/pagefind/'))).toEqual([]);
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
		const all = await results().count();

		await page.getByLabel('Section').selectOption('Onboarding');
		await page.getByLabel('Partner type').selectOption('Agencies and services');
		await page.getByRole('button', { name: 'Search', exact: true }).last().click();
		await expect.poll(() => status().textContent()).toMatch(/in Onboarding, Agencies and services$/);
		expect(page.url()).toContain('section=Onboarding');
		const hrefs = await results()
			.locator('a')
			.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
		expect(hrefs.length).toBeGreaterThan(0);
		expect(hrefs.length).toBeLessThan(all);
		for (const path of hrefs) expect(path).toMatch(/\/onboarding\/agencies\//);

		await page.reload();
		await expect.poll(() => status().textContent()).toMatch(/in Onboarding, Agencies and services$/);
		expect(await page.getByLabel('Section').inputValue()).toBe('Onboarding');
	});

	it('shows ten results at a time, loads more on request and moves focus to the first new one', async () => {
		await page.goto(siteUrl('search/?q=partner'));
		await expect.poll(() => status().textContent(), { timeout: 10_000 }).toMatch(/^\d+ results? for/);
		const total = Number(/^(\d+)/.exec((await status().textContent())!)![1]);
		expect(total).toBeGreaterThan(10);
		expect(await results().count()).toBe(10);

		await page.getByRole('button', { name: 'Show more results' }).click();
		await expect.poll(() => results().count()).toBe(Math.min(total, 20));
		const focused = await page.evaluate(() => document.activeElement?.textContent);
		expect(focused).toBe(await results().nth(10).locator('a').textContent());
		expect(await page.getByRole('button', { name: 'Show more results' }).isVisible()).toBe(total > 20);
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
