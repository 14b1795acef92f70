import { escapeHtml } from '../core/html';
import type { Entry } from '../core/entry';
import { eventKindInfo, eventLocation } from './events';
import type { EventWhen } from './format';
import type { CommunityEvent } from './schema';

/**
 * One RSS item: the event when it was announced (`published`), with its time in its own zone, place, host and
 * registration as HTML, linked to its page. Cancelled events keep their item, marked in the title.
 */
export function eventFeedItem(
	entry: Entry<CommunityEvent>,
	when: EventWhen,
	link: string,
	audience: string,
): { title: string; link: string; pubDate: Date; description: string; categories: string[]; content: string } {
	const { title, summary, kind, host, status, published } = entry.data;
	const cancelled = status === 'cancelled';
	const time = [when.date, when.time, when.zone].filter(Boolean).join(', ');
	return {
		title: cancelled ? `Cancelled: ${title}` : title,
		link,
		pubDate: new Date(`${published}T00:00:00Z`),
		description: summary,
		categories: [eventKindInfo[kind].label],
		content: [
			cancelled ? '<p><strong>This event is cancelled.</strong></p>' : '',
			`<p>${escapeHtml(summary)}</p>`,
			'<ul>',
			`<li>When: ${escapeHtml(time)}</li>`,
			`<li>Where: ${escapeHtml(eventLocation(entry.data))}</li>`,
			`<li>For: ${escapeHtml(audience)}</li>`,
			`<li>Host: ${escapeHtml(host)}</li>`,
			'</ul>',
		].join(''),
	};
}

/** Feed items newest announcement first; the same day falls back to the event's title. */
export function byPublished<E extends Entry<Pick<CommunityEvent, 'published' | 'title'>>>(entries: readonly E[]): E[] {
	return [...entries].sort(
		(a, b) => b.data.published.localeCompare(a.data.published) || a.data.title.localeCompare(b.data.title),
	);
}
