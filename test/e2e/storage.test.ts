import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storageKey } from '../../src/lib/core/browser-storage';
import { launchBrowser, newContext } from './support/browser';
import { siteUrl } from './support/site';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(() => browser.close());

/** Every island that saves something, with what shows once it has started (and what starts it, if anything). */
const islands: { path: string; ready: string; key: string; start?: string }[] = [
	{
		path: 'assessments/readiness-check/',
		ready: 'button:has-text("Start over")',
		key: storageKey('assessment', 'readiness-check'),
	},
	{
		path: 'assessments/pitfall-review/',
		ready: 'button:has-text("Start over")',
		key: storageKey('assessment', 'pitfall-review'),
	},
	{
		path: 'assessments/model-recommender/',
		ready: 'button:has-text("Start over")',
		key: storageKey('assessment', 'model-recommender'),
	},
	{
		path: 'assessments/evaluation-matrix/',
		ready: 'button:has-text("Start over")',
		key: storageKey('assessment', 'evaluation-matrix'),
	},
	{
		path: 'training/agencies-referral-essentials/',
		ready: 'button:has-text("Check answer")',
		key: storageKey('quiz', 'agencies-referral-essentials'),
	},
	{
		// The rating form keeps a draft only once something is entered, so the test enters something.
		path: 'ratings/',
		ready: 'input[type="radio"][value="partner"]',
		key: storageKey('rating-form'),
		start: 'label:has(input[type="radio"][value="partner"])',
	},
];

/** Opens `path` in a fresh context prepared by `setUp`, collecting the page's uncaught errors. */
async function open(path: string, setUp: (context: BrowserContext) => Promise<unknown>) {
	const context = await newContext(browser);
	await setUp(context);
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto(siteUrl(path));
	await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
	return { context, page, errors };
}

const blocked = (context: BrowserContext) =>
	context.addInitScript(() => {
		// As with "block site data": merely reading window.localStorage throws.
		Object.defineProperty(window, 'localStorage', {
			get() {
				throw new DOMException('The operation is insecure.', 'SecurityError');
			},
		});
	});

const full = (context: BrowserContext) =>
	context.addInitScript(() => {
		Storage.prototype.setItem = () => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		};
	});

const filled = (key: string, value: string) => (context: BrowserContext) =>
	context.addInitScript(([k, v]) => localStorage.setItem(k, v), [key, value] as const);

describe('islands survive storage that is blocked, full, corrupt or oversized', { timeout: 120_000 }, () => {
	it.each(islands)(
		'$path works with site data blocked, and says once that nothing is kept',
		async ({ path, ready, start }) => {
			const { context, page, errors } = await open(path, blocked);
			await expect.poll(() => page.locator(ready).count()).toBeGreaterThan(0);
			if (start) await page.locator(start).click();
			const notice = page.getByText(/is not keeping (your answers|your progress|a draft)/);
			await expect.poll(() => notice.count()).toBe(1);
			expect(errors).toEqual([]);
			await context.close();
		},
	);

	it.each(islands)('$path works when storage is full', async ({ path, ready, start }) => {
		const { context, page, errors } = await open(path, full);
		await expect.poll(() => page.locator(ready).count()).toBeGreaterThan(0);
		if (start) await page.locator(start).click();
		await expect.poll(() => page.getByText(/is not keeping (your answers|your progress|a draft)/).count()).toBe(1);
		expect(errors).toEqual([]);
		await context.close();
	});

	it.each(islands)('$path starts fresh from corrupt or oversized saved data', async ({ path, ready, key }) => {
		for (const value of [
			'{"not json',
			JSON.stringify({ candidates: Array.from({ length: 60_000 }, (_, i) => ({ name: `C${i}` })) }),
		]) {
			const { context, page, errors } = await open(path, filled(key, value));
			await expect.poll(() => page.locator(ready).count()).toBeGreaterThan(0);
			expect(errors).toEqual([]);
			// The bad entry is gone: what is kept now is the island's own fresh state, valid and small.
			// The island reads storage just after it starts, so wait for that rather than racing it.
			await expect.poll(() => page.evaluate((k) => localStorage.getItem(k)?.length ?? 0, key)).toBeLessThan(10_000);
			const kept = await page.evaluate((k) => localStorage.getItem(k), key);
			if (kept !== null) expect(() => JSON.parse(kept)).not.toThrow();
			await context.close();
		}
	});
});
