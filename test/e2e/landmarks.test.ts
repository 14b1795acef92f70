import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithPage } from './support/browser';
import { sitemapPaths, siteUrl } from './support/site';

// Every page type has the same frame, so a screen-reader user finds things in the same place everywhere: one
// banner, one main with one h1, one contentinfo, a skip link to main, one search and labelled navigation.
// Checked in Chromium after scripts ran, with the roles the browser computes, on every page in the sitemap.
let browser: Browser;
let page: Page;
beforeAll(async () => ({ browser, page } = await launchWithPage()));
afterAll(() => browser.close());

const paths = ['search/', ...sitemapPaths()];

describe('landmarks', () => {
	it('covers the search page and the sitemap', () => {
		expect(paths.length).toBeGreaterThan(20);
	});

	it.each(paths)(
		'/%s has one banner, main, h1, contentinfo and portal search, a skip link and labelled landmarks',
		async (path) => {
			await page.goto(siteUrl(path));
			await page.waitForLoadState('load');
			const count = (role: 'banner' | 'main' | 'contentinfo' | 'search' | 'navigation', name?: string) =>
				page.getByRole(role, { includeHidden: true, ...(name ? { name, exact: true } : {}) }).count();
			const main = page.getByRole('main');
			const structure = {
				banner: await count('banner'),
				main: await count('main'),
				contentinfo: await count('contentinfo'),
				// The header search, or on /search/ the page's own form instead: one box for the whole portal.
				portalSearch: await count('search', 'Search the portal'),
				mainNavigation: await count('navigation', 'Main'),
				h1: await page.locator('h1').count(),
				h1InMain: await main.locator('h1').count(),
			};
			expect(structure).toEqual({
				banner: 1,
				main: 1,
				contentinfo: 1,
				portalSearch: 1,
				mainNavigation: 1,
				h1: 1,
				h1InMain: 1,
			});

			// The banner and contentinfo are the site's header and footer, outside main.
			expect(await main.getByRole('banner', { includeHidden: true }).count()).toBe(0);
			expect(await main.getByRole('contentinfo', { includeHidden: true }).count()).toBe(0);

			// Every navigation and search is labelled, and no two of a kind share a label.
			for (const selector of ['nav, [role="navigation"]', '[role="search"], search']) {
				const labels = await page
					.locator(selector)
					.evaluateAll((navs) =>
						navs.map(
							(nav) =>
								nav.getAttribute('aria-label') ??
								document.getElementById(nav.getAttribute('aria-labelledby') ?? '')?.textContent ??
								'',
						),
					);
				expect(labels.filter((label) => !label.trim())).toEqual([]);
				expect(new Set(labels).size).toBe(labels.length);
			}

			// The skip link comes first and leads into main.
			const first = page.locator('a[href], button, input, select, textarea').first();
			expect(await first.textContent()).toBe('Skip to main content');
			expect(await first.getAttribute('href')).toBe('#main');
			expect(await main.getAttribute('id')).toBe('main');
		},
	);
});
