import type { Entry } from '../core/entry';
import { escapeHtml } from '../core/html';
import type { Announcement } from './schema';

/**
 * One RSS item: the summary, who it concerns and until when it applies, linked to the announcement's page.
 * `audience` and `expires` arrive as text for people (labels, a formatted date), so this stays free of config.
 */
export function announcementFeedItem(
	entry: Entry<Announcement>,
	link: string,
	display: { audience: string; expires?: string | undefined },
) {
	const { title, date, summary } = entry.data;
	return {
		title,
		link,
		pubDate: new Date(`${date}T00:00:00Z`),
		description: summary,
		categories: [display.audience],
		content: [
			`<p>${escapeHtml(summary)}</p>`,
			`<p>For: ${escapeHtml(display.audience)}</p>`,
			display.expires ? `<p>Current until ${escapeHtml(display.expires)}</p>` : '',
		].join(''),
	};
}
