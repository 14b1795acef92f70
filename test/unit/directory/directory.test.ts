import { describe, expect, it } from 'vitest';
import {
	directoryFacets,
	facetPages,
	facetTitle,
	languageLabel,
	listedProfiles,
	publicTier,
	spotlightsNaming,
	toCard,
	type ProfileData,
} from '../../../src/lib/directory/directory';

const profile = (id: string, patch: Partial<ProfileData> = {}) => ({
	id,
	data: {
		name: id,
		listed: true,
		pitch: 'We help teams adopt new tools.',
		services: ['consulting'],
		industries: ['retail'],
		regions: ['europe'],
		languages: ['en', 'pt-BR'],
		website: 'https://example.com',
		contact: 'hello@example.com',
		showTier: false,
		...patch,
	} satisfies ProfileData,
});
const logo = { src: '/logo.svg', width: 56, height: 56, alt: 'Logo' };
const lists = {
	partnerTypes: [
		{ id: 'agency', label: 'Agencies' },
		{ id: 'software', label: 'Software' },
	],
	services: [
		{ id: 'consulting', label: 'Strategy consulting' },
		{ id: 'training', label: 'Training' },
	],
	industries: [{ id: 'retail', label: 'Retail' }],
	regions: [
		{ id: 'europe', label: 'Europe' },
		{ id: 'asia-pacific', label: 'Asia Pacific' },
	],
};

describe('listedProfiles', () => {
	it('keeps listed profiles only, by display name', () => {
		const all = [profile('b', { name: 'beta' }), profile('x', { listed: false }), profile('a', { name: 'Alpha' })];
		expect(listedProfiles(all).map((entry) => entry.id)).toEqual(['a', 'b']);
	});
});

describe('the public tier', () => {
	it('is shown only for a partner who opted in', () => {
		expect(publicTier({ showTier: true }, 'Gold')).toBe('Gold');
		expect(publicTier({ showTier: false }, 'Gold')).toBeUndefined();
		const hidden = toCard(profile('p'), { type: 'agency', url: '/p/', logo, tier: 'Gold' });
		expect('tier' in hidden).toBe(false);
		expect(JSON.stringify(hidden)).not.toContain('Gold');
		expect(toCard(profile('p', { showTier: true }), { type: 'agency', url: '/p/', logo, tier: 'Gold' }).tier).toBe(
			'Gold',
		);
	});
});

describe('cards', () => {
	it('names languages in words through Intl.DisplayNames', () => {
		expect(toCard(profile('p'), { type: 'agency', url: '/p/', logo }).languages).toEqual([
			'English',
			'Brazilian Portuguese',
		]);
		expect(languageLabel('de')).toBe('German');
		expect(languageLabel('zh-Hant')).toBe('Traditional Chinese');
	});
});

describe('facets and facet pages', () => {
	const cards = [
		toCard(profile('one'), { type: 'agency', url: '/one/', logo }),
		toCard(profile('two', { services: ['consulting', 'training'] }), { type: 'software', url: '/two/', logo }),
	];

	it('lists every configured option in order, with a page only where a partner has it', () => {
		const facets = directoryFacets(lists, cards);
		expect(facets.region.map((option) => [option.id, Boolean(option.url)])).toEqual([
			['europe', true],
			['asia-pacific', false],
		]);
		expect(facets.service[1]).toEqual({ id: 'training', label: 'Training', url: '/directory/service/training/' });
	});

	it('builds one page per option in use, listing its partners', () => {
		const pages = facetPages(cards, directoryFacets(lists, cards));
		expect(pages.map((page) => `${page.key}/${page.option.id}:${page.cards.map((c) => c.id).join(',')}`)).toEqual([
			'type/agency:one',
			'type/software:two',
			'service/consulting:one,two',
			'service/training:two',
			'industry/retail:one,two',
			'region/europe:one,two',
		]);
		expect(facetTitle('service', 'Training')).toBe('Partners by service: Training');
		expect(facetTitle('type', 'Agencies')).toBe('Partners by type: Agencies');
	});

	it('refuses a partner id that is also a filter name, since the two pages would share an address', () => {
		const clash = [toCard(profile('region'), { type: 'agency', url: '/region/', logo })];
		expect(() => facetPages(clash, directoryFacets(lists, clash))).toThrow(/Partner id "region"/);
	});
});

describe('spotlightsNaming', () => {
	it('finds the stories that name the partner, in the order given', () => {
		const stories = [
			{ id: 's3', data: { partners: ['a', 'b'] } },
			{ id: 's2', data: { partners: ['c'] } },
			{ id: 's1', data: { partners: ['b'] } },
		];
		expect(spotlightsNaming('b', stories).map((story) => story.id)).toEqual(['s3', 's1']);
		expect(spotlightsNaming('z', stories)).toEqual([]);
	});
});
