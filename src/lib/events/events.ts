import type { Entry } from '../core/entry';
import { zonedTime } from '../core/icalendar';
import type { CommunityEvent } from './schema';

/** The UTC instant an event starts: an all-day event starts at midnight in its zone. */
export function eventStart(event: Pick<CommunityEvent, 'start' | 'timeZone'>): Date {
	const [date, time = '00:00'] = event.start.split('T') as [string, string?];
	return zonedTime(date, time, event.timeZone);
}

/** Events in the order they begin, wherever they are; ties by title. */
export function sortEvents<E extends Entry<CommunityEvent>>(events: readonly E[]): E[] {
	return [...events].sort(
		(a, b) => eventStart(a.data).getTime() - eventStart(b.data).getTime() || a.data.title.localeCompare(b.data.title),
	);
}
