import { describe, expect, it } from 'vitest';
import { markWords, repeatsOpening, resultPath } from '../../../src/lib/search/result-view';

describe('a search result', () => {
	it('says where the page lies: its breadcrumbs, else its section, never just its own title again', () => {
		const page = { url: '/x/', excerpt: '' };
		expect(
			resultPath({
				...page,
				meta: { title: 'Welcome and setup', trail: 'Onboarding › Onboarding for content creators' },
				filters: { section: ['Onboarding'] },
			}),
		).toBe('Onboarding › Onboarding for content creators');
		expect(
			resultPath({ ...page, meta: { title: 'Partner charter template' }, filters: { section: ['Best practices'] } }),
		).toBe('Best practices');
		expect(resultPath({ ...page, meta: { title: 'Training' }, filters: { section: ['Training'] } })).toBe('');
	});

	const title = 'Welcome and setup';
	const summary =
		'Meet your partner manager, set up the shared channel and weekly check-in, and start the partner charter that records what you both expect from the partnership.';

	it('drops an excerpt that only repeats the title and summary, which the result already shows', () => {
		const excerpt = `Welcome and setup. Meet your <mark>partner</mark> manager, set up the shared channel and weekly check-in, and start the <mark>partner</mark> charter`;
		expect(repeatsOpening(excerpt, `${title}. ${summary}`)).toBe(true);
	});

	it('keeps an excerpt from further down the page', () => {
		const excerpt =
			'the summary. What you will be able to do. Name your <mark>partner</mark> manager and know the fastest way to reach them. Set up your product access';
		expect(repeatsOpening(excerpt, `${title}. ${summary}`)).toBe(false);
		expect(repeatsOpening('', summary)).toBe(false);
	});

	it('marks the hits in the summary, whatever their case', () => {
		const segments = markWords('Partner charter: the partner side.', new Set(['partner']));
		expect(segments).toEqual([
			{ text: 'Partner', mark: true },
			{ text: ' charter: the ', mark: false },
			{ text: 'partner', mark: true },
			{ text: ' side.', mark: false },
		]);
		expect(segments.map((segment) => segment.text).join('')).toBe('Partner charter: the partner side.');
	});
});
