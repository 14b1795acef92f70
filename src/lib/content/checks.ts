import { ProblemsError, quote } from '../core/errors';
import { countOf } from '../core/plural';
import { placeholderSets, placeholdersIn } from './placeholders';
import { spotlightIdProblem } from './ids';
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

/** The spotlight fields the checks read; only `partners` is needed for the reference check. */
type SpotlightFields = Pick<Spotlight, 'partners'> & Partial<Pick<Spotlight, 'summary' | 'author' | 'cover' | 'draft'>>;

/** What the cross-checks look at: every collection's entries, and the partner ids when partners.csv exists. */
export interface ContentGraph {
	tracks: readonly (Entry<Track> & Located)[];
	modules: readonly (Entry<Module> & Located)[];
	practices: readonly (Entry<Practice> & Located)[];
	/**
	 * Spotlights, drafts included: a draft naming a partner who left is caught before it is published. With their
	 * text fields and body, a published one is also checked for the scaffolder's placeholders.
	 */
	spotlights?: readonly (Entry<SpotlightFields> & Located & { body?: string | undefined })[];
	/** Quizzes, whose `modules` must name existing modules. */
	quizzes?: readonly (Entry<Quiz> & Located)[];
	/** Self-assessments, whose article links must name existing practices. */
	assessments?: readonly (Entry<Assessment> & Located)[];
	/** Ids in `content/data/partners.csv`; undefined when the file does not exist, which skips the check. */
	partnerIds?: ReadonlySet<string> | undefined;
	/**
	 * Ids of entries that exist but failed their own schema (`npm run check` goes on past them): links to them are
	 * not broken, so one bad module does not also make every quiz that names it look wrong.
	 */
	unparsed?: Partial<Record<'tracks' | 'modules' | 'practices', readonly string[]>>;
	/** Problems already found in the data files the content names (partners.csv), thrown in the same error. */
	dataProblems?: readonly string[] | undefined;
}

/**
 * Checks what a single schema cannot see: links between entries, and placeholders left in published spotlights.
 * Throws one `ProblemsError` listing every problem with its file and field, with `dataProblems` first. The build
 * and `npm run check` run these rules through `validateContent` (validate.ts), the one engine for both.
 */
export function checkContentGraph(input: ContentGraph): void {
	const data = input.dataProblems ?? [];
	const references = contentGraphProblems(input);
	const placeholders = placeholderProblems(input.spotlights ?? []);
	if (!data.length && !references.length && !placeholders.length) return;
	const counts = [
		data.length && countOf(data.length, { one: 'data file problem', other: 'data file problems' }),
		references.length && countOf(references.length, { one: 'broken reference', other: 'broken references' }),
		placeholders.length &&
			countOf(placeholders.length, { one: 'placeholder', other: 'placeholders' }) + ' in published spotlights',
	].filter(Boolean);
	const hints = [
		data.length && 'Fix the rows listed above; the header of partners.csv is id,name,type,model,joined,track (salt optional).',
		references.length &&
			'A slug is the file name without ".mdx"; a module must sit in a track folder that has an index.mdx; a quiz id is its file name without ".yaml"; partner ids are the first column of partners.csv.',
		placeholders.length &&
			'Replace the texts "npm run new:spotlight" wrote (quoted above) with the story\'s own, or set draft: true.',
	].filter(Boolean);
	throw new ProblemsError(
		`Content has ${counts.join(' and ')}:`,
		[...data, ...references, ...placeholders],
		hints.join(' '),
	);
}

/**
 * The scaffolder's placeholders still in published (non-draft) spotlights, as `file: field: message` lines.
 * Drafts may keep them: that is what a draft is for.
 */
export function placeholderProblems(
	spotlights: readonly (Entry<Partial<Pick<Spotlight, 'summary' | 'author' | 'cover' | 'draft'>>> &
		Located & { body?: string | undefined })[],
): string[] {
	return spotlights
		.filter((entry) => entry.data.draft !== true)
		.flatMap((entry) => placeholdersIn(entry).map((line) => `${entry.filePath ?? entry.id}: ${line}`));
}

/**
 * The scaffolders' placeholders in listed profiles and in any event, as `file: field: message` lines: an unlisted
 * profile is a draft, an event has no draft state.
 */
export function communityPlaceholderProblems(input: {
	profiles: readonly (Entry<Record<string, unknown>> & Located & { body?: string | undefined })[];
	events: readonly (Entry<Record<string, unknown>> & Located & { body?: string | undefined })[];
}): string[] {
	const lines = (entries: typeof input.profiles, set: (typeof placeholderSets)[keyof typeof placeholderSets]) =>
		entries.flatMap((entry) => placeholdersIn(entry, set).map((line) => `${entry.filePath ?? entry.id}: ${line}`));
	return [
		...lines(
			input.profiles.filter((entry) => entry.data.listed === true),
			placeholderSets.profile,
		),
		...lines(input.events, placeholderSets.event),
	];
}

/** Every broken reference as a `file: field: message` line (used by `npm run check`, which lists all problems). */
export function contentGraphProblems(input: ContentGraph): string[] {
	const problems: string[] = [];
	const { unparsed = {} } = input;
	const trackIds = new Set([...input.tracks.map((track) => track.id), ...(unparsed.tracks ?? [])]);
	const trackById = new Map(input.tracks.map((track) => [track.id, track]));
	const practiceIds = new Set([...input.practices.map((practice) => practice.id), ...(unparsed.practices ?? [])]);

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
	const moduleIds = new Set([...input.modules.map((entry) => entry.id), ...(unparsed.modules ?? [])]);
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
		// The id rule `npm run new:spotlight` applies too (src/lib/content/ids.ts).
		const idProblem = spotlightIdProblem(entry.id);
		if (idProblem) problems.push(`${where}: the file name ${quote(entry.id)} ${idProblem}`);
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
