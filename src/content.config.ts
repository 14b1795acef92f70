import { glob, type Loader } from 'astro/loaders';
import { defineCollection } from 'astro:content';
import { programIds } from './lib/core/config';
import { contentDir } from './lib/content/content-dir';
import { collectionSpecs } from './lib/content/registry';

// Every collection comes from the registry that `npm run check` validates with too.
const specs = collectionSpecs(programIds);
const loader = ({
	folder,
	pattern,
	generateId,
}: {
	folder: string;
	pattern: string[];
	generateId?: (path: string) => string;
}) =>
	glob({
		base: `${contentDir}/${folder}`,
		pattern,
		...(generateId && { generateId: ({ entry }) => generateId(entry) }),
	});

/**
 * The directory's loader: the glob loader, then every unlisted profile dropped, so an unlisted partner's page,
 * logo and text never reach the build. `npm run check` still validates every file (src/lib/content/validate.ts).
 */
function listedOnly(inner: Loader): Loader {
	return {
		name: 'listed-profiles',
		load: async (context) => {
			await inner.load(context);
			for (const entry of context.store.values()) {
				if ((entry.data as { listed?: unknown }).listed !== true) context.store.delete(entry.id);
			}
		},
	};
}

export const collections = {
	tracks: defineCollection({ loader: loader(specs.tracks), schema: specs.tracks.schema() }),
	modules: defineCollection({ loader: loader(specs.modules), schema: specs.modules.schema() }),
	practices: defineCollection({ loader: loader(specs.practices), schema: specs.practices.schema() }),
	quizzes: defineCollection({ loader: loader(specs.quizzes), schema: specs.quizzes.schema() }),
	assessments: defineCollection({ loader: loader(specs.assessments), schema: specs.assessments.schema() }),
	spotlights: defineCollection({
		loader: loader(specs.spotlights),
		schema: ({ image }) => specs.spotlights.schema(image()),
	}),
	profiles: defineCollection({
		loader: listedOnly(loader(specs.profiles)),
		schema: ({ image }) => specs.profiles.schema(image()),
	}),
	events: defineCollection({ loader: loader(specs.events), schema: specs.events.schema() }),
	announcements: defineCollection({ loader: loader(specs.announcements), schema: specs.announcements.schema() }),
};
