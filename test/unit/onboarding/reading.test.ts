import { describe, expect, it } from 'vitest';
import userConfig from '../../../portal.config';
import { rhythmOf } from '../../../src/lib/onboarding/calendar/events';
import { resolveBuildDate } from '../../../src/lib/core/build-date';
import { tagLabel } from '../../../src/lib/core/tags';
import { practicesTagged, tagIndex } from '../../../src/lib/practices/practices';
import { countWords, readingMinutes } from '../../../src/lib/core/reading-time';
import { portalConfigSchema } from '../../../src/lib/core/config-schema';
import { practiceSchema, type Practice } from '../../../src/lib/practices/schema';
import { trackSchema } from '../../../src/lib/onboarding/schema';
import { tableOfContents } from '../../../src/lib/core/toc';
import { progressModules } from '../../../src/lib/onboarding/tracks';
import { programIds } from '../../../src/lib/core/config';

describe('reading time', () => {
	it('counts words, not markup, code or link targets', () => {
		const body = [
			'## A heading',
			'',
			'Read the [partner charter](../partner-charter/) **today**.',
			'',
			'<Callout type="tip">Two words</Callout>',
			'',
			'```js',
			'const ignored = true;',
			'```',
			'| a | b |',
			'|---|---|',
		].join('\n');
		// heading 2, sentence 5, callout text 2, table cells 2
		expect(countWords(body)).toBe(11);
	});
	it('rounds to whole minutes at 200 words a minute, at least one', () => {
		expect(readingMinutes('word '.repeat(1000))).toBe(5);
		expect(readingMinutes('word '.repeat(1100))).toBe(6);
		expect(readingMinutes('')).toBe(1);
	});
});

describe('table of contents', () => {
	it('nests h3 under the preceding h2 and ignores other levels', () => {
		const toc = tableOfContents([
			{ depth: 3, slug: 'intro', text: 'Intro' },
			{ depth: 2, slug: 'a', text: 'A' },
			{ depth: 3, slug: 'a1', text: 'A1' },
			{ depth: 4, slug: 'deep', text: 'Deep' },
			{ depth: 2, slug: 'b', text: 'B' },
		]);
		expect(toc).toEqual([
			{ slug: 'intro', text: 'Intro', children: [] },
			{ slug: 'a', text: 'A', children: [{ slug: 'a1', text: 'A1' }] },
			{ slug: 'b', text: 'B', children: [] },
		]);
	});
});

describe('practice tags', () => {
	const art = (id: string, tags: string[], order = 0) => ({
		id,
		data: { title: id, summary: '', tags, related: [], order, printable: false } satisfies Practice,
	});
	const all = [art('b', ['risk', 'governance'], 2), art('a', ['governance'], 1), art('c', ['growth'], 3)];

	it('lists every tag once with its count, alphabetically', () => {
		expect(tagIndex(all)).toEqual([
			{ tag: 'governance', count: 2 },
			{ tag: 'growth', count: 1 },
			{ tag: 'risk', count: 1 },
		]);
	});
	it('finds the articles of a tag in index order', () => {
		expect(practicesTagged(all, 'governance').map((entry) => entry.id)).toEqual(['a', 'b']);
		expect(practicesTagged(all, 'none')).toEqual([]);
	});
	it('turns a tag id into words', () => {
		expect(tagLabel('value-exchange')).toBe('Value exchange');
	});
	it('marks printable templates in frontmatter', () => {
		const parsed = practiceSchema.parse({
			title: 'T',
			summary: 'A summary long enough.',
			tags: ['x'],
			printable: true,
		});
		expect(parsed.printable).toBe(true);
		expect(
			practiceSchema.safeParse({ title: 'T', summary: 'A summary long enough.', tags: ['x'], printable: 'yes' })
				.success,
		).toBe(false);
	});
});

describe('progress island input', () => {
	it('passes id, title and URL of each module in order', () => {
		const modules = [{ id: 't/w1', data: { title: 'One', week: 1, order: 1, duration: 30, summary: '', goals: [] } }];
		expect(progressModules(modules, (id) => `/base/onboarding/${id}/`)).toEqual([
			{ id: 't/w1', title: 'One', url: '/base/onboarding/t/w1/' },
		]);
	});
});

describe('engagement rhythm in data', () => {
	const track = {
		title: 'Onboarding for agencies',
		partnerType: 'agency',
		model: 'referral',
		summary: 'Four weeks from signed agreement to your first qualified referral.',
		weeks: 4,
		goals: ['Send a qualified referral'],
	};

	it('defaults the portal rhythm when portal.config.ts leaves it out', () => {
		const { engagementRhythm: _omitted, ...rest } = userConfig;
		const parsed = portalConfigSchema.parse(rest);
		expect(parsed.engagementRhythm).toMatchObject({ timeZone: 'UTC', establishedEveryWeeks: 2, reviewEveryWeeks: 13 });
	});
	it('lets a track override parts of the rhythm and refuses unknown keys', () => {
		const parsed = { data: trackSchema(programIds).parse({ ...track, rhythm: { checkInMinutes: 45 } }) };
		expect(rhythmOf(parsed).checkInMinutes).toBe(45);
		expect(rhythmOf(parsed).reviewEveryWeeks).toBe(13);
		expect(rhythmOf({ data: trackSchema(programIds).parse(track) }).checkInMinutes).toBe(30);
		expect(trackSchema(programIds).safeParse({ ...track, rhythm: { checkinMinutes: 45 } }).success).toBe(false);
		expect(trackSchema(programIds).safeParse({ ...track, rhythm: { time: '9am' } }).success).toBe(false);
	});
});

describe('build date for calendars', () => {
	const now = new Date('2026-11-24T22:00:00Z');
	it('uses today in UTC unless PORTAL_BUILD_DATE pins it', () => {
		expect(resolveBuildDate(undefined, now)).toBe('2026-11-24');
		expect(resolveBuildDate('', now)).toBe('2026-11-24');
		expect(resolveBuildDate('2027-01-04', now)).toBe('2027-01-04');
	});
	it('refuses a date that does not exist, quoting it', () => {
		expect(() => resolveBuildDate('2026-02-30', now)).toThrow(
			'PORTAL_BUILD_DATE: Expected a real calendar date (found "2026-02-30")',
		);
	});
});
