import AxeBuilder from '@axe-core/playwright';
import ICAL from 'ical.js';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, wcagTags } from './support/browser';
import { siteUrl, sitemapPaths } from './support/site';

const track = 'onboarding/agencies/';
const modules = [
	'week-1-welcome-and-referral-workflow',
	'week-2-product-training-for-delivery-teams',
	'week-3-value-proposition-and-first-referral',
	'week-4-measurement-and-30-day-review',
].map((slug) => `${track}${slug}/`);

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(() => browser.close());

async function axe(page: Page): Promise<string[]> {
	const { violations } = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
	return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const progressText = (page: Page) => page.getByRole('region', { name: 'Your progress' }).getByText(/modules complete/);

describe('track progress island', () => {
	let context: BrowserContext;
	let page: Page;
	const errors: string[] = [];
	beforeAll(async () => {
		context = await newContext(browser);
		page = await context.newPage();
		page.on('pageerror', (error) => errors.push(error.message));
	});
	afterAll(() => context.close());

	it('starts empty, with the first module next', async () => {
		await page.goto(siteUrl(track));
		await expect.poll(() => progressText(page).textContent()).toBe('0 of 4 modules complete (0%).');
		expect(await page.getByRole('button', { name: 'Reset progress' }).isDisabled()).toBe(true);
	});

	it('marks two modules complete; after a reload the overview shows progress and the right next module', async () => {
		for (const path of [modules[0]!, modules[2]!]) {
			await page.goto(siteUrl(path));
			const box = page.getByRole('checkbox', { name: 'I have completed this module' });
			await box.check();
			expect(await box.isChecked()).toBe(true);
		}
		expect(await page.getByRole('status').first().textContent()).toContain('2 of 4 modules complete in this track');
		expect(await axe(page)).toEqual([]);

		await page.goto(siteUrl(track));
		await page.reload();
		await expect.poll(() => progressText(page).textContent()).toBe('2 of 4 modules complete (50%).');
		expect(await page.locator('.track-progress progress').evaluate((bar) => (bar as HTMLProgressElement).value)).toBe(
			2,
		);
		const next = page.getByRole('region', { name: 'Your progress' }).getByRole('link');
		expect(await next.textContent()).toBe('Product training for your delivery team');
		expect(new URL(await next.evaluate((a) => (a as HTMLAnchorElement).href)).pathname).toMatch(/week-2-[a-z-]+\/$/);
		expect(await axe(page)).toEqual([]);

		// The mark sticks on the module page too, and unticking works.
		await page.goto(siteUrl(modules[2]!));
		const box = page.getByRole('checkbox', { name: 'I have completed this module' });
		await expect.poll(() => box.isChecked()).toBe(true);
	});

	it('offers to continue the track on the home page', async () => {
		await page.goto(siteUrl());
		const card = page.locator('continue-reading');
		await expect.poll(() => card.isVisible()).toBe(true);
		expect((await card.textContent())?.replace(/\s+/g, ' ')).toContain('2 of 4 modules done.');
		const next = card.getByRole('link', { name: 'Continue: Product training for your delivery team' });
		expect(new URL(await next.evaluate((a) => (a as HTMLAnchorElement).href)).pathname).toMatch(/week-2-[a-z-]+\/$/);
		expect(await axe(page)).toEqual([]);
	});

	it('resets progress', async () => {
		await page.goto(siteUrl(track));
		await expect.poll(() => progressText(page).textContent()).toBe('2 of 4 modules complete (50%).');
		await page.getByRole('button', { name: 'Reset progress' }).click();
		await expect.poll(() => progressText(page).textContent()).toBe('0 of 4 modules complete (0%).');
		expect(await page.getByText('Progress reset.').count()).toBe(1);
		expect(await page.evaluate(() => localStorage.getItem('portal:progress:v1:agencies'))).toBeNull();
		expect(await axe(page)).toEqual([]);
		await page.reload();
		await expect.poll(() => progressText(page).textContent()).toBe('0 of 4 modules complete (0%).');
	});

	it('silently discards corrupt and outdated stored progress', async () => {
		for (const stored of ['{not json', JSON.stringify({ version: 0, completed: ['agencies/' + modules[0]] })]) {
			await page.evaluate((value) => localStorage.setItem('portal:progress:v1:agencies', value), stored);
			await page.goto(siteUrl(track));
			await expect.poll(() => progressText(page).textContent()).toBe('0 of 4 modules complete (0%).');
			expect(await page.evaluate(() => localStorage.getItem('portal:progress:v1:agencies'))).toBeNull();
		}
		expect(errors).toEqual([]);
	});
});

describe('with JavaScript off', () => {
	it('shows every page and no progress controls', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(siteUrl(modules[0]!));
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Welcome and the referral workflow');
		expect(await page.getByRole('navigation', { name: 'On this page' }).count()).toBe(1);
		expect(await page.getByRole('checkbox').count()).toBe(0);
		await page.goto(siteUrl(track));
		expect(await page.getByRole('region', { name: 'Your progress' }).count()).toBe(0);
		expect(await page.getByRole('link', { name: /^Start here:/ }).count()).toBe(1);
		expect(await page.getByRole('link', { name: /^Calendar \(\.ics\)/ }).count()).toBeGreaterThan(0);
		await context.close();
	});
});

