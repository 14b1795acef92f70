import { audienceLabel } from '../../lib/core/choices';
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { loadContent } from '../../lib/content/collections';
import { portal } from '../../lib/core/config';
import { formatDate } from '../../lib/core/dates';
import { routes } from '../../lib/core/routes';
import { announcementFeedItem } from '../../lib/news/feed';
import {} from '../../lib/news/news';

/** Every announcement, newest first, expired ones too: a feed is a record of what was said and when. */
export async function GET(context: APIContext) {
	const { announcements } = await loadContent();
	return rss({
		title: `${portal.programName}: news`,
		description: 'Program announcements: what changed, what is coming and what partners need to do.',
		// The channel links to the news page; item links are absolute paths (base included) resolved against it.
		site: new URL(routes.section('news'), context.site ?? portal.site).href,
		items: announcements.map((entry) =>
			announcementFeedItem(entry, routes.announcement(entry.id), {
				audience: audienceLabel(entry.data.audience, portal.partnerTypes),
				expires: entry.data.expires && formatDate(entry.data.expires, portal.lang),
			}),
		),
		customData: `<language>${portal.lang}</language>`,
	});
}
