import AxeBuilder from '@axe-core/playwright';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aesKey, fromBase64Url, open, toBase64Url } from '../../src/lib/private/envelope';
import { portal } from '../../src/lib/core/config';
import { deriveBytes } from '../../src/lib/private/keys';
import { partnerLink, partnerPagePath } from '../../src/lib/private/links';
import { launchBrowser, launchWithPage, newContext, wcagTags } from './support/browser';
import { distDir, listFiles, openPage, siteUrl, staffKey } from './support/site';
import { testStaffSecret } from './support/staff-secret';

const metrics = parse(readFileSync('content/data/metrics.csv', 'utf8'), { columns: true }) as Record<string, string>[];
const partners = parse(readFileSync('content/data/partners.csv', 'utf8'), { columns: true }) as Record<
	string,
	string
>[];

/**
 * Every file of the build as text a person or a crawler could read: HTML without the sealed data blocks (their
 * base64 would match any short number by chance), Pagefind's gzipped index files unpacked, and no `.sealed` files.
 */
function readableFiles(): [string, string][] {
	return listFiles(distDir)
		.filter((file) => !file.endsWith('.sealed') && !/\.(woff2|png|webp|jpe?g|avif|ico|wasm)$/.test(file))
		.map((file) => {
			const bytes = readFileSync(join(distDir, file));
			const text = /\.pf_\w+$/.test(file) ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8');
			return [file, text.replace(/(<script type="application\/json" id="sealed-page"[^>]*>)[^<]*/g, '$1')];
		});
}

describe('a build with a staff secret ships no staff data in readable form', () => {
	const files = readableFiles();

	it('reads the whole build', () => {
		expect(files.length).toBeGreaterThan(100);
		expect(files.some(([file]) => file.startsWith('scorecards/'))).toBe(true);
	});

	it('has no revenue figure from the data files, in any format', () => {
		const figures = [...new Set(metrics.map((row) => row.revenue!).filter((value) => Number(value) >= 1000))];
		expect(figures.length).toBeGreaterThan(50);
		const found: string[] = [];
		for (const figure of figures) {
			const forms = [figure, Number(figure).toLocaleString('en-US'), Number(figure).toLocaleString('en-GB')];
			for (const [file, text] of files) {
				const hit = forms.find((form) =>
					new RegExp(`(^|[^\\d.,])${form.replace(/[.,]/g, '\\$&')}([^\\d]|$)`).test(text),
				);
				if (hit) found.push(`${file}: ${hit}`);
			}
		}
		expect(found).toEqual([]);
	});

	it('never puts a partner’s name next to a health status or a score', () => {
		const found: string[] = [];
		for (const { name } of partners) {
			const escaped = name!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/&/g, '(&|&amp;)');
			// Spotlights are public stories that name partners by consent; a health status or a score is staff data.
			const near = new RegExp(`${escaped}[\\s\\S]{0,200}(At risk|Healthy|Watch|Overall \\d|overall score)`);
			for (const [file, text] of files) if (near.test(text)) found.push(`${file}: ${name}`);
		}
		expect(found).toEqual([]);
	});
});

