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
import { portal, programIds } from '../../src/lib/core/config';
import { formatDate, formatMonth } from '../../src/lib/core/dates';
import { tagLabel } from '../../src/lib/core/tags';

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
/** Waits until the archive island has hydrated (Astro drops `ssr` then); the server render has no URL view. */
const hydrated = (target: Page) =>
	target.locator('astro-island[component-url*="spotlight-browser"]:not([ssr])').waitFor({ state: 'attached' });
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
		// The island starts when the browser is idle; a choice made before that is the server render's.
		await hydrated(page);
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
		// The island starts when the browser is idle; a choice made before that is the server render's.
		await hydrated(page);
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
		const titles = await plain.getByRole('main').locator('.card h3').allTextContents();
		const newest = [...published].sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title));
		expect(titles).toEqual(newest.map((s) => s.title));
		for (const draft of drafts) expect(titles).not.toContain(draft.title);
		expect(await plain.getByRole('search', { name: 'Filter spotlights' }).count()).toBe(0);

		// The year and month pages are plain HTML too.
		// Every card still shows its cover, lazy below the first.
		expect(await plain.locator('.spotlight-browser .card img.card-cover').count()).toBe(
			published.filter((s) => s.cover).length,
		);

		await plain.getByRole('link', { name: formatMonth('2026', '11', portal.lang) }).click();
		const november = published.filter((s) => s.date.startsWith('2026-11')).map((s) => s.title);
		expect((await plain.locator('.card h2').allTextContents()).sort()).toEqual(november.sort());
		await plain.goto(siteUrl('spotlights/2026/'));
		expect(await plain.locator('.card h2').count()).toBe(published.filter((s) => s.date.startsWith('2026')).length);
		await noJs.close();
	});
});

/** Selects whose shown choice is wider than the room the select gives it ("Any partner t"). */
async function clippedSelects(target: Page): Promise<string[]> {
	return target.locator('.archive-filters select').evaluateAll((selects) =>
		(selects as HTMLSelectElement[]).flatMap((select) => {
			const style = getComputedStyle(select);
			const probe = document.createElement('span');
			probe.style.cssText = `position:absolute;visibility:hidden;white-space:pre;font:${style.font}`;
			probe.textContent = select.selectedOptions[0]?.text ?? '';
			document.body.append(probe);
			const needed = probe.getBoundingClientRect().width;
			probe.remove();
			// Chromium draws the arrow inside the padding box; it takes about 1.25em.
			const room =
				select.clientWidth -
				Number.parseFloat(style.paddingLeft) -
				Number.parseFloat(style.paddingRight) -
				1.25 * Number.parseFloat(style.fontSize);
			return needed > room ? [`${probe.textContent} (${Math.round(needed)} > ${Math.round(room)} px)`] : [];
		}),
	);
}

