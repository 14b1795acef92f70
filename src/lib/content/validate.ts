import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import type { z } from 'astro/zod';
import { communityPlaceholderProblems, contentGraphProblems, placeholderProblems } from './checks';
import { formatProblem } from '../data/csv-read';
import { decodeUtf8 } from '../data/utf8';
import { UserError, formatIssues, quote } from '../core/errors';
import { readFrontmatter } from './frontmatter';
import { readPartners } from '../partners/read';
import { readScorecardData } from '../scorecards/data-files';
import { portal, programIds } from '../core/config';
import { collectionSpecs, entryId, inCollection, type CollectionSpec } from './registry';
import { impossibleDates, parseYamlSource, type YamlSource } from '../data/yaml-source';

/**
 * The one content check: every file against its schema, the data files, and the cross-references, collecting all
 * problems instead of stopping at the first. `npm run check` runs it, and so does the build (loadContent in
 * collections.ts), so the two cannot disagree.
 */

type Spec = CollectionSpec<z.ZodType>;

/** Compiles an MDX file (its whole text, its path for messages, its absolute path) into its problems. */
export type MdxCompiler = (text: string, file: string, absolutePath: string) => string[];

// Each schema checked its own entries; the graph checks read only fields those schemas guarantee.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each schema has already checked `data`
type Loaded = { id: string; filePath: string; data: any; body?: string | undefined };

/** What one run looks at besides the files' own rules. */
export interface CheckOptions {
	/**
	 * Compiles one MDX file, returning its problems: `mdxCompileProblems` (compile-mdx.ts) in `npm run check`. Left
	 * out in the build, which compiles every file itself (and so need not load the compiler into its pages).
	 */
	compile?: MdxCompiler | undefined;
	/** Read metrics.csv and the ratings records too. Default: true; the build's scorecards step reads them itself. */
	scorecardData?: boolean;
}

/** A path as editors and terminals link it: relative to where the command runs, absolute outside it. */
function displayPath(absolute: string): string {
	return absolute.startsWith(`${process.cwd()}${sep}`) ? relative(process.cwd(), absolute) : absolute;
}

/** Every file of one collection, read and checked on its own. */
interface LoadResult {
	entries: Loaded[];
	/** Entries that failed their schema, with their raw data (for reference checks). */
	invalid: Loaded[];
	/** The id of every file, for the collision check. */
	ids: { id: string; filePath: string }[];
}

function load(dir: string, collection: Spec, problems: string[], compile: MdxCompiler | undefined): LoadResult {
	const result: LoadResult = { entries: [], invalid: [], ids: [] };
	const folder = join(dir, collection.folder);
	if (!existsSync(folder)) return result;
	const paths = (readdirSync(folder, { recursive: true }) as string[])
		.map((path) => path.split('\\').join('/'))
		.filter((path) => inCollection(collection, path))
		.sort();
	// A file that cannot be read still exists: links to it are not broken, and its id can still collide.
	const unreadable = (path: string, filePath: string) => {
		const id = entryId(collection, path);
		result.ids.push({ id, filePath });
		result.invalid.push({ id, filePath, data: {} });
	};
	for (const path of paths) {
		const absolute = resolve(folder, path);
		const filePath = displayPath(absolute);
		try {
			// Read strictly: Node's default decoding would publish a bad byte as U+FFFD.
			const decoded = decodeUtf8(readFileSync(absolute));
			if ('problem' in decoded) {
				problems.push(`${filePath}:${decoded.problem.line}: ${decoded.problem.message}`);
				unreadable(path, filePath);
				continue;
			}
			const { text } = decoded;
			const source: YamlSource & { body?: string } = collection.yaml
				? parseYamlSource(text, filePath)
				: readFrontmatter(text, filePath);
			const { data, body } = source;
			const id = entryId(collection, path, data);
			result.ids.push({ id, filePath });
			const parsed = collection.schema().safeParse(data);
			const issues = parsed.success ? [] : parsed.error.issues;
			const lines = parsed.success ? [] : formatIssues(parsed.error, data);
			problems.push(...issues.map((issue, index) => `${filePath}:${source.lineOf(issue.path)}: ${lines[index]}`));
			problems.push(...impossibleDates(source, filePath, new Set(issues.map((issue) => issue.path.join('.')))));
			if (compile && !collection.yaml) problems.push(...compile(text, filePath, absolute));
			if (parsed.success) result.entries.push({ id, filePath, data: parsed.data, body });
			else result.invalid.push({ id, filePath, data, body });
		} catch (error) {
			if (!(error instanceof UserError)) throw error;
			problems.push(error.message);
			unreadable(path, filePath);
		}
	}
	return result;
}

