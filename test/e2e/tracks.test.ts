import AxeBuilder from '@axe-core/playwright';
import ICAL from 'ical.js';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, takeProblems, wcagTags } from './support/browser';
import { distDir, siteUrl, sitemapPaths, withoutBase } from './support/site';
import { e2eBuildDate } from './support/build-date';

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

const progressText = (page: Page) =>
	page.getByRole('region', { name: 'Your progress' }).locator('[data-progress-count]');
const storedAgencies = (page: Page) => page.evaluate(() => localStorage.getItem('portal:progress:v1:agencies'));
const doneMarks = (page: Page) =>
	page
		.locator('.weeks [data-progress-module]')
		.evaluateAll((items) =>
			items.map((item) => (item.querySelector('[data-done-mark]') as HTMLElement).checkVisibility()),
		);
const pathOf = async (link: ReturnType<Page['getByRole']>) =>
	new URL(await link.evaluate((a) => (a as HTMLAnchorElement).href)).pathname;

describe('track progress', () => {
	let context: BrowserContext;
	let page: Page;
	const errors: string[] = [];
	beforeAll(async () => {
		context = await newContext(browser);
		page = await context.newPage();
		page.on('pageerror', (error) => errors.push(error.message));
	});
	afterAll(() => context.close());

	it('starts empty: "Start here", no marks in the week list, nothing to reset', async () => {
		await page.goto(siteUrl(track));
		await expect.poll(() => progressText(page).textContent()).toBe('0 of 4 modules done.');
		expect(await page.getByRole('button', { name: 'Reset progress' }).isDisabled()).toBe(true);
		expect(await page.getByText('Just joined?').isVisible()).toBe(true);
		expect(await page.getByRole('link', { name: 'Start here: Welcome and the referral workflow' }).isVisible()).toBe(
			true,
		);
		expect(await doneMarks(page)).toEqual([false, false, false, false]);
	});

	it('marks two modules done; the overview marks them in the week list and offers to continue', async () => {
		for (const path of [modules[0]!, modules[2]!]) {
			await page.goto(siteUrl(path));
			const box = page.getByRole('checkbox', { name: 'I have completed this module' });
			await box.check();
			expect(await box.isChecked()).toBe(true);
		}
		expect(await page.getByRole('status').first().textContent()).toContain('2 of 4 modules done in this track');
		expect(await axe(page)).toEqual([]);

		await page.goto(siteUrl(track));
		await page.reload();
		await expect.poll(() => progressText(page).textContent()).toBe('2 of 4 modules done.');
		expect(await page.locator('.track-progress progress').evaluate((bar) => (bar as HTMLProgressElement).value)).toBe(
			2,
		);
		// Finished modules carry an icon and the word "Done", which screen readers read with the title.
		expect(await doneMarks(page)).toEqual([true, false, true, false]);
		const first = page.locator('.weeks [data-progress-module]').first();
		expect((await first.textContent())!.replace(/\s+/g, ' ').trim()).toMatch(
			/^Welcome and the referral workflow \(1 h\) Done Walk through/,
		);
		expect(await first.locator('[data-done-mark] svg').count()).toBe(1);
		// "Just joined? Start here: week 1" gives way to "Continue" with the next module.
		expect(await page.getByText('Just joined?').count()).toBe(0);
		expect(await page.getByRole('link', { name: /^Start here:/ }).count()).toBe(0);
		const next = page.getByRole('link', { name: 'Continue: Product training for your delivery team' });
		expect(await next.isVisible()).toBe(true);
		expect(await pathOf(next)).toMatch(/week-2-[a-z-]+\/$/);
		expect(await axe(page)).toEqual([]);

		// The mark sticks on the module page too.
		await page.goto(siteUrl(modules[2]!));
		const box = page.getByRole('checkbox', { name: 'I have completed this module' });
		await expect.poll(() => box.isChecked()).toBe(true);
	});

	it('shows each track’s progress and a Continue link on the onboarding index', async () => {
		await page.goto(siteUrl('onboarding/'));
		const card = page.locator('.card').filter({ hasText: 'Onboarding for agencies' });
		await expect.poll(() => card.getByText('2 of 4 modules done').isVisible()).toBe(true);
		const next = card.getByRole('link', { name: 'Continue: Product training for your delivery team' });
		expect(await pathOf(next)).toMatch(/agencies\/week-2-[a-z-]+\/$/);
		// Tracks not started show no progress.
		expect(await page.getByText(/modules? done/).count()).toBe(1);
		expect(await axe(page)).toEqual([]);
		// The Continue link sits above the card's own link, so it is the one that is followed.
		await next.click();
		expect(withoutBase(new URL(page.url()).pathname)).toBe(modules[1]);
	});

	it('offers to continue the track on the home page', async () => {
		await page.goto(siteUrl());
		const card = page.locator('continue-reading');
		await expect.poll(() => card.isVisible()).toBe(true);
		expect((await card.textContent())?.replace(/\s+/g, ' ')).toContain('2 of 4 modules done.');
		const next = card.getByRole('link', { name: 'Continue: Product training for your delivery team' });
		expect(await pathOf(next)).toMatch(/week-2-[a-z-]+\/$/);
		expect(await axe(page)).toEqual([]);
	});

	it('resets progress with an Undo, by keyboard, announced to screen readers', async () => {
		await page.goto(siteUrl(track));
		await expect.poll(() => progressText(page).textContent()).toBe('2 of 4 modules done.');
		const saved = await storedAgencies(page);
		await page.getByRole('button', { name: 'Reset progress' }).focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => progressText(page).textContent()).toBe('0 of 4 modules done.');
		expect(await storedAgencies(page)).toBeNull();
		expect(await doneMarks(page)).toEqual([false, false, false, false]);
		const region = page.getByRole('region', { name: 'Your progress' });
		expect(await region.getByRole('status').textContent()).toBe('Progress reset.');
		// Focus moves to Undo, as the reset button is now disabled.
		const undo = region.getByRole('button', { name: 'Undo' });
		expect(await undo.evaluate((button) => button === document.activeElement)).toBe(true);
		expect(await axe(page)).toEqual([]);
		await page.keyboard.press('Enter');
		await expect.poll(() => progressText(page).textContent()).toBe('2 of 4 modules done.');
		expect(await storedAgencies(page)).toBe(saved);
		expect(await doneMarks(page)).toEqual([true, false, true, false]);
		expect(await region.getByRole('status').textContent()).toBe('Progress restored: 2 of 4 modules done.');
		expect(await undo.isVisible()).toBe(false);
		expect(
			await region.getByRole('button', { name: 'Reset progress' }).evaluate((b) => b === document.activeElement),
		).toBe(true);
	});

	it('withdraws the Undo after some seconds once the partner has moved on', async () => {
		await page.clock.install();
		await page.goto(siteUrl(track));
		await expect.poll(() => progressText(page).textContent()).toBe('2 of 4 modules done.');
		const region = page.getByRole('region', { name: 'Your progress' });
		await region.getByRole('button', { name: 'Reset progress' }).click();
		const undo = region.getByRole('button', { name: 'Undo' });
		// Still on offer while it has focus…
		await page.clock.runFor(30_000);
		expect(await undo.isVisible()).toBe(true);
		// …and gone some seconds after focus leaves it.
		await page.keyboard.press('Shift+Tab');
		await page.mouse.move(0, 0);
		await page.clock.runFor(11_000);
		expect(await undo.isVisible()).toBe(false);
		await page.reload();
		await expect.poll(() => progressText(page).textContent()).toBe('0 of 4 modules done.');
		expect(await page.getByText('Just joined?').isVisible()).toBe(true);
	});

	it('hides the call to action once every module is done', async () => {
		const all = { version: 1, completed: modules.map((path) => path.replace(/^onboarding\//, '').replace(/\/$/, '')) };
		await page.evaluate((value) => localStorage.setItem('portal:progress:v1:agencies', value), JSON.stringify(all));
		await page.goto(siteUrl(track));
		await expect
			.poll(() => progressText(page).textContent())
			.toBe('4 of 4 modules done: you have finished this track.');
		expect(await page.getByRole('link', { name: /^(Start here|Continue):/ }).count()).toBe(0);
		expect(await doneMarks(page)).toEqual([true, true, true, true]);
		await page.goto(siteUrl('onboarding/'));
		const card = page.locator('.card').filter({ hasText: 'Onboarding for agencies' });
		await expect.poll(() => card.getByText('4 of 4 modules done: track finished').isVisible()).toBe(true);
		expect(await card.getByRole('link', { name: /^Continue:/ }).count()).toBe(0);
		await page.evaluate(() => localStorage.clear());
	});

	it('passes axe in the dark theme on a phone with progress shown', async () => {
		const dark = await newContext(browser, { colorScheme: 'dark', width: 390 });
		const darkPage = await dark.newPage();
		await darkPage.goto(siteUrl(track));
		const half = { version: 1, completed: [modules[0]!, modules[2]!].map((path) => path.slice(11, -1)) };
		await darkPage.evaluate(
			(value) => localStorage.setItem('portal:progress:v1:agencies', value),
			JSON.stringify(half),
		);
		for (const path of [track, 'onboarding/']) {
			await darkPage.goto(siteUrl(path));
			await expect.poll(() => darkPage.getByText('2 of 4 modules done').filter({ visible: true }).count()).toBe(1);
			expect(await axe(darkPage), path).toEqual([]);
		}
		await darkPage.goto(siteUrl(track));
		await darkPage.getByRole('button', { name: 'Reset progress' }).click();
		expect(await axe(darkPage)).toEqual([]);
		await dark.close();
	});

	it('silently discards corrupt and outdated stored progress', async () => {
		for (const stored of ['{not json', JSON.stringify({ version: 0, completed: ['agencies/' + modules[0]] })]) {
			await page.evaluate((value) => localStorage.setItem('portal:progress:v1:agencies', value), stored);
			await page.goto(siteUrl(track));
			await expect.poll(() => progressText(page).textContent()).toBe('0 of 4 modules done.');
			expect(await storedAgencies(page)).toBeNull();
		}
		expect(errors).toEqual([]);
	});
});

/** The first event of a parsed `.ics` text, and all of them. */
function parseCalendar(text: string) {
	const calendar = new ICAL.Component(ICAL.parse(text));
	const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
	return { calendar, events };
}

const today = () => e2eBuildDate;

describe('with JavaScript off', () => {
	let context: BrowserContext;
	let page: Page;
	beforeAll(async () => {
		context = await newContext(browser, { javaScriptEnabled: false });
		page = await context.newPage();
	});
	afterAll(() => context.close());

	it('shows every page, "Start here" and no progress controls or marks', async () => {
		await page.goto(siteUrl(modules[0]!));
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Welcome and the referral workflow');
		expect(await page.getByRole('navigation', { name: 'On this page' }).count()).toBe(1);
		expect(await page.getByRole('checkbox').count()).toBe(0);
		await page.goto(siteUrl(track));
		expect(await page.getByRole('region', { name: 'Your progress' }).count()).toBe(0);
		expect(await page.getByRole('link', { name: /^Start here:/ }).count()).toBe(1);
		expect(await page.getByText('Done', { exact: true }).filter({ visible: true }).count()).toBe(0);
		await page.goto(siteUrl('onboarding/'));
		expect(
			await page
				.getByText(/modules? done|^Continue:/)
				.filter({ visible: true })
				.count(),
		).toBe(0);
	});

	it('offers a few ready-made calendars, none starting in the past, named after the program and track', async () => {
		await page.goto(siteUrl(track));
		const calendar = page.getByRole('region', { name: 'Check-in schedule and calendar' });
		expect(await calendar.getByLabel('Your partnership starts on').isVisible()).toBe(false);
		const links = calendar.getByRole('list', { name: /^Download the calendar/ }).getByRole('link');
		expect(await links.count()).toBe(4);
		expect(await links.first().textContent()).toMatch(/^\s*Week of [A-Z][a-z]+ \d{1,2}, \d{4}\s*$/);
		const [download] = await Promise.all([page.waitForEvent('download'), links.first().click()]);
		const name = download.suggestedFilename();
		expect(name).toMatch(/^lumen-partner-network-agencies-\d{4}-\d{2}-\d{2}\.ics$/);
		const start = name.slice(-14, -4);
		const { calendar: parsed, events } = parseCalendar(readFileSync((await download.path())!, 'utf8'));
		expect(parsed.getFirstPropertyValue('x-wr-calname')).toBe('Lumen Partner Network: Onboarding for agencies');
		expect(events.length).toBeGreaterThan(20);
		expect(events[0]!.summary).toBe('Lumen Partner Network: check-in, week 1');
		// Week 1's check-in is in the start week and not before the day the site was built.
		const first = events[0]!.startDate.toJSDate();
		expect(first.getTime() - Date.parse(`${start}T00:00:00Z`)).toBeGreaterThan(0);
		expect(first.getTime() - Date.parse(`${start}T00:00:00Z`)).toBeLessThan(7 * 86_400_000);
		expect(first.toISOString().slice(0, 10) >= today()).toBe(true);
		expect(events.filter((event) => event.summary.includes('strategic review')).length).toBe(4);
		for (const event of events) expect(event.summary).toMatch(/^Lumen Partner Network: /);
	});
});

describe('calendar for any start date', () => {
	let page: Page;
	beforeAll(async () => {
		page = await (await newContext(browser)).newPage();
	});
	afterAll(() => page.context().close());

	it('makes the .ics in the browser for the date the partner picks, the same file the build makes', async () => {
		await page.goto(siteUrl(track));
		const calendar = page.getByRole('region', { name: 'Check-in schedule and calendar' });
		const date = calendar.getByLabel('Your partnership starts on');
		// It starts on today, and the ready-made list gives way to the picker.
		expect(await date.inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(await calendar.getByRole('list', { name: /^Download the calendar/ }).isVisible()).toBe(false);

		// A Wednesday: the Tuesday check-ins begin the following week.
		await date.fill('2027-01-06');
		const hint = calendar.getByText(/^First check-in:/);
		await expect
			.poll(() => hint.textContent())
			.toMatch(/^First check-in: Tuesday, January 12, 2027 at 15:00 \(Europe\/London time\)\.$/);
		expect(await date.getAttribute('aria-describedby')).toBe(await hint.getAttribute('id'));
		const button = calendar.getByRole('button', { name: 'Download calendar (.ics)' });
		const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
		expect(download.suggestedFilename()).toBe('lumen-partner-network-agencies-2027-01-11.ics');
		const text = readFileSync((await download.path())!, 'utf8');
		const { events } = parseCalendar(text);
		expect(events[0]!.summary).toBe('Lumen Partner Network: check-in, week 1');
		expect(events[0]!.startDate.toJSDate().toISOString()).toBe('2027-01-12T15:00:00.000Z');
		expect(events.filter((event) => event.summary.includes('strategic review')).length).toBe(4);
		expect(await axe(page)).toEqual([]);

		// For a ready-made start week, the browser's file is the build's, but for the time it was made.
		const built = readdirSync(join(distDir, track, 'calendar')).sort()[0]!;
		const start = built.slice(-14, -4);
		await date.fill(start);
		const [again] = await Promise.all([page.waitForEvent('download'), button.click()]);
		expect(again.suggestedFilename()).toBe(built);
		const withoutStamps = (ics: string) => ics.replace(/^DTSTAMP:.*$/gm, '');
		expect(withoutStamps(readFileSync((await again.path())!, 'utf8'))).toBe(
			withoutStamps(readFileSync(join(distDir, track, 'calendar', built), 'utf8')),
		);
		expect(takeProblems()).toEqual([]);
	});

	it('asks for a date when the field is empty', async () => {
		await page.goto(siteUrl(track));
		const date = page.getByLabel('Your partnership starts on');
		await date.fill('');
		await page.getByRole('button', { name: 'Download calendar (.ics)' }).click();
		expect(await page.getByText('Choose the date your partnership starts.').isVisible()).toBe(true);
		expect(await date.getAttribute('aria-invalid')).toBe('true');
		expect(await date.evaluate((input) => input === document.activeElement)).toBe(true);
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
			.locator('[data-search-results] > li h2 a')
			.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
		expect(paths.length).toBeGreaterThan(1);
		for (const path of paths)
			expect(path).toMatch(
				/\/practices\/(partner-charter|common-pitfalls|engagement-rhythms|value-exchange-reviews)\/$/,
			);
		// Results show the page summary from data-pagefind-meta.
		expect(await page.locator('[data-search-results] > li > p:not(.search-path, .search-excerpt)').count()).toBe(
			paths.length,
		);
	});
});
