import { routes } from '../../lib/core/routes';
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { loadContent } from '../../lib/content/collections';
import { portal } from '../../lib/core/config';
import { feedItem } from '../../lib/spotlights/feed';

/** The monthly newsletter feed: every published spotlight with its summary and key results. */
export async function GET(context: APIContext) {
	const { spotlights, partnerNames } = await loadContent();
	return rss({
		title: `${portal.programName}: partnership spotlights`,
		description: 'Monthly stories of partnerships that worked, with the results they measured.',
		// The channel links to the archive; item links are absolute paths (base included) resolved against it.
		site: new URL(routes.section('spotlights'), context.site ?? portal.site).href,
		items: spotlights.map((entry) => feedItem(entry, partnerNames, routes.spotlight(entry.id))),
		customData: `<language>${portal.lang}</language>`,
	});
}
