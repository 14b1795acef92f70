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

/** URL of a page or asset, e.g. `href('onboarding/agencies/')` → `/partners/onboarding/agencies/` under that base. */
export function href(path: string): string {
	return joinBase(import.meta.env.BASE_URL, path);
}

/** Pages kept out of the sitemap: the 404 page and anything not meant for search engines (the staff CMS). */
const notIndexed = [/\/404\/?$/, /\/search\/$/, /\/admin\//];

/** Whether an absolute page URL belongs in the sitemap. */
export function isIndexable(url: string): boolean {
	return !notIndexed.some((pattern) => pattern.test(new URL(url).pathname));
}
