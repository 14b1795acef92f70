import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { parse } from 'csv-parse/sync';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scorecardsSchema } from '../../src/lib/scorecards/schema';
import { launchWithPage, wcagTags } from './support/browser';
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
		// Program totals by type and by model.
		expect(await page.getByRole('table', { name: 'By partner type' }).getByRole('row').count()).toBe(4);
		expect(await page.getByRole('table', { name: 'By partnership model' }).getByRole('row').count()).toBe(4);
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
