import AxeBuilder from '@axe-core/playwright';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DRAFT_KEY } from '../../src/lib/ratings/form';
import { recentQuarters } from '../../src/lib/ratings/quarters';
import { ratingRecordSchema } from '../../src/lib/ratings/schema';
import { launchBrowser, newContext, wcagTags } from './support/browser';
import { siteUrl } from './support/site';
import { serveStatic } from './support/static-server';
import { portal, programIds } from '../../src/lib/core/config';
import { e2eNow } from './support/build-date';

const dimensions = [
	'Referrals and revenue',
	'Knowledge and training',
	'Network access',
	'Co-marketing',
	'Product and strategic input',
];
/** [received, provided] per dimension for the partner's own record: knowledge is 4 points out of balance. */
const answers: [number, number][] = [
	[6, 7],
	[3, 7],
	[7, 5],
	[4, 6],
	[6, 5],
];
const markup = '<b>bold?</b> <img src=x onerror="window.__injected=1">';
/** The quarter the form offers today, newest first; the records are about last quarter. */
const quarters = recentQuarters(e2eNow);
const period = quarters[1]!;
const fileName = `northbeam-media-${period}-partner.json`;

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(() => browser.close());

/** Runs axe in both themes on the page as it is now (the theme switches live, like the header toggle). */
async function expectAccessible(page: Page, state: string) {
	for (const theme of ['light', 'dark'] as const) {
		await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
		const { violations } = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
		const summary = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
		expect(summary, `${state}, ${theme} theme`).toEqual([]);
	}
	await page.evaluate(() => (document.documentElement.dataset.theme = 'light'));
}

const focused = (page: Page) =>
	page.evaluate(() => {
		const el = document.activeElement as HTMLInputElement;
		const scale = el.closest('fieldset.scale');
		return {
			tag: el.tagName,
			type: el.type,
			label: el.labels?.[0]?.textContent?.trim(),
			group: scale
				? `${scale.parentElement!.querySelector('legend')!.textContent} / ${scale.querySelector('legend')!.textContent}`
				: undefined,
		};
	});

const dimension = (page: Page, name: string) => page.getByRole('group', { name, exact: true });
const scaleOf = (page: Page, name: string, part: 'receives' | 'provides') =>
	dimension(page, name).getByRole('group', { name: `Value your side ${part}` });

/** Fills the whole form with mouse-free locator calls (for the endpoint tests; the keyboard test types). */
async function fillForm(page: Page, partner = 'northbeam-media') {
	await page.getByRole('radio', { name: 'A partner, rating the program' }).check();
	await page.getByLabel('Partner', { exact: true }).selectOption(partner);
	await page.getByLabel('Quarter').selectOption(period);
	for (const [i, name] of dimensions.entries()) {
		await scaleOf(page, name, 'receives')
			.getByRole('radio', { name: String(answers[i]![0]), exact: true })
			.check();
		await scaleOf(page, name, 'provides')
			.getByRole('radio', { name: String(answers[i]![1]), exact: true })
			.check();
	}
}

const draft = (page: Page) => page.evaluate((key) => localStorage.getItem(key), DRAFT_KEY);

/** The program's record for the same partner and quarter, with a comment holding markup. */
function programRecord(overrides: Record<string, unknown> = {}) {
	const ids = ['referrals-revenue', 'knowledge-training', 'network-access', 'co-marketing', 'product-strategy'];
	const program: [number, number][] = [
		[7, 6],
		[6, 7],
		[5, 6],
		[6, 5],
		[5, 5],
	];
	return {
		version: 1,
		partnerId: 'northbeam-media',
		period,
		rater: 'program',
		submittedAt: '2026-09-26T15:40:00.000Z',
		ratings: ids.map((dimension, i) => ({
			dimension,
			received: program[i]![0],
			provided: program[i]![1],
			...(i === 1 && { comment: markup }),
		})),
		...overrides,
	};
}
const asFile = (name: string, content: string) => ({
	name,
	mimeType: 'application/json',
	buffer: Buffer.from(content),
});

