import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithPage } from './support/browser';
import { siteUrl } from './support/site';

let browser: Browser;
let page: Page;
beforeAll(async () => ({ browser, page } = await launchWithPage()));
afterAll(() => browser.close());

const focused = () =>
	page.evaluate(() => {
		const element = document.activeElement as HTMLElement | null;
		return { tag: element?.tagName, text: element?.textContent?.trim(), id: element?.id };
	});

describe('keyboard', () => {
	it('offers a visible skip link first that moves focus to the main content', async () => {
		await page.goto(siteUrl('onboarding/'));
		await page.keyboard.press('Tab');
		expect(await focused()).toMatchObject({ tag: 'A', text: 'Skip to main content' });
		const box = await page.getByRole('link', { name: 'Skip to main content' }).boundingBox();
		expect(box && box.y >= 0).toBe(true);

		await page.keyboard.press('Enter');
		expect((await focused()).id).toBe('main');
		// The next Tab lands inside main, not back in the header.
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.querySelector('main')!.contains(document.activeElement))).toBe(true);
	});

	it('reaches a track page using only the keyboard', async () => {
		await page.goto(siteUrl());
		for (let i = 0; i < 30; i++) {
			await page.keyboard.press('Tab');
			if ((await focused()).text === 'Onboarding') break;
		}
		expect((await focused()).text).toBe('Onboarding');
		await Promise.all([page.waitForURL(/\/onboarding\/$/), page.keyboard.press('Enter')]);
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Onboarding tracks');
	});

	it('shows a focus outline on focused links', async () => {
		await page.goto(siteUrl());
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
		expect(outline).not.toBe('none');
	});
});
