import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchSections, sections } from '../../src/lib/core/sections';
import { launchWithPage } from './support/browser';
import { distDir, listPages, siteUrl } from './support/site';

// The section filter on the search page, the section each page is indexed under and the breadcrumbs all come
// from one list (src/lib/core/sections.ts).
describe('search sections', () => {
	const indexed = new Map<string, string[]>();
	for (const page of listPages(distDir)) {
		const root = parse(readFileSync(join(distDir, page), 'utf8'));
		for (const filter of root.querySelectorAll('[data-pagefind-filter^="section:"]')) {
			const label = filter.getAttribute('data-pagefind-filter')!.slice('section:'.length);
			indexed.set(label, [...(indexed.get(label) ?? []), page]);
		}
	}
	const offered = parse(readFileSync(join(distDir, 'search/index.html'), 'utf8'))
		.querySelectorAll('select[name="section"] option')
		.map((option) => option.text.trim())
		.filter((label) => label !== 'Any section');

	it('offers every section a page is indexed under, and no other', () => {
		expect(offered).toEqual(searchSections.map((section) => section.label));
		expect([...indexed.keys()].sort()).toEqual([...offered].sort());
	});

	it('reaches the Training page through the filter', () => {
		expect(indexed.get('Training')).toContain('training/index.html');
	});

	it('names each section in the breadcrumbs as the navigation and the filter do', () => {
		const wrong: string[] = [];
		for (const page of listPages(distDir)) {
			const root = parse(readFileSync(join(distDir, page), 'utf8'));
			for (const link of root.querySelectorAll('nav[aria-label="Breadcrumb"] a')) {
				const section = sections.find((entry) => link.getAttribute('href')!.endsWith(`/${entry.path}`));
				if (section && link.text.trim() !== section.label) wrong.push(`${page}: "${link.text.trim()}"`);
			}
		}
		expect(wrong).toEqual([]);
	});
});

describe('the built search index', () => {
	let browser: Browser;
	let page: Page;
	beforeAll(async () => ({ browser, page } = await launchWithPage()));
	afterAll(() => browser.close());

	it('holds only section values the filter offers, and a page under each one offered', async () => {
		await page.goto(siteUrl('search/'));
		// Asks Pagefind itself which values the index holds, as the search page would load it.
		// A string, not a function: Vitest would rewrite a function's import() into its own loader.
		const values = (await page.evaluate(`(async () => {
			const form = document.querySelector('[data-search]');
			const pagefind = await import(form.dataset.pagefindUrl);
			await pagefind.options({ baseUrl: form.dataset.base, noWorker: true });
			return (await pagefind.filters()).section ?? {};
		})()`)) as Record<string, number>;
		const options = await page
			.getByLabel('Section')
			.locator('option')
			.evaluateAll((list) => list.map((option) => (option as HTMLOptionElement).value).filter(Boolean));
		for (const value of Object.keys(values)) expect(options, value).toContain(value);
		for (const option of options) expect(values[option], option).toBeGreaterThan(0);
	});
});
