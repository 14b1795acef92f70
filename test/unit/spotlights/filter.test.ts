import { describe, expect, it } from 'vitest';
import {
	activeFilterCount,
	browse,
	defaultView,
	describeCount,
	facetsOf,
	filterCards,
	isFiltered,
	optionCounts,
	readView,
	sortCards,
	writeView,
	type SpotlightCard,
} from '../../../src/lib/spotlights/filter';

const card = (id: string, patch: Partial<SpotlightCard>): SpotlightCard => ({
	id,
	title: id,
	date: '2026-05-01',
	summary: 'A partnership story.',
	partnerType: 'software',
	model: 'referral',
	tags: [],
	partners: [],
	url: `/spotlights/${id}/`,
	...patch,
});
const cards = [
	card('Northbeam', {
		date: '2026-05-14',
		partnerType: 'content-creator',
		model: 'value-exchange',
		tags: ['co-marketing'],
		summary: 'Satisfaction rose from 6.2 to 8.7.',
	}),
	card('Ledgerline', {
		date: '2026-06-09',
		model: 'strategic-alliance',
		tags: ['integration'],
		summary: 'Acquisition cost fell by 40%.',
	}),
	card('Café Oakridge', {
		date: '2025-07-08',
		partnerType: 'agency',
		tags: ['co-marketing', 'referrals'],
		summary: 'Qualified leads at 65% conversion.',
	}),
];
const facets = facetsOf(cards);
const ids = (list: readonly SpotlightCard[]) => list.map((c) => c.id);

describe('facetsOf', () => {
	it('offers only values that occur, years newest first and tags sorted by label', () => {
		expect(facets).toEqual({
			years: ['2026', '2025'],
			types: ['content-creator', 'software', 'agency'],
			models: ['value-exchange', 'strategic-alliance', 'referral'],
			tags: ['co-marketing', 'integration', 'referrals'],
		});
	});
});

describe('readView / writeView', () => {
	it('round-trips a view through the URL query', () => {
		const view = {
			year: '2026',
			type: 'software',
			model: 'strategic-alliance',
			tag: 'integration',
			q: 'cost',
			sort: 'title' as const,
			page: 2,
		};
		const params = writeView(view);
		expect(params.toString()).toBe(
			'year=2026&type=software&model=strategic-alliance&tag=integration&q=cost&sort=title&page=2',
		);
		expect(readView(params, facets)).toEqual(view);
	});
	it('leaves defaults out of the query', () => {
		expect(writeView(defaultView).toString()).toBe('');
		expect(writeView({ ...defaultView, q: '  ' }).toString()).toBe('');
	});
	it('drops values the archive does not offer', () => {
		expect(readView(new URLSearchParams('year=1999&tag=<b>&sort=random&page=-3&type=software'), facets)).toEqual({
			...defaultView,
			type: 'software',
		});
	});
});

describe('filterCards', () => {
	it('filters by year, type, model and tag together', () => {
		expect(ids(filterCards(cards, { ...defaultView, year: '2026' }))).toEqual(['Northbeam', 'Ledgerline']);
		expect(ids(filterCards(cards, { ...defaultView, tag: 'co-marketing' }))).toEqual(['Northbeam', 'Café Oakridge']);
		expect(ids(filterCards(cards, { ...defaultView, tag: 'co-marketing', year: '2025' }))).toEqual(['Café Oakridge']);
		expect(ids(filterCards(cards, { ...defaultView, type: 'software', model: 'strategic-alliance' }))).toEqual([
			'Ledgerline',
		]);
	});
	it('matches every word of the query in title or summary, ignoring case and accents', () => {
		expect(ids(filterCards(cards, { ...defaultView, q: 'cafe LEADS' }))).toEqual(['Café Oakridge']);
		expect(ids(filterCards(cards, { ...defaultView, q: 'cost 40%' }))).toEqual(['Ledgerline']);
		expect(ids(filterCards(cards, { ...defaultView, q: 'cost leads' }))).toEqual([]);
	});
	it('knows when the view is filtered', () => {
		expect(isFiltered({ ...defaultView, sort: 'oldest', page: 2 })).toBe(false);
		expect(isFiltered({ ...defaultView, q: 'x' })).toBe(true);
	});
});

describe('sortCards and browse', () => {
	it('sorts newest, oldest or by title', () => {
		expect(ids(sortCards(cards, 'newest'))).toEqual(['Ledgerline', 'Northbeam', 'Café Oakridge']);
		expect(ids(sortCards(cards, 'oldest'))).toEqual(['Café Oakridge', 'Northbeam', 'Ledgerline']);
		expect(ids(sortCards(cards, 'title'))).toEqual(['Café Oakridge', 'Ledgerline', 'Northbeam']);
	});
	it('pages results and clamps a page past the end', () => {
		expect(browse(cards, { ...defaultView, page: 2 }, 2)).toMatchObject({ total: 3, page: 2, pageCount: 2 });
		expect(ids(browse(cards, { ...defaultView, page: 2 }, 2).cards)).toEqual(['Café Oakridge']);
		expect(browse(cards, { ...defaultView, page: 9 }, 2).page).toBe(2);
		expect(browse([], defaultView, 2)).toEqual({ cards: [], total: 0, page: 1, pageCount: 1 });
	});
	it('describes the count for the live region', () => {
		expect(describeCount(browse(cards, defaultView, 2))).toBe('3 spotlights found, page 1 of 2.');
		expect(describeCount(browse(cards, { ...defaultView, q: 'cost' }))).toBe('1 spotlight found.');
		expect(describeCount(browse(cards, { ...defaultView, q: 'nothing' }))).toBe('No spotlights match these filters.');
		expect(describeCount(browse([...cards, ...cards, ...cards, ...cards], defaultView, 20), 'en-GB')).toBe(
			'12 spotlights found.',
		);
	});
});

describe('optionCounts', () => {
	const count = (view: Partial<typeof defaultView>) => {
		const counts = optionCounts(cards, { ...defaultView, ...view });
		return Object.fromEntries(Object.entries(counts).map(([key, map]) => [key, Object.fromEntries(map)]));
	};
	it('counts what each option would show with the other filters as they are', () => {
		expect(count({})).toEqual({
			year: { '': 3, '2026': 2, '2025': 1 },
			type: { '': 3, 'content-creator': 1, software: 1, agency: 1 },
			model: { '': 3, 'value-exchange': 1, 'strategic-alliance': 1, referral: 1 },
			tag: { '': 3, 'co-marketing': 2, integration: 1, referrals: 1 },
		});
		// With 2025 chosen, the tag counts are those of 2025, and the year counts ignore the year itself.
		const in2025 = count({ year: '2025' });
		expect(in2025.tag).toEqual({ '': 1, 'co-marketing': 1, referrals: 1 });
		expect(in2025.year).toEqual({ '': 3, '2026': 2, '2025': 1 });
		expect(in2025.type).toEqual({ '': 1, agency: 1 });
	});
	it('takes the search query into account', () => {
		expect(count({ q: 'cost' }).year).toEqual({ '': 1, '2026': 1 });
		expect(count({ q: 'zeppelin' }).tag).toEqual({ '': 0 });
	});
});

describe('activeFilterCount', () => {
	it('counts the select filters that are set, not the query, sort or page', () => {
		expect(activeFilterCount(defaultView)).toBe(0);
		expect(activeFilterCount({ ...defaultView, q: 'x', sort: 'title', page: 2 })).toBe(0);
		expect(activeFilterCount({ ...defaultView, year: '2026', tag: 'referrals' })).toBe(2);
	});
});
