import { chromium, type Browser, type BrowserContext } from 'playwright-core';

/** Debian's Chromium; `CHROMIUM_PATH` overrides it on other machines. */
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Launches headless Chromium with the flags this closed network needs (no background calls home). */
export function launchBrowser(): Promise<Browser> {
	return chromium.launch({
		executablePath,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
		],
	});
}

/** A fresh context (empty storage) with a phone-or-desktop viewport and the given colour scheme. */
export function newContext(
	browser: Browser,
	options: { colorScheme?: 'light' | 'dark'; width?: number } = {},
): Promise<BrowserContext> {
	return browser.newContext({
		colorScheme: options.colorScheme ?? 'light',
		viewport: { width: options.width ?? 1280, height: 900 },
	});
}
