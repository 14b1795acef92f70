import type { Entry } from '../core/entry';
import type { Announcement } from './schema';

/** Announcements newest first; ties by title. */
export function sortAnnouncements<E extends Entry<Announcement>>(announcements: readonly E[]): E[] {
	return [...announcements].sort(
		(a, b) => b.data.date.localeCompare(a.data.date) || a.data.title.localeCompare(b.data.title),
	);
}