describe('spotlight archive filters (issue 17)', () => {
	it('show every select choice in full, at phone and desktop widths', async () => {
		for (const width of [320, 390, 768, 1366]) {
			const context = await newContext(browser, { width });
			const narrow = await context.newPage();
			await narrow.goto(siteUrl('spotlights/'));
			await hydrated(narrow);
			const toggle = narrow.getByRole('button', { name: /^Filters/ });
			// Open at first from 768 px, closed on phones: wait for that, or a click could race the opening.
			const openAtFirst = width >= 768;
			await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe(String(openAtFirst));
			if (!openAtFirst) await toggle.click();
			expect(await clippedSelects(narrow), `at ${width} px`).toEqual([]);
			// The longest partner type, chosen, still fits from 390 px up.
			if (width >= 390) {
				await narrow.getByRole('combobox', { name: 'Partner type' }).selectOption('software');
				expect(await clippedSelects(narrow), `at ${width} px with a long choice`).toEqual([]);
			}
			await context.close();
		}
	});

	it('label each tag once, in words, sorted as read, with the same label on story pages and practice tags', async () => {
		await page.goto(siteUrl('spotlights/'));
		// The island starts when the browser is idle; a choice made before that is the server render's.
		await hydrated(page);
		await filters().waitFor();
		const tag = filters().getByRole('combobox', { name: 'Tag' });
		await expect.poll(() => tag.locator('option').count()).toBeGreaterThan(1);
		const options = await tag
			.locator('option')
			.evaluateAll((list) =>
				(list as HTMLOptionElement[]).slice(1).map((option) => ({ value: option.value, text: option.text })),
			);
		const tags = [...new Set(published.flatMap((s) => s.tags))];
		expect(options.map((option) => option.value).sort()).toEqual([...tags].sort());
		for (const option of options) expect(option.text).toMatch(new RegExp(`^${tagLabel(option.value)} \\(\\d+\\)$`));
		expect(options.find((option) => option.value === 'co-created-content')?.text).toBe('Co-created content (1)');
		const labels = options.map((option) => tagLabel(option.value));
		expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b)));

		await page.goto(siteUrl('spotlights/northbeam-media-satisfaction-turnaround/'));
		expect(await page.getByRole('list', { name: 'Tags' }).first().locator('li').allTextContents()).toEqual([
			'Co-created content',
			'Relationship health',
			'Strategy sessions',
		]);
		await page.goto(siteUrl('practices/tags/value-exchange/'));
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Tagged “Value exchange”');
	});

	it('count what each choice would give, and disable the ones that give nothing', async () => {
		await page.goto(siteUrl('spotlights/'));
		// The island starts when the browser is idle; a choice made before that is the server render's.
		await hydrated(page);
		await filters().waitFor();
		const type = filters().getByRole('combobox', { name: 'Partner type' });
		const model = filters().getByRole('combobox', { name: 'Partnership model' });
		const optionText = (select: typeof type, value: string) =>
			select.locator(`option[value="${value}"]`).evaluate((option) => ({
				text: (option as HTMLOptionElement).text,
				disabled: (option as HTMLOptionElement).disabled,
			}));
		const count = (filter: (s: (typeof published)[number]) => boolean) => published.filter(filter).length;
		await expect
			.poll(() => optionText(model, 'referral'))
			.toEqual({ text: `Commission-based referral (${count((s) => s.model === 'referral')})`, disabled: false });
		expect((await optionText(model, '')).text).toBe(`Any model (${published.length})`);

		await type.selectOption('agency');
		// The model counts follow the partner type; a model no agency story uses is shown as 0 and disabled.
		for (const id of programIds.modelIds) {
			const n = count((s) => s.partnerType === 'agency' && s.model === id);
			const option = await optionText(model, id);
			expect(option.text).toMatch(new RegExp(`\\(${n}\\)$`));
			expect(option.disabled, id).toBe(n === 0);
		}
		expect((await optionText(type, 'agency')).text).toMatch(/\(\d+\)$/);
		expect(await filters().getByRole('button', { name: 'Filters (1)' }).count()).toBe(1);
		await expectNoAxeViolations(page);
	});

	it('fold away behind a Filters button on a phone, so the first story is on the first screen', async () => {
		const context = await newContext(browser, { width: 390 });
		const phone = await context.newPage();
		await phone.goto(siteUrl('spotlights/?year=2026&tag=referrals'));
		await hydrated(phone);
		const toggle = phone.getByRole('button', { name: /^Filters/ });
		await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
		// Two filters from the link are active, and the button says so.
		await expect.poll(() => toggle.textContent()).toBe('Filters (2)');
		const year = phone.getByRole('combobox', { name: 'Year' });
		expect(await year.isVisible()).toBe(false);
		const formTop = (await phone.getByRole('search', { name: 'Filter spotlights' }).boundingBox())!.y;
		const firstCard = (await phone.locator('.spotlight-browser .card').first().boundingBox())!.y;
		expect(firstCard - formTop).toBeLessThan(200);

		// Keyboard: the button opens and closes the panel, and says which.
		await toggle.focus();
		await phone.keyboard.press('Enter');
		expect(await toggle.getAttribute('aria-expanded')).toBe('true');
		expect(await year.isVisible()).toBe(true);
		expect(await year.inputValue()).toBe('2026');
		await expectNoAxeViolations(phone);
		await phone.keyboard.press('Space');
		expect(await toggle.getAttribute('aria-expanded')).toBe('false');
		expect(await year.isVisible()).toBe(false);
		const box = (await toggle.boundingBox())!;
		expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(24);
		await context.close();
	});

	it('are open at first on a desktop', async () => {
		await page.goto(siteUrl('spotlights/'));
		await hydrated(page);
		const toggle = page.getByRole('button', { name: /^Filters/ });
		await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
		expect(await toggle.textContent()).toBe('Filters');
		expect(await filters().getByRole('combobox', { name: 'Tag' }).isVisible()).toBe(true);
	});
});

