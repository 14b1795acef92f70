import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

/** Bytes a page costs on first load, gzip-compressed per resource as a CDN would send it. */
export interface PageWeight {
	/** Site-relative path of the HTML file, e.g. "onboarding/index.html". */
	page: string;
	html: number;
	css: number;
	/** Web fonts the page preloads (woff2 is compressed already, so counted as stored). */
	fonts: number;
	js: number;
	/** Requests for first load: the document plus every script, stylesheet, module import and island file. */
	requests: number;
	/** Whether the page hydrates a React island. */
	hasIsland: boolean;
}

const gzip = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

/** Static `import` specifiers of an ES module (Vite emits them minified: `import{a}from"./x.js"`). */
function staticImports(code: string): string[] {
	return [...code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)].map((m) => m[1]!);
}

/**
 * Weighs one built page: inline scripts and styles, plus every same-site script (following its static
 * imports), stylesheet and island component/renderer. Dynamic imports (e.g. Pagefind) are not first load.
 */
export function weighPage(distDir: string, page: string, base = '/'): PageWeight {
	const html = readFileSync(join(distDir, page), 'utf8');
	const root = parse(html);
	const seen = new Set<string>();
	let js = 0;
	let css = 0;
	let fonts = 0;

	const fileOf = (url: string, from: string): string | undefined => {
		if (/^[a-z]+:/i.test(url) || url.startsWith('//')) return undefined;
		const absolute = url.startsWith('/') ? url : posix.join(posix.dirname(from), url);
		const path = absolute.startsWith(base) ? absolute.slice(base.length) : absolute.replace(/^\//, '');
		return existsSync(join(distDir, path)) ? path : undefined;
	};
	const addScript = (url: string, from: string) => {
		const path = fileOf(url, from);
		if (!path || seen.has(path)) return;
		seen.add(path);
		const code = readFileSync(join(distDir, path), 'utf8');
		js += gzip(code);
		for (const specifier of staticImports(code)) addScript(specifier, `/${path}`);
	};
	const pageUrl = `${base}${page.replace(/index\.html$/, '')}`;

	for (const script of root.querySelectorAll('script')) {
		const type = script.getAttribute('type');
		if (type && !/module|javascript/.test(type)) continue;
		const src = script.getAttribute('src');
		if (src) addScript(src, pageUrl);
		else js += gzip(script.rawText);
	}
	for (const island of root.querySelectorAll('astro-island')) {
		for (const attr of ['component-url', 'renderer-url']) {
			const url = island.getAttribute(attr);
			if (url) addScript(url, pageUrl);
		}
	}
	for (const style of root.querySelectorAll('style')) css += gzip(style.rawText);
	for (const link of root.querySelectorAll('link[rel="stylesheet"]')) {
		const path = fileOf(link.getAttribute('href') ?? '', pageUrl);
		if (path && !seen.has(path)) {
			seen.add(path);
			css += gzip(readFileSync(join(distDir, path)));
		}
	}
	for (const link of root.querySelectorAll('link[rel="preload"][as="font"]')) {
		const path = fileOf(link.getAttribute('href') ?? '', pageUrl);
		if (path && !seen.has(path)) {
			seen.add(path);
			fonts += readFileSync(join(distDir, path)).length;
		}
	}
	return {
		page,
		html: gzip(html),
		css,
		fonts,
		js,
		requests: 1 + seen.size,
		hasIsland: root.querySelector('astro-island') !== null,
	};
}

/** JavaScript budgets in gzip bytes, from DEVELOPERS.md and the issues. */
export const budgets = { contentPageJs: 3 * 1024, islandPageJs: 80 * 1024, fontsAndCss: 60 * 1024 } as const;

/**
 * Pages exempt from the budgets: /admin/ is the Sveltia CMS, a full application for program staff (about
 * 2 MB of script) that is never linked from the portal and kept out of search engines.
 */
export const budgetExempt: readonly string[] = ['admin/index.html'];
