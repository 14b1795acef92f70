import { UserError, quote } from '../core/errors';
import type { Module, Track } from '../onboarding/schema';
import type { Assessment } from '../assessments/schema';
import type { Practice } from '../practices/schema';
import type { Quiz } from '../quizzes/schema';
import type { Spotlight } from '../spotlights/schema';
import type { Entry } from '../core/entry';
import { trackIdOf } from '../onboarding/schema';

/** Where an entry came from, for messages: the glob loader's `filePath`. */
export interface Located {
	filePath?: string | undefined;
}

/** Every best-practice article an assessment links to, with the field that names it. */
export function articleLinks(assessment: Assessment): { field: string; slug: string }[] {
	switch (assessment.kind) {
		case 'pitfalls':
			return assessment.pitfalls.map((pitfall, index) => ({
				field: `pitfalls.${index}.article`,
				slug: pitfall.article,
			}));
		case 'recommender':
			return [{ field: 'article', slug: assessment.article }];
		default:
			return [];
	}
}

/** What the cross-checks look at: every collection's entries, and the partner ids when partners.csv exists. */
export interface ContentGraph {
	tracks: readonly (Entry<Track> & Located)[];
	modules: readonly (Entry<Module> & Located)[];
	practices: readonly (Entry<Practice> & Located)[];
	/** Spotlights, drafts included: a draft naming a partner who left is caught before it is published. */
	spotlights?: readonly (Entry<Pick<Spotlight, 'partners'>> & Located)[];
	/** Quizzes, whose `modules` must name existing modules. */
	quizzes?: readonly (Entry<Quiz> & Located)[];
	/** Self-assessments, whose article links must name existing practices. */
	assessments?: readonly (Entry<Assessment> & Located)[];
	/** Ids in `content/data/partners.csv`; undefined when the file does not exist, which skips the check. */
	partnerIds?: ReadonlySet<string> | undefined;
}

/**
 * Checks what a single schema cannot see: links between entries. Throws one `UserError`
 * listing every broken reference with its file and field.
 */
export function checkContentGraph(input: ContentGraph): void {
	const problems = contentGraphProblems(input);
	if (problems.length) {
		throw new UserError(
			`Content has ${problems.length} broken reference(s):\n${problems.map((line) => `  - ${line}`).join('\n')}`,
			'A slug is the file name without ".mdx"; a module must sit in a track folder that has an index.mdx; a quiz id is its file name without ".yaml"; partner ids are the first column of partners.csv.',
		);
	}
}

/** Every broken reference as a `file: field: message` line (used by `npm run check`, which lists all problems). */
export function contentGraphProblems(input: ContentGraph): string[] {
	const problems: string[] = [];
	const trackIds = new Set(input.tracks.map((track) => track.id));
	const trackById = new Map(input.tracks.map((track) => [track.id, track]));
	const practiceIds = new Set(input.practices.map((practice) => practice.id));

	for (const entry of input.modules) {
		const trackId = trackIdOf(entry.id);
		const track = trackById.get(trackId);
		if (!trackIds.has(trackId)) {
			problems.push(`${entry.filePath ?? entry.id}: the folder "${trackId}" has no index.mdx track overview`);
		} else if (track && entry.data.week > track.data.weeks) {
			problems.push(
				`${entry.filePath ?? entry.id}: week: Expected a week from 1 to ${track.data.weeks} (the track's length), found ${entry.data.week}`,
			);
		}
	}
	for (const entry of input.practices) {
		entry.data.related.forEach((slug, index) => {
			if (slug === entry.id) {
				problems.push(`${entry.filePath ?? entry.id}: related.${index}: an article cannot be related to itself`);
			} else if (!practiceIds.has(slug)) {
				problems.push(
					`${entry.filePath ?? entry.id}: related.${index}: Expected the slug of an article in content/practices/, found ${quote(slug)}`,
				);
			}
		});
	}
	const moduleIds = new Set(input.modules.map((entry) => entry.id));
	for (const entry of input.quizzes ?? []) {
		const file = entry.filePath ?? entry.id;
		if (entry.data.id !== entry.id) {
			problems.push(`${file}: id: Expected the file name ${quote(entry.id)}, found ${quote(entry.data.id)}`);
		}
		entry.data.modules.forEach((moduleId, index) => {
			if (!moduleIds.has(moduleId)) {
				problems.push(
					`${file}: modules.${index}: Expected a module id such as "agencies/week-1-welcome-and-referral-workflow" (track folder/file name), found ${quote(moduleId)}`,
				);
			}
		});
	}
	for (const entry of input.assessments ?? []) {
		for (const { field, slug } of articleLinks(entry.data)) {
			if (!practiceIds.has(slug)) {
				problems.push(
					`${entry.filePath ?? entry.id}: ${field}: Expected the slug of an article in content/practices/, found ${quote(slug)}`,
				);
			}
		}
	}
	for (const entry of input.spotlights ?? []) {
		const where = entry.filePath ?? entry.id;
		// "/spotlights/2026/" is the year archive, so a story cannot take a year or month as its slug.
		if (/^\d+$/.test(entry.id))
			problems.push(`${where}: the file name ${quote(entry.id)} is all digits; it would clash with the year archive`);
		entry.data.partners.forEach((id, index) => {
			if (input.partnerIds && !input.partnerIds.has(id)) {
				problems.push(
					`${where}: partners.${index}: Unknown partner id ${quote(id)}; expected an id from content/data/partners.csv`,
				);
			}
		});
	}
	return problems;
}
