import { matchesGlob } from 'node:path';
import { slug } from 'github-slugger';
import { assessmentSchema } from '../assessments/schema';
import type { ProgramIds } from '../core/schema-helpers';
import { z } from '../core/zod';
import { moduleSchema, trackSchema } from '../onboarding/schema';
import { practiceSchema } from '../practices/schema';
import { quizSchema } from '../quizzes/schema';
import { spotlightSchema } from '../spotlights/schema';
import { profileSchema } from '../directory/schema';
import { eventSchema } from '../events/schema';
import { announcementSchema } from '../news/schema';

/** One content collection: where its files are and what checks them. */
export interface CollectionSpec<S extends z.ZodType> {
	/** Folder under the content folder. */
	folder: string;
	/** Globs of its files, relative to the folder; a leading "!" leaves files out. */
	pattern: string[];
	/** Entry id from the file's relative path; without it, the path less its extension (Astro's default). */
	generateId?: (path: string) => string;
	/** Whole-file YAML instead of MDX frontmatter. */
	yaml: boolean;
	/** The schema; `image` checks a cover image (Astro's `image()` in the build, a path string elsewhere). */
	schema: (image?: z.ZodType) => S;
}

const yamlId = (path: string) => path.replace(/\.ya?ml$/, '');

/**
 * The one registry of content collections: `src/content.config.ts` builds Astro's collections from it and
 * `npm run check` validates the same files with the same schemas, so the two cannot disagree.
 */
export function collectionSpecs(ids: ProgramIds) {
	return {
		// Ids keep the folder: a module's id is "<track>/<module>", a track's is "<track>".
		tracks: {
			folder: 'tracks',
			pattern: ['*/index.mdx'],
			generateId: (path: string) => path.split('/')[0]!,
			yaml: false,
			schema: () => trackSchema(ids),
		},
		modules: { folder: 'tracks', pattern: ['*/*.mdx', '!*/index.mdx'], yaml: false, schema: () => moduleSchema },
		practices: { folder: 'practices', pattern: ['*.mdx'], yaml: false, schema: () => practiceSchema },
		// A quiz's id is its file name, so /training/<id>/ is predictable; content checks make `id:` agree with it.
		quizzes: {
			folder: 'quizzes',
			pattern: ['*.{yaml,yml}'],
			generateId: yamlId,
			yaml: true,
			schema: () => quizSchema,
		},
		// Self-assessments: one YAML file per tool; `kind` picks its schema and island.
		assessments: { folder: 'assessments', pattern: ['*.{yaml,yml}'], yaml: true, schema: () => assessmentSchema(ids) },
		// The cover goes through astro:assets in the build, so it is resized and fingerprinted like any other image.
		spotlights: {
			folder: 'spotlights',
			pattern: ['*.mdx'],
			yaml: false,
			schema: <I extends z.ZodType>(image?: I) => spotlightSchema({ ...ids, ...(image && { image }) }),
		},
		// A profile's id is its file name, which must be a partner id in partners.csv; logos sit in a folder beside them.
		profiles: {
			folder: 'partners',
			pattern: ['*.mdx'],
			generateId: (path: string) => path.replace(/\.mdx$/, ''),
			yaml: false,
			schema: <I extends z.ZodType>(image?: I) => profileSchema({ ...ids, ...(image && { image }) }),
		},
		events: { folder: 'events', pattern: ['*.mdx'], yaml: false, schema: () => eventSchema(ids) },
		announcements: { folder: 'announcements', pattern: ['*.mdx'], yaml: false, schema: () => announcementSchema(ids) },
	} satisfies Record<string, CollectionSpec<z.ZodType>>;
}

/** Whether a file (its path relative to the collection folder) belongs to the collection. */
export function inCollection(spec: Pick<CollectionSpec<z.ZodType>, 'pattern'>, path: string): boolean {
	const include = spec.pattern.filter((glob) => !glob.startsWith('!'));
	const exclude = spec.pattern.filter((glob) => glob.startsWith('!')).map((glob) => glob.slice(1));
	return include.some((glob) => matchesGlob(path, glob)) && !exclude.some((glob) => matchesGlob(path, glob));
}

/**
 * An entry's id from its path and data, as Astro's glob loader makes it: `generateId` when the collection has one,
 * else a `slug:` field, else each folder and the file name slugged (lowercase, spaces to hyphens), less "/index".
 */
export function entryId(spec: Pick<CollectionSpec<z.ZodType>, 'generateId'>, path: string, data?: unknown): string {
	if (spec.generateId) return spec.generateId(path);
	const slugField = data && typeof data === 'object' ? (data as { slug?: unknown }).slug : undefined;
	if (slugField) return String(slugField);
	return path
		.replace(/\.[^./]+$/, '')
		.split('/')
		.map((segment) => slug(segment))
		.join('/')
		.replace(/\/index$/, '');
}
