import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithPage, newContext } from './support/browser';
import { siteUrl } from './support/site';

let browser: Browser;
let page: Page;
beforeAll(async () => ({ browser, page } = await launchWithPage()));
afterAll(() => browser.close());

describe('navigation', () => {
	it('goes from the home page to a track and through its modules', async () => {
		await page.goto(siteUrl());
		await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Onboarding' }).click();
		await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Onboarding tracks');

		await page.getByRole('link', { name: 'Onboarding for software partners', exact: false }).first().click();
		await page.waitForURL(/\/onboarding\/software-partners\/$/);
		const trackTitle = await page.getByRole('heading', { level: 1 }).textContent();
		expect(trackTitle).toMatch(/software/i);
		expect(await page.getByRole('heading', { name: 'Week 6' }).count()).toBe(1);

		await page.getByRole('link', { name: /^Start here:/ }).click();
		await page.waitForURL(/\/onboarding\/software-partners\/week-1-[a-z-]+\/$/);
		expect(await page.getByText('Week 1 of 6').count()).toBe(1);
		await expect.poll(() => page.getByRole('heading', { name: 'What you will be able to do' }).count()).toBe(1);

		const pager = page.getByRole('navigation', { name: 'Track modules' });
		expect(await pager.getByRole('link', { name: /Previous/ }).count()).toBe(0);
		await pager.getByRole('link', { name: /Next/ }).click();
		await page.waitForURL(/\/week-2-[a-z-]+\/$/);
		expect(await page.getByText('Week 2 of 6').count()).toBe(1);

		// The breadcrumb leads back to the track.
		await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link').last().click();
		await page.waitForURL(/\/onboarding\/software-partners\/$/);
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(trackTitle);
	});

	it('marks the current section in the main navigation', async () => {
		await page.goto(siteUrl('practices/partner-charter/'));
		const current = page.getByRole('navigation', { name: 'Main' }).locator('[aria-current="page"]');
		expect(await current.textContent()).toContain('Best practices');
	});

	it('shows related practices at the end of an article, explicit ones first', async () => {
		await page.goto(siteUrl('practices/partner-charter/'));
		const related = page.getByRole('region', { name: 'Related practices' }).getByRole('heading', { level: 3 });
		expect(await related.count()).toBeGreaterThan(0);
	});

	it('serves the 404 page for unknown addresses', async () => {
		const response = await page.goto(siteUrl('no-such-page/'));
		expect(response?.status()).toBe(404);
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Page not found');
	});

	it('groups the community sections under one menu that opens, navigates and closes without script', async () => {
		for (const javaScriptEnabled of [true, false]) {
			const desk = await (await newContext(browser, { width: 1366, javaScriptEnabled })).newPage();
			await desk.goto(siteUrl(''));
			const nav = desk.getByRole('navigation', { name: 'Main' });
			const toggle = nav.getByRole('button', { name: 'Community' });
			const events = nav.getByRole('link', { name: /Community events/ });
			expect(await events.isVisible()).toBe(false);
			await toggle.click();
			await expect.poll(() => events.isVisible()).toBe(true);
			for (const name of ['Spotlights', 'Partner directory', 'Community events', 'News'])
				expect(await nav.getByRole('link', { name: new RegExp(name) }).isVisible(), name).toBe(true);
			await desk.keyboard.press('Escape');
			await expect.poll(() => events.isVisible()).toBe(false);
			await toggle.click();
			await events.click();
			await desk.waitForURL(/\/events\/$/);
			// The group's button says where the reader is; the page's own link is marked in the menu.
			expect(await nav.getByRole('button', { name: 'Community' }).getAttribute('data-current')).toBe('true');
			expect(await nav.locator('[aria-current="page"]').textContent()).toContain('Community events');
			await desk.context().close();
		}
	});

	it('lists the community sections under their heading in the phone menu', async () => {
		const phone = await (await newContext(browser, { width: 390 })).newPage();
		await phone.goto(siteUrl(''));
		await phone.getByRole('button', { name: 'Menu' }).click();
		const group = phone.getByRole('navigation', { name: 'Main' }).getByRole('list', { name: 'Community' });
		await expect.poll(() => group.isVisible()).toBe(true);
		expect(await group.getByRole('link').allTextContents()).toEqual([
			expect.stringContaining('Spotlights'),
			expect.stringContaining('Partner directory'),
			expect.stringContaining('Community events'),
			expect.stringContaining('News'),
		]);
		await phone.context().close();
	});

	it('fits a 320 px wide phone screen without horizontal scrolling', async () => {
		const phone = await (await newContext(browser, { width: 320 })).newPage();
		for (const path of [
			'',
			'onboarding/agencies/',
			'practices/common-pitfalls/',
			'search/?q=charter',
			'directory/',
			'events/',
			'news/',
		]) {
			await phone.goto(siteUrl(path));
			const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
			expect(overflow, path).toBeLessThanOrEqual(0);
		}
		await phone.context().close();
	});
});
