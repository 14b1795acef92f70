import { upcomingStarts } from './ics';
import { calendarName, trackCalendarText, type TrackCalendarData } from './track-calendar';
import { portal } from '../../core/config';
import { buildDay } from '../../core/build-date';
import type { EngagementRhythm } from '../rhythm-schema';
import type { Track } from '../schema';

// Once per build, so track pages and `.ics` files agree on the offered start weeks.
const buildDate = buildDay;

/**
 * Start weeks (Mondays) a track page offers as ready-made files, for readers without JavaScript: the first
 * `startChoices` weeks whose first meeting is not before the build date.
 */
export function calendarStarts(track: { data: Track }): string[] {
	const rhythm = rhythmOf(track);
	return upcomingStarts(buildDate, rhythm.startChoices, rhythm.weekday);
}

/** Site-relative path of a track's calendar for a start Monday, for `href()`; named like the file it downloads as. */
export function calendarPath(trackId: string, start: string): string {
	return `onboarding/${trackId}/calendar/${calendarName({ programName: portal.programName, trackId }, start)}.ics`;
}

/** The rhythm a track follows: `portal.config.ts`'s, with the track's own `rhythm` overrides on top. */
export function rhythmOf(track: { data: Track }): EngagementRhythm {
	// `?? {}`: an entry from a content cache written before the field existed has no `rhythm` at all.
	const overrides = Object.entries(track.data.rhythm ?? {}).filter(([, value]) => value !== undefined);
	return { ...portal.engagementRhythm, ...Object.fromEntries(overrides) };
}

/** What a track's calendar is made from, at build time and (as JSON in the page) in the browser. */
export function calendarData(track: { id: string; data: Track }): TrackCalendarData {
	return {
		programName: portal.programName,
		lang: portal.lang,
		domain: new URL(portal.site).hostname,
		trackId: track.id,
		trackTitle: track.data.title,
		trackWeeks: track.data.weeks,
		rhythm: rhythmOf(track),
	};
}

/** The `.ics` text of a track's engagement calendar from a start Monday. */
export function trackCalendar(track: { id: string; data: Track }, start: string): string {
	return trackCalendarText(calendarData(track), start, new Date(`${buildDate}T00:00:00Z`));
}
