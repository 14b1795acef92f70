import AxeBuilder from '@axe-core/playwright';
import { XMLParser } from 'fast-xml-parser';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFrontmatter } from '../../src/lib/content/frontmatter';
import { spotlightSchema, type Spotlight } from '../../src/lib/spotlights/schema';
import { launchBrowser, newContext, wcagTags } from './support/browser';
import { distDir, siteUrl } from './support/site';
import { programIds } from '../../src/lib/core/config';

// The source of truth for what the archive and feed must list: every non-draft story in content/spotlights.
const all = readdirSync('content/spotlights')
	.filter((file) => file.endsWith('.mdx'))
	.map((file) => {
		const path = join('content/spotlights', file);
		return {
			id: file.replace(/\.mdx$/, ''),
			...spotlightSchema(programIds).parse(parseFrontmatter(readFileSync(path, 'utf8'), path).data),
		};
	});
const published = all.filter((spotlight) => !spotlight.draft);
const drafts = all.filter((spotlight) => spotlight.draft);

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
	browser = await launchBrowser();
	context = await newContext(browser);
	page = await context.newPage();
});
afterAll(() => browser.close());

const status = () => page.getByRole('status').first();
const filters = () => page.getByRole('search', { name: 'Filter spotlights' });
const resultTitles = () => page.locator('.spotlight-browser .card h3').allTextContents();

async function expectNoAxeViolations(target: Page) {
	const { violations } = await new AxeBuilder({ page: target }).withTags(wcagTags).analyze();
	expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

describe('spotlight content', () => {
	it('has a draft and at least 8 published stories over 6 months, every partner type and model', () => {
		expect(drafts.length).toBeGreaterThan(0);
		expect(published.length).toBeGreaterThanOrEqual(8);
		expect(new Set(published.map((s) => s.date.slice(0, 7))).size).toBeGreaterThanOrEqual(6);
		expect(new Set(published.map((s) => s.partnerType))).toEqual(new Set(['content-creator', 'software', 'agency']));
		expect(new Set(published.map((s) => s.model))).toEqual(
			new Set(['referral', 'value-exchange', 'strategic-alliance']),
		);
	});
});

describe('spotlight archive with JavaScript', () => {
	it('filters by year and tag, searches, keeps the view in the URL across reload, and clears', async () => {
		await page.goto(siteUrl('spotlights/'));
		await filters().waitFor();
		await expect.poll(() => status().textContent()).toMatch(new RegExp(`^${published.length} spotlights found`));

		await filters().getByRole('combobox', { name: 'Year' }).selectOption('2026');
		await filters().getByRole('combobox', { name: 'Tag' }).selectOption('referrals');
		await expect.poll(() => status().textContent()).toBe('3 spotlights found.');
		expect(new URL(page.url()).search).toBe('?year=2026&tag=referrals');

		await filters().getByRole('searchbox', { name: 'Search titles and summaries' }).fill('conversion');
		await expect.poll(() => status().textContent()).toBe('1 spotlight found.');
		expect(await resultTitles()).toEqual(['Oakridge Consulting: 150+ qualified leads a month at 65% conversion']);
		expect(new URL(page.url()).search).toBe('?year=2026&tag=referrals&q=conversion');
		await expectNoAxeViolations(page);

		await page.reload();
		await filters().waitFor();
		await expect.poll(() => status().textContent()).toBe('1 spotlight found.');
		expect(await filters().getByRole('combobox', { name: 'Tag' }).inputValue()).toBe('referrals');
		expect(await filters().getByRole('combobox', { name: 'Year' }).inputValue()).toBe('2026');
		expect(await filters().getByRole('searchbox').inputValue()).toBe('conversion');
		expect(await resultTitles()).toEqual(['Oakridge Consulting: 150+ qualified leads a month at 65% conversion']);

		await filters().getByRole('button', { name: 'Clear filters' }).click();
		await expect.poll(() => status().textContent()).toMatch(new RegExp(`^${published.length} spotlights found`));
		expect(new URL(page.url()).search).toBe('');
	});

	it('shows a no-results state that offers to clear the filters', async () => {
		await page.goto(siteUrl('spotlights/?q=zeppelin'));
		await expect.poll(() => status().textContent()).toBe('No spotlights match these filters.');
		await expectNoAxeViolations(page);
		await page.getByRole('button', { name: 'Clear filters and show all spotlights' }).click();
		await expect.poll(() => status().textContent()).toMatch(new RegExp(`^${published.length} spotlights found`));
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Results');
	});

	it('sorts and pages, newest first by default', async () => {
		await page.goto(siteUrl('spotlights/'));
		await filters().waitFor();
		const newest = [...published].sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title));
		await expect.poll(resultTitles).toEqual(newest.slice(0, 6).map((s) => s.title));
		await page.getByRole('navigation', { name: 'Result pages' }).getByRole('button', { name: 'Next page' }).click();
		await expect.poll(() => status().textContent()).toContain('page 2 of');
		expect(await resultTitles()).toEqual(newest.slice(6, 12).map((s) => s.title));
		expect(new URL(page.url()).searchParams.get('page')).toBe('2');
		await expectNoAxeViolations(page);

		await filters().getByRole('combobox', { name: 'Sort' }).selectOption('oldest');
		await expect.poll(resultTitles).toEqual(
			[...newest]
				.reverse()
				.slice(0, 6)
				.map((s) => s.title),
		);
	});

	it('passes axe in the dark theme with filters applied', async () => {
		const dark = await (await newContext(browser, { colorScheme: 'dark' })).newPage();
		await dark.goto(siteUrl('spotlights/?type=agency&sort=title'));
		await expect.poll(() => dark.getByRole('status').first().textContent()).toBe('3 spotlights found.');
		await expectNoAxeViolations(dark);
		await dark.context().close();
	});
});