/**
 * Files of one collection whose ids collide: the build would keep one and drop the other without a word. Ids are
 * compared without letter case, as URLs on most hosts and file names on macOS and Windows are.
 */
export function idCollisions(ids: readonly { id: string; filePath: string }[]): string[] {
	const first = new Map<string, { id: string; filePath: string }>();
	const problems: string[] = [];
	for (const entry of ids) {
		const key = entry.id.toLowerCase();
		const earlier = first.get(key);
		if (!earlier) {
			first.set(key, entry);
			continue;
		}
		const how = earlier.id === entry.id ? '' : ` as ${quote(earlier.id)} (ids ignore letter case)`;
		problems.push(
			`${entry.filePath}: id: Expected an id of its own, found ${quote(entry.id)}, which ${earlier.filePath} has too${how}; the build would publish only one of them. Rename one file, or change its slug: field`,
		);
	}
	return problems;
}

/** Every problem in a content folder, by where it comes from. */
export interface ContentReport {
	/** Problems inside single files (encoding, YAML, frontmatter, schema, dates, MDX, cover image, ids). */
	files: string[];
	/** Problems in the data folder: partners.csv, metrics.csv and the ratings records. */
	data: string[];
	/** Problems between entries (broken references) and placeholders left in published spotlights. */
	content: string[];
}

/**
 * Checks everything in the content folder `dir` in one pass, going on past every problem: an entry that fails its
 * schema still exists for the links to it and, if not a draft, is still checked for placeholders.
 */
