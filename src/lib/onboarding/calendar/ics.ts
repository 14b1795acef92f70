/**
 * Engagement calendars: the check-in rhythm of a track turned into dated events and an RFC 5545
 * `.ics` file. Dates are plain "YYYY-MM-DD" strings and computed in UTC so no machine time zone leaks in;
 * meeting times are local to the configured time zone and written as UTC instants ("Z"), which every
 * calendar app shows in its user's own zone.
 */
import type { EngagementRhythm } from '../rhythm-schema';
import { writeICalendar, zonedTime } from '../../core/icalendar';
import { addDays } from '../../core/dates';

/** The Monday of the ISO week containing `date` (the date itself when it is a Monday). */
export function mondayOf(date: string): string {
	const weekday = new Date(`${date}T00:00:00Z`).getUTCDay(); // 0 = Sunday
	return addDays(date, -((weekday + 6) % 7));
}

/** Consecutive start weeks: the Monday of `today`'s week and the `count - 1` Mondays after it. */
export function startMondays(today: string, count: number): string[] {
	const first = mondayOf(today);
	return Array.from({ length: count }, (_, index) => addDays(first, index * 7));
}

/** ISO weekday of a "YYYY-MM-DD" date, 1 = Monday … 7 = Sunday. */
function isoWeekday(date: string): number {
	return ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
}

/**
 * The start Monday for a partnership that begins on `date`: the week whose meeting day (`weekday`) is the first on
 * or after it, so the first check-in never falls before the partner has started.
 */
export function startWeekFor(date: string, weekday: number): string {
	return addDays(mondayOf(date), isoWeekday(date) > weekday ? 7 : 0);
}

/** The first `count` start weeks whose first meeting is on or after `today`: nothing already in the past. */
export function upcomingStarts(today: string, count: number, weekday: number): string[] {
	return startMondays(startWeekFor(today, weekday), count);
}

/** The date of week 1's meeting for a start Monday. */
export function firstMeetingDate(start: string, weekday: number): string {
	return addDays(start, weekday - 1);
}

/** One meeting in a partner's calendar. */
export interface EngagementEvent {
	/** Stable across rebuilds, so re-importing a calendar updates events instead of duplicating them. */
	uid: string;
	kind: 'check-in' | 'review';
	/** Week of the partnership, from 1. */
	week: number;
	title: string;
	description: string;
	start: Date;
	minutes: number;
}

/** What a calendar is generated for. */
export interface CalendarSubject {
	/** The program's name, which every event title starts with, e.g. "Lumen Partner Network". */
	programName: string;
	trackId: string;
	trackTitle: string;
	/** The track's length in weeks: the default span of weekly check-ins. */
	trackWeeks: number;
	/** The Monday of the partner's first week, "YYYY-MM-DD". */
	start: string;
	/** Host name for UIDs, e.g. "partners.example.com". */
	domain: string;
}

/** Weeks of weekly check-ins for a track under `rhythm`. */
export function weeklyWeeksOf(rhythm: EngagementRhythm, trackWeeks: number): number {
	return rhythm.weeklyWeeks ?? trackWeeks;
}

/**
 * Every meeting from the start week to the horizon: weekly check-ins while new, then one every
 * `establishedEveryWeeks`, and a strategic review every `reviewEveryWeeks` that replaces that week's check-in.
 */
export function engagementEvents(rhythm: EngagementRhythm, subject: CalendarSubject): EngagementEvent[] {
	const weekly = weeklyWeeksOf(rhythm, subject.trackWeeks);
	const events: EngagementEvent[] = [];
	for (let week = 1; week <= rhythm.horizonWeeks; week++) {
		const review = week > 1 && (week - 1) % rhythm.reviewEveryWeeks === 0;
		const checkIn = week <= weekly || (week - weekly) % rhythm.establishedEveryWeeks === 0;
		if (!review && !checkIn) continue;
		const date = addDays(subject.start, (week - 1) * 7 + rhythm.weekday - 1);
		const quarter = (week - 1) / rhythm.reviewEveryWeeks;
		events.push({
			uid: `${subject.trackId}-${subject.start}-week-${week}@${subject.domain}`,
			kind: review ? 'review' : 'check-in',
			week,
			// The program comes first: it is what a partner scanning a busy calendar needs to recognise.
			title: review
				? `${subject.programName}: strategic review, quarter ${quarter}`
				: `${subject.programName}: check-in, week ${week}`,
			description: review
				? `${subject.trackTitle}: review results, value exchanged both ways and the goals for the next quarter.`
				: week <= weekly
					? `${subject.trackTitle}: weekly onboarding check-in with your partner manager.`
					: `${subject.trackTitle}: check-in with your partner manager (every ${rhythm.establishedEveryWeeks} weeks once established).`,
			start: zonedTime(date, rhythm.time, rhythm.timeZone),
			minutes: review ? rhythm.reviewMinutes : rhythm.checkInMinutes,
		});
	}
	return events;
}

/** A complete VCALENDAR with one VEVENT per meeting, written by the portal's one iCalendar writer. */
export function toICalendar(
	events: readonly EngagementEvent[],
	options: { name: string; productId: string; stamp: Date },
): string {
	return writeICalendar(
		events.map((event) => ({
			uid: event.uid,
			start: event.start,
			end: new Date(event.start.getTime() + event.minutes * 60_000),
			title: event.title,
			description: event.description,
			categories: [event.kind === 'review' ? 'Strategic review' : 'Check-in'],
		})),
		options,
	);
}

const weekdayNames = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** "Tuesday" for 2: the rhythm's `weekday` in words. */
export function weekdayName(weekday: number): string {
	return weekdayNames[weekday - 1]!;
}

/** The rhythm in plain sentences for the track page, e.g. "Weekly 30-minute check-ins for your first 4 weeks". */
export function describeRhythm(rhythm: EngagementRhythm, trackWeeks: number): string[] {
	const weekly = weeklyWeeksOf(rhythm, trackWeeks);
	const every = rhythm.establishedEveryWeeks;
	return [
		`Weekly ${rhythm.checkInMinutes}-minute check-ins for your first ${weekly} weeks, while the partnership is new.`,
		every === 1
			? 'Weekly check-ins after that, once the partnership is established.'
			: `A check-in every ${every} weeks after that, once the partnership is established.`,
		`A ${rhythm.reviewMinutes}-minute strategic review every ${rhythm.reviewEveryWeeks} weeks (about once a quarter), in place of that week's check-in.`,
		`Meetings fall on ${weekdayName(rhythm.weekday)} at ${rhythm.time}, ${rhythm.timeZone} time.`,
	];
}
