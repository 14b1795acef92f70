import { describe, expect, it } from 'vitest';
import { checkContentGraph } from '../../../src/lib/content/checks';
import { contrastRatio } from '../../../src/lib/core/contrast';
import { quote } from '../../../src/lib/core/errors';
import { isCurrentSection } from '../../../src/lib/core/sections';
import { relatedPractices, sortPractices } from '../../../src/lib/practices/practices';
import { describeResults, readSearchQuery, writeSearchQuery } from '../../../src/lib/search/query';
import { themeCss } from '../../../src/lib/core/theme';
import {
	formatMinutes,
	groupByWeek,
	moduleSlugOf,
	modulesOfTrack,
	neighbours,
	sortTracks,
	totalMinutes,
} from '../../../src/lib/onboarding/tracks';
import { trackIdOf } from '../../../src/lib/onboarding/schema';
import { isIndexable, joinBase } from '../../../src/lib/core/urls';
import type { Module, Track } from '../../../src/lib/onboarding/schema';
import type { Practice } from '../../../src/lib/practices/schema';

const mod = (id: string, week: number, order = 1, duration = 30) => ({
	id,
	data: { title: id, week, order, duration, summary: '', goals: [] } satisfies Module,
});
const trk = (id: string, order: number, weeks = 4) => ({
	id,
	data: {
		title: id,
		partnerType: 'agency',
		model: 'referral',
		summary: '',
		weeks,
		order,
		goals: [],
		rhythm: {},
	} satisfies Track,
});
const art = (id: string, tags: string[], related: string[] = [], order = 0) => ({
	id,
	data: { title: id, summary: '', tags, related, order, printable: false } satisfies Practice,
});

describe('tracks', () => {
	const modules = [mod('a/w2', 2), mod('a/w1b', 1, 2), mod('b/w1', 1), mod('a/w1a', 1, 1), mod('a/w4', 4)];

	it('splits module ids', () => {
		expect(trackIdOf('agencies/week-1')).toBe('agencies');
		expect(moduleSlugOf('agencies/week-1')).toBe('week-1');
	});
	it('orders a track by week then order, leaving other tracks out', () => {
		expect(modulesOfTrack(modules, 'a').map((m) => m.id)).toEqual(['a/w1a', 'a/w1b', 'a/w2', 'a/w4']);
	});
	it('groups into every week, keeping empty ones', () => {
		const weeks = groupByWeek(modulesOfTrack(modules, 'a'), 4);
		expect(weeks.map((w) => [w.week, w.modules.map((m) => m.id)])).toEqual([
			[1, ['a/w1a', 'a/w1b']],
			[2, ['a/w2']],
			[3, []],
			[4, ['a/w4']],
		]);
	});
	it('finds neighbours at the ends and in the middle', () => {
		const ordered = modulesOfTrack(modules, 'a');
		expect(neighbours(ordered, 'a/w1a')).toEqual({ prev: undefined, next: ordered[1] });
		expect(neighbours(ordered, 'a/w2')).toEqual({ prev: ordered[1], next: ordered[3] });
		expect(neighbours(ordered, 'a/w4').next).toBeUndefined();
		expect(neighbours(ordered, 'missing')).toEqual({});
	});
	it('sorts tracks by order then title', () => {
		expect(sortTracks([trk('z', 1), trk('b', 2), trk('a', 1)]).map((t) => t.id)).toEqual(['a', 'z', 'b']);
	});
	it('adds and formats durations', () => {
		expect(totalMinutes([mod('a/x', 1, 1, 45), mod('a/y', 1, 1, 45)])).toBe(90);
		expect([formatMinutes(45), formatMinutes(60), formatMinutes(90)]).toEqual(['45 min', '1 h', '1 h 30 min']);
	});
});

describe('practices', () => {
	const all = [
		art('models', ['models', 'growth'], [], 1),
		art('rhythms', ['engagement'], ['charter'], 2),
		art('charter', ['governance', 'engagement'], [], 3),
		art('pitfalls', ['risk', 'governance', 'engagement'], [], 4),
		art('health', ['measurement'], [], 5),
	];
	it('sorts by order', () => {
		expect(sortPractices([...all].reverse()).map((p) => p.id)).toEqual([
			'models',
			'rhythms',
			'charter',
			'pitfalls',
			'health',
		]);
	});
	it('puts explicit related first, then by shared tags, without itself', () => {
		expect(relatedPractices(all[1]!, all).map((p) => p.id)).toEqual(['charter', 'pitfalls']);
		expect(relatedPractices(all[3]!, all).map((p) => p.id)).toEqual(['charter', 'rhythms']);
	});
	it('suggests nothing when no tag is shared', () => {
		expect(relatedPractices(all[4]!, all)).toEqual([]);
	});
	it('respects the limit', () => {
		expect(relatedPractices(all[2]!, all, 1).map((p) => p.id)).toEqual(['pitfalls']);
	});
});

