import { createHash } from 'node:crypto';
import { type HTMLElement, parse } from 'node-html-parser';

/**
 * Content-Security-Policy for a static build. Astro inlines a few scripts and styles (the theme script,
 * island bootstrap, the palette), so instead of 'unsafe-inline' each page gets the hashes of exactly its
 * own inline code, computed from the built HTML.
 */

/**
 * Inline `<script>` and `<style>` bodies of a page, in document order (scripts with `src` and JSON data blocks
 * excluded), found with an HTML parser. Only script and style are raw text, as in a browser: `<noscript>` and
 * `<pre>` (raw text to the parser by default) are parsed like any other element, so code inside them counts.
 */
export function inlineCode(html: string): { scripts: string[]; styles: string[] } {
	const root = parse(html, { blockTextElements: { script: true, style: true } });
	const scripts = root
		.getElementsByTagName('script')
		.filter((script) => !script.hasAttribute('src') && !isDataBlock(script.getAttribute('type')))
		.map((script) => body(script, html));
	const styles = root.getElementsByTagName('style').map((style) => body(style, html));
	return { scripts, styles };
}

/** JSON data blocks are not run, so they need no hash. */
function isDataBlock(type: string | undefined): boolean {
	const mime = type?.trim().toLowerCase();
	return mime === 'application/json' || mime === 'application/ld+json';
}

/**
 * A script's or style's text exactly as written, which is what the browser hashes. The parser keeps it as one
 * text node, except a body of white space only, which it drops: that one is the white space before the end tag.
 */
function body(element: HTMLElement, html: string): string {
	const [text] = element.childNodes;
	if (text) return text.rawText;
	const [start, end] = element.range;
	const beforeEndTag = html.slice(start, end - `</${element.rawTagName}>`.length);
	return beforeEndTag.slice(beforeEndTag.trimEnd().length);
}

/** A CSP source expression for some inline code: `'sha256-…'`. */
export function hashSource(code: string): string {
	return `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;
}

/** What a policy allows beyond the page's own origin and inline hashes. */
export interface PolicyOptions {
	/** Origins the page may send data to, e.g. the rating endpoint's. */
	connect?: readonly string[];
	/** Allow style elements added at run time; only the CMS at /admin/ needs it. Default: false. */
	runtimeStyles?: boolean;
}

/** Builds the policy text for the given inline code. */
export function buildPolicy(
	code: { scripts: readonly string[]; styles: readonly string[] },
	options: PolicyOptions = {},
) {
	const unique = (items: readonly string[]) => [...new Set(items.map(hashSource))].sort();
	const directives = [
		"default-src 'self'",
		// Pagefind compiles its search index reader from WebAssembly.
		`script-src 'self' 'wasm-unsafe-eval' ${unique(code.scripts).join(' ')}`.trim(),
		options.runtimeStyles
			? "style-src 'self' 'unsafe-inline'"
			: `style-src 'self' ${unique(code.styles).join(' ')}`.trim(),
		// React sets inline style attributes (progress bars, chart sizes); attributes cannot run code.
		"style-src-attr 'unsafe-inline'",
		`img-src 'self' data:${options.runtimeStyles ? ' blob:' : ''}`,
		"font-src 'self'",
		`connect-src 'self'${options.connect?.length ? ` ${options.connect.join(' ')}` : ''}`,
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
	];
	return directives.join('; ');
}

/**
 * The policy for a headers file, sent with every page on top of the page's own <meta> policy (browsers
 * enforce both). It holds what is the same everywhere, scripts hashed for every page, and what only a
 * header can say (frame-ancestors); styles and connections stay per page, so the CMS can differ.
 */
export function headerPolicy(scripts: readonly string[]): string {
	const hashes = [...new Set(scripts.map(hashSource))].sort();
	return [
		`script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
		"frame-ancestors 'none'",
	].join('; ');
}

/** Inserts the policy right after `<meta charset>` (or `<head>`), so it applies before any script runs. */
export function injectPolicyMeta(html: string, policy: string): string {
	const meta = `<meta http-equiv="content-security-policy" content="${policy.replace(/"/g, '&quot;')}">`;
	if (html.includes('http-equiv="content-security-policy"')) return html;
	const anchor = /<meta charset=[^>]*>/i.exec(html) ?? /<head\b[^>]*>/i.exec(html);
	if (!anchor) throw new Error('Expected a <head> element');
	const at = anchor.index + anchor[0].length;
	return `${html.slice(0, at)}${meta}${html.slice(at)}`;
}

/** Other response headers every page should get from hosts that read a headers file. */
export const securityHeaders: Readonly<Record<string, string>> = {
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	'X-Content-Type-Options': 'nosniff',
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
	'Cross-Origin-Opener-Policy': 'same-origin',
	'X-Frame-Options': 'DENY',
};

/** A Netlify / Cloudflare Pages `_headers` file: one site-wide policy covering every page's hashes. */
export function headersFile(base: string, policy: string, noindex: readonly string[] = []): string {
	const lines = [`${base}*`, `  Content-Security-Policy: ${policy}`];
	for (const [name, value] of Object.entries(securityHeaders)) lines.push(`  ${name}: ${value}`);
	for (const path of noindex) lines.push('', `${base}${path}*`, '  X-Robots-Tag: noindex');
	return `${lines.join('\n')}\n`;
}

/** Git hosts' API origins, which the CMS at /admin/ calls after sign-in. */
const gitApiOrigins: Readonly<Record<string, string>> = {
	github: 'https://api.github.com',
	gitlab: 'https://gitlab.com',
};

/**
 * Policy options for the CMS page: it injects its own styles, previews media from blob: and data: URLs, and
 * talks to the Git host's API (and the OAuth helper, when one is configured). Nothing else gets these.
 */
export function cmsPolicyOptions(backend: { name: string; baseUrl?: string | undefined }): PolicyOptions {
	const connect = ['data:', 'blob:'];
	const api = gitApiOrigins[backend.name];
	if (api) connect.push(api);
	if (backend.baseUrl) connect.push(new URL(backend.baseUrl).origin);
	return { connect, runtimeStyles: true };
}
