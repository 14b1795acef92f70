import { describe, expect, it } from 'vitest';
import { sortTags, tagLabel } from '../../../src/lib/core/tags';

describe('tagLabel', () => {
	it('gives every tag one label in words, first letter capital', () => {
		expect(tagLabel('engagement-rhythm')).toBe('Engagement rhythm');
		expect(tagLabel('value-exchange')).toBe('Value exchange');
		expect(tagLabel('scorecards')).toBe('Scorecards');
	});
	it('keeps the hyphen of a "co-" word', () => {
		expect(tagLabel('co-created-content')).toBe('Co-created content');
		expect(tagLabel('joint-co-marketing')).toBe('Joint co-marketing');
		expect(tagLabel('community')).toBe('Community');
	});
});

describe('sortTags', () => {
	it('sorts by label, as the list reads', () => {
		expect(sortTags(['value-exchange', 'co-created-content', 'community', 'commission-design'])).toEqual([
			'co-created-content',
			'commission-design',
			'community',
			'value-exchange',
		]);
	});
});