describe('rating form (no endpoint)', () => {
	let context: BrowserContext;
	let page: Page;
	beforeAll(async () => {
		context = await newContext(browser);
		page = await context.newPage();
		await page.goto(siteUrl('ratings/'));
		await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
	});
	afterAll(() => context.close());

	it('is linked from the home page and the footer, and passes axe when empty', async () => {
		const home = await context.newPage();
		await home.goto(siteUrl());
		expect(
			await home.getByRole('main').getByRole('link', { name: 'Value-exchange ratings' }).getAttribute('href'),
		).toBe(new URL(siteUrl('ratings/')).pathname);
		expect(await home.getByRole('contentinfo').getByRole('link', { name: 'Value-exchange ratings' }).count()).toBe(1);
		await home.close();
		expect(await page.getByRole('button', { name: 'Send to the program team' }).count()).toBe(0);
		await expectAccessible(page, 'empty form');
	});

	it('is filled by keyboard, shows errors with a focused summary, and downloads a valid record', async () => {
		// Tab from the top of the page to the first control of the form.
		for (let i = 0; i < 40 && (await focused(page)).label !== 'A partner, rating the program'; i++) {
			await page.keyboard.press('Tab');
		}
		expect((await focused(page)).label).toBe('A partner, rating the program');
		await page.keyboard.press('Space');
		await page.keyboard.press('Tab');
		expect((await focused(page)).tag).toBe('SELECT');
		await page.keyboard.type('Northbeam');
		expect(await page.getByLabel('Partner', { exact: true }).inputValue()).toBe('northbeam-media');
		// The quarter is left unchosen; Enter in the name field submits.
		await page.keyboard.press('Tab');
		expect((await focused(page)).label).toBe('Quarter');
		await page.keyboard.press('Tab');
		expect((await focused(page)).label).toBe('Your name (optional)');
		await page.keyboard.press('Enter');

		// Submitting shows the summary, focused, listing the missing quarter and the ten missing ratings.
		const summary = page.locator('.error-summary');
		await summary.waitFor();
		await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary'), null, {
			timeout: 2000,
		});
		expect(await summary.getByRole('heading').textContent()).toBe('There are 11 problems with your ratings');
		const quarter = page.getByLabel('Quarter');
		expect(await quarter.getAttribute('aria-invalid')).toBe('true');
		const describedBy = (await quarter.getAttribute('aria-describedby'))!.split(' ');
		const periodError = 'Choose the quarter you are rating.';
		expect(await page.locator(`[id="${describedBy[1]}"]`).textContent()).toBe(periodError);
		const receivedGroup = scaleOf(page, 'Referrals and revenue', 'receives');
		expect(await receivedGroup.getByRole('radio', { name: '1', exact: true }).getAttribute('aria-invalid')).toBe(
			'true',
		);
		expect(await receivedGroup.locator('.field-error').textContent()).toBe(
			'Referrals and revenue: choose the value received from 1 to 10.',
		);
		await expectAccessible(page, 'errors shown');

		// The summary link moves focus to the field; fix it there.
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(periodError);
		await page.keyboard.press('Enter');
		expect((await focused(page)).label).toBe('Quarter');
		// Typing picks the option, as in any select.
		await page.keyboard.type(period);
		expect(await quarter.inputValue()).toBe(period);
		expect(await quarter.getAttribute('aria-invalid')).toBeNull();
		await page.keyboard.press('Tab'); // name (optional)

		// Each scale: Tab lands on "1", Space picks it, arrows move along the scale.
		for (const [i, name] of dimensions.entries()) {
			for (const [part, value] of [
				['receives', answers[i]![0]],
				['provides', answers[i]![1]],
			] as const) {
				await page.keyboard.press('Tab');
				expect((await focused(page)).group).toBe(`${name} / Value your side ${part}`);
				await page.keyboard.press('Space');
				for (let n = 1; n < value; n++) await page.keyboard.press('ArrowRight');
			}
			await page.keyboard.press('Tab');
			expect((await focused(page)).label).toBe(`Comment on ${name} (optional)`);
			if (i === 1) await page.keyboard.type(markup);
		}
		expect(await summary.count()).toBe(0); // every problem fixed
		expect(
			await scaleOf(page, 'Knowledge and training', 'provides')
				.getByRole('radio', { checked: true })
				.getAttribute('value'),
		).toBe('7');
		await page.keyboard.press('Tab');
		expect((await focused(page)).tag).toBe('BUTTON');
		await page.keyboard.press('Enter');

		// The gap view of the rater's own answers, with the imbalance named in text, not colour alone.
		// The heading names the partner as people know it, not by its id.
		const ready = page.getByRole('heading', { name: `Your ratings for Northbeam Media, ${period}` });
		await ready.waitFor();
		await page.waitForFunction(() => document.activeElement?.matches('.rating-result h2'), null, { timeout: 2000 });
		const own = page.getByRole('table', { name: 'What your side receives and provides' });
		expect(await own.getByRole('row', { name: /Knowledge and training/ }).textContent()).toContain(
			'Provides 4 more (imbalance)',
		);
		expect(await own.getByRole('row', { name: /Referrals and revenue/ }).textContent()).not.toContain('imbalance');
		expect(await draft(page)).not.toBeNull();

		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Download JSON' }).press('Enter'),
		]);
		expect(download.suggestedFilename()).toBe(fileName);
		const record = ratingRecordSchema(programIds).parse(JSON.parse(readFileSync((await download.path())!, 'utf8')));
		expect(record).toMatchObject({ version: 1, partnerId: 'northbeam-media', period, rater: 'partner' });
		expect(record.ratings.map((r) => [r.received, r.provided])).toEqual(answers);
		expect(record.ratings[1]!.comment).toBe(markup);
		expect(Math.abs(Date.parse(record.submittedAt) - e2eNow.getTime())).toBeLessThan(5 * 60_000);
		// The record is in the user's hands: the draft goes.
		expect(await draft(page)).toBeNull();
		expect(await page.getByRole('status').filter({ hasText: 'Downloaded' }).textContent()).toContain(fileName);
	});

	it('rejects a file that is not a valid record, saying what is wrong, without rendering it', async () => {
		const file = page.getByLabel('Their record (JSON file)');
		const alert = page.getByRole('alert');
		await file.setInputFiles(
			asFile('broken.json', JSON.stringify(programRecord({ period: '2026-Q7', rater: 'boss' }))),
		);
		await alert.getByText('is not a valid rating record').waitFor();
		const text = await alert.textContent();
		expect(text).toContain('The file broken.json is not a valid rating record:');
		expect(text).toContain('period: Expected a quarter such as "2026-Q3" (found "2026-Q7")');
		expect(text).toContain('rater: Expected one of: partner, program (found "boss")');

		await file.setInputFiles(asFile('page.json', '<h1 id="injected">Not JSON</h1>'));
		await alert.getByText('Not valid JSON').waitFor();
		expect(await page.locator('#injected').count()).toBe(0);

		await page.getByLabel('Or paste it').fill(JSON.stringify(programRecord({ period: quarters[2] })));
		await page.getByRole('button', { name: 'Compare' }).click();
		await alert.getByText('cannot be compared').waitFor();
		expect(await alert.textContent()).toBe(
			`The pasted text cannot be compared with yours. The records cover different quarters: ${period} and ${quarters[2]}.`,
		);
		await expectAccessible(page, 'bad file rejected');
	});

	it('loads the other side’s record and flags the gaps of 3 or more as talking points, comments as text', async () => {
		await page
			.getByLabel('Their record (JSON file)')
			.setInputFiles(asFile(`northbeam-media-${period}-program.json`, JSON.stringify(programRecord())));
		const table = page.getByRole('table', { name: 'Both perspectives' });
		await table.waitFor();
		expect(await page.getByRole('alert').textContent()).toBe('');
		const knowledge = table.getByRole('row', { name: /Knowledge and training/ });
		expect(await knowledge.textContent()).toContain('(talking point)');
		expect((await knowledge.getByRole('cell').allTextContents()).slice(0, 4)).toEqual(['3', '7', '6', '7']);
		expect(await table.getByRole('row', { name: /Referrals and revenue/ }).textContent()).not.toContain(
			'talking point',
		);

		const points = page.locator('.talking-points > li');
		expect(await points.locator('> strong').allTextContents()).toEqual(['Knowledge and training']);
		const text = await points.first().textContent();
		expect(text).toContain(
			'Value reaching the partner: the partner rates what it receives at 3, the program rates what it provides at 7: 4 points apart.',
		);
		expect(text).toContain('The partner rates what it receives at 3 and what it provides at 7: 4 points apart.');
		// Both comments hold markup; they show literally and nothing is injected.
		expect(text).toContain(`Partner's comment: ${markup}`);
		expect(text).toContain(`Program's comment: ${markup}`);
		expect(await page.locator('.rating-result b, .rating-result img').count()).toBe(0);
		expect(await page.evaluate(() => (window as { __injected?: number }).__injected)).toBeUndefined();
		await expectAccessible(page, 'gap view');

		// On a phone the page itself never scrolls sideways; the wide tables scroll in regions the keyboard reaches.
		await page.setViewportSize({ width: 320, height: 800 });
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
		for (const name of ['What your side receives and provides', 'Both perspectives']) {
			const region = page.getByRole('region', { name });
			expect(await region.getAttribute('tabindex')).toBe('0');
			expect(await region.getByRole('table', { name }).count()).toBe(1);
		}
		await expectAccessible(page, 'gap view on a phone');
		await page.setViewportSize({ width: 1280, height: 900 });
	});

	it('copies the same record to the clipboard', async () => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(siteUrl()).origin });
		await page.getByRole('button', { name: 'Copy JSON' }).click();
		await page.getByRole('status').filter({ hasText: 'Copied the record.' }).waitFor();
		const copied = ratingRecordSchema(programIds).parse(
			JSON.parse(await page.evaluate(() => navigator.clipboard.readText())),
		);
		expect(copied).toMatchObject({ partnerId: 'northbeam-media', period, rater: 'partner' });
		expect(copied.ratings.map((r) => [r.received, r.provided])).toEqual(answers);
	});

	it('restores a draft after a reload, and discards a corrupt one', async () => {
		const fresh = await context.newPage();
		await fresh.goto(siteUrl('ratings/'));
		await fresh.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
		await fresh.getByRole('radio', { name: 'Program staff, rating a partner' }).check();
		await fresh.getByLabel('Quarter').selectOption(quarters[2]!);
		await scaleOf(fresh, 'Network access', 'provides').getByRole('radio', { name: '8', exact: true }).check();
		await fresh.reload();
		await fresh.getByText('Your unfinished ratings from this browser are restored.').waitFor();
		expect(await fresh.getByLabel('Quarter').inputValue()).toBe(quarters[2]);
		expect(await fresh.getByRole('radio', { name: 'Program staff, rating a partner' }).isChecked()).toBe(true);
		expect(
			await scaleOf(fresh, 'Network access', 'provides').getByRole('radio', { name: '8', exact: true }).isChecked(),
		).toBe(true);

		await fresh.evaluate((key) => localStorage.setItem(key, '{"rater":"boss"'), DRAFT_KEY);
		await fresh.reload();
		await fresh.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
		await fresh.waitForFunction((key) => localStorage.getItem(key) === null, DRAFT_KEY);
		expect(await fresh.getByLabel('Quarter').inputValue()).toBe('');
		expect(await fresh.getByText('are restored').count()).toBe(0);
		await fresh.close();
	});
});

