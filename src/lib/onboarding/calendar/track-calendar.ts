/**
 * A track's engagement calendar from plain data: the one code path for the `.ics` files the build writes and the
 * ones the track page makes in the browser for any start date. Browser-safe: no config, no zod, no Node; the page
 * renders `TrackCalendarData` as JSON and the script passes it in. The page loads it only once the date picker is
 * used, so track pages stay within the script budget of content pages.
 */
import { formatLongDate } from '../../core/dates';
import type { EngagementRhythm } from '../rhythm-schema';
import { engagementEvents, firstMeetingDate, startWeekFor, toICalendar } from './ics';

/** Everything a track's calendar is made from. */
export interface TrackCalendarData {
	programName: string;
	/** Language of the site (`portal.config.ts` `lang`), for dates shown to people. */
	lang: string;
	/** Host name for event UIDs, e.g. "partners.example.com". */
	domain: string;
	trackId: string;
	trackTitle: string;
	trackWeeks: number;
	rhythm: EngagementRhythm;
}

/** "lumen-partner-network": lower case, accents dropped, anything else a hyphen. */
export function fileSlug(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/**
 * The file name of a calendar, named after the program, the track and its start Monday so that it still says
 * what it is in a downloads folder: "lumen-partner-network-agencies-2026-11-30".
 */
export function calendarName(data: Pick<TrackCalendarData, 'programName' | 'trackId'>, start: string): string {
	return `${fileSlug(data.programName)}-${data.trackId}-${start}`;
}

/** The `.ics` text of a track's calendar from a start Monday; `stamp` is when it was made (DTSTAMP). */
export function trackCalendarText(data: TrackCalendarData, start: string, stamp: Date): string {
	const events = engagementEvents(data.rhythm, {
		programName: data.programName,
		trackId: data.trackId,
		trackTitle: data.trackTitle,
		trackWeeks: data.trackWeeks,
		start,
		domain: data.domain,
	});
	return toICalendar(events, {
		name: `${data.programName}: ${data.trackTitle}`,
		productId: `-//${data.programName}//Partner Hub//EN`,
		stamp,
	});
}

/** Whether `value` is a real "YYYY-MM-DD" day, as a date input gives it (empty when the field is incomplete). */
export function isIsoDate(value: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
	const time = Date.parse(`${value}T00:00:00Z`);
	return !Number.isNaN(time) && new Date(time).toISOString().startsWith(value);
}

/** What the date picker offers for a start date: the calendar's start Monday, file name and a sentence to show. */
export function calendarChoice(
	data: TrackCalendarData,
	date: string,
): { start: string; fileName: string; firstCheckIn: string; summary: string } | undefined {
	if (!isIsoDate(date)) return undefined;
	const { weekday, time, timeZone } = data.rhythm;
	const start = startWeekFor(date, weekday);
	const firstCheckIn = firstMeetingDate(start, weekday);
	return {
		start,
		fileName: `${calendarName(data, start)}.ics`,
		firstCheckIn,
		summary: `First check-in: ${formatLongDate(firstCheckIn, data.lang)} at ${time} (${timeZone} time).`,
	};
}
