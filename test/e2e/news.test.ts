import AxeBuilder from '@axe-core/playwright';
import { XMLParser } from 'fast-xml-parser';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFrontmatter } from '../../src/lib/content/frontmatter';
import { portal, programIds } from '../../src/lib/core/config';
import { practiceSchema } from '../../src/lib/practices/schema';
import { freshness } from '../../src/lib/news/freshness';
import { buildDay } from '../../src/lib/core/build-date';
import { bannerAnnouncement, isExpired, sortAnnouncements } from '../../src/lib/news/news';
import { announcementSchema } from '../../src/lib/news/schema';
import { launchBrowser, newContext, wcagTags } from './support/browser';
import { distDir, siteUrl, withoutBase } from './support/site';

// The build and these tests read the same day (PORTAL_BUILD_DATE, else the clock's UTC day).
const today = buildDay;

const announcements = readdirSync('content/announcements')
	.filter((file) => file.endsWith('.mdx'))
	.map((file) => {
		const path = join('content/announcements', file);
		const data = announcementSchema(programIds).parse(parseFrontmatter(readFileSync(path, 'utf8'), path).data);
		return { id: file.replace(/\.mdx$/, ''), data };
	});
const banner = bannerAnnouncement(announcements, today)!;
const keyOf = (id: string) => `portal:banner:v1:${id}`;

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(() => browser.close());

async function fresh(options: Parameters<typeof newContext>[1] = {}) {
	await context?.close();
	context = await newContext(browser, options);
	page = await context.newPage();
}

const bannerRegion = () => page.getByRole('region', { name: 'Announcement' });
const dismissButton = () => page.getByRole('button', { name: `Dismiss announcement: ${banner.data.title}` });

/** The built file a site link leads to. */
function builtFile(url: string): string {
	const path = withoutBase(new URL(url, siteUrl()).pathname);
	return join(distDir, path.endsWith('/') || path === '' ? `${path}index.html` : path);
}

describe('announcement content', () => {
	it('has a current banner, an expired announcement and varied audiences', () => {
		expect(announcements.length).toBeGreaterThanOrEqual(4);
		expect(banner).toBeDefined();
		expect(announcements.some((entry) => isExpired(entry.data, today))).toBe(true);
		expect(new Set(announcements.map((entry) => entry.data.audience.join(','))).size).toBeGreaterThanOrEqual(3);
	});
});

describe('the site banner', () => {
	beforeAll(() => fresh());

	it('shows the newest current announcement on the home page, linked to its page, with a dismiss button', async () => {
		await page.goto(siteUrl());
		await expect(bannerRegion().isVisible()).resolves.toBe(true);
		const link = bannerRegion().getByRole('link', { name: banner.data.title });
		const href = (await link.getAttribute('href'))!;
		expect(existsSync(builtFile(href))).toBe(true);
		const box = (await dismissButton().boundingBox())!;
		expect(box.width).toBeGreaterThanOrEqual(24);
		expect(box.height).toBeGreaterThanOrEqual(24);
	});

	it('shows on another page too', async () => {
		await page.goto(siteUrl('practices/'));
		await expect(bannerRegion().isVisible()).resolves.toBe(true);
	});

	it('hides when dismissed, and stays hidden after a reload and on other pages', async () => {
		await dismissButton().click();
		await expect(bannerRegion().isVisible()).resolves.toBe(false);
		expect(await page.evaluate((key) => localStorage.getItem(key), keyOf(banner.id))).toBe('1');
		await page.reload();
		await expect(bannerRegion().isVisible()).resolves.toBe(false);
		await page.goto(siteUrl('onboarding/'));
		await expect(bannerRegion().isVisible()).resolves.toBe(false);
	});

	it('is hidden before it is parsed, so a dismissed banner never flashes', async () => {
		// Records <html data-banner> at the moment the parser inserts the banner, before any paint of it.
		await page.addInitScript(() => {
			new MutationObserver((_records, observer) => {
				const found = document.querySelector('.site-banner');
				if (!found) return;
				(window as unknown as { seen: string | undefined }).seen = document.documentElement.dataset.banner;
				observer.disconnect();
			}).observe(document, { childList: true, subtree: true });
		});
		await page.goto(siteUrl('practices/'));
		expect(await page.evaluate(() => (window as unknown as { seen: string | undefined }).seen)).toBe('hidden');
	});

	it('shows again for another announcement: dismissals are kept per announcement', async () => {
		await fresh();
		await page.goto(siteUrl());
		await page.evaluate((key) => localStorage.setItem(key, '1'), keyOf('an-earlier-announcement'));
		await page.reload();
		await expect(bannerRegion().isVisible()).resolves.toBe(true);
		await page.evaluate((key) => localStorage.setItem(key, '1'), keyOf(banner.id));
		await page.reload();
		await expect(bannerRegion().isVisible()).resolves.toBe(false);
	});

	it.runIf(banner.data.expires)('hides itself once its last day has passed since the build', async () => {
		await fresh();
		const dayAfter = new Date(`${banner.data.expires}T12:00:00Z`);
		dayAfter.setUTCDate(dayAfter.getUTCDate() + 1);
		await page.clock.setFixedTime(dayAfter);
		await page.goto(siteUrl());
		await expect(bannerRegion().isVisible()).resolves.toBe(false);
		await page.clock.setFixedTime(new Date(`${banner.data.expires}T12:00:00Z`));
		await page.reload();
		await expect(bannerRegion().isVisible()).resolves.toBe(true);
	});

	it('stays without JavaScript, with no dismiss control to use', async () => {
		await fresh({ javaScriptEnabled: false });
		await page.goto(siteUrl());
		await expect(bannerRegion().isVisible()).resolves.toBe(true);
		await expect(bannerRegion().getByRole('link', { name: banner.data.title }).isVisible()).resolves.toBe(true);
		await expect(bannerRegion().getByRole('button').count()).resolves.toBe(0);
	});
});

