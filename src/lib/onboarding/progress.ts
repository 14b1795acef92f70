/**
 * Track progress kept in the browser: which modules a partner has marked complete. Pure functions over a
 * `Storage`-like object so the island stays thin and the rules are unit-tested. Anything unreadable —
 * corrupt JSON, another version, unknown module ids — is dropped silently: progress marks are a convenience.
 */
import {
	clearSaved,
	readSaved,
	storageKey,
	storageVersions,
	writeSaved,
	type KeyValueStore,
} from '../core/browser-storage';
import { countOf } from '../core/plural';

/** Saved with the data as well as in its key (`storageKey('progress', trackId)`); other versions are ignored. */
const progressVersion = storageVersions.progress;

/** Completed module ids from stored data, in reading order; `undefined` when the data is not ours. */
function cleanProgress(data: unknown, moduleIds: readonly string[]): string[] | undefined {
	if (typeof data !== 'object' || data === null) return undefined;
	const { version, completed } = data as { version?: unknown; completed?: unknown };
	if (version !== progressVersion || !Array.isArray(completed)) return undefined;
	// Modules renamed or removed since the marks were saved simply drop out.
	return moduleIds.filter((id) => completed.includes(id));
}

/** What is stored for some completed modules. */
function progressRecord(completed: readonly string[]) {
	return { version: progressVersion, completed };
}

/** `completed` with `id` marked done or not, kept in reading order. */
export function markModule(
	completed: readonly string[],
	moduleIds: readonly string[],
	id: string,
	done: boolean,
): string[] {
	const set = new Set(completed);
	if (done) set.add(id);
	else set.delete(id);
	return moduleIds.filter((moduleId) => set.has(moduleId));
}

/** Counts for the progress bar and the first module not yet done, in reading order. */
export function summarizeProgress(
	moduleIds: readonly string[],
	completed: readonly string[],
): { done: number; total: number; percent: number; next: string | undefined } {
	const set = new Set(completed);
	const done = moduleIds.filter((id) => set.has(id)).length;
	const total = moduleIds.length;
	return {
		done,
		total,
		percent: total ? Math.round((done / total) * 100) : 0,
		next: moduleIds.find((id) => !set.has(id)),
	};
}

/** Reads a track's progress; unusable data is removed so it cannot trip the page again. */
export function loadProgress(
	storage: KeyValueStore | undefined,
	trackId: string,
	moduleIds: readonly string[],
): string[] {
	return readSaved(storage, storageKey('progress', trackId), (data) => cleanProgress(data, moduleIds)) ?? [];
}

/** Saves a track's progress; a full or disabled storage is ignored. */
export function saveProgress(storage: KeyValueStore | undefined, trackId: string, completed: readonly string[]): void {
	writeSaved(storage, storageKey('progress', trackId), progressRecord(completed));
}

/** Forgets a track's progress. */
export function resetProgress(storage: KeyValueStore | undefined, trackId: string): void {
	clearSaved(storage, storageKey('progress', trackId));
}

/** "2 of 4 modules done": the one way every page counts a partner's progress. */
export function progressCount(done: number, total: number, lang = 'en'): string {
	return `${new Intl.NumberFormat(lang).format(done)} of ${countOf(total, { one: 'module', other: 'modules' }, lang)} done`;
}

/** A track's progress as its pages show it: counts, the next module to read and whether it is all done. */
export interface TrackStatus<M> {
	done: number;
	total: number;
	next: M | undefined;
	finished: boolean;
}

/** The status of a track from its modules in reading order and the ids marked done. */
export function trackStatus<M extends { id: string }>(
	modules: readonly M[],
	completed: readonly string[],
): TrackStatus<M> {
	const summary = summarizeProgress(
		modules.map((module) => module.id),
		completed,
	);
	const next = modules.find((module) => module.id === summary.next);
	return { done: summary.done, total: summary.total, next, finished: summary.total > 0 && !next };
}

/**
 * What the call to action at the top of a track page says: "Start here" for a newcomer, "Continue" with the next
 * module once some are done, nothing once the track is finished (the progress panel says so).
 */
export function startHere<M extends { id: string; title: string; url: string }>(
	status: TrackStatus<M>,
): { lead: string; text: string; link: string; url: string } | undefined {
	const { next } = status;
	if (!next) return undefined;
	return status.done === 0
		? {
				lead: 'Just joined?',
				text: 'Read the first module, then bring your questions to your first weekly check-in.',
				link: `Start here: ${next.title}`,
				url: next.url,
			}
		: {
				lead: 'Welcome back.',
				text: 'Pick up where you left off, then bring your questions to your next check-in.',
				link: `Continue: ${next.title}`,
				url: next.url,
			};
}

/** How long "Undo" stays on offer after "Reset progress" while the partner is not on it (focus or pointer). */
export const undoResetMs = 10_000;

/**
 * Puts back the marks a reset erased (`erased`, what the page held before it), keeping any made since, e.g. in
 * another tab; returns the restored marks.
 */
export function undoReset(
	storage: KeyValueStore | undefined,
	trackId: string,
	moduleIds: readonly string[],
	erased: readonly string[],
): string[] {
	const since = loadProgress(storage, trackId, moduleIds);
	const restored = moduleIds.filter((id) => erased.includes(id) || since.includes(id));
	saveProgress(storage, trackId, restored);
	return restored;
}

/** A track as the home page's "continue" card needs it: its modules in reading order. */
export interface TrackForContinue {
	id: string;
	title: string;
	modules: readonly { id: string; title: string; url: string }[];
}

/**
 * The track to continue: the one furthest along that is started but not finished (the first listed wins a tie),
 * with its next module; undefined when no track is in progress.
 */
export function trackToContinue(
	tracks: readonly TrackForContinue[],
	completedOf: (track: TrackForContinue) => readonly string[],
): { track: TrackForContinue; next: TrackForContinue['modules'][number]; done: number; total: number } | undefined {
	let best: ReturnType<typeof trackToContinue>;
	for (const track of tracks) {
		const summary = summarizeProgress(
			track.modules.map((module) => module.id),
			completedOf(track),
		);
		const next = track.modules.find((module) => module.id === summary.next);
		if (summary.done === 0 || !next) continue;
		if (!best || summary.done / summary.total > best.done / best.total) {
			best = { track, next, done: summary.done, total: summary.total };
		}
	}
	return best;
}
