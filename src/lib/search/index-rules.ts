/**
 * What the search index leaves out, read by src/integrations/search-index.ts (Pagefind's `excludeSelectors`).
 * Interface text ("Print this template", "Saved in this browser only", "Not taken yet in this browser") is
 * not what a partner searches for, and it crowded out the page's own words in excerpts. Pagefind still reads
 * filters and metadata inside these elements. Pagefind itself already skips nav, form, label, footer and script.
 */
export const uiSelectors: readonly string[] = [
	// The convention for anything else: mark an element `data-ui` and it stays out of the index.
	'[data-ui]',
	// A button's label is an action, never content.
	'button',
	// Shown only once a script has read this browser's state (progress marks, track progress, print button).
	'[hidden]',
	// React islands render this browser's state and their controls (best scores, candidates, "Start over").
	'astro-island',
	// Live messages ("3 of 6 modules done…").
	'[role="status"]',
	// The printing tip beside "Print this template" (src/components/print-button.astro).
	'.print-actions',
	// Links to a module's quizzes: other pages' titles, indexed on their own pages (src/components/quiz-links.astro).
	'.quiz-links',
];

/**
 * Pagefind metadata the layout and breadcrumbs write (`data-pagefind-meta`), read by the search page.
 * `trail`: the page's breadcrumbs below Home, e.g. "Onboarding › Onboarding for agencies".
 */
export const trailMeta = 'trail';

/** Joins breadcrumb labels the way results show them. */
export function trailText(labels: readonly string[]): string {
	return labels.join(' › ');
}
