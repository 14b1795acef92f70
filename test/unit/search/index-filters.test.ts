import { describe, expect, it } from 'vitest';
import { searchSections } from '../../../src/lib/core/sections';
import { indexFilters } from '../../../src/lib/search/index-filters';

describe('the filters a page is indexed with', () => {
	it('take the section from the path and the one list of sections', () => {
		expect(indexFilters('training/', {})).toEqual({ section: ['Training'] });
		expect(
			indexFilters('onboarding/agencies/week-1/', { section: 'Onboarding', type: 'Agencies and services' }),
		).toEqual({
			section: ['Onboarding'],
			type: ['Agencies and services'],
		});
		expect(indexFilters('practices/partner-charter/', { tag: ['governance', 'risk'], type: '' })).toEqual({
			section: ['Best practices'],
			tag: ['governance', 'risk'],
		});
	});

	it('give every searchable section a value the search filter offers', () => {
		for (const section of searchSections) expect(indexFilters(section.path, {}).section).toEqual([section.label]);
	});

	it('refuse a page that names another section, or lies outside the searchable ones', () => {
		expect(() => indexFilters('training/', { section: 'Onboarding' })).toThrow(/path puts it in "Training"/);
		expect(() => indexFilters('ratings/', {})).toThrow(/no searchable section/);
		expect(() => indexFilters('', {})).toThrow(/no searchable section/);
	});
});
