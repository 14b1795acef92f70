import type { PageBadge } from '../core/badge';
import { buildDay } from '../core/build-date';
import { portal } from '../core/config';
import { formatDate } from '../core/dates';
import { contentDir } from '../content/content-dir';
import { changedDay, freshness } from './freshness';

/**
 * The badge of a content page on this build's day, or undefined: "New" while its publish date (spotlights) is
 * within `community.newForDays`, else "Updated" while its `updated:` date or last commit is.
 */
export function pageBadge(
	entry: { filePath?: string | undefined; data: { updated?: string | undefined } },
	published?: string,
): PageBadge | undefined {
	const changed = changedDay({ updated: entry.data.updated, file: entry.filePath }, contentDir);
	const fresh = freshness({ published, changed }, buildDay, portal.community.newForDays);
	if (!fresh) return undefined;
	const day = formatDate(fresh.day, portal.lang);
	const isNew = fresh.kind === 'new';
	return {
		word: isNew ? 'New' : 'Updated',
		title: `${isNew ? 'Published' : 'Updated'} ${day}`,
		spoken: isNew ? `, published ${day}` : `, ${day}`,
		until: fresh.until,
	};
}
