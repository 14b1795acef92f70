import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
	describeRhythm,
	engagementEvents,
	firstMeetingDate,
	mondayOf,
	startMondays,
	startWeekFor,
	toICalendar,
	upcomingStarts,
} from '../../../src/lib/onboarding/calendar/ics';
import { escapeText, foldLine, zonedTime } from '../../../src/lib/core/icalendar';
import { addDays } from '../../../src/lib/core/dates';
import { engagementRhythmSchema } from '../../../src/lib/onboarding/rhythm-schema';

const rhythm = (input: Record<string, unknown> = {}) => engagementRhythmSchema.parse(input);
const subject = (start: string, trackWeeks = 4) => ({
	programName: 'Lumen Partner Network',
	trackId: 'agencies',
	trackTitle: 'Onboarding for agencies',
	trackWeeks,
	start,
	domain: 'partners.example.com',
});

/** Parses with ical.js, a real RFC 5545 parser, and returns its VEVENTs. */
function parseEvents(ics: string) {
	const calendar = new ICAL.Component(ICAL.parse(ics));
	return calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
}

describe('calendar dates', () => {
	it('adds days across month and year ends and leap days', () => {
		expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
		expect(addDays('2026-12-29', 7)).toBe('2027-01-05');
		expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
		expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
		expect(addDays('2027-01-05', -7)).toBe('2026-12-29');
	});

	it('finds the Monday of a week, across a year end', () => {
		expect(mondayOf('2026-11-30')).toBe('2026-11-30'); // a Monday
		expect(mondayOf('2026-12-06')).toBe('2026-11-30'); // Sunday
		expect(mondayOf('2027-01-01')).toBe('2026-12-28'); // Friday
	});

	it('offers consecutive start Mondays from the current week', () => {
		expect(startMondays('2026-12-17', 4)).toEqual(['2026-12-14', '2026-12-21', '2026-12-28', '2027-01-04']);
	});

	it('converts local meeting times to UTC with daylight saving time', () => {
		// London: GMT (UTC+0) in winter, BST (UTC+1) in summer; the clocks change on 29 March 2026.
		expect(zonedTime('2026-03-24', '15:00', 'Europe/London').toISOString()).toBe('2026-03-24T15:00:00.000Z');
		expect(zonedTime('2026-03-31', '15:00', 'Europe/London').toISOString()).toBe('2026-03-31T14:00:00.000Z');
		expect(zonedTime('2026-12-31', '23:30', 'America/New_York').toISOString()).toBe('2027-01-01T04:30:00.000Z');
		expect(zonedTime('2027-01-01', '09:00', 'Asia/Tokyo').toISOString()).toBe('2027-01-01T00:00:00.000Z');
		expect(zonedTime('2026-06-01', '15:00', 'UTC').toISOString()).toBe('2026-06-01T15:00:00.000Z');
	});

	it('starts a partnership in the week whose meeting day is the first on or after the start date', () => {
		// Meetings on Tuesdays (2): Monday and Tuesday starts keep their week, Wednesday to Sunday move to the next.
		expect(startWeekFor('2026-11-23', 2)).toBe('2026-11-23');
		expect(startWeekFor('2026-11-24', 2)).toBe('2026-11-23');
		expect(startWeekFor('2026-11-25', 2)).toBe('2026-11-30');
		expect(startWeekFor('2026-11-29', 2)).toBe('2026-11-30');
		expect(startWeekFor('2026-12-31', 5)).toBe('2026-12-28');
		expect(startWeekFor('2027-01-02', 5)).toBe('2027-01-04');
		expect(firstMeetingDate('2026-11-30', 2)).toBe('2026-12-01');
	});

	it('offers ready-made start weeks whose first check-in is not in the past', () => {
		// Built on Thursday 26 November 2026: Tuesday 24 November has gone, so the first offer is the week of the 30th.
		expect(upcomingStarts('2026-11-26', 4, 2)).toEqual(['2026-11-30', '2026-12-07', '2026-12-14', '2026-12-21']);
		expect(upcomingStarts('2026-11-24', 2, 2)).toEqual(['2026-11-23', '2026-11-30']);
		for (const today of ['2026-11-23', '2026-11-26', '2026-11-29', '2026-12-01']) {
			expect(firstMeetingDate(upcomingStarts(today, 1, 2)[0]!, 2) >= today).toBe(true);
		}
	});
});

