import { ISLAND_STYLES } from 'astro/runtime/server/astro-island-styles.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../data/atomic-write';
import { cmsBackendFromEnv } from '../cms/config';
import { portal } from '../core/config';
import { buildPolicy, cmsPolicyOptions, headerPolicy, headersFile, inlineCode, injectPolicyMeta } from './csp';
import { listPages } from '../core/site-files';
import { staffSections } from '../core/urls';
import { astroRuntimeScripts, formatUntrustedScripts, type UntrustedScript } from './trusted-scripts';

/**
 * Astro writes the islands' one-line stylesheet into the body, just before the first island; HTML allows a
 * `<style>` only in the head. Moved there, exactly as Astro wrote it.
 */
export function islandStylesInHead(html: string): string {
	const style = `<style>${ISLAND_STYLES}</style>`;
	if (!html.includes(style)) return html;
	const head = html.indexOf('</head>');
	if (head === -1 || html.indexOf(style) < head) return html;
	const body = html.slice(head).split(style).join('');
	return `${html.slice(0, head)}${style}${body}`;
}

/**
 * Hardens a built site in place, the last step of the build: parse every page → check that each inline script
 * is one the portal wrote (`ownScripts`, plus Astro's island loader) → compute the hashes of its inline code →
 * write a Content-Security-Policy <meta> into it, then a `_headers` file with the site-wide policy and security
 * headers for Netlify and Cloudflare Pages. Every file is written atomically. An unknown script stops the
 * build before anything is written: it is never hashed, so the policy never allows it.
 */
export function hardenSite(
	dist: string,
	ownScripts: Iterable<string>,
	env: NodeJS.ProcessEnv = process.env,
): { pages: number } {
	const connect = portal.ratingEndpoint ? [new URL(portal.ratingEndpoint).origin] : [];

	// Parse: every built page and its inline code.
	const pages = listPages(dist).map((page) => {
		const html = islandStylesInHead(readFileSync(join(dist, page), 'utf8'));
		return { page, html, code: inlineCode(html) };
	});

	// Check: only code the portal wrote may be hashed, never code that arrived with content.
	const trusted = new Set([...ownScripts, ...astroRuntimeScripts]);
	const untrusted: UntrustedScript[] = pages.flatMap(({ page, code }) =>
		code.scripts.filter((script) => !trusted.has(script)).map((script) => ({ page, code: script })),
	);
	if (untrusted.length) throw new Error(formatUntrustedScripts(untrusted));

	// Compute and write: a per-page policy (the CMS also talks to its Git host), then the union for the headers file.
	const cms = cmsPolicyOptions(cmsBackendFromEnv(env));
	for (const { page, html, code } of pages) {
		const options = page.startsWith('admin/') ? { ...cms, connect: [...connect, ...cms.connect!] } : { connect };
		writeFileAtomic(join(dist, page), injectPolicyMeta(html, buildPolicy(code, options)), { overwrite: true });
	}
	const scripts = pages.flatMap((p) => p.code.scripts);
	writeFileAtomic(join(dist, '_headers'), headersFile(portal.base, headerPolicy(scripts), staffSections), {
		overwrite: true,
	});
	return { pages: pages.length };
}
