import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
	calendarEvent,
	checkEventIds,
	eventsCalendar,
	eventUid,
	type CalendarSite,
} from '../../../src/lib/events/events';
import { byPublished, eventFeedItem } from '../../../src/lib/events/feed';
import { eventWhen } from '../../../src/lib/events/format';
import { eventInstants } from '../../../src/lib/events/events';
import { eventSchema, type CommunityEvent } from '../../../src/lib/events/schema';

const schema = eventSchema({ partnerTypeIds: ['content-creator', 'software', 'agency'] });
const site: CalendarSite = {
	programName: 'Lumen Partner Network',
	site: 'https://partners.example.com',
	stamp: new Date('2026-11-26T00:00:00Z'),
	pageOf: (id) => `/partners/events/${id}/`,
};

function event(id: string, fields: Record<string, unknown> = {}): { id: string; data: CommunityEvent } {
	return {
		id,
		data: schema.parse({
			title: 'Webinar: measuring partnership health',
			kind: 'webinar',
			summary: 'How the balanced scorecard reads relationship health beside referrals.',
			start: '2027-02-09T15:30',
			end: '2027-02-09T17:00',
			timeZone: 'America/Los_Angeles',
			online: true,
			host: 'Tomás Herrera, alliances lead',
			register: 'https://example.com/register',
			published: '2026-11-19',
			...fields,
		}),
	};
}

const vevents = (ics: string) => new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');

describe('event calendars', () => {
	it('gives each event a UID from its file name and the site host, unchanged by edits', () => {
		const before = calendarEvent(event('health-webinar'), site);
		const after = calendarEvent(
			event('health-webinar', { title: 'A new title', start: '2027-02-10T15:30', end: '2027-02-10T17:00' }),
			site,
		);
		expect(before.uid).toBe('event-health-webinar@partners.example.com');
		expect(after.uid).toBe(before.uid);
		expect(eventUid('a', 'partners.example.com')).not.toBe(eventUid('b', 'partners.example.com'));
	});

	it('refuses an event file named like the subscribed calendar', () => {
		expect(() => checkEventIds(['winter-call', 'calendar'])).toThrow(
			/content\/events\/calendar\.mdx: the file name "calendar" is reserved/,
		);
		expect(() => checkEventIds(['winter-call', 'calendar-review'])).not.toThrow();
	});

	it('writes a timed event in UTC, with its page, place, host and registration', () => {
		const [vevent] = vevents(eventsCalendar([event('health-webinar')], site, { name: 'Events' }));
		const parsed = new ICAL.Event(vevent!);
		expect(parsed.startDate.toJSDate().toISOString()).toBe('2027-02-09T23:30:00.000Z');
		expect(parsed.endDate.toJSDate().toISOString()).toBe('2027-02-10T01:00:00.000Z');
		expect(vevent!.getFirstPropertyValue('url')).toBe('https://partners.example.com/partners/events/health-webinar/');
		expect(vevent!.getFirstPropertyValue('status')).toBe('CONFIRMED');
		expect(vevent!.getFirstPropertyValue('sequence')).toBe(0);
		expect(parsed.location).toBe('Online');
		expect(parsed.description).toContain('Register: https://example.com/register');
		expect(parsed.description).toContain('Hosted by Tomás Herrera, alliances lead.');
		expect(vevent!.getFirstProperty('organizer')).toBeNull();
	});

	it('writes an all-day event as dates, its DTEND the day after its last day', () => {
		const retreat = event('retreat', {
			start: '2027-05-18',
			end: '2027-05-20',
			timeZone: 'Europe/Lisbon',
			online: false,
			place: { name: 'Casa do Rio', address: 'Rua da Ribeira Nova 12, Lisbon' },
		});
		const ics = eventsCalendar([retreat], site, { name: 'Events' });
		expect(ics).toContain('DTSTART;VALUE=DATE:20270518\r\nDTEND;VALUE=DATE:20270521\r\n');
		const parsed = new ICAL.Event(vevents(ics)[0]!);
		expect(parsed.startDate.isDate).toBe(true);
		expect(parsed.location).toBe('Casa do Rio, Rua da Ribeira Nova 12, Lisbon');
	});

	it('marks a cancelled event CANCELLED with its raised sequence, and drops the registration', () => {
		const cancelled = event('office-hours', { status: 'cancelled', sequence: 1, register: 'officehours@example.com' });
		const [vevent] = vevents(eventsCalendar([cancelled], site, { name: 'Events' }));
		expect(vevent!.getFirstPropertyValue('status')).toBe('CANCELLED');
		expect(vevent!.getFirstPropertyValue('sequence')).toBe(1);
		expect(vevent!.getFirstPropertyValue('summary')).toBe('Cancelled: Webinar: measuring partnership health');
		expect(new ICAL.Event(vevent!).description).not.toContain('Register');
		expect(vevent!.getFirstPropertyValue('organizer')).toBe('mailto:officehours@example.com');
	});
});

describe('event feed items', () => {
	it('escapes the text it puts in HTML and dates the item by its announcement', () => {
		const tricky = event('tricky', {
			summary: 'Tags like <script>alert("x")</script> & friends stay text, not markup.',
		});
		const item = eventFeedItem(
			tricky,
			eventWhen(tricky.data, eventInstants(tricky.data), 'en'),
			'/events/tricky/',
			'All partners',
		);
		expect(item.content).toContain('&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; friends');
		expect(item.content).not.toContain('<script>');
		expect(item.pubDate.toISOString()).toBe('2026-11-19T00:00:00.000Z');
		expect(item.categories).toEqual(['Webinar']);
		expect(item.content).toContain('Los Angeles time');
	});

	it('marks a cancelled event in the title, and lists the newest announcements first', () => {
		const cancelled = event('c', { status: 'cancelled', sequence: 1 });
		expect(
			eventFeedItem(cancelled, eventWhen(cancelled.data, eventInstants(cancelled.data), 'en'), '/c/', 'All').title,
		).toBe('Cancelled: Webinar: measuring partnership health');
		const order = byPublished([
			event('old', { published: '2026-10-01' }),
			event('new', { published: '2026-11-20' }),
			event('mid', { published: '2026-11-01' }),
		]);
		expect(order.map((entry) => entry.id)).toEqual(['new', 'mid', 'old']);
	});
});
