import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, wcagTags } from './support/browser';
import { distDir, siteUrl } from './support/site';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(() => browser.close());

const html = () => readFileSync(join(distDir, 'tiers', 'index.html'), 'utf8');

describe('the program tiers page', () => {
	it.each(['light', 'dark'] as const)('has no axe violations in the %s theme', async (colorScheme) => {
		const context = await newContext(browser, { colorScheme });
		const page = await context.newPage();
		await page.goto(siteUrl('tiers/'));
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(colorScheme);
		const { violations } = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
		expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
		await context.close();
	});

	it('fits a 320 px screen without sideways scrolling', async () => {
		const context = await newContext(browser, { width: 320 });
		const page = await context.newPage();
		await page.goto(siteUrl('tiers/'));
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
		await context.close();
	});

	it('lists each tier with its criteria and benefits, and works without JavaScript', async () => {
		const context = await newContext(browser, { javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(siteUrl('tiers/'));
		expect(await page.locator('main h2').allTextContents()).toEqual(['Registered', 'Silver', 'Gold']);
		const main = await page.locator('main').innerText();
		expect(main).toContain('6 qualified leads or more per quarter for 2 quarters in a row');
		expect(main).toContain('Satisfaction 8 or more for 2 quarters in a row');
		expect(main).toContain('Overall score 75 or more in the latest quarter');
		expect(
			await page.getByRole('link', { name: 'Referral essentials for agencies' }).first().getAttribute('href'),
		).toMatch(/\/training\/agencies-referral-essentials\/$/);
		await context.close();
	});

	it('ships no script of its own and no partner data', () => {
		const page = html();
		// Only the theme script every page carries.
		expect(page.match(/<script\b/g) ?? []).toHaveLength(1);
		expect(page).not.toContain('astro-island');
		const partners = readFileSync('content/data/partners.csv', 'utf8')
			.split('\n')
			.slice(1)
			.map((line) => line.split(',')[0])
			.filter(Boolean);
		for (const id of partners) expect(page).not.toContain(id);
		expect(page).not.toMatch(/Northbeam|Ledgerline|Oakridge/);
	});
});
