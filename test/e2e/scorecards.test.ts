import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { parse } from 'csv-parse/sync';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portal } from '../../src/lib/core/config';
import { formatDate } from '../../src/lib/core/dates';
import { scorecardsSchema } from '../../src/lib/scorecards/schema';
import { launchWithPage, newContext, wcagTags } from './support/browser';
import { openPage, readBuiltPage, siteUrl, sitemapPaths } from './support/site';

let browser: Browser;
let page: Page;
beforeAll(async () => ({ browser, page } = await launchWithPage()));
afterAll(() => browser.close());

const statusOrder = ['At risk', 'Watch', 'Healthy'];

describe('scorecards dashboard', () => {
	it('opens from the staff link and lists at-risk partners first', async () => {
		await openPage(page, 'scorecards/');
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
		await openPage(phone, 'scorecards/');
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

	it('offers downloads that decrypt in the browser into valid JSON and CSV, and ships neither in plaintext', async () => {
		await openPage(page, 'scorecards/');
		/** Clicks a download link and returns the text of the file the browser saved. */
		const download = async (name: RegExp) => {
			const [file] = await Promise.all([
				page.waitForEvent('download'),
				page.getByRole('link', { name }).first().click(),
			]);
			return readFileSync((await file.path())!, 'utf8');
		};
		const scorecards = scorecardsSchema.parse(JSON.parse(await download(/^scorecards\.json/)));
		expect(scorecards.partners).toHaveLength(24);
		expect(scorecards.partners[0]!.latest.health.status).toBe('at-risk');
		const rows = parse(await download(/^scorecards\.csv/), { bom: true, columns: true }) as Record<string, string>[];
		expect(rows.length).toBe(scorecards.partners.reduce((sum, card) => sum + card.history.length, 0));
		expect(rows.find((row) => row.partner_id === 'pixel-and-prose')?.name).toBe('Pixel & Prose, Ltd.');
		// The plain files are not on the host: only their sealed copies.
		for (const name of ['scorecards.json', 'scorecards.csv']) {
			expect((await page.request.get(siteUrl(`scorecards/${name}`))).status()).toBe(404);
			expect((await page.request.get(siteUrl(`scorecards/${name}.sealed`))).status()).toBe(200);
		}
	});

	it('shows dates as people read them, in the portal language, with the ISO date only in datetime', async () => {
		await openPage(page, 'scorecards/');
		const generated = page.locator('.scorecards-toolbar time');
		const iso = (await generated.getAttribute('datetime'))!;
		expect(iso).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
		expect(await generated.textContent()).toBe(formatDate(iso, portal.lang));
		expect(await generated.textContent()).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$|^[A-Z][a-z]+ \d{1,2}, \d{4}$/);
		await openPage(page, 'scorecards/northbeam-media/');
		const joined = page.locator('.lead time');
		expect(await joined.getAttribute('datetime')).toBe('2024-09-02');
		expect(await joined.textContent()).toBe(formatDate('2024-09-02', portal.lang));
		// No machine dates anywhere in the staff pages' text: not ISO, not the HTTP format.
		for (const path of ['scorecards/', 'scorecards/northbeam-media/', 'scorecards/method/']) {
			await openPage(page, path);
			const text = await page.locator('main').innerText();
			expect(text, path).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b|GMT|\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d/);
		}
	});

	it('is kept out of the sitemap and the search index, and asks robots not to index it', async () => {
		expect(sitemapPaths().some((path) => path.startsWith('scorecards'))).toBe(false);
		for (const path of ['scorecards/index.html', 'scorecards/formwise/index.html', 'scorecards/method/index.html']) {
			const html = await readBuiltPage(path);
			expect(html).toContain('<meta name="robots" content="noindex">');
			expect(html).not.toContain('data-pagefind-body');
		}
	});
});

describe('partner scorecard page', () => {
	it('shows the health reasons linked to articles, the inputs and a chart per dimension', async () => {
		await openPage(page, 'scorecards/');
		await page.locator('.scorecards-table').getByRole('link', { name: 'Blue Harbor Digital' }).click();
		// The next staff page opens with the key this tab kept, once it has loaded and decrypted.
		await page.waitForURL(/\/scorecards\/blue-harbor-digital\/$/);
		await page.waitForFunction(() => !document.getElementById('sealed-page'));
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
		await openPage(page, 'scorecards/copperleaf-studio/');
		expect(await page.getByRole('heading', { name: /Health in 2026-Q3: At risk/ }).count()).toBe(1);
		const reason = page.getByRole('listitem').filter({ hasText: 'Satisfaction is 6.8 in 2026-Q3, below 7' });
		expect(await reason.getByRole('link', { name: 'Read: Seven common partnership pitfalls' }).count()).toBe(1);
	});

	it.each(['scorecards/', 'scorecards/blue-harbor-digital/'])(
		'%s passes axe after opening a data table',
		async (path) => {
			await openPage(page, path);
			const details = page.locator('details summary');
			if (await details.count()) await details.first().click();
			const { violations } = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
			expect(violations.map((v) => v.id)).toEqual([]);
		},
	);
});