describe('spotlight archive without JavaScript', () => {
	it('lists every published spotlight, newest first, and no drafts', async () => {
		const noJs = await browser.newContext({ javaScriptEnabled: false });
		const plain = await noJs.newPage();
		await plain.goto(siteUrl('spotlights/'));
		const titles = await plain.getByRole('main').locator('.card h2').allTextContents();
		const newest = [...published].sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title));
		expect(titles).toEqual(newest.map((s) => s.title));
		for (const draft of drafts) expect(titles).not.toContain(draft.title);
		expect(await plain.getByRole('search', { name: 'Filter spotlights' }).count()).toBe(0);

		// The year and month pages are plain HTML too.
		await plain.getByRole('link', { name: 'November 2026' }).click();
		const november = published.filter((s) => s.date.startsWith('2026-11')).map((s) => s.title);
		expect((await plain.locator('.card h2').allTextContents()).sort()).toEqual(november.sort());
		await plain.goto(siteUrl('spotlights/2026/'));
		expect(await plain.locator('.card h2').count()).toBe(published.filter((s) => s.date.startsWith('2026')).length);
		await noJs.close();
	});
});

describe('spotlight pages', () => {
	it('show key results as figures, the partners, the model and related stories', async () => {
		await page.goto(siteUrl('spotlights/meridian-relay-partner-retreat/'));
		const results = page.getByRole('region', { name: 'Key results' });
		expect(await results.locator('dd').allTextContents()).toEqual(['+35%', '12', '+40%']);
		expect(await page.locator('.facts').textContent()).toContain('Meridian Advisory, Relay CRM');
		expect(await page.locator('.facts').textContent()).toContain('Strategic alliance');
		expect(await page.getByRole('region', { name: 'Related spotlights' }).getByRole('link').count()).toBeGreaterThan(0);
		await expectNoAxeViolations(page);
	});

	it('optimise the cover image and require its alt text', async () => {
		await page.goto(siteUrl('spotlights/ledgerline-alliance-lowers-acquisition-cost/'));
		const cover = page.getByRole('img', { name: /overlapping circles/ });
		expect(await cover.getAttribute('src')).toMatch(/\/_astro\//);
	});

	it('are not built for drafts', async () => {
		for (const draft of drafts) {
			const response = await page.goto(siteUrl(`spotlights/${draft.id}/`));
			expect(response?.status()).toBe(404);
		}
	});
});

describe('spotlights feed', () => {
	it('is valid RSS listing every published spotlight with summary, results, link and date', async () => {
		const xml = readFileSync(join(distDir, 'spotlights', 'rss.xml'), 'utf8');
		// Well-formedness per Chromium's own XML parser, then the RSS structure per fast-xml-parser.
		const parseErrors = await page.evaluate(
			(text) => new DOMParser().parseFromString(text, 'application/xml').getElementsByTagName('parsererror').length,
			xml,
		);
		expect(parseErrors).toBe(0);
		const feed = new XMLParser({ ignoreAttributes: false }).parse(xml);
		expect(feed.rss['@_version']).toBe('2.0');
		const items: { title: string; link: string; pubDate: string; description: string; 'content:encoded': string }[] = [
			feed.rss.channel.item,
		].flat();
		expect(items.map((item) => item.title).sort()).toEqual(published.map((s) => s.title).sort());
		for (const spotlight of published as (Spotlight & { id: string })[]) {
			const item = items.find((candidate) => candidate.title === spotlight.title)!;
			expect(new URL(item.link).pathname).toMatch(new RegExp(`/spotlights/${spotlight.id}/$`));
			expect(new Date(item.pubDate).toISOString().slice(0, 10)).toBe(spotlight.date);
			expect(item.description).toBe(spotlight.summary);
			for (const result of spotlight.results) expect(item['content:encoded']).toContain(result.label);
		}
	});

	it('is linked from every page head', async () => {
		for (const path of ['', 'practices/', 'spotlights/2026/11/']) {
			await page.goto(siteUrl(path));
			const feedHref = await page.locator('link[rel="alternate"][type="application/rss+xml"]').getAttribute('href');
			const response = await page.request.get(new URL(feedHref!, page.url()).href);
			expect(response.status()).toBe(200);
			expect(await response.text()).toContain('<rss');
		}
	});
});
