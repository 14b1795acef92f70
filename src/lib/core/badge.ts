/**
 * A "New" or "Updated" badge as pages and islands render it: the words are made at build time
 * (src/lib/news/badge.ts), so the browser only prints them. No imports: browser code may use it.
 */
export interface PageBadge {
	/** "New" or "Updated". */
	word: string;
	/** The tooltip: "Published 20 November 2026". */
	title: string;
	/** Read after the word by screen readers: ", published 20 November 2026". */
	spoken: string;
	/** The last day it applies, `YYYY-MM-DD`, for pages read long after the build. */
	until: string;
}
