import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { e2eNow } from './build-date';

/** Debian's Chromium; `CHROMIUM_PATH` overrides it on other machines. */
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The switches this closed network needs: no sandbox as root, and no background calls home. */
export const chromiumFlags: readonly string[] = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

/** Launches headless Chromium with `chromiumFlags`. */
export function launchBrowser(): Promise<Browser> {
	return chromium.launch({ executablePath, args: [...chromiumFlags] });
}

/**
 * Problems seen by any page of any context since the last `takeProblems()`: CSP violations and requests to
 * another host. The e2e setup file fails the running test when this is not empty, so every test also
 * proves the pages it visits obey the Content-Security-Policy and stay on our own host.
 */
const problems: string[] = [];

export function takeProblems(): string[] {
	return problems.splice(0);
}

/** Hosts a page may contact: the test server, and anything a test starts itself on loopback. */
const ownHosts = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** A fresh context (empty storage) with a phone-or-desktop viewport and the given colour scheme. */
export async function newContext(
	browser: Browser,
	options: { colorScheme?: 'light' | 'dark'; width?: number; javaScriptEnabled?: boolean } = {},
): Promise<BrowserContext> {
	const context = await browser.newContext({
		colorScheme: options.colorScheme ?? 'light',
		viewport: { width: options.width ?? 1280, height: 900 },
		javaScriptEnabled: options.javaScriptEnabled ?? true,
		acceptDownloads: true,
	});
	// The pages' own "today" (the banner's expiry, the calendar picker, the rating quarter) is the build's pinned day.
	await context.clock.setFixedTime(e2eNow);
	await context.route(
		(url) => /^https?:$/.test(url.protocol) && !ownHosts.has(url.hostname),
		(route) => {
			problems.push(`request to another host: ${route.request().url()}`);
			return route.abort('blockedbyclient');
		},
	);
	await context.exposeBinding('__reportCspViolation', (_source, text: string) => problems.push(text));
	await context.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			const report = (window as unknown as { __reportCspViolation(text: string): void }).__reportCspViolation;
			report(
				`CSP violation on ${location.pathname}: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`,
			);
		});
	});
	return context;
}

/** A browser and one page in a fresh light, desktop-sized context: where most test files start. */
export async function launchWithPage(): Promise<{ browser: Browser; page: Page }> {
	const browser = await launchBrowser();
	return { browser, page: await (await newContext(browser)).newPage() };
}

/** Closes the previous test's context, if any, and opens a fresh one (empty storage) with a page. */
export async function freshPage(
	browser: Browser,
	previous: BrowserContext | undefined,
	options: Parameters<typeof newContext>[1] = {},
): Promise<{ context: BrowserContext; page: Page }> {
	await previous?.close();
	const context = await newContext(browser, options);
	return { context, page: await context.newPage() };
}

/** axe rule tags for WCAG 2.2 AA, and the A/AA rules of earlier versions it includes. */
export const wcagTags: string[] = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
