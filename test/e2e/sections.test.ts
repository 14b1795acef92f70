import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { searchSections } from '../../src/lib/core/sections';
import { distDir, listPages } from './support/site';

// The section filter on the search page and the section each page is indexed under come from one list.
describe('search sections', () => {
	const indexed = new Map<string, string[]>();
	for (const page of listPages(distDir)) {
		const root = parse(readFileSync(join(distDir, page), 'utf8'));
		for (const filter of root.querySelectorAll('[data-pagefind-filter^="section:"]')) {
			const label = filter.getAttribute('data-pagefind-filter')!.slice('section:'.length);
			indexed.set(label, [...(indexed.get(label) ?? []), page]);
		}
	}
	const offered = parse(readFileSync(join(distDir, 'search/index.html'), 'utf8'))
		.querySelectorAll('select[name="section"] option')
		.map((option) => option.text.trim())
		.filter((label) => label !== 'Any section');

	it('offers every section a page is indexed under, and no other', () => {
		expect(offered).toEqual(searchSections.map((section) => section.label));
		expect([...indexed.keys()].sort()).toEqual([...offered].sort());
	});

	it('reaches the Training page through the filter', () => {
		expect(indexed.get('Training')).toContain('training/index.html');
	});
});
