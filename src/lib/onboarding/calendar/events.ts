import { engagementEvents, startMondays, toICalendar } from './ics';
import { portal } from '../../core/config';
import { readEnv } from '../../core/env';
import type { EngagementRhythm } from '../rhythm-schema';
import type { Track } from '../schema';

/** The build's "today" (UTC): `PORTAL_BUILD_DATE` when set (checked as a real date with the other variables), else the clock. */
export function resolveBuildDate(pinned: string | undefined, now: Date): string {
	return readEnv({ PORTAL_BUILD_DATE: pinned }).PORTAL_BUILD_DATE ?? now.toISOString().slice(0, 10);
}

// Once per build, so track pages and `.ics` files agree on the offered start weeks.
const buildDate = resolveBuildDate(readEnv().PORTAL_BUILD_DATE, new Date());

/** Start weeks (Mondays) offered on track pages: the build's week and the following ones. */
export function calendarStarts(): string[] {
	return startMondays(buildDate, portal.engagementRhythm.startChoices);
}

/** Site-relative path of a track's calendar for a start Monday, for `href()`. */
export function calendarPath(trackId: string, start: string): string {
	return `onboarding/${trackId}/calendar/${start}.ics`;
}

/** The rhythm a track follows: `portal.config.ts`'s, with the track's own `rhythm` overrides on top. */
export function rhythmOf(track: { data: Track }): EngagementRhythm {
	// `?? {}`: an entry from a content cache written before the field existed has no `rhythm` at all.
	const overrides = Object.entries(track.data.rhythm ?? {}).filter(([, value]) => value !== undefined);
	return { ...portal.engagementRhythm, ...Object.fromEntries(overrides) };
}

/** The `.ics` text of a track's engagement calendar from a start Monday. */
export function trackCalendar(track: { id: string; data: Track }, start: string): string {
	const events = engagementEvents(rhythmOf(track), {
		trackId: track.id,
		trackTitle: track.data.title,
		trackWeeks: track.data.weeks,
		start,
		domain: new URL(portal.site).hostname,
	});
	return toICalendar(events, {
		name: `${portal.programName}: ${track.data.title}`,
		productId: `-//${portal.programName}//Partner Hub//EN`,
		stamp: new Date(`${buildDate}T00:00:00Z`),
	});
}
