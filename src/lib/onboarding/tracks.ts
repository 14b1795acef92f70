import type { Entry } from '../core/entry';
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
