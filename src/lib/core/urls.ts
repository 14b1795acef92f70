import { sections } from './sections';
import { portal } from './config';

/**
 * Internal URLs: every link the portal renders goes through `href` so that a sub-path base
 * (`PORTAL_BASE=/partners/`) applies everywhere and nothing concatenates paths by hand.
 */

/** Joins the site base with a site-relative path, keeping exactly one slash between parts and a trailing slash on pages. */
export function joinBase(base: string, path: string): string {
	const cleanBase = base.endsWith('/') ? base : `${base}/`;
	const cleanPath = path.replace(/^\/+/, '');
	return `${cleanBase}${cleanPath}`;
}

/**
 * URL of a page or asset, e.g. `href('onboarding/agencies/')` → `/partners/onboarding/agencies/` under that base.
 * Reads the validated config rather than `import.meta.env`, so build scripts run by tsx get the same answer.
 */
export function href(path: string): string {
	return joinBase(portal.base, path);
}

/** Sections for program staff only: kept out of search engines (robots.txt, noindex) and the sitemap. */
export const staffSections: readonly string[] = sections.filter((entry) => entry.staff).map((entry) => entry.path);

/** Sections sealed at build: their pages and files open only with the staff link. */
export const sealedSections: readonly string[] = sections.filter((entry) => entry.sealed).map((entry) => entry.path);

/** Pages kept out of the sitemap: the 404 page, the search page and the staff sections. */
const notIndexed = [
	/\/404\/?$/,
	/\/search\/$/,
	/\/p\/[\w-]+\/$/,
	...staffSections.map((section) => new RegExp(`/${section}`)),
];

/** Whether an absolute page URL belongs in the sitemap. */
export function isIndexable(url: string): boolean {
	return !notIndexed.some((pattern) => pattern.test(new URL(url).pathname));
}

/** robots.txt: everything public is crawlable; staff sections are not. */
export function robotsTxt(base: string, sitemapUrl: string): string {
	const disallow = staffSections.map((section) => `Disallow: ${joinBase(base, section)}`);
	return ['User-agent: *', `Allow: ${joinBase(base, '')}`, ...disallow, '', `Sitemap: ${sitemapUrl}`, ''].join('\n');
}
