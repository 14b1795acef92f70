import { staffPagesEnabled } from '../scorecards/location';

/** The main navigation: each section of the portal, in header order. */
export interface NavItem {
	/** Link text. */
	label: string;
	/** Site-relative path of the section's index page. */
	path: string;
	/** Staff-only section: hidden when the site is built with PORTAL_STAFF_PAGES=false. Default: false. */
	staff?: boolean;
}

export const mainNav: readonly NavItem[] = [
	{ label: 'Onboarding', path: 'onboarding/' },
	{ label: 'Training', path: 'training/' },
	{ label: 'Best practices', path: 'practices/' },
	{ label: 'Spotlights', path: 'spotlights/' },
	{ label: 'Scorecards', path: 'scorecards/', staff: true },
	{ label: 'Search', path: 'search/' },
].filter((item) => !item.staff || staffPagesEnabled());

/** Whether `pathname` (base included) lies in the section at `sectionHref`, for `aria-current`. */
export function isCurrentSection(pathname: string, sectionHref: string): boolean {
	const withSlash = pathname.endsWith('/') ? pathname : `${pathname}/`;
	return withSlash.startsWith(sectionHref);
}
