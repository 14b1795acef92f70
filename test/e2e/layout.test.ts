import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromBase64Url } from '../../src/lib/private/envelope';
import { partnerLink, partnerPagePath } from '../../src/lib/private/links';
import { launchBrowser, newContext } from './support/browser';
import { distDir, listPages, openPage, siteUrl, sitemapPaths } from './support/site';
import { testStaffSecret } from './support/staff-secret';

/**
 * Layout at a small phone (320 px) and a laptop (1366 px), the checks of ../shared/tools/page-look.mjs that
 * DOM-only tests miss: no page scrolls sideways, and no word is broken across two lines ("Soft|ware").
 * Long strings without spaces (over 24 characters: URLs, ids) may break outside tables, as base.css allows; words
 * in a `.table-scroll` region never break (it may clip them and scroll instead). Hyphenation is not used, so
 * a break inside a word is always a bug. Then the header: one short row on a phone with a working Menu, and
 * the navigation in the row on a desktop.
 */

/** What `inspectLayout` found on one page. */
interface LayoutReport {
	/** Why the page scrolls sideways, or null when it does not. */
	overflow: string | null;
	/** Each word broken across lines, with where it is. */
	broken: string[];
}

/** Runs in the page: sideways scrolling and words split over two lines. Self-contained (it is serialised). */
function inspectLayout(): LayoutReport {
	const root = document.documentElement;
	const describe = (el: Element) =>
		`<${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}>`;

	let overflow: string | null = null;
	if (root.scrollWidth > root.clientWidth) {
		// The deepest elements sticking out past the right edge, not counting those inside a scrolling region.
		const viewport = root.clientWidth;
		const inScroller = (el: Element) => {
			for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
				if (getComputedStyle(up).overflowX !== 'visible') return true;
			}
			return false;
		};
		const wide = [...document.body.querySelectorAll('*')].filter(
			(el) => el.getBoundingClientRect().right > viewport + 1 && !inScroller(el),
		);
		const deepest = wide.filter((el) => !wide.some((other) => other !== el && el.contains(other)));
		overflow =
			`page is ${root.scrollWidth}px wide in a ${viewport}px viewport; sticking out: ` +
			deepest
				.slice(0, 3)
				.map((el) => `${describe(el)} "${(el.textContent ?? '').trim().slice(0, 40)}"`)
				.join(', ');
	}

	const broken = new Set<string>();
	const segmenter = new Intl.Segmenter(root.lang || 'en', { granularity: 'word' });
	const range = document.createRange();
	const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
	for (let node = walker.nextNode(); node; node = walker.nextNode()) {
		const text = node as Text;
		const el = text.parentElement;
		if (!el || el.closest('script,style,noscript,template,svg,code,pre,.sr-only')) continue;
		if (!el.checkVisibility({ visibilityProperty: true })) continue;
		const strict = el.closest('.table-scroll') !== null;
		// Runs of text without spaces; outside tables, one over 24 characters (a URL, an id) may break anywhere.
		for (const run of text.data.matchAll(/\S+/g)) {
			if (!strict && run[0].length > 24) continue;
			for (const { segment, index, isWordLike } of segmenter.segment(run[0])) {
				if (!isWordLike || segment.length < 2) continue;
				range.setStart(text, run.index + index);
				range.setEnd(text, run.index + index + segment.length);
				// One box per line the word is on; boxes of one line share their top (one text node, one font).
				const boxes = [...range.getClientRects()].filter((box) => box.width > 0 && box.height > 0);
				const lines = boxes.some((a) => boxes.some((b) => Math.abs(a.top - b.top) >= Math.min(a.height, b.height) / 2));
				if (lines) broken.add(`"${segment}" in ${describe(el)} "${text.data.trim().slice(0, 60)}"`);
			}
		}
	}
	return { overflow, broken: [...broken].slice(0, 12) };
}

// A partner's page (p/…/) opens with that partner's key, not the staff key: each path, and whose page it is.
const secret = fromBase64Url(testStaffSecret);
const partnerIds = (
	parse(readFileSync('content/data/partners.csv', 'utf8'), { columns: true }) as { id: string }[]
).map((row) => row.id);
const partnerPages = new Map(
	await Promise.all(partnerIds.map(async (id) => [await partnerPagePath(secret, id), id] as const)),
);

