import type { Entry } from '../core/entry';
import type { Announcement } from './schema';

/** Announcements newest first; ties by title. */
export function sortAnnouncements<E extends Entry<Announcement>>(announcements: readonly E[]): E[] {
	return [...announcements].sort(
		(a, b) => b.data.date.localeCompare(a.data.date) || a.data.title.localeCompare(b.data.title),
	);
}

/** Past its last day: it has left the banner and the current list, and shows under "Earlier" in the news. */
export function isExpired(announcement: Pick<Announcement, 'expires'>, today: string): boolean {
	return announcement.expires !== undefined && announcement.expires < today;
}

/** Published (its date has come) and not yet expired. */
export function isCurrent(announcement: Pick<Announcement, 'date' | 'expires'>, today: string): boolean {
	return announcement.date <= today && !isExpired(announcement, today);
}

/**
 * The site banner: the newest current announcement that asks for the banner, or undefined. An announcement dated
 * after the build day waits for a later build; one past its expiry never returns to the banner.
 */
export function bannerAnnouncement<E extends Entry<Announcement>>(announcements: readonly E[], today: string) {
	return sortAnnouncements(announcements).find((entry) => entry.data.banner && isCurrent(entry.data, today));
}

/** The news page's two lists, newest first: current (and scheduled) announcements, then the expired ones. */
export function newsLists<E extends Entry<Announcement>>(announcements: readonly E[], today: string) {
	const sorted = sortAnnouncements(announcements);
	return {
		current: sorted.filter((entry) => !isExpired(entry.data, today)),
		earlier: sorted.filter((entry) => isExpired(entry.data, today)),
	};
}
