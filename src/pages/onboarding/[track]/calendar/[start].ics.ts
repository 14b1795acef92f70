import type { APIRoute, GetStaticPaths } from 'astro';
import { loadContent, type TrackEntry } from '../../../../lib/content/collections';
import { calendarStarts, trackCalendar } from '../../../../lib/onboarding/calendar/events';

/** One RFC 5545 calendar per track and offered start week, written at build time. */
export const getStaticPaths = (async () => {
	const { tracks } = await loadContent();
	return tracks.flatMap((track) =>
		calendarStarts().map((start) => ({ params: { track: track.id, start }, props: { track } })),
	);
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props }) => {
	const { track } = props as { track: TrackEntry };
	return new Response(trackCalendar(track, params.start!), {
		headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
	});
};