describe('sealed pages in the browser', () => {
	let browser: Browser;
	let page: Page;
	beforeAll(async () => {
		({ browser, page } = await launchWithPage());
	});
	afterAll(() => browser.close());

	it('shows the lock screen without the key, and the content with the staff link', async () => {
		await page.goto(siteUrl('scorecards/'));
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('This page is locked');
		expect(await page.title()).toMatch(/^Private page · /);
		await openPage(page, 'scorecards/');
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Partner scorecards');
		expect(await page.title()).not.toMatch(/^Private page/);
		// The key left the address bar.
		expect(page.url()).not.toContain('#key=');
	});

	it('opens by keyboard from the form, and says so when a key is wrong', async () => {
		const context = await browser.newContext();
		const fresh = await context.newPage();
		await fresh.goto(siteUrl('scorecards/method/'));
		const field = fresh.getByLabel('Your private link or key');
		await field.focus();
		const wrong = toBase64Url(await deriveBytes(fromBase64Url(testStaffSecret), { kind: 'partner', id: 'formwise' }));
		await fresh.keyboard.type(wrong);
		await fresh.keyboard.press('Enter');
		await expect.poll(() => fresh.locator('[data-unlock-status]').textContent()).toMatch(/does not open this page/);
		expect(await fresh.getByRole('heading', { level: 1 }).textContent()).toBe('This page is locked');
		await field.fill(`https://partners.example.com/scorecards/#key=${await staffKey()}`);
		await fresh.keyboard.press('Enter');
		await expect.poll(() => fresh.getByRole('heading', { level: 1 }).textContent()).toBe('How scores are computed');
		await context.close();
	});

	it('refuses a page whose ciphertext was changed, showing nothing of it', async () => {
		const context = await browser.newContext();
		const tampered = await context.newPage();
		await tampered.route('**/scorecards/formwise/', async (route) => {
			const response = await route.fetch();
			const html = await response.text();
			const flipped = html.replace(
				/(id="sealed-page"[^>]*>"[A-Za-z0-9_-]{40})([A-Za-z0-9_-])/,
				(_, start, c: string) => {
					return `${start}${c === 'A' ? 'B' : 'A'}`;
				},
			);
			expect(flipped).not.toBe(html);
			await route.fulfill({ response, body: flipped });
		});
		await tampered.goto(`${siteUrl('scorecards/formwise/')}#key=${await staffKey()}`);
		await expect.poll(() => tampered.locator('[data-unlock-status]').textContent()).toMatch(/does not open this page/);
		expect(await tampered.locator('main').textContent()).not.toContain('Formwise');
		await context.close();
	});

	it('opens the sealed download only with the staff key', async () => {
		const sealed = new Uint8Array(readFileSync(join(distDir, 'scorecards/scorecards.csv.sealed')));
		const key = await aesKey(fromBase64Url(await staffKey()), 'decrypt');
		expect(new TextDecoder().decode(await open(key, sealed, 'scorecards/scorecards.csv'))).toMatch(
			/^\uFEFF?partner_id,/,
		);
	});
});

/** A partner's private link on the test server, derived from the test secret as `npm run partner-links` does. */
const linkOf = (id: string) => partnerLink(siteUrl(), fromBase64Url(testStaffSecret), id);
const pathOf = (id: string) => partnerPagePath(fromBase64Url(testStaffSecret), id);

/** Opens a partner's page through their link, as `openPage` opens a staff page, and waits until it has decrypted. */
async function openPartnerPage(page: Page, id: string): Promise<void> {
	// From a blank page: going from a page to the same address with a new #fragment would not load it again.
	await page.goto('about:blank');
	await page.goto(await linkOf(id));
	await page.waitForFunction(() => !document.getElementById('sealed-page'));
}

describe('each partner’s private page', () => {
	let browser: Browser;
	let page: Page;
	beforeAll(async () => {
		({ browser, page } = await launchWithPage());
	});
	afterAll(() => browser.close());

	it('is built for every partner, sealed: no name, tier or rating in the file', async () => {
		for (const { id, name } of partners) {
			const file = join(distDir, await pathOf(id!), 'index.html');
			expect(existsSync(file), `${id}'s page`).toBe(true);
			const html = readFileSync(file, 'utf8');
			expect(html).toContain('id="sealed-page"');
			const readable = html.replace(/(<script type="application\/json" id="sealed-page"[^>]*>)[^<]*/g, '$1');
			for (const secret of [name!, 'Your tier', 'What you get as', 'Where you are:', 'value-exchange ratings']) {
				expect(readable, `${id}'s page`).not.toContain(secret);
			}
		}
	});

	it('leaves the partner page’s words nowhere in the build in readable form', () => {
		const found = readableFiles()
			.filter(([, text]) => /Where you are:|What you get as |On the way to |You are in our top tier/.test(text))
			.map(([file]) => file);
		expect(found).toEqual([]);
	});

	it('opens with the partner’s link: their name, tier, scores and ratings', async () => {
		await openPartnerPage(page, 'blue-harbor-digital');
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Blue Harbor Digital');
		expect(await page.title()).toMatch(/^Blue Harbor Digital: your partnership/);
		expect(page.url()).not.toContain('#key=');
		const tier = page.locator('section.partner-tier');
		expect(await tier.getByRole('heading', { level: 2 }).textContent()).toMatch(
			new RegExp(`^Your tier: (${portal.tiers.map((entry) => entry.name).join('|')})$`),
		);
		// The next tier, criterion by criterion, each with where the partner is and the gap or "Done".
		const criteria = tier.locator('.partner-tier-criteria > li');
		expect(await criteria.count()).toBeGreaterThan(0);
		for (const criterion of await criteria.all()) {
			expect(await criterion.textContent()).toMatch(/Where you are:[\s\S]*(Done|Still to go:)/);
		}
		expect(await tier.getByRole('link', { name: /Every tier/ }).getAttribute('href')).toMatch(/\/tiers\/$/);
		expect(await page.locator('#scores').textContent()).toMatch(/^Your scores in \d{4}-Q[1-4]$/);
		expect(await page.locator('.overall-score').textContent()).toMatch(/Overall \d+ of 100/);
		expect(await page.locator('table:has(#scores-caption) tbody tr').count()).toBe(4);
		// Both sides rated 2026-Q3: side by side, with the flagged dimension (a 3 against 6) called out.
		const ratings = page.locator('.partner-exchange-table');
		expect((await ratings.locator('thead th').allTextContents()).map((text) => text.trim())).toEqual([
			'Dimension',
			'You receive',
			'We provide',
			'We receive',
			'You provide',
		]);
		expect(await ratings.locator('tr.flagged th').allTextContents()).toEqual([
			expect.stringMatching(/^\s*Co-marketing\s+Talking point/),
		]);
		expect(await page.locator('.partner-exchange-points').textContent()).toContain(
			'What reaches you: you rate what you receive at 3, we rate what we provide at 6 (3 points apart).',
		);
	});

	it('says so when there are no ratings yet, and links to the form filled in', async () => {
		await openPartnerPage(page, 'formwise');
		const section = page.locator('section.partner-exchange');
		expect(await section.textContent()).toContain('No ratings yet');
		const link = new URL(
			(await section.getByRole('link', { name: /Rate the value exchange/ }).getAttribute('href'))!,
			page.url(),
		);
		expect(link.pathname).toMatch(/\/ratings\/$/);
		expect(Object.fromEntries(link.searchParams)).toEqual({
			partner: 'formwise',
			quarter: expect.stringMatching(/^\d{4}-Q[1-4]$/),
			rater: 'partner',
		});
	});

	it('tells a partner in the top tier so', async () => {
		const top = portal.tiers.at(-1)!.name;
		await openPartnerPage(page, 'ledgerline');
		expect(await page.locator('#tier').textContent()).toBe(`Your tier: ${top}`);
		expect(await page.locator('section.partner-tier').textContent()).toContain('You are in our top tier');
	});

	it('does not open with another partner’s key', async () => {
		const context = await newContext(browser);
		const other = await context.newPage();
		const key = new URL(await linkOf('formwise')).hash;
		await other.goto(`${siteUrl(await pathOf('blue-harbor-digital'))}${key}`);
		await expect.poll(() => other.locator('[data-unlock-status]').textContent()).toMatch(/does not open this page/);
		expect(await other.getByRole('heading', { level: 1 }).textContent()).toBe('This page is locked');
		expect(await other.locator('main').textContent()).not.toContain('Blue Harbor Digital');
		// Nor with the staff key: each partner's page opens with that partner's key alone.
		await other.goto('about:blank');
		await other.goto(`${siteUrl(await pathOf('blue-harbor-digital'))}#key=${await staffKey()}`);
		await expect.poll(() => other.locator('[data-unlock-status]').textContent()).toMatch(/does not open this page/);
		await context.close();
	});
});

describe('tiers on the staff dashboard', () => {
	let browser: Browser;
	let page: Page;
	beforeAll(async () => {
		({ browser, page } = await launchWithPage());
	});
	afterAll(() => browser.close());

	it('counts the partners in each tier, and names who may move', async () => {
		await openPage(page, 'scorecards/');
		const tiles = page.getByRole('list', { name: 'Partners by tier' }).getByRole('listitem');
		expect(await tiles.locator('.status-tile-label').allTextContents()).toEqual(
			portal.tiers.map((tier) => expect.stringContaining(tier.name)),
		);
		const counts = (await tiles.locator('.status-tile-count').allTextContents()).map(Number);
		expect(counts.reduce((sum, count) => sum + count, 0)).toBe(partners.length);
		const section = page.locator('section.scorecards-tiers');
		expect(await section.getByRole('heading', { level: 3 }).allTextContents()).toEqual([
			expect.stringContaining('Close to moving up'),
			expect.stringContaining('At risk of moving down'),
		]);
		for (const link of await section.locator('.tier-moves a').all()) {
			expect(await link.getAttribute('href')).toMatch(/\/scorecards\/[a-z0-9-]+\/$/);
		}
		// Each partner's tier sits under their name in the table (and on their card on a phone).
		expect(await page.locator('.scorecards-table-tier').count()).toBe(partners.length);
	});
});

describe.each(['light', 'dark'] as const)('axe on the private pages in the %s theme', (colorScheme) => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(() => browser.close());

	it.each(['blue-harbor-digital', 'formwise', 'ledgerline', 'scorecards/'])('%s has no violations', async (target) => {
		const context = await newContext(browser, { colorScheme });
		const page = await context.newPage();
		if (target.includes('/')) await openPage(page, target);
		else await openPartnerPage(page, target);
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(colorScheme);
		const { violations } = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
		expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
		await context.close();
	});
});
