import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithPage, takeProblems } from './support/browser';
import { distDir, listPages, siteUrl } from './support/site';

let browser: Browser;
let page: Page;
beforeAll(async () => ({ browser, page } = await launchWithPage()));
afterAll(() => browser.close());

describe('Content-Security-Policy', () => {
	it.each(listPages(distDir))('%s carries a policy without unsafe-inline scripts', (file) => {
		const html = readFileSync(join(distDir, file), 'utf8');
		const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
		expect(policy).toBeDefined();
		const scriptSrc = policy!.split(';').find((d) => d.trim().startsWith('script-src'))!;
		expect(scriptSrc).not.toContain('unsafe-inline');
		expect(scriptSrc).not.toContain("'unsafe-eval'");
		// The policy comes before any script in the document.
		expect(html.indexOf('content-security-policy')).toBeLessThan(html.indexOf('<script'));
	});

	it('blocks injected inline script, and the test harness notices', async () => {
		await page.goto(siteUrl());
		await page.evaluate(() => {
			const script = document.createElement('script');
			script.textContent = 'window.__injected = true';
			document.head.append(script);
		});
		await page.waitForTimeout(100);
		expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
		const problems = takeProblems();
		expect(problems.some((text) => text.includes('CSP violation') && text.includes('script-src'))).toBe(true);
	});

	it('refuses requests to other hosts, and the test harness notices', async () => {
		await page.goto(siteUrl());
		// The policy stops a script's request to another host…
		await page.evaluate(() => fetch('https://cdn.example.net/x.js').catch(() => undefined));
		await page.waitForTimeout(100);
		expect(takeProblems()).toEqual([
			`CSP violation on ${new URL(siteUrl()).pathname}: connect-src blocked https://cdn.example.net/x.js`,
		]);
		// …and the harness refuses any other request to another host, e.g. a navigation.
		await expect(page.goto('https://cdn.example.net/')).rejects.toThrow();
		expect(takeProblems()).toEqual(['request to another host: https://cdn.example.net/']);
	});

	it('writes a headers file with the policy and the usual security headers', () => {
		const headers = readFileSync(join(distDir, '_headers'), 'utf8');
		for (const expected of [
			"Content-Security-Policy: script-src 'self' 'wasm-unsafe-eval' 'sha256-",
			"frame-ancestors 'none'",
			'Referrer-Policy: strict-origin-when-cross-origin',
			'X-Content-Type-Options: nosniff',
			'X-Robots-Tag: noindex',
		]) {
			expect(headers).toContain(expected);
		}
	});

	it('keeps staff sections out of robots and lists the sitemap', () => {
		const robots = readFileSync(join(distDir, 'robots.txt'), 'utf8');
		expect(robots).toMatch(/^Disallow: \/(?:[\w-]+\/)*scorecards\/$/m);
		expect(robots).toMatch(/^Sitemap: https?:\/\/.+sitemap-index\.xml$/m);
	});
});