describe('track overview and module pages', () => {
	let page: Page;
	beforeAll(async () => {
		page = await (await newContext(browser)).newPage();
	});
	afterAll(() => page.context().close());

	it('shows effort per week, goals, the rhythm and a start here', async () => {
		await page.goto(siteUrl('onboarding/software-partners/'));
		expect(await page.getByText(/Expected effort: about /).count()).toBe(6);
		const rhythm = page.getByRole('region', { name: 'Check-in schedule and calendar' });
		// The software track overrides the check-in length in its frontmatter.
		expect(await rhythm.getByText(/^Weekly 45-minute check-ins for your first 6 weeks/).count()).toBe(1);
		expect(await rhythm.getByText(/Europe\/London time\.$/).count()).toBe(1);
		expect(await page.getByText('Just joined?').count()).toBe(1);
	});

	it('downloads an .ics file that a real iCalendar parser accepts', async () => {
		await page.goto(siteUrl(track));
		const link = page.getByRole('link', { name: /^Calendar \(\.ics\) starting the week of/ }).nth(1);
		const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
		expect(download.suggestedFilename()).toMatch(/^\d{4}-\d{2}-\d{2}\.ics$/);
		const start = download.suggestedFilename().slice(0, 10);
		const text = readFileSync((await download.path())!, 'utf8');
		const calendar = new ICAL.Component(ICAL.parse(text));
		const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
		expect(events.length).toBeGreaterThan(20);
		expect(events[0]!.summary).toBe('Partner check-in, week 1');
		// Week 1's Tuesday check-in, in the week the partner picked.
		const first = events[0]!.startDate.toJSDate();
		expect(first.getTime() - Date.parse(`${start}T00:00:00Z`)).toBeGreaterThan(0);
		expect(first.getTime() - Date.parse(`${start}T00:00:00Z`)).toBeLessThan(7 * 86_400_000);
		expect(events.filter((event) => event.summary.startsWith('Quarterly strategic review')).length).toBe(4);
	});

	it('gives modules a table of contents, reading time and author components', async () => {
		await page.goto(siteUrl(modules[0]!));
		expect(await page.getByText(/· \d+ min read ·/).count()).toBe(1);
		const toc = page.getByRole('navigation', { name: 'On this page' });
		const targets = await toc.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
		expect(targets.length).toBeGreaterThan(2);
		for (const target of targets) expect(await page.locator(target).count(), target).toBe(1);
		expect(await page.getByRole('note', { name: 'Register before the client signs up' }).count()).toBe(1);
		expect(await page.locator('.steps ol > li').count()).toBe(6);
		expect(await page.locator('.checklist li').count()).toBe(3);
	});
});

describe('best-practice hub', () => {
	let page: Page;
	beforeAll(async () => {
		page = await (await newContext(browser)).newPage();
	});
	afterAll(() => page.context().close());

	it('lists every tag on the index, each with a page of its articles', async () => {
		await page.goto(siteUrl('practices/'));
		const topics = page.getByRole('navigation', { name: 'Browse by topic' }).getByRole('link');
		expect(await topics.count()).toBe(9);
		expect(sitemapPaths()).toContain('practices/tags/governance/');
		await topics.filter({ hasText: 'Governance' }).click();
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Tagged “Governance”');
		const titles = await page.locator('.card h2').allTextContents();
		expect(titles).toContain('Partner charter template');
		expect(titles).not.toContain('Sustaining momentum');
	});

	it('offers the partner charter for print, without the site chrome', async () => {
		await page.goto(siteUrl('practices/partner-charter/'));
		expect(await page.getByRole('button', { name: 'Print this template' }).isVisible()).toBe(true);
		await page.emulateMedia({ media: 'print' });
		expect(await page.getByRole('banner').isVisible()).toBe(false);
		expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
		expect(await page.getByRole('contentinfo').isVisible()).toBe(false);
		expect(await page.getByRole('button', { name: 'Print this template' }).isVisible()).toBe(false);
		expect(await page.getByRole('heading', { name: '1. Purpose and model' }).isVisible()).toBe(true);
		expect(
			await page
				.locator('main h2')
				.first()
				.evaluate((h) => getComputedStyle(h).breakAfter),
		).toBe('avoid');
		await page.emulateMedia({ media: 'screen' });
		// Other articles are not templates.
		await page.goto(siteUrl('practices/common-pitfalls/'));
		expect(await page.getByRole('button', { name: 'Print this template' }).count()).toBe(0);
	});

	it('filters search results by tag; articles carry several tag filters', async () => {
		await page.goto(siteUrl('search/?q=partner&tag=governance'));
		const status = page.getByRole('status');
		await expect.poll(() => status.textContent(), { timeout: 10_000 }).toMatch(/results? for “partner” in governance$/);
		const paths = await page
			.locator('[data-search-results] li > a')
			.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
		expect(paths.length).toBeGreaterThan(1);
		for (const path of paths)
			expect(path).toMatch(
				/\/practices\/(partner-charter|common-pitfalls|engagement-rhythms|value-exchange-reviews)\/$/,
			);
		// Results show the page summary from data-pagefind-meta.
		expect(await page.locator('[data-search-results] li p.meta').count()).toBe(paths.length);
	});
});
