import { audienceLabel } from '../../../src/lib/core/choices';
import { describe, expect, it } from 'vitest';
import {
	archiveByYear,
	eventInstants,
	eventLocation,
	isAllDay,
	isUpcoming,
	nextEvent,
	sortEvents,
	splitEvents,
} from '../../../src/lib/events/events';
import { eventWhen, readerTimeText, zoneCity } from '../../../src/lib/events/format';
import { eventSchema, type CommunityEvent } from '../../../src/lib/events/schema';

const schema = eventSchema({ partnerTypeIds: ['content-creator', 'software', 'agency'] });

/** A checked event: the schema fills the defaults, and refuses what the maths below need not handle. */
function event(
	id: string,
	fields: Partial<Record<keyof CommunityEvent, unknown>>,
): { id: string; data: CommunityEvent } {
	const data = schema.parse({
		title: id,
		kind: 'webinar',
		summary: 'An hour with the program team, with time for questions at the end.',
		timeZone: 'UTC',
		online: true,
		host: 'Amara Okafor, community lead',
		register: 'https://example.com/register',
		published: '2025-01-01',
		...fields,
	});
	return { id, data };
}

const iso = (instants: { start: Date; end: Date }) => [instants.start.toISOString(), instants.end.toISOString()];
/** Intl puts narrow and thin no-break spaces around times and ranges; compare with plain spaces. */
const plain = (text: string | undefined) => text?.replace(/\s/g, ' ');

describe('event times as UTC instants', () => {
	it('follows daylight saving time in Europe/London', () => {
		// GMT (UTC+0) until 29 March 2026, BST (UTC+1) after it, GMT again from 25 October.
		const winter = event('a', { start: '2026-03-24T15:00', end: '2026-03-24T16:30', timeZone: 'Europe/London' });
		const summer = event('b', { start: '2026-03-31T15:00', end: '2026-03-31T16:30', timeZone: 'Europe/London' });
		expect(iso(eventInstants(winter.data))).toEqual(['2026-03-24T15:00:00.000Z', '2026-03-24T16:30:00.000Z']);
		expect(iso(eventInstants(summer.data))).toEqual(['2026-03-31T14:00:00.000Z', '2026-03-31T15:30:00.000Z']);
	});

	it('follows daylight saving time in America/New_York, on the day the clocks change too', () => {
		// EST (UTC-5) until 8 March 2026 at 02:00, EDT (UTC-4) after it.
		const before = event('a', { start: '2026-03-07T12:00', end: '2026-03-07T13:00', timeZone: 'America/New_York' });
		const after = event('b', { start: '2026-03-08T12:00', end: '2026-03-08T13:00', timeZone: 'America/New_York' });
		expect(iso(eventInstants(before.data))).toEqual(['2026-03-07T17:00:00.000Z', '2026-03-07T18:00:00.000Z']);
		expect(iso(eventInstants(after.data))).toEqual(['2026-03-08T16:00:00.000Z', '2026-03-08T17:00:00.000Z']);
	});

	it('counts the real length of an event the clocks change during', () => {
		// 22:00 BST to 03:00 GMT in London: five hours on the clock, six in fact (the clocks go back at 02:00 BST).
		const london = event('a', { start: '2026-10-24T22:00', end: '2026-10-25T03:00', timeZone: 'Europe/London' });
		expect(iso(eventInstants(london.data))).toEqual(['2026-10-24T21:00:00.000Z', '2026-10-25T03:00:00.000Z']);
		// 00:30 EDT to 03:00 EST in New York on 1 November 2026: three and a half hours.
		const ny = event('b', { start: '2026-11-01T00:30', end: '2026-11-01T03:00', timeZone: 'America/New_York' });
		const { start, end } = eventInstants(ny.data);
		expect((end.getTime() - start.getTime()) / 3_600_000).toBe(3.5);
	});

	it('handles events that cross midnight, in their zone or in UTC', () => {
		// 15:30–17:00 in Los Angeles (PST, UTC-8) runs from 23:30 UTC to 01:00 UTC the next day.
		const webinar = event('a', { start: '2027-02-09T15:30', end: '2027-02-09T17:00', timeZone: 'America/Los_Angeles' });
		expect(iso(eventInstants(webinar.data))).toEqual(['2027-02-09T23:30:00.000Z', '2027-02-10T01:00:00.000Z']);
		// New Year's Eve in Tokyo (UTC+9), across local midnight and the year end.
		const party = event('b', { start: '2026-12-31T23:00', end: '2027-01-01T01:00', timeZone: 'Asia/Tokyo' });
		expect(iso(eventInstants(party.data))).toEqual(['2026-12-31T14:00:00.000Z', '2026-12-31T16:00:00.000Z']);
	});

	it('runs an all-day event from midnight of its first day to midnight after its last, in its zone', () => {
		const retreat = event('a', { start: '2027-05-18', end: '2027-05-20', timeZone: 'Europe/Lisbon' });
		expect(isAllDay(retreat.data)).toBe(true);
		// Lisbon is on summer time (UTC+1) in May.
		expect(iso(eventInstants(retreat.data))).toEqual(['2027-05-17T23:00:00.000Z', '2027-05-20T23:00:00.000Z']);
		// Across the spring change in London: 47 hours, not 48.
		const weekend = event('b', { start: '2026-03-28', end: '2026-03-29', timeZone: 'Europe/London' });
		expect(iso(eventInstants(weekend.data))).toEqual(['2026-03-28T00:00:00.000Z', '2026-03-29T23:00:00.000Z']);
	});
});

