import { UserError } from '../core/errors';
import type { Entry } from '../core/entry';
import { addDays } from '../core/dates';
import { writeICalendar, zonedTime, type CalendarEvent } from '../core/icalendar';
import type { IconName } from '../core/icons';
import type { CommunityEvent, EventKind } from './schema';

/** The fields of an event that fix when it happens. */
type EventTime = Pick<CommunityEvent, 'start' | 'end' | 'timeZone'>;

/** How each kind of event reads on a badge, with its icon; in the order the events page explains them. */
export const eventKindInfo: Record<EventKind, { label: string; icon: IconName }> = {
	'community-call': { label: 'Community call', icon: 'users' },
	'innovation-session': { label: 'Innovation session', icon: 'lightbulb' },
	'office-hours': { label: 'Office hours', icon: 'clock' },
	webinar: { label: 'Webinar', icon: 'video' },
	retreat: { label: 'Partner retreat', icon: 'compass' },
};

/** An all-day event gives dates ("2027-09-13"), a timed one local times ("2027-09-13T16:00"). */
export function isAllDay(event: Pick<CommunityEvent, 'start'>): boolean {
	return !event.start.includes('T');
}

/** A local "YYYY-MM-DDTHH:MM" (or a day, meaning its midnight) in `timeZone` as a UTC instant. */
function instant(local: string, timeZone: string): Date {
	const [date, time = '00:00'] = local.split('T') as [string, string?];
	return zonedTime(date, time, timeZone);
}

/** The UTC instant an event starts: an all-day event starts at midnight in its zone. */
export function eventStart(event: Pick<CommunityEvent, 'start' | 'timeZone'>): Date {
	return instant(event.start, event.timeZone);
}

/**
 * The UTC instants an event runs between. An all-day event ends at the midnight after its last day, in its own
 * zone; a timed one at its end, which may be on a later day (crossing midnight) or past a change of the clocks.
 */
export function eventInstants(event: EventTime): { start: Date; end: Date } {
	const end = isAllDay(event) ? instant(addDays(event.end, 1), event.timeZone) : instant(event.end, event.timeZone);
	return { start: eventStart(event), end };
}

/** Events in the order they begin, wherever they are; ties by title. */
export function sortEvents<E extends Entry<CommunityEvent>>(events: readonly E[]): E[] {
	return [...events].sort(
		(a, b) => eventStart(a.data).getTime() - eventStart(b.data).getTime() || a.data.title.localeCompare(b.data.title),
	);
}

/** Whether an event is still to come (or under way) at `now`: it stays upcoming until it ends. */
export function isUpcoming(event: EventTime, now: Date): boolean {
	return eventInstants(event).end.getTime() > now.getTime();
}

/** Upcoming events soonest first, and past ones most recent first. */
export function splitEvents<E extends Entry<CommunityEvent>>(
	events: readonly E[],
	now: Date,
): { upcoming: E[]; past: E[] } {
	const sorted = sortEvents(events);
	return {
		upcoming: sorted.filter((entry) => isUpcoming(entry.data, now)),
		past: sorted.filter((entry) => !isUpcoming(entry.data, now)).reverse(),
	};
}

/** The next event that will take place: the first upcoming one not cancelled. */
export function nextEvent<E extends Entry<CommunityEvent>>(events: readonly E[], now: Date): E | undefined {
	return splitEvents(events, now).upcoming.find((entry) => entry.data.status !== 'cancelled');
}

/** Past events by the year they took place in (in their own zone), newest year first, newest event first. */
export function archiveByYear<E extends Entry<CommunityEvent>>(past: readonly E[]): { year: string; events: E[] }[] {
	const years = new Map<string, E[]>();
	for (const entry of sortEvents(past).reverse()) {
		const year = entry.data.start.slice(0, 4);
		years.set(year, [...(years.get(year) ?? []), entry]);
	}
	return [...years.entries()].sort(([a], [b]) => b.localeCompare(a)).map(([year, events]) => ({ year, events }));
}

/** Where it happens, in one line: the venue and address, online, or both. */
export function eventLocation(event: Pick<CommunityEvent, 'online' | 'place'>): string {
	const place = event.place && `${event.place.name}, ${event.place.address}`;
	return [place, event.online ? 'Online' : undefined].filter(Boolean).join(' · ');
}

/** File names an event cannot take: `/events/calendar.ics` is the subscribed calendar, not an event's file. */
export const reservedEventIds: readonly string[] = ['calendar'];

/** Stops the build on an event file whose name is reserved, naming it and what to do. */
export function checkEventIds(ids: readonly string[]): void {
	const taken = ids.filter((id) => reservedEventIds.includes(id));
	if (taken.length)
		throw new UserError(
			`content/events/${taken[0]}.mdx: the file name "${taken[0]}" is reserved (/events/${taken[0]}.ics is the subscribed calendar)`,
			'Rename the file, e.g. to "<kind>-<month>-<year>.mdx"; the name becomes the event\'s address.',
		);
}

/** Stable across builds and unique across sites: the file name and the site's host, never the title or time. */
export function eventUid(id: string, host: string): string {
	return `event-${id}@${host}`;
}

/** What the calendar writer needs to know about a site. */
export interface CalendarSite {
	programName: string;
	/** The site's address, e.g. "https://partners.example.com": UIDs take its host, URLs are made absolute with it. */
	site: string;
	/** When the files are made (the build): DTSTAMP. */
	stamp: Date;
	/** Site-relative path of an event's page (routes.event). */
	pageOf: (id: string) => string;
}

/** One event as a VEVENT: UTC instants, or DATE values for an all-day event. */
export function calendarEvent(entry: Entry<CommunityEvent>, site: CalendarSite): CalendarEvent {
	const { data } = entry;
	const url = new URL(site.pageOf(entry.id), site.site).href;
	const cancelled = data.status === 'cancelled';
	const email = data.register.includes('@') && !/^https?:/i.test(data.register);
	const time = isAllDay(data) ? { firstDay: data.start, lastDay: data.end } : eventInstants(data);
	return {
		...time,
		uid: eventUid(entry.id, new URL(site.site).hostname),
		// Some calendar apps ignore STATUS when showing an event; the title says it too.
		title: cancelled ? `Cancelled: ${data.title}` : data.title,
		description: [
			cancelled ? 'This event is cancelled.' : undefined,
			data.summary,
			`Hosted by ${data.host}.`,
			cancelled ? undefined : `Register: ${data.register}`,
			`Details: ${url}`,
		]
			.filter(Boolean)
			.join('\n\n'),
		sequence: data.sequence,
		status: data.status,
		location: eventLocation(data),
		url,
		organizer: email ? { name: data.host, email: data.register } : undefined,
		categories: [eventKindInfo[data.kind].label],
	};
}

/** An `.ics` file of events: one event's download, or the feed of every upcoming one. */
export function eventsCalendar(
	entries: readonly Entry<CommunityEvent>[],
	site: CalendarSite,
	options: { name: string; refreshHours?: number },
): string {
	return writeICalendar(
		entries.map((entry) => calendarEvent(entry, site)),
		{
			name: options.name,
			productId: `-//${site.programName}//Partner Hub//EN`,
			stamp: site.stamp,
			refreshHours: options.refreshHours,
		},
	);
}
