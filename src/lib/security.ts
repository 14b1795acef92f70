import { createHash } from 'node:crypto';

/**
 * Content-Security-Policy for a static build. Astro inlines a few scripts and styles (the theme script,
 * island bootstrap, the palette), so instead of 'unsafe-inline' each page gets the hashes of exactly its
 * own inline code, computed from the built HTML.
 */

/** Inline `<script>` and `<style>` bodies of a page (scripts with `src` and JSON data blocks excluded). */
export function inlineCode(html: string): { scripts: string[]; styles: string[] } {
	const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
		.filter(([, attrs]) => !/\bsrc\s*=/i.test(attrs!) && !/type\s*=\s*["']?application\/(?:ld\+)?json/i.test(attrs!))
		.map(([, , body]) => body!);
	const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map(([, body]) => body!);
	return { scripts, styles };
}

/** A CSP source expression for some inline code: `'sha256-…'`. */
export function hashSource(code: string): string {
	return `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;
}

/** What a policy allows beyond the page's own origin and inline hashes. */
export interface PolicyOptions {
	/** Origins the page may send data to, e.g. the rating endpoint's. */
	connect?: readonly string[];
	/** Include directives that only work as an HTTP header (frame-ancestors). Default: false. */
	header?: boolean;
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
		`style-src 'self' ${unique(code.styles).join(' ')}`.trim(),
		// React sets inline style attributes (progress bars, chart sizes); attributes cannot run code.
		"style-src-attr 'unsafe-inline'",
		"img-src 'self' data:",
		"font-src 'self'",
		`connect-src 'self'${options.connect?.length ? ` ${options.connect.join(' ')}` : ''}`,
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
	];
	if (options.header) directives.push("frame-ancestors 'none'");
	return directives.join('; ');
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
