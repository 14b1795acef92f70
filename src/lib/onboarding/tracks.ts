import type { Entry } from '../core/entry';
import type { Heading } from '../core/toc';
import { trackIdOf } from './schema';
import type { Module, Track } from './schema';

/** A week of a track and the modules that fall in it. */
export interface TrackWeek<M> {
	week: number;
	modules: M[];
}

/** Tracks in index order: by `order`, then title. */
export function sortTracks<T extends Entry<Track>>(tracks: readonly T[]): T[] {
	return [...tracks].sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title));
}

/** The module slug within its track ("agencies/week-1-kickoff" → "week-1-kickoff"). */
export function moduleSlugOf(moduleId: string): string {
	return moduleId.split('/').slice(1).join('/');
}

/** Every page of a track asks for its modules: group and sort a module list once, not once per page. */
const orderedByTrack = new WeakMap<readonly Entry<Module>[], Map<string, Entry<Module>[]>>();

/** A track's modules in reading order: by week, then `order`, then title. */
export function modulesOfTrack<M extends Entry<Module>>(modules: readonly M[], trackId: string): M[] {
	let tracks = orderedByTrack.get(modules) as Map<string, M[]> | undefined;
	if (!tracks) {
		tracks = new Map();
		for (const entry of modules) {
			const id = trackIdOf(entry.id);
			const list = tracks.get(id) ?? [];
			list.push(entry);
			tracks.set(id, list);
		}
		for (const list of tracks.values()) {
			list.sort(
				(a, b) => a.data.week - b.data.week || a.data.order - b.data.order || a.data.title.localeCompare(b.data.title),
			);
		}
		orderedByTrack.set(modules, tracks);
	}
	return [...(tracks.get(trackId) ?? [])];
}

/** Groups ordered modules into weeks 1…`weeks`; a week without modules is kept, empty, so the timeline has no holes. */
export function groupByWeek<M extends Entry<Module>>(ordered: readonly M[], weeks: number): TrackWeek<M>[] {
	return Array.from({ length: weeks }, (_, index) => ({
		week: index + 1,
		modules: ordered.filter((entry) => entry.data.week === index + 1),
	}));
}

/** The modules before and after `id` in reading order. */
export function neighbours<M extends { id: string }>(
	ordered: readonly M[],
	id: string,
): { prev?: M | undefined; next?: M | undefined } {
	const index = ordered.findIndex((entry) => entry.id === id);
	if (index === -1) return {};
	return { prev: ordered[index - 1], next: ordered[index + 1] };
}

/** Total expected effort of some modules, in minutes. */
export function totalMinutes(modules: readonly Entry<Module>[]): number {
	return modules.reduce((sum, entry) => sum + entry.data.duration, 0);
}

/** "45 min", "1 h", "1 h 30 min". */
export function formatMinutes(minutes: number): string {
	const hours = Math.floor(minutes / 60);
	const rest = minutes % 60;
	if (!hours) return `${rest} min`;
	return rest ? `${hours} h ${rest} min` : `${hours} h`;
}

/** A module as the progress marks need it. */
export interface ProgressModule {
	/** The module's entry id, e.g. "agencies/week-1-welcome". */
	id: string;
	/** Its title, for the "next module" link. */
	title: string;
	/** Its page URL, already passed through `href`. */
	url: string;
}

/** What the progress marks need of each module: id, title and page URL (`urlOf` is `routes.onboarding`). */
export function progressModules(
	ordered: readonly Entry<Module>[],
	urlOf: (moduleId: string) => string,
): ProgressModule[] {
	return ordered.map((entry) => ({ id: entry.id, title: entry.data.title, url: urlOf(entry.id) }));
}

/** A link of a section's navigation: its label, its URL and whether it is the page on screen. */
export interface SectionLink {
	label: string;
	url: string;
	current: boolean;
}

/** A week of a track's navigation: its modules as links (none for a week without reading). */
export interface TrackNavWeek {
	week: number;
	links: SectionLink[];
}

/**
 * The left-hand navigation of a track's pages: every week with its modules, the page on screen marked
 * `current` (`currentId` is a module id, or the track id on the overview, which marks no module).
 */
export function trackNav<M extends Entry<Module>>(
	weeks: readonly TrackWeek<M>[],
	currentId: string,
	urlOf: (moduleId: string) => string,
): TrackNavWeek[] {
	return weeks.map(({ week, modules }) => ({
		week,
		links: modules.map((entry) => ({ label: entry.data.title, url: urlOf(entry.id), current: entry.id === currentId })),
	}));
}

/** The ids of the headings a track overview adds around its own text, for its "On this page" list. */
export const overviewAnchors = {
	goals: 'track-goals',
	weeks: 'week-by-week',
	week: (week: number) => `week-${week}`,
	calendar: 'rhythm-heading',
	calendarFiles: 'calendar-files',
} as const;

/**
 * A track overview's outline in page order: its goals, the weeks, the check-in calendar, then the headings of
 * its own text (`content`, from `render(track)`). Feed it to `tableOfContents`.
 */
export function overviewHeadings(weeks: number, content: readonly Heading[]): Heading[] {
	return [
		{ depth: 2, slug: overviewAnchors.goals, text: 'By the end of this track you will' },
		{ depth: 2, slug: overviewAnchors.weeks, text: 'Week by week' },
		...Array.from({ length: weeks }, (_, index) => ({
			depth: 3,
			slug: overviewAnchors.week(index + 1),
			text: `Week ${index + 1}`,
		})),
		{ depth: 2, slug: overviewAnchors.calendar, text: 'Check-in schedule and calendar' },
		{ depth: 3, slug: overviewAnchors.calendarFiles, text: 'Add the meetings to your calendar' },
		...content,
	];
}