describe('engagement events', () => {
	const events = engagementEvents(rhythm({ weekday: 2, time: '15:00', timeZone: 'UTC' }), subject('2026-12-14'));

	it('runs weekly for the track length, then biweekly, with quarterly reviews', () => {
		const weeks = events.filter((event) => event.kind === 'check-in').map((event) => event.week);
		expect(weeks.slice(0, 8)).toEqual([1, 2, 3, 4, 6, 8, 10, 12]);
		const reviews = events.filter((event) => event.kind === 'review').map((event) => event.week);
		expect(reviews).toEqual([14, 27, 40, 53]);
		// A review replaces that week's check-in.
		expect(events.filter((event) => event.week === 14)).toHaveLength(1);
		expect(events.at(-1)!.week).toBe(53);
	});

	it('dates events on the chosen weekday across the year end', () => {
		expect(events.slice(0, 4).map((event) => event.start.toISOString())).toEqual([
			'2026-12-15T15:00:00.000Z',
			'2026-12-22T15:00:00.000Z',
			'2026-12-29T15:00:00.000Z',
			'2027-01-05T15:00:00.000Z',
		]);
		expect(events.find((event) => event.week === 14)!.start.toISOString()).toBe('2027-03-16T15:00:00.000Z');
	});

	it('lets the rhythm override the weekly span and spacing', () => {
		const custom = engagementEvents(
			rhythm({ weeklyWeeks: 2, establishedEveryWeeks: 3, horizonWeeks: 12 }),
			subject('2026-01-05'),
		);
		expect(custom.map((event) => event.week)).toEqual([1, 2, 5, 8, 11]);
	});

	it('keeps UIDs unique and stable', () => {
		const uids = events.map((event) => event.uid);
		expect(new Set(uids).size).toBe(uids.length);
		expect(uids[0]).toBe('agencies-2026-12-14-week-1@partners.example.com');
	});

	it('describes the rhythm in words, naming the time zone', () => {
		const lines = describeRhythm(rhythm({ timeZone: 'Europe/London' }), 6);
		expect(lines[0]).toBe('Weekly 30-minute check-ins for your first 6 weeks, while the partnership is new.');
		expect(lines.at(-1)).toBe('Meetings fall on Tuesday at 15:00, Europe/London time.');
	});
});

describe('iCalendar output', () => {
	const stamp = new Date('2026-11-24T00:00:00Z');
	const london = rhythm({ timeZone: 'Europe/London', time: '15:00' });
	const events = engagementEvents(london, subject('2026-12-28', 6));
	const ics = toICalendar(events, {
		name: 'Lumen Partner Network: Onboarding, agencies',
		productId: '-//Lumen//Hub//EN',
		stamp,
	});

	it('is accepted by ical.js with every event intact', () => {
		const parsed = parseEvents(ics);
		expect(parsed).toHaveLength(events.length);
		expect(parsed[0]!.summary).toBe('Lumen Partner Network: check-in, week 1');
		expect(parsed[0]!.startDate.toJSDate().toISOString()).toBe('2026-12-29T15:00:00.000Z');
		expect(parsed[0]!.startDate.zone.tzid).toBe('UTC');
		expect(parsed[0]!.endDate.toJSDate().toISOString()).toBe('2026-12-29T15:30:00.000Z');
		const review = parsed.find((event) => event.summary.includes('strategic review'))!;
		// Week 14 from 28 December 2026 is in British Summer Time: 15:00 London is 14:00 UTC.
		expect(review.startDate.toJSDate().toISOString()).toBe('2027-03-30T14:00:00.000Z');
		expect(review.endDate.toJSDate().getTime() - review.startDate.toJSDate().getTime()).toBe(60 * 60_000);
		expect(review.description).toContain('Onboarding for agencies');
	});

	it('escapes commas in text so the parser reads them back intact', () => {
		const calendar = new ICAL.Component(ICAL.parse(ics));
		expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
		const review = parseEvents(ics).find((event) => event.summary.includes('strategic review'))!;
		expect(review.description).toBe(
			'Onboarding for agencies: review results, value exchanged both ways and the goals for the next quarter.',
		);
		expect(ics).toContain('X-WR-CALNAME:Lumen Partner Network: Onboarding\\, agencies\r\n');
	});

	it('uses CRLF line endings and lines of at most 75 octets', () => {
		expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
		expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
		for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
	});

	it('escapes text and folds without splitting characters', () => {
		expect(escapeText('a, b; c\\d\ne')).toBe('a\\, b\\; c\\\\d\\ne');
		const folded = foldLine(`DESCRIPTION:${'é'.repeat(60)}`);
		const lines = folded.split('\r\n ');
		expect(lines.length).toBe(2);
		for (const line of lines) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
		expect(lines.join('')).toBe(`DESCRIPTION:${'é'.repeat(60)}`);
	});
});

describe('engagement rhythm schema', () => {
	it('fills in defaults', () => {
		expect(rhythm()).toMatchObject({ timeZone: 'UTC', time: '15:00', establishedEveryWeeks: 2, reviewEveryWeeks: 13 });
	});
	it('rejects an unknown time zone and a bad time', () => {
		expect(engagementRhythmSchema.safeParse({ timeZone: 'Europe/Atlantis' }).success).toBe(false);
		expect(engagementRhythmSchema.safeParse({ time: '3pm' }).success).toBe(false);
		expect(engagementRhythmSchema.safeParse({ time: '24:00' }).success).toBe(false);
	});
});
