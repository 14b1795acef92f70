import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { loadContent } from '../../lib/content/collections';
import { portal } from '../../lib/core/config';
import { routes } from '../../lib/core/routes';
import { byPublished, eventFeedItem } from '../../lib/events/feed';
import { eventView } from '../../lib/events/site';

/** New events as they are announced, newest first, each with its time, place, audience and host. */
export async function GET(context: APIContext) {
	const { events } = await loadContent();
	return rss({
		title: `${portal.programName}: community events`,
		description: 'New community calls, innovation sessions, office hours, webinars and retreats as they are announced.',
		// The channel links to the events page; item links are absolute paths (base included) resolved against it.
		site: new URL(routes.section('events'), context.site ?? portal.site).href,
		items: byPublished(events).map((entry) => {
			const view = eventView(entry);
			return eventFeedItem(entry, view.when, view.pageHref, view.audience);
		}),
		customData: `<language>${portal.lang}</language>`,
	});
}