describe('rating form on a phone: the details a partner sees first', () => {
	let context: BrowserContext;
	let page: Page;
	const hydrated = () => page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
	beforeAll(async () => {
		context = await newContext(browser, { width: 320 });
		page = await context.newPage();
		await page.goto(siteUrl('ratings/'));
		await hydrated();
	});
	afterAll(() => context.close());

	it('names the program once in the page title', async () => {
		expect(await page.title()).toBe(`Value-exchange ratings · ${portal.programName}`);
	});

	it('keeps the "Who is rating?" radios clear of their words, each label a target of 24 px or more', async () => {
		const choices = await page.locator('.rating-form .choice').evaluateAll((labels) =>
			labels.map((label) => {
				const radio = label.querySelector('input')!.getBoundingClientRect();
				const words = document.createRange();
				words.selectNode([...label.childNodes].find((node) => node.nodeType === 3 && node.textContent!.trim())!);
				return { gap: words.getBoundingClientRect().left - radio.right, height: label.getBoundingClientRect().height };
			}),
		);
		expect(choices).toHaveLength(2);
		for (const { gap, height } of choices) {
			expect(gap).toBeGreaterThanOrEqual(8);
			expect(height).toBeGreaterThanOrEqual(24);
		}
	});

	it('shows every 1–10 scale as one row of ten at 320 px, each point at least 24 × 24 px', async () => {
		const scales = await page.locator('.rating-form fieldset.scale').evaluateAll((fieldsets) =>
			fieldsets.map((fieldset) => {
				const boxes = [...fieldset.querySelectorAll('label')].map((label) => label.getBoundingClientRect());
				return {
					points: boxes.length,
					rows: new Set(boxes.map((box) => Math.round(box.top))).size,
					narrowest: Math.min(...boxes.map((box) => box.width)),
					lowest: Math.min(...boxes.map((box) => box.height)),
				};
			}),
		);
		expect(scales).toHaveLength(dimensions.length * 2);
		for (const scale of scales) {
			expect(scale).toMatchObject({ points: 10, rows: 1 });
			expect(scale.narrowest).toBeGreaterThanOrEqual(24);
			expect(scale.lowest).toBeGreaterThanOrEqual(24);
		}
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
	});

	it('offers the recent quarters, newest first, and keeps an older quarter from a draft', async () => {
		const quarter = page.getByLabel('Quarter');
		const options = () =>
			quarter.locator('option').evaluateAll((list) => list.map((option) => (option as HTMLOptionElement).value));
		expect(await quarter.evaluate((control) => control.tagName)).toBe('SELECT');
		expect(await options()).toEqual(['', ...quarters]);
		expect(await quarter.locator('option').nth(1).textContent()).toMatch(/^\d{4}-Q[1-4] \(.+\), this quarter$/);
		expect(await quarter.locator('option').nth(2).textContent()).toMatch(/, last quarter$/);

		const old = { rater: '', partner: '', otherPartner: '', period: '2024-Q1', raterName: '', answers: {} };
		await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [DRAFT_KEY, JSON.stringify(old)]);
		await page.reload();
		await hydrated();
		await page.getByText('are restored').waitFor();
		expect(await quarter.inputValue()).toBe('2024-Q1');
		expect(await options()).toEqual(['', ...quarters, '2024-Q1']);
		await page.evaluate(() => localStorage.clear());
		await page.reload();
		await hydrated();
	});

	it('styles the file picker as a secondary button that names the chosen file', async () => {
		await fillForm(page);
		await page.getByRole('button', { name: 'Review my ratings' }).click();
		await page.getByRole('heading', { name: `Your ratings for Northbeam Media, ${period}` }).waitFor();

		const input = page.getByLabel('Their record (JSON file)');
		const button = page.locator('label.button', { hasText: 'Choose a file' });
		expect(await input.getAttribute('type')).toBe('file');
		expect(await input.evaluate((control) => getComputedStyle(control).opacity)).toBe('0');
		const box = (await button.boundingBox())!;
		expect(box.height).toBeGreaterThanOrEqual(24);
		expect(box.width).toBeGreaterThanOrEqual(24);
		const fileName = page.locator('.file-name');
		expect(await fileName.textContent()).toBe('No file chosen');

		// The keyboard reaches the hidden control, and the button shows its focus.
		await page.getByLabel('Or paste it').focus();
		await page.keyboard.press('Shift+Tab');
		expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).type)).toBe('file');
		expect(await button.evaluate((label) => getComputedStyle(label).outlineStyle)).toBe('solid');

		await input.setInputFiles(asFile(`northbeam-media-${period}-program.json`, JSON.stringify(programRecord())));
		await page.getByRole('table', { name: 'Both perspectives' }).waitFor();
		expect(await fileName.textContent()).toBe(`northbeam-media-${period}-program.json`);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
		await expectAccessible(page, 'file chosen, on a phone');
	});

	it('clears a restored draft with Start over, and Undo brings every answer back', async () => {
		await page.reload();
		await hydrated();
		const startOver = page.getByRole('button', { name: 'Start over' });
		await startOver.focus();
		await page.keyboard.press('Enter');

		const status = page.getByRole('status').filter({ hasText: 'Your ratings are cleared.' });
		await status.waitFor();
		expect(await page.getByLabel('Quarter').inputValue()).toBe('');
		expect(await draft(page)).toBeNull();
		// Focus stays on the pressed button, which is now Undo.
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Undo');
		await expectAccessible(page, 'cleared, Undo offered');

		await page.keyboard.press('Enter');
		await page.getByText('Your unfinished ratings from this browser are restored.').waitFor();
		expect(await page.getByLabel('Quarter').inputValue()).toBe(period);
		expect(
			await scaleOf(page, 'Knowledge and training', 'provides')
				.getByRole('radio', { checked: true })
				.getAttribute('value'),
		).toBe(String(answers[1]![1]));
		await expect.poll(() => draft(page)).not.toBeNull();
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Start over');
	});
});

