import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { parse } from 'csv-parse/sync';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scorecardsSchema } from '../../src/lib/scorecards/schema';
import { launchWithPage, newContext, wcagTags } from './support/browser';
import { distDir, siteUrl, sitemapPaths } from './support/site';

let browser: Browser;
let page: Page;
beforeAll(async () => ({ browser, page } = await launchWithPage()));
afterAll(() => browser.close());

const statusOrder = ['At risk', 'Watch', 'Healthy'];

describe('scorecards dashboard', () => {
	it('is reached from the main navigation and lists at-risk partners first', async () => {
		await page.goto(siteUrl());
		await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Scorecards' }).click();
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Partner scorecards');
		const table = page.getByRole('table', { name: /^All partners/ });
		const rows = table.getByRole('row');
		expect(await rows.count()).toBe(25); // header + 24 partners
		const statuses = await table.locator('tbody tr td:nth-child(2)').allTextContents();
		expect(statuses[0]!.trim()).toBe('At risk');
		const ranks = statuses.map((status) => statusOrder.indexOf(status.trim()));
		expect(ranks.every((rank) => rank >= 0)).toBe(true);
		expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
		expect(new Set(ranks)).toEqual(new Set([0, 1, 2]));
		// The trend is in words, not only an arrow.
		expect(await table.locator('tbody tr td.trend').first().textContent()).toMatch(
			/^\s*[↑↓→•]\s+(Up \d+ points since|Down \d+ points since|Steady \([+-]\d+\) since|First quarter)/,
		);
		// Tiles count partners per status, each with its words (not colour alone).
		const tiles = page.getByRole('list', { name: 'Partners by health' }).getByRole('listitem');
		expect((await tiles.allTextContents()).map((text) => text.replace(/\s+/g, ' ').trim())).toEqual([
			'At risk 3 of 24 partners',
			'Watch 6 of 24 partners',
			'Healthy 15 of 24 partners',
		]);
		// Each partner's main health reason is in the list.
		expect(await table.locator('tbody tr td.reason').count()).toBe(24);
		expect(await table.locator('tbody tr').first().locator('td.reason').textContent()).toMatch(
			/^\s*Satisfaction is [\d.]+ in 2026-Q3, below 7/,
		);
		// On a wide screen the table is the one list: the phone cards are not displayed.
		expect(await page.getByRole('list', { name: /^All partners/ }).count()).toBe(0);
		// Program totals by type and by model.
		expect(await page.getByRole('table', { name: 'By partner type' }).getByRole('row').count()).toBe(4);
		expect(await page.getByRole('table', { name: 'By partnership model' }).getByRole('row').count()).toBe(4);
	});

	it('shows one card per partner on a phone, with its status, main reason and scores, and no table', async () => {
		const context = await newContext(browser, { width: 390 });
		const phone = await context.newPage();
		await phone.goto(siteUrl('scorecards/'));
		expect(await phone.getByRole('table', { name: /^All partners/ }).count()).toBe(0);
		const cards = phone.getByRole('list', { name: /^All partners/ }).getByRole('listitem');
		expect(await cards.count()).toBe(24);
		const first = cards.first();
		expect((await first.getByRole('heading', { level: 3 }).textContent())!.trim()).toBe('Copperleaf Studio');
		expect((await first.locator('.health-badge').textContent())!.trim()).toBe('At risk');
		expect(await first.textContent()).toMatch(/Satisfaction is [\d.]+ in 2026-Q3, below 7/);
		expect(await first.textContent()).toMatch(/[↑↓→•]\s+(Up|Down|Steady|First)/);
		const statuses = await phone.locator('.partner-card .health-badge').allTextContents();
		const ranks = statuses.map((status) => statusOrder.indexOf(status.trim()));
		expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
		// The page does not scroll sideways.
		expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		await context.close();
	});

	it('offers downloads that are valid JSON and CSV', async () => {
		await page.goto(siteUrl('scorecards/'));
		const jsonHref = await page.getByRole('link', { name: 'scorecards.json' }).getAttribute('href');
		const csvHref = await page.getByRole('link', { name: /scorecards\.csv/ }).getAttribute('href');
		const json = await page.request.get(new URL(jsonHref!, page.url()).href);
		expect(json.status()).toBe(200);
		const scorecards = scorecardsSchema.parse(await json.json());
		expect(scorecards.partners).toHaveLength(24);
		expect(scorecards.partners[0]!.latest.health.status).toBe('at-risk');
		const csv = await page.request.get(new URL(csvHref!, page.url()).href);
		expect(csv.status()).toBe(200);
		const rows = parse(await csv.text(), { bom: true, columns: true }) as Record<string, string>[];
		expect(rows.length).toBe(scorecards.partners.reduce((sum, card) => sum + card.history.length, 0));
		expect(rows.find((row) => row.partner_id === 'pixel-and-prose')?.name).toBe('Pixel & Prose, Ltd.');
	});

	it('is kept out of the sitemap and the search index, and asks robots not to index it', () => {
		expect(sitemapPaths().some((path) => path.startsWith('scorecards'))).toBe(false);
		for (const path of ['scorecards/index.html', 'scorecards/formwise/index.html', 'scorecards/method/index.html']) {
			const html = readFileSync(join(distDir, path), 'utf8');
			expect(html).toContain('<meta name="robots" content="noindex">');
			expect(html).not.toContain('data-pagefind-body');
		}
	});
});

