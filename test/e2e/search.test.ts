import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithPage, newContext } from './support/browser';
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

	it('searches as the partner types and as a filter changes, without pressing Search, and a reload restores it', async () => {
		await page.goto(siteUrl('search/'));
		const box = page.getByRole('searchbox', { name: 'Search for' });
		await box.pressSequentially('charter', { delay: 40 });
		await expect.poll(() => status().textContent(), { timeout: 10_000 }).toMatch(/^\d+ results? for “charter”$/);
		expect(new URL(page.url()).search).toBe('?q=charter');

		// A filter applies as soon as it is chosen.
		await page.getByLabel('Section').selectOption('Best practices');
		await expect.poll(() => status().textContent()).toMatch(/^\d+ results? for “charter” in Best practices$/);
		expect(new URL(page.url()).search).toBe('?q=charter&section=Best+practices');
		const paths = await results()
			.locator('a')
			.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
		for (const path of paths) expect(path).toMatch(/\/practices\//);

		// Changing the words keeps the filter; clearing them clears the results and the address.
		await box.fill('escalation');
		await expect.poll(() => status().textContent()).toMatch(/for “escalation” in Best practices$/);
		await page.reload();
		await expect.poll(() => status().textContent(), { timeout: 10_000 }).toMatch(/for “escalation” in Best practices$/);
		expect(await box.inputValue()).toBe('escalation');
		expect(await page.getByLabel('Section').inputValue()).toBe('Best practices');
		await box.fill('');
		await expect.poll(() => results().count()).toBe(0);
		expect(new URL(page.url()).search).toBe('?section=Best+practices');
	});

	it('waits for a pause in typing rather than searching every key', async () => {
		await page.goto(siteUrl('search/'));
		// Counts the searches the page starts: each one sets the status to "Searching…" first.
		await page.evaluate(() => {
			const target = document.querySelector('[data-search-status]')!;
			(window as unknown as { searches: number }).searches = 0;
			new MutationObserver(() => {
				if (target.textContent === 'Searching…') (window as unknown as { searches: number }).searches++;
			}).observe(target, { childList: true, characterData: true, subtree: true });
		});
		await page.getByRole('searchbox', { name: 'Search for' }).pressSequentially('governance', { delay: 30 });
		await expect.poll(() => status().textContent(), { timeout: 10_000 }).toMatch(/for “governance”$/);
		expect(await page.evaluate(() => (window as unknown as { searches: number }).searches)).toBeLessThanOrEqual(2);
	});

	it('keeps the plain GET form working without JavaScript', async () => {
		const context = await newContext(browser, { javaScriptEnabled: false });
		const noJs = await context.newPage();
		await noJs.goto(siteUrl('search/'));
		await noJs.getByRole('searchbox', { name: 'Search for' }).fill('charter');
		await noJs.getByLabel('Section').selectOption('Best practices');
		await noJs.getByRole('button', { name: 'Search', exact: true }).click();
		await noJs.waitForURL(/\/search\/\?q=charter&section=Best\+practices/);
		await context.close();
	});

	it('says where each result lies, so pages with alike titles in different tracks can be told apart', async () => {
		await page.goto(siteUrl('search/?q=welcome&section=Onboarding'));
		await expect.poll(() => status().textContent(), { timeout: 10_000 }).toMatch(/results? for/);
		while (await page.getByRole('button', { name: 'Show more results' }).isVisible())
			await page.getByRole('button', { name: 'Show more results' }).click();
		const paths = async (title: string) =>
			results()
				.filter({ has: page.getByRole('link', { name: title, exact: true }) })
				.locator('.search-path')
				.textContent();
		expect(await paths('Welcome and setup')).toBe('Onboarding › Onboarding for content creators');
		expect(await paths('Welcome and the referral workflow')).toBe('Onboarding › Onboarding for agencies');
	});

	it('shows each summary once, and an excerpt only when it adds to it', async () => {
		await page.goto(siteUrl('search/?q=partner+manager'));
		await expect.poll(() => status().textContent(), { timeout: 10_000 }).toMatch(/results? for/);
		const texts = await results().allTextContents();
		expect(texts.length).toBe(5);
		for (const text of texts) {
			// The first words of every sentence-long run appear once: no summary printed again as the excerpt.
			const runs = text.match(/[^.…]{40,}/g) ?? [];
			for (const run of runs) expect(text.split(run.trim().slice(0, 40)).length - 1, text).toBe(1);
		}
		// The hits are marked in the summary too.
		expect(await results().first().locator('mark').count()).toBeGreaterThan(0);
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

	it('keeps interface text out of the index (the selectors: src/lib/search/index-rules.ts)', () => {
		const dir = join(distDir, 'pagefind', 'fragment');
		const contents = readdirSync(dir).map((file) => gunzipSync(readFileSync(join(dir, file))).toString('utf8'));
		const ui = [
			'Print this template',
			'Prints without the site menu',
			'Saved in this browser only',
			'Progress is saved in this browser',
			'Not taken yet in this browser',
			'I have completed this module',
			'Start over',
			'Export CSV',
		];
		for (const text of ui) expect(contents.filter((content) => content.includes(text)).length, text).toBe(0);
	});

	it('shows one search box on the search page, and the header search on every other page', async () => {
		await page.goto(siteUrl('search/'));
		expect(await page.getByRole('searchbox').count()).toBe(1);
		expect(await page.getByRole('search').count()).toBe(1);
		await page.goto(siteUrl('practices/'));
		expect(await page.getByRole('searchbox', { name: 'Search the portal' }).count()).toBe(1);
	});

	it.each([320, 1366])('shows every option of the filters in full at %i px', async (width) => {
		await page.setViewportSize({ width, height: 900 });
		await page.goto(siteUrl('search/'));
		const cut = await page.evaluate(() =>
			[...document.querySelectorAll<HTMLSelectElement>('main select')].flatMap((select) => {
				const style = getComputedStyle(select);
				const probe = document.createElement('span');
				probe.style.cssText = `position:absolute;white-space:pre;font:${style.font}`;
				document.body.append(probe);
				// The room for text: the box minus its padding and the arrow (about 1.5rem in Chromium).
				const room =
					select.clientWidth -
					parseFloat(style.paddingLeft) -
					parseFloat(style.paddingRight) -
					parseFloat(style.fontSize);
				const cutOptions = [...select.options]
					.filter((option) => {
						probe.textContent = option.text;
						return probe.getBoundingClientRect().width > room + 0.5;
					})
					.map((option) => `${select.name}: ${option.text}`);
				probe.remove();
				const overflow =
					select.getBoundingClientRect().right > document.documentElement.clientWidth
						? [`${select.name} overflows`]
						: [];
				return [...cutOptions, ...overflow];
			}),
		);
		await page.setViewportSize({ width: 1280, height: 900 });
		expect(cut).toEqual([]);
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