describe('spotlight archive cards (issue 16)', () => {
	it('show a small cover of fixed shape, title, dated meta and tags, and nothing moves as the page loads', async () => {
		for (const width of [390, 1280]) {
			const context = await newContext(browser, { width });
			const view = await context.newPage();
			await view.addInitScript(() => {
				const shifts: number[] = [];
				(window as unknown as { shifts: number[] }).shifts = shifts;
				new PerformanceObserver((list) => {
					for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) shifts.push(entry.value);
				}).observe({ type: 'layout-shift', buffered: true });
			});
			await view.goto(siteUrl('spotlights/'));
			await hydrated(view);
			await expect.poll(() => view.getByRole('status').first().textContent()).toContain('page 1 of');
			await view.waitForLoadState('load');
			const shift = await view.evaluate(() =>
				(window as unknown as { shifts: number[] }).shifts.reduce((sum, value) => sum + value, 0),
			);
			expect(shift, `layout shift at ${width} px`).toBeLessThan(0.02);

			const cards = view.locator('.spotlight-browser .card');
			const newest = [...published].sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title));
			for (const [index, story] of newest.slice(0, 6).entries()) {
				const card = cards.nth(index);
				const cover = card.locator('.card-cover');
				if (story.cover) {
					const img = card.locator('img.card-cover');
					expect(await img.getAttribute('src')).toMatch(/\/_astro\//);
					expect(await img.getAttribute('width')).toBe('400');
					expect(await img.getAttribute('height')).toBe('210');
					// The first cover may be the largest thing on the first screen; the rest load as they near it.
					expect(await img.getAttribute('loading')).toBe(index === 0 ? 'eager' : 'lazy');
					expect(await img.getAttribute('decoding')).toBe(index === 0 ? 'sync' : 'async');
					if (index === 0) expect(await img.getAttribute('fetchpriority')).toBe('high');
				}
				const box = (await cover.boundingBox())!;
				expect(box.width / box.height).toBeCloseTo(40 / 21, 1);
				expect(await card.locator('h3').textContent()).toBe(story.title);
				expect(await card.locator('time').first().textContent()).toBe(formatDate(story.date, portal.lang));
				expect(await card.getByRole('list', { name: 'Tags' }).locator('li').allTextContents()).toEqual(
					story.tags.map(tagLabel),
				);
			}
			await context.close();
		}
	});

	it('date story pages and month links with the shared formatter', async () => {
		await page.goto(siteUrl('spotlights/meridian-relay-partner-retreat/'));
		const story = published.find((s) => s.title.startsWith('Meridian'))!;
		expect(await page.locator('article .meta time').textContent()).toBe(formatDate(story.date, portal.lang));
		await page.goto(siteUrl('spotlights/2026/11/'));
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
			`Spotlights from ${formatMonth('2026', '11', portal.lang)}`,
		);
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
			const feedHref = await page
				.locator('link[rel="alternate"][type="application/rss+xml"][title$="partnership spotlights"]')
				.getAttribute('href');
			const response = await page.request.get(new URL(feedHref!, page.url()).href);
			expect(response.status()).toBe(200);
			expect(await response.text()).toContain('<rss');
		}
	});
});
