import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { z } from 'astro/zod';
import { contentGraphProblems } from './checks';
import { formatProblem } from '../data/csv-read';
import { UserError, formatIssues } from '../core/errors';
import { parseFrontmatter } from './frontmatter';
import { parsePartners } from '../partners/read';
import { parse as parseYaml } from 'yaml';
import { readScorecardData } from '../scorecards/data-files';
import { programIds } from '../core/config';
import { collectionSpecs, entryId, inCollection, type CollectionSpec } from './registry';

/**
 * Validates a content folder outside Astro (for `npm run check`): every file against its schema, the data
 * files, and the cross-references, collecting all problems instead of stopping at the first.
 */

type Spec = CollectionSpec<z.ZodType>;

// Each schema checked its own entries; the graph checks read only fields those schemas guarantee.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each schema has already checked `data`
type Loaded = { id: string; filePath: string; data: any };

function parseYamlFile(text: string, filePath: string): unknown {
	try {
		return parseYaml(text);
	} catch (error) {
		throw new UserError(
			`${filePath}: Not valid YAML: ${(error as Error).message.split('\n')[0]}`,
			'Check the indentation and quoting.',
		);
	}
}

/** Entries that passed their schema, plus the raw frontmatter of those that did not (for reference checks). */
function load(dir: string, collection: Spec, problems: string[], invalid: Loaded[] = []): Loaded[] {
	const folder = join(dir, collection.folder);
	if (!existsSync(folder)) return [];
	const paths = (readdirSync(folder, { recursive: true }) as string[])
		.map((path) => path.split('\\').join('/'))
		.filter((path) => inCollection(collection, path))
		.sort();
	const entries: Loaded[] = [];
	for (const path of paths) {
		// Paths relative to where the command runs, as editors and terminals link them; absolute outside it.
		const absolute = resolve(folder, path);
		const filePath = absolute.startsWith(`${process.cwd()}${sep}`) ? relative(process.cwd(), absolute) : absolute;
		try {
			const text = readFileSync(join(folder, path), 'utf8');
			const data: unknown = collection.yaml ? parseYamlFile(text, filePath) : parseFrontmatter(text, filePath).data;
			const result = collection.schema().safeParse(data);
			if (!result.success) {
				problems.push(...formatIssues(result.error, data).map((line) => `${filePath}: ${line}`));
				invalid.push({ id: entryId(collection, path), filePath, data });
				continue;
			}
			entries.push({ id: entryId(collection, path), filePath, data: result.data });
		} catch (error) {
			if (!(error instanceof UserError)) throw error;
			problems.push(error.message);
		}
	}
	return entries;
}

/** Every problem in the content folder `dir`, each as one `file: field: message` line; empty when all is well. */
export function validateContent(dir: string): string[] {
	const problems: string[] = [];
	const collections = collectionSpecs(programIds);
	const tracks = load(dir, collections.tracks, problems);
	const modules = load(dir, collections.modules, problems);
	const practices = load(dir, collections.practices, problems);
	const invalidSpotlights: Loaded[] = [];
	const spotlights = load(dir, collections.spotlights, problems, invalidSpotlights);
	const quizzes = load(dir, collections.quizzes, problems);
	const assessments = load(dir, collections.assessments, problems);

	let partnerIds: Set<string> | undefined;
	const dataDir = join(dir, 'data');
	const partnersFile = join(dataDir, 'partners.csv');
	if (existsSync(join(dataDir, 'metrics.csv'))) {
		// The scorecard data: partners, metrics and ratings records, with the same checks as `npm run scorecards`.
		const data = readScorecardData(dataDir);
		problems.push(...data.problems.map(formatProblem));
		partnerIds = new Set(data.partners.map((partner) => partner.id));
	} else if (existsSync(partnersFile)) {
		const { partners, problems: csvProblems } = parsePartners(readFileSync(partnersFile, 'utf8'), partnersFile);
		problems.push(...csvProblems.map(formatProblem));
		partnerIds = new Set(partners.map((partner) => partner.id));
	}
	for (const entry of spotlights) {
		const cover = entry.data.cover?.src as string | undefined;
		if (cover && !existsSync(join(dirname(entry.filePath), cover))) {
			problems.push(`${entry.filePath}: cover.src: Expected an image file next to the story, found "${cover}" missing`);
		}
	}
	// A story with a bad date may also name an unknown partner: report both now rather than one per run.
	const partlyValid = invalidSpotlights.map((entry) => {
		const partners: unknown = entry.data?.partners;
		const ids = Array.isArray(partners) ? partners.filter((id): id is string => typeof id === 'string') : [];
		return { ...entry, data: { partners: ids } };
	});
	problems.push(
		...contentGraphProblems({
			tracks,
			modules,
			practices,
			quizzes,
			assessments,
			spotlights: [...spotlights, ...partlyValid],
			partnerIds,
		}),
	);
	return problems;
}
