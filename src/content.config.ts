import { glob } from 'astro/loaders';
import { defineCollection } from 'astro:content';
import { assessmentSchema } from './lib/schemas/assessment';
import { practiceSchema } from './lib/schemas/practice';
import { quizSchema } from './lib/schemas/quiz';
import { moduleSchema, trackSchema } from './lib/schemas/track';

/** Where content lives; `PORTAL_CONTENT_DIR` points a build at another corpus (benchmarks, test fixtures). */
const contentDir = process.env.PORTAL_CONTENT_DIR ?? './content';

// Ids keep the folder: a module's id is "<track>/<module>", a track's is "<track>".
const tracks = defineCollection({
	loader: glob({
		base: `${contentDir}/tracks`,
		pattern: '*/index.mdx',
		generateId: ({ entry }) => entry.split('/')[0]!,
	}),
	schema: trackSchema,
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
	schema: assessmentSchema,
});

export const collections = { tracks, modules, practices, quizzes, assessments };