describe('upcoming and past', () => {
	const call = event('call', { start: '2026-12-10T12:00', end: '2026-12-10T13:15', timeZone: 'America/New_York' });
	const end = eventInstants(call.data).end.getTime();

	it('keeps an event upcoming until it ends, under way included', () => {
		expect(isUpcoming(call.data, new Date('2026-12-10T17:30:00Z'))).toBe(true); // under way
		expect(isUpcoming(call.data, new Date(end - 1))).toBe(true);
		expect(isUpcoming(call.data, new Date(end))).toBe(false);
	});

	it('keeps an all-day event upcoming through its last day in its own zone', () => {
		const retreat = event('a', { start: '2027-05-18', end: '2027-05-20', timeZone: 'Europe/Lisbon' });
		expect(isUpcoming(retreat.data, new Date('2027-05-20T22:59:59Z'))).toBe(true);
		expect(isUpcoming(retreat.data, new Date('2027-05-20T23:00:00Z'))).toBe(false);
	});

	const all = [
		event('2025-office-hours', { start: '2025-11-20T10:00', end: '2025-11-20T11:00', timeZone: 'Asia/Singapore' }),
		event('2026-autumn-call', { start: '2026-09-10T12:00', end: '2026-09-10T13:00', timeZone: 'America/New_York' }),
		// 31 December in New York, already 1 January in UTC: it belongs to 2026, the year its guests saw.
		event('2026-new-year', { start: '2026-12-31T21:00', end: '2026-12-31T23:30', timeZone: 'America/New_York' }),
		event('2026-innovation', { start: '2026-10-22T15:00', end: '2026-10-22T16:30', timeZone: 'Europe/London' }),
		event('2027-cancelled', {
			start: '2027-01-05T09:00',
			end: '2027-01-05T10:00',
			timeZone: 'Australia/Sydney',
			status: 'cancelled',
			sequence: 1,
		}),
		event('2027-webinar', { start: '2027-02-09T15:30', end: '2027-02-09T17:00', timeZone: 'America/Los_Angeles' }),
	];

	it('lists upcoming events soonest first and past ones most recent first', () => {
		const { upcoming, past } = splitEvents(all, new Date('2026-11-26T00:00:00Z'));
		expect(upcoming.map((entry) => entry.id)).toEqual(['2026-new-year', '2027-cancelled', '2027-webinar']);
		expect(past.map((entry) => entry.id)).toEqual(['2026-innovation', '2026-autumn-call', '2025-office-hours']);
	});

	it('groups past events by year, newest year first, in each event’s own zone', () => {
		const { past } = splitEvents(all, new Date('2027-06-01T00:00:00Z'));
		const years = archiveByYear(past).map(({ year, events }) => [year, events.map((entry) => entry.id)]);
		expect(years).toEqual([
			['2027', ['2027-webinar', '2027-cancelled']],
			['2026', ['2026-new-year', '2026-innovation', '2026-autumn-call']],
			['2025', ['2025-office-hours']],
		]);
		expect(eventInstants(all[2]!.data).start.getUTCFullYear()).toBe(2027);
	});

	it('offers the next event that will take place, skipping cancelled ones', () => {
		expect(nextEvent(all, new Date('2027-01-02T00:00:00Z'))?.id).toBe('2027-webinar');
		expect(nextEvent(all, new Date('2026-12-01T00:00:00Z'))?.id).toBe('2026-new-year');
		expect(nextEvent(all, new Date('2028-01-01T00:00:00Z'))).toBeUndefined();
	});

	it('sorts by the instant an event begins, whatever its zone', () => {
		const tokyo = event('tokyo', { start: '2026-12-10T09:00', end: '2026-12-10T10:00', timeZone: 'Asia/Tokyo' });
		const london = event('london', { start: '2026-12-10T08:00', end: '2026-12-10T09:00', timeZone: 'Europe/London' });
		// 09:00 in Tokyo is 00:00 UTC, eight hours before 08:00 in London.
		expect(sortEvents([london, tokyo]).map((entry) => entry.id)).toEqual(['tokyo', 'london']);
	});
});