/** Loads a page and waits for what changes its layout after load: web fonts and the islands' hydration. */
async function visit(page: Page, path: string): Promise<void> {
	const partner = partnerPages.get(path);
	if (partner) {
		// From a blank page, as openPage does: the same address with a new #fragment would not load again.
		await page.goto('about:blank');
		await page.goto(await partnerLink(siteUrl(), secret, partner));
		await page.waitForFunction(() => !document.getElementById('sealed-page'));
	} else {
		await openPage(page, path);
	}
	await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'), undefined, { timeout: 10_000 });
	await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(() => browser.close());

// Every built page: the sitemap, plus those kept out of it (404, the staff scorecards). Not /admin/: that is
// the CMS's own app, not our layout.
const paths = listPages(distDir)
	.filter((file) => !file.startsWith('admin/'))
	.map((file) => file.replace(/(^|\/)index\.html$/, '$1'))
	.sort();

describe('the layout checks themselves', () => {
	let context: BrowserContext;
	let page: Page;
	beforeAll(async () => {
		context = await newContext(browser, { width: 320 });
		page = await context.newPage();
	});
	afterAll(() => context.close());

	it('cover every page in the sitemap', () => {
		expect(paths.length).toBeGreaterThan(20);
		expect(sitemapPaths().filter((path) => !paths.includes(path))).toEqual([]);
	});

	it('open every partner page with its partner’s key, not the lock screen', () => {
		const partnerPaths = paths.filter((path) => path.startsWith('p/'));
		expect(partnerPaths.length).toBe(partnerIds.length);
		expect(partnerPaths.filter((path) => !partnerPages.has(path))).toEqual([]);
	});

	it('find a broken word, a broken word in a table region, and a page too wide', async () => {
		await page.setContent(`<!doctype html><html lang="en"><body style="margin:0;font:16px/1.5 sans-serif">
			<p style="width:2.5em;overflow-wrap:anywhere">Software engineering</p>
			<div class="table-scroll" style="overflow-x:auto;width:100px"><table><tr>
				<td style="width:3em;word-break:break-all">Partnership</td></tr></table></div>
			<h1 style="width:3em;overflow-wrap:anywhere;line-height:0.9">Quarterly</h1>
			<div style="width:2000px">wide</div>
		</body></html>`);
		const report = await page.evaluate(inspectLayout);
		expect(report.overflow).toMatch(/^page is 2000px wide in a 320px viewport; sticking out: <div> "wide"/);
		const words = report.broken.map((entry) => entry.split('"')[1]);
		expect(words).toEqual(expect.arrayContaining(['Software', 'engineering', 'Partnership', 'Quarterly']));
	});

	it('pass what is allowed: clipped table words, breaks at hyphens and spaces, long strings, hidden text', async () => {
		await page.setContent(`<!doctype html><html lang="en"><body style="margin:0;font:16px/1.5 sans-serif;overflow-wrap:break-word">
			<div class="table-scroll" style="overflow-x:auto;width:100px"><table style="overflow-wrap:normal"><tr>
				<td>Accountability</td><td>Implementation</td><td>Responsibilities</td></tr></table></div>
			<p style="width:7em">well-known partner programme, co-marketing—referrals—onboarding</p>
			<p style="width:5em">https://partners.example.com/onboarding-agencies-referral-essentials-long-id</p>
			<p style="display:none;width:1em">Hidden</p>
			<span class="sr-only" style="position:absolute;width:1px;overflow:hidden;clip:rect(0,0,0,0)">Screen reader text</span>
		</body></html>`);
		expect(await page.evaluate(inspectLayout)).toEqual({ overflow: null, broken: [] });
	});
	it('catch the old bugs coming back on a real page: words broken anywhere, tables that do not scroll', async () => {
		// Compared with the page as built, so this guards the detector whatever the page's own state.
		const path = 'scorecards/alder-and-finch/';
		await visit(page, path);
		const before = await page.evaluate(inspectLayout);
		const width = await page.evaluate(() => document.documentElement.scrollWidth);
		// Through the CSSOM: the pages' Content-Security-Policy rightly blocks an added <style>.
		await page.evaluate(() => {
			for (const el of document.querySelectorAll<HTMLElement>('body, table')) el.style.overflowWrap = 'anywhere';
		});
		expect((await page.evaluate(inspectLayout)).broken.length).toBeGreaterThan(before.broken.length);
		await visit(page, path);
		await page.evaluate(() => {
			for (const el of document.querySelectorAll<HTMLElement>('.table-scroll')) el.style.overflowX = 'visible';
		});
		const after = await page.evaluate(inspectLayout);
		expect(after.overflow).toMatch(/^page is \d+px wide in a 320px viewport/);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeGreaterThan(width);
	});
});

describe.each([320, 1366])('layout at %i px', (width) => {
	// One context and one page per width, reused for every page in turn.
	let context: BrowserContext;
	let page: Page;
	beforeAll(async () => {
		context = await newContext(browser, { width });
		page = await context.newPage();
	});
	afterAll(() => context.close());

	it.each(paths)('/%s: no sideways scroll, no broken word', async (path) => {
		await visit(page, path);
		const report = await page.evaluate(inspectLayout);
		expect(report, `/${path} at ${width} px`).toEqual({ overflow: null, broken: [] });
	});
});

describe('header', () => {
	const pagesToTry = ['', 'onboarding/agencies/'];

	it.each(pagesToTry)('/%s at 390 px: one short row, and Menu opens the navigation', async (path) => {
		const context = await newContext(browser, { width: 390 });
		const page = await context.newPage();
		await visit(page, path);
		const header = await page.locator('.site-header').boundingBox();
		expect(header?.height).toBeLessThanOrEqual(72);

		const menu = page.getByRole('button', { name: 'Menu' });
		const nav = page.getByRole('navigation', { name: 'Main' });
		const link = nav.getByRole('link').first();
		await expect.poll(() => link.isVisible()).toBe(false);
		await menu.click();
		expect(await page.locator('#site-menu').evaluate((el) => el.matches(':popover-open'))).toBe(true);
		await link.waitFor({ state: 'visible' });
		// The open menu's words are whole too.
		expect((await page.evaluate(inspectLayout)).broken).toEqual([]);
		const target = new URL((await link.getAttribute('href'))!, page.url()).href;
		await link.click();
		await page.waitForURL(target);
		await context.close();
	});

	it.each(pagesToTry)('/%s at 1280 px: no Menu button, the navigation in the row', async (path) => {
		const context = await newContext(browser, { width: 1280 });
		const page = await context.newPage();
		await visit(page, path);
		expect(await page.getByRole('button', { name: 'Menu' }).isHidden()).toBe(true);
		const links = page.getByRole('navigation', { name: 'Main' }).getByRole('link');
		expect(await links.count()).toBeGreaterThan(2);
		for (const link of await links.all()) expect(await link.isVisible(), await link.innerText()).toBe(true);
		const header = await page.locator('.site-header').boundingBox();
		expect(header?.height).toBeLessThanOrEqual(72);
		await context.close();
	});
});