describe('the news pages', () => {
	beforeAll(() => fresh());

	it('lists every announcement newest first, the expired ones under "Earlier"', async () => {
		await page.goto(siteUrl('news/'));
		const sorted = sortAnnouncements(announcements);
		const titles = await page.locator('.news-item h3').allTextContents();
		const current = sorted.filter((entry) => !isExpired(entry.data, today)).map((entry) => entry.data.title);
		const earlier = sorted.filter((entry) => isExpired(entry.data, today)).map((entry) => entry.data.title);
		expect(titles.map((title) => title.trim())).toEqual([...current, ...earlier]);
		const earlierSection = page.getByRole('region', { name: 'Earlier' });
		expect((await earlierSection.locator('h3').allTextContents()).map((title) => title.trim())).toEqual(earlier);
		await expect(page.getByRole('link', { name: 'Follow the news feed' }).getAttribute('href')).resolves.toMatch(
			/news\/rss\.xml$/,
		);
	});

	it('gives each announcement a page with its date, audience, expiry and body', async () => {
		for (const entry of announcements) {
			await page.goto(siteUrl(`news/${entry.id}/`));
			await expect(page.locator('h1').textContent()).resolves.toBe(entry.data.title);
			await expect(page.locator(`time[datetime="${entry.data.date}"]`).count()).resolves.toBe(1);
			await expect(page.locator('.prose p').count()).resolves.toBeGreaterThan(0);
			await expect(page.locator('main .status', { hasText: 'Expired' }).count()).resolves.toBe(
				isExpired(entry.data, today) ? 1 : 0,
			);
		}
		// Indexed for search under the News section.
		const html = readFileSync(join(distDir, 'news', banner.id, 'index.html'), 'utf8');
		expect(html).toContain('data-pagefind-body');
		expect(html).toContain('data-pagefind-filter="section:News"');
	});

	it.each(['light', 'dark'] as const)('has no axe violations in the %s theme', async (colorScheme) => {
		await fresh({ colorScheme });
		for (const path of ['news/', `news/${banner.id}/`, 'practices/']) {
			await page.goto(siteUrl(path));
			const { violations } = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
			expect(violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
				[],
			);
		}
	});
});

describe('the news feed', () => {
	const xml = readFileSync(join(distDir, 'news', 'rss.xml'), 'utf8');
	const feed = new XMLParser({ ignoreAttributes: false }).parse(xml);
	const items: { title: string; link: string; pubDate: string; description: string }[] = [feed.rss.channel.item].flat();

	it('is RSS 2.0 with every announcement, newest first', () => {
		expect(feed.rss['@_version']).toBe('2.0');
		expect(feed.rss.channel.title).toBe(`${portal.programName}: news`);
		expect(items.map((item) => item.title)).toEqual(sortAnnouncements(announcements).map((e) => e.data.title));
		const dates = items.map((item) => new Date(item.pubDate).toISOString().slice(0, 10));
		expect(dates).toEqual(sortAnnouncements(announcements).map((e) => e.data.date));
	});

	it('links every item to a built page', () => {
		for (const item of items) expect(existsSync(builtFile(item.link)), item.link).toBe(true);
	});

	it('is announced in every page head', () => {
		const home = readFileSync(join(distDir, 'index.html'), 'utf8');
		const link = /<link rel="alternate" type="application\/rss\+xml" title="[^"]*: news" href="([^"]+)"/.exec(home);
		expect(link).not.toBeNull();
		expect(existsSync(builtFile(link![1]!))).toBe(true);
	});
});

describe('the "New" badge', () => {
	const practices = readdirSync('content/practices')
		.filter((file) => file.endsWith('.mdx'))
		.map((file) => {
			const path = join('content/practices', file);
			return {
				id: file.replace(/\.mdx$/, ''),
				data: practiceSchema.parse(parseFrontmatter(readFileSync(path, 'utf8'), path).data),
			};
		});
	const days = portal.community.newForDays;
	const recent = practices.find((p) => p.data.updated && freshness({ changed: p.data.updated }, today, days));
	const older = practices.find((p) => p.data.updated && !freshness({ changed: p.data.updated }, today, days));

	beforeAll(() => fresh());

	it('has a practice updated within N days and one before', () => {
		expect(recent).toBeDefined();
		expect(older).toBeDefined();
	});

	it('marks the recent page at its title and on its card, with the day it stands for', async () => {
		await page.goto(siteUrl(`practices/${recent!.id}/`));
		const badge = page.locator('main .new-badge-line .new-badge');
		await expect(badge.isVisible()).resolves.toBe(true);
		await expect(badge.textContent()).resolves.toMatch(/Updated/);
		const until = freshness({ changed: recent!.data.updated }, today, days)!.until;
		await expect(badge.getAttribute('data-new-until')).resolves.toBe(until);
		await page.goto(siteUrl('practices/'));
		const card = page.locator('.card', { has: page.getByRole('link', { name: recent!.data.title, exact: true }) });
		await expect(card.locator('.new-badge').count()).resolves.toBe(1);
	});

	it('leaves the older page unmarked', async () => {
		await page.goto(siteUrl(`practices/${older!.id}/`));
		await expect(page.locator('main .new-badge').count()).resolves.toBe(0);
		await page.goto(siteUrl('practices/'));
		const card = page.locator('.card', { has: page.getByRole('link', { name: older!.data.title, exact: true }) });
		await expect(card.locator('.new-badge').count()).resolves.toBe(0);
	});
});
