import { staffPagesEnabled } from './env';

/**
 * The one list of the portal's sections: the header navigation, breadcrumbs, the search page's section filter
 * and the section each page is indexed under all read it, so they cannot drift apart.
 */
export const sections = [
	{ id: 'onboarding', label: 'Onboarding', path: 'onboarding/', nav: true, staff: false, search: true },
	{ id: 'training', label: 'Training', path: 'training/', nav: true, staff: false, search: true },
	{ id: 'practices', label: 'Best practices', path: 'practices/', nav: true, staff: false, search: true },
	{ id: 'assessments', label: 'Assessments', path: 'assessments/', nav: false, staff: false, search: true },
	{ id: 'ratings', label: 'Value-exchange ratings', path: 'ratings/', nav: false, staff: false, search: false },
	{ id: 'spotlights', label: 'Spotlights', path: 'spotlights/', nav: true, staff: false, search: true },
	{ id: 'scorecards', label: 'Scorecards', path: 'scorecards/', nav: true, staff: true, search: false },
	{ id: 'admin', label: 'Content editor', path: 'admin/', nav: false, staff: true, search: false },
	{ id: 'search', label: 'Search', path: 'search/', nav: true, staff: false, search: false },
] as const satisfies readonly Section[];

/** One section of the portal. */
export interface Section {
	/** Stable id used in code: `routes.section('training')`. */
	id: string;
	/** What people read: link text, breadcrumb, search filter option. */
	label: string;
	/** Site-relative path of the section's index page. */
	path: string;
	/** Listed in the header navigation. */
	nav: boolean;
	/** For program staff only: kept out of search engines and the sitemap, and not built with PORTAL_STAFF_PAGES=false. */
	staff: boolean;
	/** Its pages are in the search index, and the search page offers it as a filter. */
	search: boolean;
}

export type SectionId = (typeof sections)[number]['id'];

/** The section with `id`. */
export function section(id: SectionId): Section {
	return sections.find((entry) => entry.id === id)!;
}

/** The header navigation, in order; staff sections only when they are built. */
export const mainNav = sections.filter((entry) => entry.nav && (!entry.staff || staffPagesEnabled()));

/** Sections whose pages are indexed for search, in the order the search page offers them as a filter. */
export const searchSections: readonly Section[] = sections.filter((entry) => entry.search);

/** Whether `pathname` (base included) lies in the section at `sectionHref`, for `aria-current`. */
export function isCurrentSection(pathname: string, sectionHref: string): boolean {
	const withSlash = pathname.endsWith('/') ? pathname : `${pathname}/`;
	return withSlash.startsWith(sectionHref);
}

/** A breadcrumb to a section's index page. */
export function crumb(id: SectionId): { label: string; path: string } {
	const { label, path } = section(id);
	return { label, path };
}
