import type { APIRoute, GetStaticPaths } from 'astro';
import { loadContent, type EventEntry } from '../../lib/content/collections';
import { portal } from '../../lib/core/config';
import { checkEventIds, eventsCalendar } from '../../lib/events/events';
import { calendarSite } from '../../lib/events/site';

/** One event as an RFC 5545 file, for "Add to calendar"; the same UID as in the subscribed calendar. */
export const getStaticPaths = (async () => {
	const { events } = await loadContent();
	checkEventIds(events.map((event) => event.id));
	return events.map((event) => ({ params: { id: event.id }, props: { event } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
	const { event } = props as { event: EventEntry };
	return new Response(eventsCalendar([event], calendarSite, { name: `${portal.programName}: ${event.data.title}` }), {
		headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
	});
};
