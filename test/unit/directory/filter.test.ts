import { describe, expect, it } from 'vitest';
import {
	activeFilterCount,
	defaultView,
	describeCount,
	filterCards,
	isFiltered,
	optionCounts,
	readView,
	toggled,
	writeView,
	type DirectoryCard,
	type DirectoryFacets,
} from '../../../src/lib/directory/filter';

const card = (id: string, patch: Partial<DirectoryCard>): DirectoryCard => ({
	id,
	name: id,
	url: `/directory/${id}/`,
	logo: { src: `/${id}.svg`, width: 56, height: 56, alt: id },
	pitch: 'Helps teams work better together.',
	type: 'agency',
	services: ['consulting'],
	industries: ['retail'],
	regions: ['europe'],
	languages: ['English'],
	...patch,
});
const cards = [
	card('Ledgerline', { type: 'software', services: ['integrations', 'analytics'], industries: ['finance'] }),
	card('Oakridge', {
		services: ['consulting', 'implementation'],
		regions: ['north-america'],
		pitch: 'Café processes.',
	}),
	card('Kessler', {
		services: ['consulting', 'migration'],
		industries: ['finance', 'healthcare'],
		languages: ['German'],
	}),
];
const option = (id: string, label = id) => ({ id, label, url: `/directory/x/${id}/` });
const facets: DirectoryFacets = {
	type: [option('agency', 'Agencies and services'), option('software', 'Software partners')],
	service: ['integrations', 'analytics', 'consulting', 'implementation', 'migration', 'training'].map((id) =>
		option(id, id === 'migration' ? 'Data migration' : id),
	),
	industry: ['finance', 'healthcare', 'retail'].map((id) => option(id)),
	region: ['europe', 'north-america'].map((id) => option(id, id === 'europe' ? 'Europe' : 'North America')),
};
const names = (list: readonly DirectoryCard[]) => list.map((entry) => entry.id);

describe('filterCards', () => {
	it('combines every filter: a card must have each chosen option', () => {
		expect(names(filterCards(cards, { ...defaultView, service: 'consulting' }, facets))).toEqual([
			'Oakridge',
			'Kessler',
		]);
		expect(names(filterCards(cards, { ...defaultView, service: 'consulting', region: 'europe' }, facets))).toEqual([
			'Kessler',
		]);
		expect(names(filterCards(cards, { ...defaultView, type: 'software', industry: 'healthcare' }, facets))).toEqual([]);
	});

	it('searches name, pitch, option labels and languages, every word, without case or accents', () => {
		expect(names(filterCards(cards, { ...defaultView, q: 'CAFE' }, facets))).toEqual(['Oakridge']);
		expect(names(filterCards(cards, { ...defaultView, q: 'data migration' }, facets))).toEqual(['Kessler']);
		expect(names(filterCards(cards, { ...defaultView, q: 'german' }, facets))).toEqual(['Kessler']);
		expect(names(filterCards(cards, { ...defaultView, q: 'north america oak' }, facets))).toEqual(['Oakridge']);
		expect(names(filterCards(cards, { ...defaultView, q: 'kessler nowhere' }, facets))).toEqual([]);
	});
});

describe('optionCounts', () => {
	it('counts what each option would give with the other filters as they are', () => {
		const counts = optionCounts(cards, { ...defaultView, region: 'europe' }, facets);
		expect(counts.service.get('consulting')).toBe(1);
		expect(counts.service.get('integrations')).toBe(1);
		expect(counts.service.get('implementation')).toBeUndefined();
		expect(counts.service.get('')).toBe(2);
		// The region's own counts ignore the region chosen, so switching region shows what it would give.
		expect(counts.region.get('north-america')).toBe(1);
		expect(counts.region.get('europe')).toBe(2);
	});
});

describe('the view in the URL', () => {
	it('reads only offered options, and writes back only what is set', () => {
		const view = readView(new URLSearchParams('service=migration&region=mars&type=agency&q=%20audit%20'), facets);
		expect(view).toEqual({ type: 'agency', service: 'migration', industry: '', region: '', q: ' audit ' });
		expect(writeView(view).toString()).toBe('type=agency&service=migration&q=audit');
		expect(writeView(defaultView).toString()).toBe('');
	});

	it('round-trips every combination of filters', () => {
		const view = { type: 'software', service: 'analytics', industry: 'finance', region: 'europe', q: 'ledger' };
		expect(readView(writeView(view), facets)).toEqual(view);
	});

	it('toggles an option on and, chosen again, off', () => {
		const on = toggled(defaultView, 'service', 'consulting');
		expect(on.service).toBe('consulting');
		expect(toggled(on, 'service', 'consulting').service).toBe('');
		expect(toggled(on, 'service', 'migration').service).toBe('migration');
	});

	it('counts set filters for the toggle button, and knows when the list is narrowed', () => {
		expect(activeFilterCount({ ...defaultView, service: 'a', region: 'b', q: 'x' })).toBe(2);
		expect(isFiltered({ ...defaultView, q: '  ' })).toBe(false);
		expect(isFiltered({ ...defaultView, q: 'x' })).toBe(true);
		expect(isFiltered({ ...defaultView, type: 'agency' })).toBe(true);
	});
});

describe('describeCount', () => {
	it('says how many partners match, in words a screen reader announces', () => {
		expect(describeCount(0)).toBe('No partners match these filters.');
		expect(describeCount(1)).toBe('1 partner found.');
		expect(describeCount(12)).toBe('12 partners found.');
	});
});
