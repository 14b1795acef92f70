import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { base, distDir, listPages, withoutBase } from './support/site';

/** The file a site-relative URL path is served from, or undefined when nothing would be. */
function fileFor(path: string): string | undefined {
	if (!path.startsWith(base)) return undefined; // outside the site: broken under a sub-path host
	const clean = decodeURIComponent(withoutBase(path));
	const candidates = clean === '' || clean.endsWith('/') ? [`${clean}index.html`] : [clean, `${clean}/index.html`];
	return candidates.find((candidate) => existsSync(join(distDir, candidate)));
}

const pages = listPages(distDir);
const ids = new Map(
	pages.map((page) => {
		const root = parse(readFileSync(join(distDir, page), 'utf8'));
		return [page, new Set(root.querySelectorAll('[id]').map((element) => element.id))];
	}),
);

describe('link check over dist/', () => {
	it('finds the built pages', () => {
		expect(pages).toContain('index.html');
		expect(pages.length).toBeGreaterThan(20);
	});

	it.each(pages)('%s links only to pages, assets and anchors that exist', (page) => {
		const root = parse(readFileSync(join(distDir, page), 'utf8'));
		const pageUrl = `${base}${page.replace(/index\.html$/, '')}`;
		const references = [
			...root.querySelectorAll('a[href], link[href]').map((el) => el.getAttribute('href')!),
			...root.querySelectorAll('script[src], img[src], source[src]').map((el) => el.getAttribute('src')!),
			...root.querySelectorAll('[srcset]').flatMap((el) =>
				el
					.getAttribute('srcset')!
					.split(',')
					.map((part) => part.trim().split(/\s+/)[0]!),
			),
			...root.querySelectorAll('form[action]').map((el) => el.getAttribute('action')!),
		];
		const broken: string[] = [];
		for (const reference of references) {
			if (/^(?:[a-z][a-z+.-]*:|\/\/)/i.test(reference)) continue; // another origin, mailto:, data:
			const url = new URL(reference, `http://site${pageUrl}`);
			const target = url.pathname === pageUrl && !reference.split('#')[0] ? page : fileFor(url.pathname);
			if (!target) {
				broken.push(reference);
				continue;
			}
			const fragment = decodeURIComponent(url.hash.slice(1));
			if (fragment && target.endsWith('.html') && !ids.get(target)?.has(fragment)) broken.push(reference);
		}
		expect(broken).toEqual([]);
	});
});
