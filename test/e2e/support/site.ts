import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';

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

export { listFiles, listPages } from '../../../src/lib/core/site-files';
