import { describe, expect, it } from 'vitest';
import { UserError, parseWithFriendlyErrors } from '../../../src/lib/core/errors';
import { practiceSchema } from '../../../src/lib/practices/schema';
import { portalConfigSchema } from '../../../src/lib/core/config-schema';
import { moduleSchema, trackSchema } from '../../../src/lib/onboarding/schema';
import userConfig from '../../../portal.config';
import { programIds } from '../../../src/lib/core/config';

const track = {
	title: 'Onboarding for agencies',
	partnerType: 'agency',
	model: 'referral',
	summary: 'Four weeks from signed agreement to your first qualified referral.',
	weeks: 4,
	goals: ['Send a qualified referral'],
};
const module = {
	title: 'Welcome',
	week: 1,
	duration: 45,
	summary: 'Meet your partner manager and set up the shared channel.',
	goals: ['Name your partner manager'],
};
const practice = {
	title: 'Engagement rhythms',
	summary: 'Weekly, biweekly and quarterly meetings, and what each is for.',
	tags: ['engagement'],
};

const issues = (result: {
	success: boolean;
	error?: { issues: { path: PropertyKey[]; message: string }[] } | undefined;
}) => result.error?.issues.map((issue) => `${issue.path.map(String).join('.')}: ${issue.message}`) ?? [];

describe('trackSchema', () => {
	it('accepts a valid overview and fills defaults', () => {
		expect(trackSchema(programIds).parse(track)).toEqual({ ...track, order: 0, rhythm: {} });
	});
	it('keeps a rhythm override to the fields the track states, with no defaults filled in', () => {
		expect(trackSchema(programIds).parse({ ...track, rhythm: { checkInMinutes: 45 } }).rhythm).toEqual({
			checkInMinutes: 45,
		});
		expect(issues(trackSchema(programIds).safeParse({ ...track, rhythm: { checkinMinutes: 45 } }))).toEqual([
			'rhythm: Unknown field: checkinMinutes',
		]);
	});
	it.each([
		[
			'partnerType',
			{ partnerType: 'reseller' },
			'Expected a partner type id, one of: content-creator, software, agency',
		],
		[
			'model',
			{ model: 'franchise' },
			'Expected a partnership model id, one of: referral, value-exchange, strategic-alliance',
		],
		['weeks', { weeks: 8 }, 'Expected 6 or less'],
		['weeks', { weeks: 3 }, 'Expected 4 or more'],
		['goals', { goals: [] }, 'Expected at least 1 item'],
		['summary', { summary: 'Too short' }, 'Expected a summary of at least 20 characters'],
	])('rejects a bad %s', (field, patch, message) => {
		expect(issues(trackSchema(programIds).safeParse({ ...track, ...patch }))).toEqual([`${field}: ${message}`]);
	});
});

describe('moduleSchema', () => {
	it('accepts a valid module and defaults its order to 1', () => {
		expect(moduleSchema.parse(module)).toEqual({ ...module, order: 1 });
	});
	it.each([
		['week', { week: 0 }],
		['week', { week: 1.5 }],
		['duration', { duration: 2 }],
		['title', { title: '' }],
	])('rejects a bad %s', (field, patch) => {
		expect(issues(moduleSchema.safeParse({ ...module, ...patch }))[0]).toMatch(new RegExp(`^${field}: `));
	});
	it('requires every field without a default', () => {
		const paths = issues(moduleSchema.safeParse({})).map((line) => line.split(':')[0]);
		expect(paths).toEqual(['title', 'week', 'duration', 'summary', 'goals']);
	});
});

describe('practiceSchema', () => {
	it('accepts a valid article and fills defaults', () => {
		expect(practiceSchema.parse(practice)).toEqual({ ...practice, related: [], order: 0, printable: false });
	});
	it('rejects tags that are not lowercase ids', () => {
		expect(issues(practiceSchema.safeParse({ ...practice, tags: ['Engagement Rhythms'] }))).toEqual([
			'tags.0: Expected a lowercase id such as "content-creator"',
		]);
	});
	it('needs at least one tag', () => {
		expect(issues(practiceSchema.safeParse({ ...practice, tags: [] }))[0]).toMatch(/^tags: /);
	});
});

describe('portalConfigSchema', () => {
	it('accepts the shipped portal.config.ts', () => {
		expect(portalConfigSchema.safeParse(userConfig).success).toBe(true);
	});
	it('refuses a palette that fails WCAG AA contrast, quoting the ratio', () => {
		const bad = structuredClone(userConfig);
		bad.colours.light.muted = '#bbbbbb';
		expect(issues(portalConfigSchema.safeParse(bad))).toEqual([
			'colours.light.muted: Contrast of muted on background (#ffffff) is 1.92:1; WCAG AA needs 4.5:1',
			'colours.light.muted: Contrast of muted on surface (#f3f4f6) is 1.74:1; WCAG AA needs 4.5:1',
		]);
	});
	it('refuses duplicate partner type ids', () => {
		const bad = structuredClone(userConfig);
		bad.partnerTypes.push({ ...bad.partnerTypes[0]! });
		expect(issues(portalConfigSchema.safeParse(bad))).toEqual(['partnerTypes.3.id: Duplicate id "content-creator"']);
	});
	it('refuses a base path without slashes', () => {
		expect(issues(portalConfigSchema.safeParse({ ...userConfig, base: 'partners' }))).toEqual([
			'base: Expected a path that starts and ends with "/", such as "/partners/"',
		]);
	});
	it.each(['/../', '/partners/../', '/./', '/a/.../'])(
		'refuses a base path %s that steps out of its folder',
		(base) => {
			expect(issues(portalConfigSchema.safeParse({ ...userConfig, base }))).toEqual([
				'base: Expected folder names, not "." or ".."',
			]);
		},
	);
	it.each(['programName', 'tagline'])('refuses a %s of only spaces', (field) => {
		const found = issues(portalConfigSchema.safeParse({ ...userConfig, [field]: ' \t ' }));
		expect(found).toHaveLength(1);
		expect(found[0]).toMatch(new RegExp(`^${field}: Expected a (name|sentence), not only spaces`));
	});
	it.each(['ftp://partners.example.com', 'javascript:alert(1)', 'file:///etc/passwd'])(
		'refuses a site address %s that is not http(s)',
		(site) => {
			expect(issues(portalConfigSchema.safeParse({ ...userConfig, site }))[0]).toMatch(/^site: /);
		},
	);
});

describe('portalConfigSchema', () => {
	it('fills every engagement-rhythm default when the config gives none', () => {
		const { engagementRhythm: _omitted, ...rest } = userConfig as Record<string, unknown>;
		expect(portalConfigSchema.parse(rest).engagementRhythm).toMatchObject({
			timeZone: 'UTC',
			time: '15:00',
			weekday: 2,
		});
	});
});

describe('parseWithFriendlyErrors', () => {
	it('names the source and every bad field with the value found, plus a hint', () => {
		const parse = () =>
			parseWithFriendlyErrors(portalConfigSchema, { ...userConfig, site: 'partners', lang: 5 }, 'portal.config.ts');
		expect(parse).toThrow(UserError);
		expect(parse).toThrow(
			[
				'Invalid portal.config.ts:',
				'  - site: Expected a web address such as "https://partners.example.com" (found "partners")',
				'  - lang: Expected text (found 5)',
				'Hint: Fix the fields listed above.',
			].join('\n'),
		);
	});
	it('returns parsed data with defaults on success', () => {
		const { base: _base, ...rest } = userConfig;
		expect(parseWithFriendlyErrors(portalConfigSchema, rest, 'portal.config.ts').base).toBe('/');
	});
});
