import { glob } from 'astro/loaders';
import { defineCollection } from 'astro:content';
import { contentDir } from './lib/content/content-dir';
import { assessmentSchema } from './lib/assessments/schema';
import { practiceSchema } from './lib/practices/schema';
import { quizSchema } from './lib/quizzes/schema';
import { spotlightSchema } from './lib/spotlights/schema';
import { programIds } from './lib/core/config';
import { moduleSchema, trackSchema } from './lib/onboarding/schema';

// Ids keep the folder: a module's id is "<track>/<module>", a track's is "<track>".
const tracks = defineCollection({
	loader: glob({
		base: `${contentDir}/tracks`,
		pattern: '*/index.mdx',
		generateId: ({ entry }) => entry.split('/')[0]!,
	}),
	schema: trackSchema(programIds),
});

const modules = defineCollection({
	loader: glob({ base: `${contentDir}/tracks`, pattern: ['*/*.mdx', '!*/index.mdx'] }),
	schema: moduleSchema,
});

const practices = defineCollection({
	loader: glob({ base: `${contentDir}/practices`, pattern: '*.mdx' }),
	schema: practiceSchema,
});

// A quiz's id is its file name, so /training/<id>/ is predictable; content-checks makes `id:` agree with it.
const quizzes = defineCollection({
	loader: glob({
		base: `${contentDir}/quizzes`,
		pattern: '*.{yaml,yml}',
		generateId: ({ entry }) => entry.replace(/\.ya?ml$/, ''),
	}),
	schema: quizSchema,
});

// Self-assessments: one YAML file per tool; `kind` picks its schema and island.
const assessments = defineCollection({
	loader: glob({ base: `${contentDir}/assessments`, pattern: '*.{yaml,yml}' }),
	schema: assessmentSchema(programIds),
});

// The cover goes through astro:assets (`image()`), so it is resized and fingerprinted like any other image.
const spotlights = defineCollection({
	loader: glob({ base: `${contentDir}/spotlights`, pattern: '*.mdx' }),
	schema: ({ image }) => spotlightSchema({ ...programIds, image: image() }),
});

export const collections = { tracks, modules, practices, quizzes, assessments, spotlights };
