import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { launchBrowser, newContext, wcagTags } from './support/browser';
import { distDir, siteUrl, sitemapPaths } from './support/site';
import { portal } from '../../src/lib/core/config';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(() => browser.close());

describe('/admin/ (Sveltia CMS)', () => {
	// The CMS wraps names in Unicode isolation marks ("with \u2068GitHub\u2069"), hence \W* in the pattern.
	it('loads the CMS sign-in without a request to any other host', async () => {
		const context = await newContext(browser);
		const page = await context.newPage();
		const requests: string[] = [];
		page.on('request', (request) => requests.push(request.url()));
		await page.goto(siteUrl('admin/'));
		await page.getByRole('button', { name: /Sign In with\W*GitHub/i }).waitFor({ timeout: 30_000 });
		// Fonts and the status check are requested after the UI appears; let them go out before counting.
		await page.waitForLoadState('networkidle');
		const origin = new URL(siteUrl()).origin;
		const elsewhere = requests.filter((url) => !url.startsWith(`${origin}/`) && !/^(blob|data):/.test(url));
		expect(elsewhere).toEqual([]);
		expect(requests).toContain(siteUrl('admin/sveltia-cms.js'));
		expect(requests).toContain(siteUrl('admin/fonts/material-symbols-outlined-latin-wght-normal.woff2'));
		await context.close();
	});

	it("serves a config generated from the collections' schemas, with the configured choices", () => {
		const config = parse(readFileSync(join(distDir, 'admin', 'config.yml'), 'utf8'));
		const names = config.collections.map((collection: { name: string }) => collection.name);
		expect(names).toEqual(['spotlights', 'practices', 'profiles', 'events', 'announcements']);
		const field = (collection: number, name: string) =>
			config.collections[collection].fields.find((entry: { name: string }) => entry.name === name);
		const values = (options: { value: string }[]) => options.map((option) => option.value);
		expect(values(field(0, 'partners').options)).toContain('ledgerline');
		expect(values(field(2, 'services').options)).toEqual(portal.community.services.map((service) => service.id));
		expect(field(2, 'services').multiple).toBe(true);
		expect(values(field(3, 'kind').options)).toContain('office-hours');
		expect(field(4, 'expires').format).toBe('YYYY-MM-DD');
	});

	it('is kept out of search engines, the sitemap and site search', () => {
		const html = readFileSync(join(distDir, 'admin', 'index.html'), 'utf8');
		expect(html).toMatch(/<meta name="robots" content="noindex, nofollow"/);
		expect(html).not.toContain('data-pagefind-body');
		expect(html).not.toMatch(/<script[^>]+src="https?:/);
		expect(sitemapPaths().filter((path) => path.startsWith('admin'))).toEqual([]);
	});

	// The CMS is third-party UI: axe runs on it so that a new failure is noticed. Its one failure, a viewport
	// that blocked pinch zoom, is removed when we serve its script (localiseCmsScript).
	it.each(['light', 'dark'] as const)('passes axe in the %s theme, zoom included', async (colorScheme) => {
		const context = await newContext(browser, { colorScheme });
		const page = await context.newPage();
		await page.goto(siteUrl('admin/'));
		await page.getByRole('button', { name: /Sign In with\W*GitHub/i }).waitFor({ timeout: 30_000 });
		const { violations } = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
		expect(violations.map((violation) => violation.id)).toEqual([]);
		expect(
			await page
				.locator('meta[name="viewport"]')
				.evaluateAll((metas) => metas.map((meta) => meta.getAttribute('content'))),
		).not.toContainEqual(expect.stringContaining('maximum-scale'));
		await context.close();
	});
});
