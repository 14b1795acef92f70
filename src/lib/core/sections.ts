import type { IconName } from './icons';
import { staffPagesEnabled } from './env';

/**
 * The one list of the portal's sections: the header navigation, breadcrumbs, the search page's section filter
 * and the section each page is indexed under all read it, so they cannot drift apart.
 */
export const sections = [
	{
		id: 'onboarding',
		label: 'Onboarding',
		summary: 'A guided track of four to six weeks for your kind of partnership, one module a week.',
		path: 'onboarding/',
		short: 'Onboarding',
		icon: 'rocket',
		nav: true,
		staff: false,
		sealed: false,
		search: true,
	},
	{
		id: 'training',
		label: 'Training',
		summary: 'Short product-training quizzes with instant feedback and a certificate when you pass.',
		path: 'training/',
		short: 'Training',
		icon: 'graduation-cap',
		nav: true,
		staff: false,
		sealed: false,
		search: true,
	},
	{
		id: 'practices',
		label: 'Best practices',
		summary: 'How the program works: partnership models, meeting rhythms, the charter and health measures.',
		path: 'practices/',
		short: 'Best practices',
		icon: 'book-open',
		nav: true,
		staff: false,
		sealed: false,
		search: true,
	},
	{
		id: 'assessments',
		label: 'Assessments',
		summary: 'Quick self-checks for readiness, partner fit, common pitfalls and the right partnership model.',
		path: 'assessments/',
		short: 'Assessments',
		icon: 'clipboard-check',
		nav: true,
		staff: false,
		sealed: false,
		search: true,
	},
	{
		id: 'ratings',
		label: 'Value-exchange ratings',
		summary: 'Rate the value your side receives and provides each quarter, and compare with the other side.',
		path: 'ratings/',
		short: 'Ratings',
		icon: 'scale',
		nav: true,
		staff: false,
		sealed: false,
		search: false,
	},
	{
		id: 'tiers',
		label: 'Program tiers',
		summary: 'The partner tiers: what each one asks of a partnership and what it gives back.',
		path: 'tiers/',
		short: 'Tiers',
		icon: 'award',
		nav: true,
		staff: false,
		sealed: false,
		search: true,
	},
	{
		id: 'spotlights',
		label: 'Spotlights',
		summary: 'Monthly stories of partnerships that worked, with the figures that show it.',
		path: 'spotlights/',
		short: 'Spotlights',
		icon: 'star',
		nav: true,
		group: 'community',
		staff: false,
		sealed: false,
		search: true,
	},
	{
		id: 'directory',
		label: 'Partner directory',
		summary: 'Find partners by what they offer, the industries they know and the regions they serve.',
		path: 'directory/',
		short: 'Directory',
		icon: 'users',
		nav: true,
		group: 'community',
		staff: false,
		sealed: false,
		search: true,
	},
	{
		id: 'events',
		label: 'Community events',
		summary: 'Community calls, innovation sessions, office hours and the annual retreat, with calendar files.',
		path: 'events/',
		short: 'Events',
		icon: 'calendar-days',
		nav: true,
		group: 'community',
		staff: false,
		sealed: false,
		search: true,
	},
	{
		id: 'news',
		label: 'News',
		summary: 'Program announcements: what changed, what is coming and what partners need to do.',
		path: 'news/',
		short: 'News',
		icon: 'megaphone',
		nav: true,
		group: 'community',
		staff: false,
		sealed: false,
		search: true,
	},
	{
		id: 'scorecards',
		label: 'Scorecards',
		summary: "Balanced scorecards for every partner, built from the program's data files.",
		path: 'scorecards/',
		short: 'Scorecards',
		icon: 'bar-chart-3',
		nav: false,
		staff: true,
		sealed: true,
		search: false,
	},
	{
		id: 'admin',
		label: 'Content editor',
		summary: 'Edit spotlights and articles in the browser.',
		path: 'admin/',
		short: 'Content editor',
		icon: 'sparkles',
		nav: false,
		staff: true,
		sealed: false,
		search: false,
	},
	{
		id: 'search',
		label: 'Search',
		summary: 'Search every page of the portal.',
		path: 'search/',
		short: 'Search',
		icon: 'search',
		nav: false,
		staff: false,
		sealed: false,
		search: false,
	},
] as const satisfies readonly Section[];

/** One section of the portal. */
export interface Section {
	/** Stable id used in code: `routes.section('training')`. */
	id: string;
	/** What people read: link text, breadcrumb, search filter option. */
	label: string;
	/** Site-relative path of the section's index page. */
	path: string;
	/** One sentence on what partners find there, for the home page. */
	summary: string;
	/** The label where space is short: the header navigation. */
	short: string;
	/** Its icon in the navigation and on cards. */
	icon: IconName;
	/** Listed in the header navigation. */
	nav: boolean;
	/** Listed in the navigation under this group's menu instead of on its own. Default: none. */
	group?: NavGroupId | undefined;
	/** For program staff only: kept out of search engines and the sitemap, and not built with PORTAL_STAFF_PAGES=false. */
	staff: boolean;
	/** Holds staff data: every file in it is sealed at build (src/lib/private), and opens only with the staff link. */
	sealed: boolean;
	/** Its pages are in the search index, and the search page offers it as a filter. */
	search: boolean;
}

export type SectionId = (typeof sections)[number]['id'];

/** One of this portal's sections, its id known. */
export type PortalSection = Omit<Section, 'id'> & { id: SectionId };

/** The section with `id`. */
export function section(id: SectionId): Section {
	return sections.find((entry) => entry.id === id)!;
}

/** Groups of sections that share one menu in the header: the community pages. */
export const navGroups = [
	{ id: 'community', label: 'Community', summary: 'Partner stories, the directory, events and news.' },
] as const;

export type NavGroupId = (typeof navGroups)[number]['id'];

/** The header navigation, in order; staff sections only when they are built. */
export const mainNav: readonly PortalSection[] = sections.filter(
	(entry) => entry.nav && (!entry.staff || staffPagesEnabled()),
);

/** One entry of the header row: a section link, or a group whose sections open in a menu. */
export type NavItem =
	| { kind: 'section'; section: PortalSection }
	| { kind: 'group'; id: NavGroupId; label: string; sections: PortalSection[] };

/** The header row: sections in order, each group in the place of its first section. */
export const navItems: readonly NavItem[] = mainNav.reduce<NavItem[]>((items, entry) => {
	if (!entry.group) return [...items, { kind: 'section', section: entry }];
	const group = items.find((item) => item.kind === 'group' && item.id === entry.group);
	if (group?.kind === 'group') group.sections.push(entry);
	else {
		const { id, label } = navGroups.find((candidate) => candidate.id === entry.group)!;
		items.push({ kind: 'group', id, label, sections: [entry] });
	}
	return items;
}, []);

/** Sections whose pages are indexed for search, in the order the search page offers them as a filter. */
export const searchSections: readonly Section[] = sections.filter((entry) => entry.search);

/** The section a site-relative path (no base, e.g. "training/some-quiz/") lies in; undefined for the home page. */
export function sectionOf(path: string): Section | undefined {
	const clean = path.replace(/^\/+/, '');
	return sections.find((entry) => clean.startsWith(entry.path));
}

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
