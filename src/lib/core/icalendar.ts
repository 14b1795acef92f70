/**
 * RFC 5545 (iCalendar) building blocks, time-zone arithmetic and the one calendar writer shared by the onboarding
 * calendars and the community events. Pure and browser-safe: the calendar maker runs the same code in the partner's
 * browser. Hand-written rather than the `ics` or `ical-generator` packages: it is small, has no dependencies, runs
 * under the strict CSP, and the tests parse every file it writes with ical.js, a real parser.
 */

import { addDays } from './dates';

/** One formatter per time zone: creating an `Intl.DateTimeFormat` costs far more than using one. */
const formatters = new Map<string, Intl.DateTimeFormat>();

/** Milliseconds `timeZone` is ahead of UTC at `instant`. */
function zoneOffset(instant: number, timeZone: string): number {
	let formatter = formatters.get(timeZone);
	if (!formatter) {
		formatter = new Intl.DateTimeFormat('en-US', {
			timeZone,
			hourCycle: 'h23',
			year: 'numeric',
			month: 'numeric',
			day: 'numeric',
			hour: 'numeric',
			minute: 'numeric',
			second: 'numeric',
		});
		formatters.set(timeZone, formatter);
	}
	const parts = formatter.formatToParts(new Date(instant));
	const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
	return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second')) - instant;
}

/** The UTC instant of a local wall-clock time ("2026-03-30", "15:00") in an IANA time zone, DST included. */
export function zonedTime(date: string, time: string, timeZone: string): Date {
	const wall = Date.parse(`${date}T${time}:00Z`);
	// Two passes settle the offset when the first guess lands on the other side of a DST change.
	const first = wall - zoneOffset(wall, timeZone);
	return new Date(wall - zoneOffset(first, timeZone));
}

/** The local wall-clock time of a UTC instant in an IANA time zone, "2026-03-29T02:30". */
export function wallTime(instant: Date, timeZone: string): string {
	return new Date(instant.getTime() + zoneOffset(instant.getTime(), timeZone)).toISOString().slice(0, 16);
}

/** "20261130T150000Z": an RFC 5545 UTC date-time. */
export function icsDateTime(instant: Date): string {
	return instant
		.toISOString()
		.replace(/[-:]/g, '')
		.replace(/\.\d{3}/, '');
}

/** Escapes TEXT values (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines. */
export function escapeText(text: string): string {
	return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line to at most 75 octets per line (RFC 5545 §3.1), never splitting a UTF-8 character. */
export function foldLine(line: string): string {
	const encoder = new TextEncoder();
	const parts: string[] = [];
	let current = '';
	let octets = 0;
	for (const char of line) {
		const size = encoder.encode(char).length;
		// Continuation lines start with a space, which counts towards their 75 octets.
		const limit = parts.length === 0 ? 75 : 74;
		if (octets + size > limit) {
			parts.push(current);
			current = '';
			octets = 0;
		}
		current += char;
		octets += size;
	}
	parts.push(current);
	return parts.join('\r\n ');
}

/** "20270913": an RFC 5545 DATE value, for all-day events. */
export function icsDate(date: string): string {
	return date.replace(/-/g, '');
}

/** A parameter value (RFC 5545 §3.2): quoted when it holds `:;,`; a double quote cannot appear in one at all. */
function paramValue(text: string): string {
	const clean = text.replace(/"/g, "'").replace(/[\r\n]+/g, ' ');
	return /[:;,]/.test(clean) ? `"${clean}"` : clean;
}

/** When an event happens: UTC instants, or whole days (`lastDay` inclusive, as people say it). */
export type CalendarTime = { start: Date; end: Date } | { firstDay: string; lastDay: string };

/** One VEVENT, whatever made it: an onboarding check-in or a community event. */
export type CalendarEvent = CalendarTime & {
	/** Globally unique and stable across builds, so a re-import or a subscription updates instead of duplicating. */
	uid: string;
	title: string;
	description?: string | undefined;
	/** Raised whenever the time, place or status changes; calendars ignore an update whose SEQUENCE did not rise. */
	sequence?: number | undefined;
	status?: 'confirmed' | 'cancelled' | undefined;
	location?: string | undefined;
	/** An absolute http(s) address: the event's page. */
	url?: string | undefined;
	/** Who runs it, with the address replies go to. */
	organizer?: { name: string; email: string } | undefined;
	categories?: readonly string[] | undefined;
};

/** What the whole calendar says about itself. */
export interface CalendarOptions {
	/** The calendar's name in the partner's calendar app (X-WR-CALNAME). */
	name: string;
	/** PRODID, e.g. "-//Lumen Partner Network//Partner Hub//EN". */
	productId: string;
	/** When the file was made: every event's DTSTAMP. */
	stamp: Date;
	/** A subscribed calendar: how often apps should fetch it again, in hours. Default: not said. */
	refreshHours?: number | undefined;
}

function eventLines(event: CalendarEvent, stamp: Date): string[] {
	const times =
		'firstDay' in event
			? // DTEND of an all-day event is exclusive (RFC 5545 §3.6.1): the day after its last day.
				[`DTSTART;VALUE=DATE:${icsDate(event.firstDay)}`, `DTEND;VALUE=DATE:${icsDate(addDays(event.lastDay, 1))}`]
			: [`DTSTART:${icsDateTime(event.start)}`, `DTEND:${icsDateTime(event.end)}`];
	return [
		'BEGIN:VEVENT',
		`UID:${event.uid}`,
		`DTSTAMP:${icsDateTime(stamp)}`,
		...(event.sequence !== undefined ? [`SEQUENCE:${event.sequence}`] : []),
		...(event.status ? [`STATUS:${event.status.toUpperCase()}`] : []),
		...times,
		`SUMMARY:${escapeText(event.title)}`,
		...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
		...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
		...(event.url ? [`URL:${event.url}`] : []),
		...(event.organizer ? [`ORGANIZER;CN=${paramValue(event.organizer.name)}:mailto:${event.organizer.email}`] : []),
		...(event.categories?.length ? [`CATEGORIES:${event.categories.map(escapeText).join(',')}`] : []),
		'END:VEVENT',
	];
}

/** A complete VCALENDAR with one VEVENT per event: folded lines, CRLF line endings. */
export function writeICalendar(events: readonly CalendarEvent[], options: CalendarOptions): string {
	const refresh = options.refreshHours;
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		`PRODID:${options.productId}`,
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		`X-WR-CALNAME:${escapeText(options.name)}`,
		...(refresh ? [`REFRESH-INTERVAL;VALUE=DURATION:PT${refresh}H`, `X-PUBLISHED-TTL:PT${refresh}H`] : []),
		...events.flatMap((event) => eventLines(event, options.stamp)),
		'END:VCALENDAR',
	];
	return lines.map(foldLine).join('\r\n') + '\r\n';
}
