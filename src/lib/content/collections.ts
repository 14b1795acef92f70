import { getCollection, type CollectionEntry } from 'astro:content';
import { ProblemsError } from '../core/errors';
import { countOf } from '../core/plural';
import { validateContent } from './validate';
import { sortAssessments } from '../assessments/list';
import { contentDir, partnersCsvPath } from './content-dir';
import { readPartners } from '../partners/read';
import type { Partner } from '../partners/schema';
import { publishedSpotlights } from '../spotlights/spotlights';
import { sortPractices } from '../practices/practices';
import { sortTracks } from '../onboarding/tracks';
import { listedProfiles } from '../directory/directory';
import { sortEvents } from '../events/events';
import { sortAnnouncements } from '../news/news';

export type TrackEntry = CollectionEntry<'tracks'>;
export type ModuleEntry = CollectionEntry<'modules'>;
export type PracticeEntry = CollectionEntry<'practices'>;
export type QuizEntry = CollectionEntry<'quizzes'>;
export type AssessmentEntry = CollectionEntry<'assessments'>;
export type SpotlightEntry = CollectionEntry<'spotlights'>;
export type ProfileEntry = CollectionEntry<'profiles'>;
export type EventEntry = CollectionEntry<'events'>;
export type AnnouncementEntry = CollectionEntry<'announcements'>;

export interface Content {
	tracks: TrackEntry[];
	modules: ModuleEntry[];
	practices: PracticeEntry[];
	quizzes: QuizEntry[];
	assessments: AssessmentEntry[];
	/** Spotlights newest first; drafts only on the dev server. */
	spotlights: SpotlightEntry[];
	/** Directory profiles with `listed: true`, by display name; unlisted ones are never built. */
	profiles: ProfileEntry[];
	/** Community events, in start order. */
	events: EventEntry[];
	/** Announcements, newest first. */
	announcements: AnnouncementEntry[];
	/** Rows of `content/data/partners.csv`, read once; empty when the file does not exist. */
	partners: Partner[];
	/** Partner display names by id. */
	partnerNames: ReadonlyMap<string, string>;
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
		const [tracks, modules, practices, quizzes, assessments, spotlights, profiles, events, announcements] = await Promise.all([
			getCollection('tracks'),
			getCollection('modules'),
			getCollection('practices'),
			getCollection('quizzes'),
			getCollection('assessments'),
			getCollection('spotlights'),
			getCollection('profiles'),
			getCollection('events'),
			getCollection('announcements'),
		]);
		// The same engine as `npm run check` (validate.ts) over the same files: raw-text rules Astro's loader cannot
		// see (UTF-8, dates a YAML parser rolls over, colliding ids), references, placeholders and partners.csv.
		// MDX is compiled by Astro itself, and the scorecards step reads metrics and ratings with the shared reader.
		// A build has run these before Astro's sync (src/integrations/content-check.ts); dev checks as pages load.
		const problems = import.meta.env.DEV ? validateContent(contentDir, { scorecardData: false }) : [];
		if (problems.length) {
			throw new ProblemsError(
				`Content has ${countOf(problems.length, { one: 'problem', other: 'problems' })}:`,
				problems,
				'Fix each file at the line named; npm run check lists the same problems without building.',
			);
		}
		const partners = readPartners(partnersCsvPath)?.partners;
		return {
			tracks: sortTracks(tracks),
			modules,
			practices: sortPractices(practices),
			quizzes,
			assessments: sortAssessments(assessments),
			// Drafts are previewed with `npm run dev` and never reach a build. PROD alone follows NODE_ENV, which test
			// runners set to "test", so the build's mode ("production" for `astro build`) must also say development.
			spotlights: publishedSpotlights(spotlights, !import.meta.env.PROD && import.meta.env.MODE === 'development'),
			profiles: listedProfiles(profiles),
			events: sortEvents(events),
			announcements: sortAnnouncements(announcements),
			partners: partners ?? [],
			partnerNames: new Map((partners ?? []).map((partner) => [partner.id, partner.name])),
		};
	})();
	return cached;
}
