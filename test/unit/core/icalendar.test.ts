import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { foldLine, wallTime, writeICalendar, zonedTime, type CalendarEvent } from '../../../src/lib/core/icalendar';
import { addDays } from '../../../src/lib/core/dates';

const options = {
	name: 'Lumen Partner Network: events',
	productId: '-//Lumen//Partner Hub//EN',
	stamp: new Date('2026-11-26T08:00:00Z'),
};

/** Parses with ical.js, a real RFC 5545 parser. */
function parse(ics: string) {
	const calendar = new ICAL.Component(ICAL.parse(ics));
	return { calendar, vevents: calendar.getAllSubcomponents('vevent') };
}

const timed: CalendarEvent = {
	uid: 'event-winter-call@partners.example.com',
	title: 'Quarterly community call: winter 2026',
	start: new Date('2026-12-10T17:00:00Z'),
	end: new Date('2026-12-10T18:15:00Z'),
	sequence: 2,
	status: 'confirmed',
	description: 'Plans for 2027; tiers, explained.\nBring questions \\ ideas.',
	location: 'Online',
	url: 'https://partners.example.com/events/winter-call/',
	categories: ['Community call'],
};

describe('the iCalendar writer', () => {
	it('writes a calendar a real parser reads, with CRLF line ends and every line at most 75 octets', () => {
		const ics = writeICalendar([timed], options);
		expect(ics.endsWith('\r\n')).toBe(true);
		expect(ics.replace(/\r\n/g, '').includes('\n')).toBe(false);
		for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
		const { calendar, vevents } = parse(ics);
		expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Lumen Partner Network: events');
		expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
		expect(vevents).toHaveLength(1);
		const vevent = vevents[0]!;
		expect(vevent.getFirstPropertyValue('uid')).toBe('event-winter-call@partners.example.com');
		expect(vevent.getFirstPropertyValue('sequence')).toBe(2);
		expect(vevent.getFirstPropertyValue('status')).toBe('CONFIRMED');
		expect(String(vevent.getFirstPropertyValue('dtstamp'))).toBe('2026-11-26T08:00:00Z');
		const event = new ICAL.Event(vevent);
		expect(event.startDate.toJSDate().toISOString()).toBe('2026-12-10T17:00:00.000Z');
		expect(event.endDate.toJSDate().toISOString()).toBe('2026-12-10T18:15:00.000Z');
		expect(event.startDate.isDate).toBe(false);
		expect(event.startDate.zone?.tzid).toBe('UTC');
		expect(event.summary).toBe('Quarterly community call: winter 2026');
		expect(event.location).toBe('Online');
		expect(vevent.getFirstPropertyValue('url')).toBe('https://partners.example.com/events/winter-call/');
		expect(vevent.getFirstPropertyValue('categories')).toBe('Community call');
	});

	it('escapes commas, semicolons, backslashes and newlines in text, and reads them back unchanged', () => {
		const ics = writeICalendar([timed], options);
		expect(ics).toContain('DESCRIPTION:Plans for 2027\\; tiers\\, explained.\\nBring questions \\\\ ideas.');
		expect(new ICAL.Event(parse(ics).vevents[0]!).description).toBe(timed.description);
	});

	it('folds long lines without splitting a character, and the parser joins them back', () => {
		const title = `Atelier d’innovation à Montréal : 🚀 ${'é'.repeat(60)} — 東京でのパートナー会議`;
		const ics = writeICalendar([{ ...timed, title }], options);
		expect(ics).toMatch(/\r\n [^\r]/);
		expect(new ICAL.Event(parse(ics).vevents[0]!).summary).toBe(title);
		expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
		expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
	});

	it('marks a cancelled event CANCELLED', () => {
		const { vevents } = parse(writeICalendar([{ ...timed, status: 'cancelled', sequence: 3 }], options));
		expect(vevents[0]!.getFirstPropertyValue('status')).toBe('CANCELLED');
		expect(vevents[0]!.getFirstPropertyValue('sequence')).toBe(3);
	});

	it('writes an all-day event as DATE values whose DTEND is the day after its last day', () => {
		const retreat: CalendarEvent = {
			uid: 'event-retreat@partners.example.com',
			title: 'Retreat',
			firstDay: '2027-12-30',
			lastDay: '2027-12-31',
		};
		const ics = writeICalendar([retreat], options);
		expect(ics).toContain('DTSTART;VALUE=DATE:20271230\r\nDTEND;VALUE=DATE:20280101\r\n');
		const event = new ICAL.Event(parse(ics).vevents[0]!);
		expect(event.startDate.isDate).toBe(true);
		expect(event.startDate.toString()).toBe('2027-12-30');
		expect(event.endDate.toString()).toBe('2028-01-01');
		expect(event.duration.toSeconds()).toBe(2 * 86_400);
	});

	it('names the organizer with a quoted CN when it holds a comma, and leaves optional lines out', () => {
		const ics = writeICalendar(
			[{ ...timed, organizer: { name: 'Mei Lin Tan, partner success', email: 'officehours@example.com' } }],
			options,
		);
		const organizer = parse(ics).vevents[0]!.getFirstProperty('organizer')!;
		expect(organizer.getFirstValue()).toBe('mailto:officehours@example.com');
		expect(organizer.getParameter('cn')).toBe('Mei Lin Tan, partner success');
		const bare = writeICalendar([{ uid: 'x@example.com', title: 'Bare', start: timed.start, end: timed.end }], options);
		expect(bare).not.toMatch(/^(SEQUENCE|STATUS|DESCRIPTION|LOCATION|URL|ORGANIZER|CATEGORIES)/m);
	});

	it('asks subscribed calendars to refresh when told to', () => {
		const { calendar } = parse(writeICalendar([], { ...options, refreshHours: 12 }));
		expect(calendar.getFirstPropertyValue('x-published-ttl')).toBe('PT12H');
		expect(String(calendar.getFirstPropertyValue('refresh-interval'))).toBe('PT12H');
	});
});

describe('zone arithmetic', () => {
	it('turns an instant back into the wall-clock time of a zone', () => {
		expect(wallTime(new Date('2026-07-01T14:00:00Z'), 'Europe/London')).toBe('2026-07-01T15:00');
		expect(wallTime(zonedTime('2026-11-01', '01:30', 'America/New_York'), 'America/New_York')).toBe('2026-11-01T01:30');
		// 02:30 on 8 March 2026 never happens in New York: it comes out as another time.
		expect(wallTime(zonedTime('2026-03-08', '02:30', 'America/New_York'), 'America/New_York')).not.toBe(
			'2026-03-08T02:30',
		);
	});

	it('finds the day after, across month, year and leap-day ends', () => {
		expect(['2026-01-31', '2026-12-31', '2028-02-28', '2027-02-28'].map((day) => addDays(day, 1))).toEqual([
			'2026-02-01',
			'2027-01-01',
			'2028-02-29',
			'2027-03-01',
		]);
	});
});