export function checkContentFolder(dir: string, { compile, scorecardData = true }: CheckOptions = {}): ContentReport {
	const files: string[] = [];
	const collections = collectionSpecs(programIds);
	const loaded = {
		tracks: load(dir, collections.tracks, files, compile),
		modules: load(dir, collections.modules, files, compile),
		practices: load(dir, collections.practices, files, compile),
		spotlights: load(dir, collections.spotlights, files, compile),
		quizzes: load(dir, collections.quizzes, files, compile),
		assessments: load(dir, collections.assessments, files, compile),
		profiles: load(dir, collections.profiles, files, compile),
		events: load(dir, collections.events, files, compile),
		announcements: load(dir, collections.announcements, files, compile),
	};
	for (const { ids } of Object.values(loaded)) files.push(...idCollisions(ids));
	for (const entry of loaded.spotlights.entries) {
		const cover = entry.data.cover?.src as string | undefined;
		if (cover && !existsSync(join(dirname(entry.filePath), cover))) {
			files.push(`${entry.filePath}: cover.src: Expected an image file next to the story, found "${cover}" missing`);
		}
	}
	for (const entry of loaded.profiles.entries) {
		const problem = logoProblem(dirname(entry.filePath), entry.data.logo.src, portal.community.logoMaxKilobytes);
		if (problem) files.push(`${entry.filePath}: logo.src: ${problem}`);
	}

	// A partner's track must be one of the tracks here, parsed or not (a bad track is reported on its own); a
	// content folder without tracks (a data-only corpus) leaves it unchecked, as a missing partners.csv does ids.
	const trackIds = existsSync(join(dir, collections.tracks.folder)) ? loaded.tracks.ids.map(({ id }) => id) : undefined;
	const data: string[] = [];
	let partnerIds: Set<string> | undefined;
	const dataDir = join(dir, 'data');
	if (scorecardData && existsSync(join(dataDir, 'metrics.csv'))) {
		// The scorecard data: partners, metrics and ratings records, with the same reader as the build.
		const read = readScorecardData(dataDir, { trackIds });
		data.push(...read.problems.map(formatProblem));
		// Ids from rows with other problems count too: those rows are reported, the stories naming them are not.
		partnerIds = read.partnerIds && new Set(read.partnerIds);
	} else {
		const read = readPartners(join(dataDir, 'partners.csv'), { trackIds });
		data.push(...(read?.problems ?? []).map(formatProblem));
		partnerIds = read?.ids && new Set(read.ids.keys());
	}

	// A story with a bad date may also name an unknown partner or keep a placeholder: report all of it now rather
	// than one per run.
	const partlyValid = loaded.spotlights.invalid.map((entry) => {
		const raw = (entry.data ?? {}) as Record<string, unknown>;
		const ids = Array.isArray(raw.partners) ? raw.partners.filter((id): id is string => typeof id === 'string') : [];
		return { ...entry, data: { ...raw, partners: ids } };
	});
	const allSpotlights = [...loaded.spotlights.entries, ...partlyValid];
	const content = [
		...contentGraphProblems({
			tracks: loaded.tracks.entries,
			modules: loaded.modules.entries,
			practices: loaded.practices.entries,
			quizzes: loaded.quizzes.entries,
			assessments: loaded.assessments.entries,
			spotlights: allSpotlights,
			partnerIds,
			unparsed: {
				tracks: loaded.tracks.invalid.map((entry) => entry.id),
				modules: loaded.modules.invalid.map((entry) => entry.id),
				practices: loaded.practices.invalid.map((entry) => entry.id),
			},
		}),
		...placeholderProblems(allSpotlights),
		...communityPlaceholderProblems({
			profiles: [...loaded.profiles.entries, ...loaded.profiles.invalid],
			events: [...loaded.events.entries, ...loaded.events.invalid],
		}),
	];
	// A profile is only for a partner the program knows; its file name is that partner's id.
	if (partnerIds) {
		for (const entry of [...loaded.profiles.entries, ...loaded.profiles.invalid]) {
			if (!partnerIds.has(entry.id))
				content.push(
					`${entry.filePath}: id: Expected a partner id from partners.csv as the file name, found ${quote(entry.id)}; rename the file after the partner's id`,
				);
		}
	}
	return { files, data, content };
}

/** Logo formats a profile may use: vector or small raster images that every browser shows. */
const logoTypes = ['.svg', '.png', '.webp'];

/** What is wrong with a profile's logo file (relative to its folder), or undefined when it is fine. */
export function logoProblem(folder: string, src: string, maxKilobytes: number): string | undefined {
	const path = join(folder, src);
	const type = extname(src).toLowerCase();
	if (!logoTypes.includes(type))
		return `Expected an svg, png or webp logo, found ${quote(src)}`;
	if (!existsSync(path)) return `Expected a logo file next to the profile, found ${quote(src)} missing`;
	const kilobytes = statSync(path).size / 1024;
	if (kilobytes > maxKilobytes)
		return `Expected a logo of at most ${maxKilobytes} KB (community.logoMaxKilobytes), found ${quote(src)} at ${kilobytes.toFixed(0)} KB; export it smaller or as svg`;
	return undefined;
}

/** Every problem in the content folder `dir`, each as one `file: field: message` line; empty when all is well. */
export function validateContent(dir: string, options?: CheckOptions): string[] {
	const { files, data, content } = checkContentFolder(dir, options);
	return [...files, ...data, ...content];
}
