import type { APIRoute, GetStaticPaths } from 'astro';
import { loadContent, type TrackEntry } from '../../../../lib/content/collections';
import { calendarStarts, trackCalendar } from '../../../../lib/onboarding/calendar/events';
import { calendarName } from '../../../../lib/onboarding/calendar/track-calendar';
import { portal } from '../../../../lib/core/config';

/**
 * One RFC 5545 calendar per track and ready-made start week, written at build time for readers without JavaScript.
 * Named after the program, the track and the start Monday, so the file says what it is wherever it is saved.
 */
export const getStaticPaths = (async () => {
	const { tracks } = await loadContent();
	return tracks.flatMap((track) =>
		calendarStarts(track).map((start) => ({
			params: { track: track.id, name: calendarName({ programName: portal.programName, trackId: track.id }, start) },
			props: { track, start },
		})),
	);
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
	const { track, start } = props as { track: TrackEntry; start: string };
	return new Response(trackCalendar(track, start), {
		headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
	});
};
