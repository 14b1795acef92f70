/**
 * The kinds of page the portal builds, told apart by URL path (without the base). The first rule that matches
 * wins; the patterns for sections still being built elsewhere (quizzes, spotlights, scorecards…) are written
 * loosely so they hold whichever URL scheme lands. Adapt here when a section's URLs change.
 */
export const pageTypes = [
	{ type: 'home', pattern: /^$/ },
	{ type: 'cms', pattern: /^admin\// },
	{ type: 'quiz', pattern: /^training\/[^/]+\/$/ },
	{ type: 'quiz', pattern: /(^|\/)quiz(zes)?\/[^/]+\/$/ },
	{ type: 'assessment', pattern: /(^|\/)(self-)?assessments?\/[^/]+\/$/ },
	{ type: 'rating form', pattern: /(^|\/)(rate|rating|ratings|value-exchange)\/([^/]+\/)?$/ },
	{ type: 'index', pattern: /^scorecards\/method\/$/ },
	{ type: 'partner scorecard', pattern: /^scorecards?\/[^/]+\/$/ },
	{ type: 'dashboard', pattern: /^(scorecards?|dashboard)\/$/ },
	{ type: 'archive', pattern: /^spotlights\/$/ },
	{ type: 'spotlight', pattern: /^spotlights\/[^/]+\/$/ },
	{ type: 'module', pattern: /^onboarding\/[^/]+\/[^/]+\/$/ },
	{ type: 'article', pattern: /^practices\/[^/]+\/$/ },
	{ type: 'index', pattern: /^[^/]+\/([^/]+\/)?$/ },
] as const;

export type PageType = (typeof pageTypes)[number]['type'] | 'other';

/** The types the issue asks a report for, in report order ("index" and "other" come after). */
export const reportedTypes: readonly PageType[] = [
	'home',
	'module',
	'article',
	'spotlight',
	'archive',
	'quiz',
	'assessment',
	'rating form',
	'dashboard',
	'partner scorecard',
];

/** The type of a built page from its file path: "onboarding/agencies/week-1/index.html" → "module". */
export function pageTypeOf(page: string): PageType {
	const path = page.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '/');
	return pageTypes.find((rule) => rule.pattern.test(path))?.type ?? 'other';
}
