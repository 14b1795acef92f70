/** The main navigation: each section of the portal, in header order. */
export interface NavItem {
	/** Link text. */
	label: string;
	/** Site-relative path of the section's index page. */
	path: string;
}

export const mainNav: readonly NavItem[] = [
	{ label: 'Onboarding', path: 'onboarding/' },
	{ label: 'Best practices', path: 'practices/' },
	{ label: 'Spotlights', path: 'spotlights/' },
	{ label: 'Search', path: 'search/' },
];

/** Whether `pathname` (base included) lies in the section at `sectionHref`, for `aria-current`. */
export function isCurrentSection(pathname: string, sectionHref: string): boolean {
	const withSlash = pathname.endsWith('/') ? pathname : `${pathname}/`;
	return withSlash.startsWith(sectionHref);
}
