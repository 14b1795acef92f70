import { audienceLabel } from '../../../src/lib/core/choices';
import { describe, expect, it } from 'vitest';
import { announcementSchema } from '../../../src/lib/news/schema';
import { announcementFeedItem } from '../../../src/lib/news/feed';
import { bannerAnnouncement, isCurrent, isExpired, newsLists, sortAnnouncements } from '../../../src/lib/news/news';
import type { Announcement } from '../../../src/lib/news/schema';

const schema = announcementSchema({ partnerTypeIds: ['content-creator', 'software', 'agency'] });
const valid = { title: 'Commissions change', date: '2026-11-20', summary: 'What changes and what you need to do.' };

function entry(id: string, data: Partial<Announcement> & { date: string }): { id: string; data: Announcement } {
	return { id, data: { title: id, summary: 'A summary.', audience: [], banner: true, ...data } };
}

describe('announcementSchema', () => {
	it('accepts an announcement with defaults: every partner, offered as the banner, no expiry', () => {
		expect(schema.parse(valid)).toEqual({ ...valid, audience: [], banner: true });
	});

	it('keeps YAML dates as the text written', () => {
		const parsed = schema.parse({ ...valid, date: new Date('2026-11-20T00:00:00Z'), expires: new Date('2027-01-31') });
		expect(parsed.date).toBe('2026-11-20');
		expect(parsed.expires).toBe('2027-01-31');
	});

	it('refuses an expiry before the date, naming both', () => {
		const result = schema.safeParse({ ...valid, expires: '2026-11-19' });
		expect(result.success).toBe(false);
		expect(result.error!.issues[0]!.path).toEqual(['expires']);
		expect(result.error!.issues[0]!.message).toContain('2026-11-20');
		expect(result.error!.issues[0]!.message).toContain('2026-11-19');
	});

	it('accepts an expiry on the day itself', () => {
		expect(schema.safeParse({ ...valid, expires: '2026-11-20' }).success).toBe(true);
	});

	it('refuses an unknown partner type and an impossible date', () => {
		expect(schema.safeParse({ ...valid, audience: ['resellers'] }).success).toBe(false);
		expect(schema.safeParse({ ...valid, date: '2026-02-30' }).success).toBe(false);
	});
});

describe('current, expired and the banner', () => {
	const today = '2026-11-26';

	it('counts the last day as current and the day after as expired', () => {
		expect(isCurrent({ date: '2026-11-01', expires: '2026-11-26' }, today)).toBe(true);
		expect(isExpired({ expires: '2026-11-26' }, today)).toBe(false);
		expect(isExpired({ expires: '2026-11-25' }, today)).toBe(true);
		expect(isCurrent({ date: '2026-11-01', expires: '2026-11-25' }, today)).toBe(false);
		expect(isCurrent({ date: '2026-11-01' }, today)).toBe(true);
	});

	it('does not publish a future-dated announcement yet', () => {
		expect(isCurrent({ date: '2026-11-27' }, today)).toBe(false);
	});

	it('picks the newest current announcement that asks for the banner', () => {
		const announcements = [
			entry('older', { date: '2026-11-10' }),
			entry('expired', { date: '2026-11-24', expires: '2026-11-25' }),
			entry('future', { date: '2026-12-01' }),
			entry('no-banner', { date: '2026-11-25', banner: false }),
			entry('chosen', { date: '2026-11-20', expires: '2026-12-31' }),
		];
		expect(bannerAnnouncement(announcements, today)?.id).toBe('chosen');
	});

	it('has no banner when nothing is current', () => {
		expect(bannerAnnouncement([entry('gone', { date: '2026-10-01', expires: '2026-10-31' })], today)).toBeUndefined();
		expect(bannerAnnouncement([], today)).toBeUndefined();
	});

	it('sorts newest first, ties by title, and splits off the expired ones', () => {
		const announcements = [
			entry('b', { date: '2026-11-01' }),
			entry('old', { date: '2026-09-01', expires: '2026-10-01' }),
			entry('a', { date: '2026-11-01' }),
			entry('new', { date: '2026-11-20' }),
		];
		expect(sortAnnouncements(announcements).map((e) => e.id)).toEqual(['new', 'a', 'b', 'old']);
		const { current, earlier } = newsLists(announcements, today);
		expect(current.map((e) => e.id)).toEqual(['new', 'a', 'b']);
		expect(earlier.map((e) => e.id)).toEqual(['old']);
	});
});

describe('audience and the feed', () => {
	const partnerTypes = [
		{ id: 'software', label: 'Software partners' },
		{ id: 'agency', label: 'Agencies' },
	];

	it('names the audience, or every partner', () => {
		expect(audienceLabel([], partnerTypes)).toBe('All partners');
		expect(audienceLabel(['agency', 'software'], partnerTypes)).toBe('All partners');
		expect(audienceLabel(['agency'], partnerTypes)).toBe('Agencies');
	});

	it('builds an item with escaped HTML content and the publish day', () => {
		const item = announcementFeedItem(
			entry('x', { date: '2026-11-20', title: 'Fees <b>&</b> you', summary: 'Read "this" <script>' }),
			'/news/x/',
			{ audience: 'Agencies & <friends>', expires: 'January 31, 2027' },
		);
		expect(item.link).toBe('/news/x/');
		expect(item.pubDate.toISOString()).toBe('2026-11-20T00:00:00.000Z');
		expect(item.description).toBe('Read "this" <script>');
		expect(item.content).toContain('<p>Read &#34;this&#34; &#60;script&#62;</p>');
		expect(item.content).toContain('For: Agencies &#38; &#60;friends&#62;');
		expect(item.content).toContain('Current until January 31, 2027');
		expect(item.content).not.toContain('<script>');
	});
});