describe('what pages show', () => {
	const lang = 'en';

	it('shows a timed event in its own zone with the zone’s abbreviation and city', () => {
		const call = event('a', { start: '2026-12-10T12:00', end: '2026-12-10T13:15', timeZone: 'America/New_York' });
		const when = eventWhen(call.data, eventInstants(call.data), lang);
		expect(plain(when.date)).toBe('Thursday, December 10, 2026');
		expect(plain(when.time)).toBe('12:00 PM – 1:15 PM EST');
		expect([when.zone, when.month, when.day]).toEqual(['New York time', 'Dec', '10']);
		expect(zoneCity('America/Los_Angeles')).toBe('Los Angeles');
	});

	it('names the zone at each end when the clocks change during the event, and spans both days', () => {
		const night = event('a', { start: '2026-10-24T22:00', end: '2026-10-25T03:00', timeZone: 'Europe/London' });
		const when = eventWhen(night.data, eventInstants(night.data), lang);
		expect(plain(when.time)).toBe('10:00 PM GMT+1 – 3:00 AM GMT');
		expect(plain(when.date)).toBe('Saturday, October 24 – Sunday, October 25, 2026');
	});

	it('shows an all-day event as its days, without a time', () => {
		const retreat = event('a', { start: '2027-05-18', end: '2027-05-20', timeZone: 'Europe/Lisbon' });
		const when = eventWhen(retreat.data, eventInstants(retreat.data), lang);
		expect(plain(when.date)).toBe('Tuesday, May 18 – Thursday, May 20, 2027');
		expect(when.time).toBeUndefined();
		expect(when.zone).toBe('Lisbon time');
	});

	it('adds the reader’s time only when their clock reads differently', () => {
		const call = event('a', { start: '2026-12-10T12:00', end: '2026-12-10T13:15', timeZone: 'America/New_York' });
		const { start, end } = eventInstants(call.data);
		expect(readerTimeText(start, end, 'America/New_York', 'America/New_York', lang)).toBeUndefined();
		// Toronto keeps the same clock as New York: nothing to add.
		expect(readerTimeText(start, end, 'America/New_York', 'America/Toronto', lang)).toBeUndefined();
		expect(plain(readerTimeText(start, end, 'America/New_York', 'Asia/Tokyo', lang))).toBe(
			'Fri, Dec 11, 2:00 AM – 3:15 AM GMT+9',
		);
		// Crossing midnight on the reader's clock: the end names its day too.
		const late = event('b', { start: '2026-12-10T09:30', end: '2026-12-10T10:30', timeZone: 'America/New_York' });
		const times = eventInstants(late.data);
		expect(plain(readerTimeText(times.start, times.end, 'America/New_York', 'Asia/Tokyo', lang))).toBe(
			'Thu, Dec 10, 11:30 PM – Fri, Dec 11, 12:30 AM GMT+9',
		);
	});

	it('names the audience and the place in words', () => {
		const types = [
			{ id: 'content-creator', label: 'Content creators' },
			{ id: 'software', label: 'Software partners' },
			{ id: 'agency', label: 'Agencies' },
		];
		expect(audienceLabel([], types)).toBe('All partners');
		expect(audienceLabel(['agency', 'content-creator'], types)).toBe('Content creators, Agencies');
		expect(audienceLabel(['agency', 'software', 'content-creator'], types)).toBe('All partners');
		expect(eventLocation({ online: true, place: undefined })).toBe('Online');
		expect(eventLocation({ online: true, place: { name: 'Casa do Rio', address: 'Lisbon' } })).toBe(
			'Casa do Rio, Lisbon · Online',
		);
	});
});
