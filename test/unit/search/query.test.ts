import { describe, expect, it } from 'vitest';
import { describeResults, readSearchQuery, searchUrl, writeSearchQuery } from '../../../src/lib/search/query';

describe('search query in the URL', () => {
	it('reads the words and known filters, ignoring empty and unknown ones', () => {
		const query = readSearchQuery(new URLSearchParams('q=+charter+&section=Training&type=&tag=risk&page=2'));
		expect(query).toEqual({ q: 'charter', filters: { section: 'Training', tag: 'risk' } });
	});

	it('round-trips through the address, and leaves a bare path when there is nothing to keep', () => {
		const query = { q: 'quarterly review', filters: { section: 'Best practices' } };
		expect(readSearchQuery(writeSearchQuery(query))).toEqual(query);
		expect(searchUrl('/search/', query)).toBe('/search/?q=quarterly+review&section=Best+practices');
		expect(searchUrl('/partners/search/', { q: '', filters: { section: '' } })).toBe('/partners/search/');
	});

	it('describes the results with a real plural and the filters in words', () => {
		expect(describeResults(1, { q: 'charter', filters: {} })).toBe('1 result for “charter”');
		expect(
			describeResults(3, { q: 'partner', filters: { section: 'Onboarding', type: 'Agencies and services' } }),
		).toBe('3 results for “partner” in Onboarding, Agencies and services');
	});
});