describe('partner scorecard page', () => {
	it('shows the health reasons linked to articles, the inputs and a chart per dimension', async () => {
		await page.goto(siteUrl('scorecards/'));
		await page.getByRole('link', { name: 'Blue Harbor Digital' }).click();
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Blue Harbor Digital');
		expect(await page.getByRole('heading', { name: /^Health in 2026-Q3: Watch$/ }).count()).toBe(1);
		const reason = page.getByRole('listitem').filter({ hasText: 'Value gap of 4 in Co-marketing' });
		expect(await reason.count()).toBe(1);
		const charts = page.getByRole('img', { name: /over \d+ quarters: from \d+ in 2024-Q4 to \d+ in 2026-Q3/ });
		expect(await charts.count()).toBe(4);
		// Charts are at least 480 px wide on a desktop, with labels of at least 12 px.
		for (const chart of await charts.all()) {
			expect((await chart.boundingBox())!.width).toBeGreaterThanOrEqual(480);
		}
		const labelSizes = await charts
			.first()
			.locator('text')
			.evaluateAll((texts) => texts.map((text) => parseFloat(getComputedStyle(text).fontSize)));
		expect(Math.min(...labelSizes)).toBeGreaterThanOrEqual(12);
		expect(
			await page
				.getByRole('img', { name: /^Outcomes over 8 quarters/ })
				.locator('path')
				.getAttribute('d'),
		).toMatch(/^M [\d.]+ [\d.]+( L [\d.]+ [\d.]+){7}$/);
		// Each chart has a data table behind a disclosure.
		await page.getByText('Outcomes data table').click();
		expect(await page.getByRole('table', { name: 'Outcomes score by quarter' }).getByRole('row').count()).toBe(9);
		expect(
			await page
				.getByRole('table', { name: /^Outcomes inputs/ })
				.getByRole('row')
				.count(),
		).toBe(7);
		await reason.getByRole('link', { name: /^Read:/ }).click();
		expect(page.url()).toBe(siteUrl('practices/value-exchange-reviews/'));
	});

	it('explains an at-risk status', async () => {
		await page.goto(siteUrl('scorecards/copperleaf-studio/'));
		expect(await page.getByRole('heading', { name: /Health in 2026-Q3: At risk/ }).count()).toBe(1);
		const reason = page.getByRole('listitem').filter({ hasText: 'Satisfaction is 6.8 in 2026-Q3, below 7' });
		expect(await reason.getByRole('link', { name: 'Read: Seven common partnership pitfalls' }).count()).toBe(1);
	});

	it.each(['scorecards/', 'scorecards/blue-harbor-digital/'])(
		'%s passes axe after opening a data table',
		async (path) => {
			await page.goto(siteUrl(path));
			const details = page.locator('details summary');
			if (await details.count()) await details.first().click();
			const { violations } = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
			expect(violations.map((v) => v.id)).toEqual([]);
		},
	);
});
