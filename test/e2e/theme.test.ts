import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext } from './support/browser';
import { siteUrl } from './support/site';

let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(() => browser.close());

const theme = (page: import('playwright-core').Page) => page.evaluate(() => document.documentElement.dataset.theme);
const background = (page: import('playwright-core').Page) =>
	page.evaluate(() => getComputedStyle(document.body).backgroundColor);

describe('theme', () => {
	it('follows the system preference until the visitor chooses', async () => {
		const context = await newContext(browser, { colorScheme: 'dark' });
		const page = await context.newPage();
		await page.goto(siteUrl());
		expect(await theme(page)).toBe('dark');
		expect(await background(page)).toBe('rgb(15, 23, 42)');
		await context.close();
	});

	it('toggles, and remembers the choice across pages and reloads', async () => {
		const context = await newContext(browser, { colorScheme: 'light' });
		const page = await context.newPage();
		await page.goto(siteUrl());
		const toggle = page.getByRole('button', { name: 'Dark theme' });
		expect(await toggle.getAttribute('aria-pressed')).toBe('false');
		expect(await background(page)).toBe('rgb(255, 255, 255)');

		await toggle.click();
		expect(await theme(page)).toBe('dark');
		expect(await toggle.getAttribute('aria-pressed')).toBe('true');
		expect(await background(page)).toBe('rgb(15, 23, 42)');

		await page.goto(siteUrl('practices/'));
		expect(await theme(page)).toBe('dark');
		await page.reload();
		expect(await page.getByRole('button', { name: 'Dark theme' }).getAttribute('aria-pressed')).toBe('true');

		await page.getByRole('button', { name: 'Dark theme' }).click();
		await page.reload();
		expect(await theme(page)).toBe('light');
		await context.close();
	});

	it('offers no toggle without JavaScript, where it could not work', async () => {
		const context = await newContext(browser, { colorScheme: 'dark', javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(siteUrl());
		expect(await page.locator('[data-theme-toggle]').isVisible()).toBe(false);
		expect(await background(page)).toBe('rgb(15, 23, 42)');
		await context.close();
	});
});
