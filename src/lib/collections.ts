import { getCollection, type CollectionEntry } from 'astro:content';
import { checkContentGraph } from './content-checks';
import { sortAssessments } from './assessments/list';
import { sortPractices } from './practices';
import { sortTracks } from './tracks';

export type TrackEntry = CollectionEntry<'tracks'>;
export type ModuleEntry = CollectionEntry<'modules'>;
export type PracticeEntry = CollectionEntry<'practices'>;
export type QuizEntry = CollectionEntry<'quizzes'>;
export type AssessmentEntry = CollectionEntry<'assessments'>;

export interface Content {
	tracks: TrackEntry[];
	modules: ModuleEntry[];
	practices: PracticeEntry[];
	quizzes: QuizEntry[];
	assessments: AssessmentEntry[];
}

let cached: Promise<Content> | undefined;

/**
 * All content, loaded and cross-checked once per build: pages call this instead of
 * `getCollection` so that a thousand pages do not re-read and re-sort the collections.
 */
export function loadContent(): Promise<Content> {
	// In dev, content changes while the server runs; read it afresh each time.
	if (import.meta.env.DEV) cached = undefined;
	cached ??= (async () => {
		const [tracks, modules, practices, quizzes, assessments] = await Promise.all([
			getCollection('tracks'),
			getCollection('modules'),
			getCollection('practices'),
			getCollection('quizzes'),
			getCollection('assessments'),
		]);
		checkContentGraph({ tracks, modules, practices, quizzes, assessments });
		return {
			tracks: sortTracks(tracks),
			modules,
			practices: sortPractices(practices),
			quizzes,
			assessments: sortAssessments(assessments),
		};
	})();
	return cached;
}
