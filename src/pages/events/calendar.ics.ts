import type { APIRoute } from 'astro';
import { loadContent } from '../../lib/content/collections';
import { portal } from '../../lib/core/config';
import { eventsCalendar, splitEvents } from '../../lib/events/events';
import { buildNow } from '../../lib/core/build-date';
import { calendarSite } from '../../lib/events/site';

/**
 * The calendar partners subscribe to: every upcoming event, cancelled ones included as CANCELLED so that
 * subscribers' calendars drop them instead of keeping a stale copy.
 */
export const GET: APIRoute = async () => {
	const { events } = await loadContent();
	const { upcoming } = splitEvents(events, buildNow);
	const ics = eventsCalendar(upcoming, calendarSite, {
		name: `${portal.programName}: community events`,
		refreshHours: 12,
	});
	return new Response(ics, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