describe('checkContentGraph', () => {
	const base = { tracks: [trk('a', 1, 4)], modules: [mod('a/w1', 1)], practices: [art('x', ['t'])] };
	it('passes consistent content', () => {
		expect(() => checkContentGraph(base)).not.toThrow();
	});
	it('names every broken reference with its file and field', () => {
		const broken = {
			tracks: base.tracks,
			modules: [
				{ ...mod('a/w9', 5), filePath: 'content/tracks/a/w9.mdx' },
				{ ...mod('b/w1', 1), filePath: 'content/tracks/b/w1.mdx' },
			],
			practices: [{ ...art('x', ['t'], ['nope', 'x']), filePath: 'content/practices/x.mdx' }],
		};
		expect(() => checkContentGraph(broken)).toThrow(
			[
				'Content has 4 broken references:',
				"  - content/tracks/a/w9.mdx: week: Expected a week from 1 to 4 (the track's length), found 5",
				'  - content/tracks/b/w1.mdx: the folder "b" has no index.mdx track overview',
				'  - content/practices/x.mdx: related.0: Expected the slug of an article in content/practices/, found "nope"',
				'  - content/practices/x.mdx: related.1: an article cannot be related to itself',
			].join('\n'),
		);
	});
});

describe('contrast', () => {
	it('computes WCAG ratios', () => {
		expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
		expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
		expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
	});
});

describe('theme', () => {
	it('emits both palettes, the system preference and the explicit choice', () => {
		const palette = { accent: '#000001', background: '#000002', surface: '#000003', text: '#000004', muted: '#000005' };
		const css = themeCss({ light: palette, dark: { ...palette, accent: '#ffffff' } });
		expect(css).toContain(':root{color-scheme:light;--accent:#000001;');
		expect(css).toContain(
			'@media (prefers-color-scheme: dark){:root:not([data-theme="light"]){color-scheme:dark;--accent:#ffffff;',
		);
		expect(css).toContain(':root[data-theme="dark"]{color-scheme:dark;--accent:#ffffff;');
	});
});

describe('urls', () => {
	it('joins a base and a path with exactly one slash', () => {
		expect(joinBase('/', 'onboarding/')).toBe('/onboarding/');
		expect(joinBase('/partners/', '/onboarding/')).toBe('/partners/onboarding/');
		expect(joinBase('/partners', '')).toBe('/partners/');
	});
	it('keeps the 404 and search pages out of the sitemap', () => {
		expect(isIndexable('https://x.test/onboarding/')).toBe(true);
		expect(isIndexable('https://x.test/404/')).toBe(false);
		expect(isIndexable('https://x.test/partners/search/')).toBe(false);
	});
	it('marks the current section', () => {
		expect(isCurrentSection('/practices/partner-charter/', '/practices/')).toBe(true);
		expect(isCurrentSection('/practices', '/practices/')).toBe(true);
		expect(isCurrentSection('/onboarding/', '/practices/')).toBe(false);
	});
});

describe('search query', () => {
	it('round-trips through the URL, dropping unknown and empty parameters', () => {
		const query = readSearchQuery(new URLSearchParams('q=+charter+&section=Onboarding&type=&evil=1'));
		expect(query).toEqual({ q: 'charter', filters: { section: 'Onboarding' } });
		expect(writeSearchQuery(query).toString()).toBe('q=charter&section=Onboarding');
	});
	it('describes results for the live region', () => {
		expect(describeResults(1, { q: 'x', filters: {} })).toBe('1 result for “x”');
		expect(describeResults(3, { q: 'x', filters: { section: 'Onboarding', type: 'Agencies' } })).toBe(
			'3 results for “x” in Onboarding, Agencies',
		);
	});
});

describe('quote', () => {
	it('quotes and shortens values for hints', () => {
		expect(quote('a')).toBe('"a"');
		expect(quote(undefined)).toBe('nothing');
		expect(quote('x'.repeat(100))).toHaveLength(60);
	});
});