describe('rating form with an endpoint (a second build with PORTAL_RATING_ENDPOINT)', () => {
	let endpoint: Server;
	let site: { url: string; close(): Promise<void> };
	let outDir: string;
	let mode: 'ok' | 'fail' = 'ok';
	// The endpoint holds each answer until the test opens the gate, so the "sending" state can be seen.
	let openGate: () => void = () => {};
	const gate = new Promise<void>((resolve) => (openGate = resolve));
	const received: unknown[] = [];

	const readBody = (req: IncomingMessage) =>
		new Promise<string>((resolve) => {
			let body = '';
			req.on('data', (chunk) => (body += chunk));
			req.on('end', () => resolve(body));
		});

	beforeAll(async () => {
		// The site and the endpoint are on different ports, so the endpoint must answer CORS like a real one.
		endpoint = createServer(async (req, res) => {
			const cors = {
				'access-control-allow-origin': '*',
				'access-control-allow-methods': 'POST',
				'access-control-allow-headers': 'content-type',
			};
			if (req.method === 'OPTIONS') {
				res.writeHead(204, cors).end();
			} else if (req.method !== 'POST' || req.url !== '/ratings') {
				res.writeHead(404, cors).end();
			} else if (mode === 'fail') {
				res.writeHead(500, cors).end('Database unavailable');
			} else {
				const body = await readBody(req);
				await gate;
				received.push(JSON.parse(body));
				res.writeHead(201, { ...cors, 'content-type': 'application/json' }).end('{"ok":true}');
			}
		});
		await new Promise<void>((resolve) => endpoint.listen(0, '127.0.0.1', resolve));
		const { port } = endpoint.address() as AddressInfo;

		// The endpoint is a build-time setting, so build the site for real with it (no test-only override in the page).
		outDir = mkdtempSync(join(tmpdir(), 'portal-ratings-dist-'));
		const build = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
			env: {
				...process.env,
				NODE_ENV: 'production',
				PORTAL_RATING_ENDPOINT: `http://127.0.0.1:${port}/ratings`,
				FORCE_COLOR: '0',
			},
			encoding: 'utf8',
		});
		expect(build.status, build.stderr).toBe(0);
		site = await serveStatic(outDir);
	}, 300_000); // a full Astro build, on CI's two shared cores
	afterAll(async () => {
		await site?.close();
		await new Promise((resolve) => endpoint?.close(resolve));
		rmSync(outDir, { recursive: true, force: true });
	});

	async function readyPage() {
		const context = await newContext(browser);
		const page = await context.newPage();
		await page.goto(new URL('ratings/', site.url).href);
		await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
		await fillForm(page);
		await page.getByRole('button', { name: 'Review my ratings' }).click();
		await page.getByRole('heading', { name: `Your ratings for Northbeam Media, ${period}` }).waitFor();
		return { context, page };
	}

	it('POSTs the record, showing sending then sent, and clears the draft', async () => {
		mode = 'ok';
		const { context, page } = await readyPage();
		const send = page.getByRole('button', { name: 'Send to the program team' });
		await send.click();
		await page.getByText('Sending…').waitFor();
		expect(await send.isDisabled()).toBe(true);
		expect(await draft(page)).not.toBeNull();
		openGate();
		await page.getByText('Sent. The program team has your ratings.').waitFor();
		expect(received).toHaveLength(1);
		const record = ratingRecordSchema(programIds).parse(received[0]);
		expect(record.ratings.map((r) => [r.received, r.provided])).toEqual(answers);
		expect(await draft(page)).toBeNull();
		await expectAccessible(page, 'sent');
		await context.close();
	});

	it('shows a failure, keeps the draft and still offers the download', async () => {
		mode = 'fail';
		const { context, page } = await readyPage();
		await page.getByRole('button', { name: 'Send to the program team' }).click();
		const status = page.getByRole('status').filter({ hasText: 'Not sent.' });
		await status.waitFor();
		expect(await status.textContent()).toContain('The server answered 500 Internal Server Error.');
		expect(await draft(page)).not.toBeNull();
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Download JSON' }).click(),
		]);
		expect(download.suggestedFilename()).toBe(fileName);
		await expectAccessible(page, 'failed');
		await context.close();
	});
});
