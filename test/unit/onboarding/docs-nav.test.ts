import { describe, expect, it } from 'vitest';
import type { Entry } from '../../../src/lib/core/entry';
import { tableOfContents } from '../../../src/lib/core/toc';
import type { Module } from '../../../src/lib/onboarding/schema';
import {
	groupByWeek,
	modulesOfTrack,
	overviewAnchors,
	overviewHeadings,
	trackNav,
} from '../../../src/lib/onboarding/tracks';

const module = (id: string, week: number, order = 1): Entry<Module> => ({
	id,
	data: { title: `Title of ${id}`, week, order, duration: 30, summary: 'A summary.', goals: ['A goal'] },
});

const modules = [module('t/b', 2), module('t/a', 1), module('t/c', 2, 2), module('other/x', 1)];
const weeks = groupByWeek(modulesOfTrack(modules, 't'), 3);
const urlOf = (id: string) => `/onboarding/${id}/`;

describe('track navigation', () => {
	it('lists every week in order, its modules in reading order, and marks the module on screen', () => {
		expect(trackNav(weeks, 't/b', urlOf)).toEqual([
			{ week: 1, links: [{ label: 'Title of t/a', url: '/onboarding/t/a/', current: false }] },
			{
				week: 2,
				links: [
					{ label: 'Title of t/b', url: '/onboarding/t/b/', current: true },
					{ label: 'Title of t/c', url: '/onboarding/t/c/', current: false },
				],
			},
			{ week: 3, links: [] },
		]);
	});

	it('marks no module on the overview', () => {
		const links = trackNav(weeks, 't', urlOf).flatMap((week) => week.links);
		expect(links).toHaveLength(3);
		expect(links.some((link) => link.current)).toBe(false);
	});
});

describe('track overview outline', () => {
	it('puts the goals, every week, the calendar and then the text in page order', () => {
		const toc = tableOfContents(overviewHeadings(2, [{ depth: 2, slug: 'who-this-track-is-for', text: 'Who' }]));
		expect(toc.map((item) => item.slug)).toEqual([
			overviewAnchors.goals,
			overviewAnchors.weeks,
			overviewAnchors.calendar,
			'who-this-track-is-for',
		]);
		expect(toc[1]!.children).toEqual([
			{ slug: 'week-1', text: 'Week 1' },
			{ slug: 'week-2', text: 'Week 2' },
		]);
		expect(toc[2]!.children.map((child) => child.slug)).toEqual([overviewAnchors.calendarFiles]);
	});
});
