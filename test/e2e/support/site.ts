import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { inject } from 'vitest';
import { sealedSections } from '../../../src/lib/core/urls';
import { aesKey, fromBase64Url, open, toBase64Url } from '../../../src/lib/private/envelope';
import { deriveBytes } from '../../../src/lib/private/keys';
import { testStaffSecret } from './staff-secret';

/** The folder the e2e run built into (PORTAL_OUT_DIR, set by the npm scripts), so `dist/` stays the plain build. */
export const distDir = process.env.PORTAL_OUT_DIR ?? 'dist';

/** The base the site was built for (`PORTAL_BASE`), e.g. "/" or "/partners/". */
export const base = process.env.PORTAL_BASE ?? '/';

/** A URL path without the base: "/partners/onboarding/" → "onboarding/". */
export function withoutBase(pathname: string): string {
	return pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
}

/** Absolute URL of a site-relative path on the test server, e.g. `siteUrl('onboarding/')`. */
export function siteUrl(path = ''): string {
	return new URL(path.replace(/^\//, ''), inject('siteUrl')).href;
}

/** Site-relative paths of every page in the built sitemap. */
export function sitemapPaths(): string[] {
	const index = readFileSync(join(distDir, 'sitemap-index.xml'), 'utf8');
	const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => withoutBase(new URL(match[1]!).pathname));
	return sitemaps.flatMap((path) => {
		const xml = readFileSync(join(distDir, path), 'utf8');
		return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => withoutBase(new URL(match[1]!).pathname));
	});
}

/** Whether a site-relative path is in a sealed staff section. */
export function isStaffPath(path: string): boolean {
	return sealedSections.some((section) => withoutBase(`/${path.replace(/^\//, '')}`).startsWith(section));
}

/** The staff key the e2e builds seal with (derived from the test secret, as `npm start` prints it). */
export async function staffKey(): Promise<string> {
	return toBase64Url(await deriveBytes(fromBase64Url(testStaffSecret), { kind: 'staff' }));
}

/**
 * Opens a page as its reader would: a staff page through the staff link (its key in the fragment), waiting until
 * it has decrypted, so tests see the content, not the lock screen.
 */
export async function openPage(page: Page, path: string): Promise<void> {
	if (!isStaffPath(path)) {
		await page.goto(siteUrl(path));
		return;
	}
	// From a blank page: going from a page to the same address with a new #fragment would not load it again.
	await page.goto('about:blank');
	await page.goto(`${siteUrl(path)}#key=${await staffKey()}`);
	await page.waitForFunction(() => !document.getElementById('sealed-page'));
}

/**
 * A built page's HTML as a reader sees it once opened: for a sealed page, `<main>` decrypted with the staff key
 * (Node's WebCrypto, the same code as the browser's), so tests can read the content from disk.
 */
export async function readBuiltPage(file: string, dir = distDir): Promise<string> {
	const html = readFileSync(join(dir, file), 'utf8');
	const data =
		/<script type="application\/json" id="sealed-page"[^>]*data-context="([^"]*)"[^>]*>"([^"]+)"<\/script>/.exec(html);
	if (!data) return html;
	const key = await aesKey(fromBase64Url(await staffKey()), 'decrypt');
	const page = JSON.parse(new TextDecoder().decode(await open(key, fromBase64Url(data[2]!), data[1]!))) as {
		title: string;
		html: string;
	};
	return html.replace(/(<main\b[^>]*>)[\s\S]*<\/main>/, (_, start: string) => `${start}${page.html}</main>`);
}

export { listFiles, listPages } from '../../../src/lib/core/site-files';
