import { z } from '../core/zod';
import { keepDateText } from '../core/link-schemas';
import { idSchema, isoDateSchema, oneOf, summarySchema, tagSchema, type ProgramIds } from '../core/schema-helpers';

/** YAML reads an unquoted `2026-05-12` as a Date; keep every date as the `YYYY-MM-DD` string authors wrote. */
const publishDateSchema = z.preprocess(
	(value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
	isoDateSchema,
);

/** Without an asset pipeline (scripts and tests), a cover is a path string. */
const imagePath = z.string().trim().min(1, 'Expected an image path');

/** One key result shown as a figure, e.g. "Partner-sourced revenue" / "+220%". */
export const spotlightResultSchema = z.object({
	/** What was measured, in a few words. */
	label: z.string().trim().min(1, 'Expected a label such as "Partner-sourced revenue"'),
	/** The figure, as text so it can carry units and arrows: "+220%", "6.2 → 8.7". */
	value: z.preprocess(
		// YAML reads an unquoted 12 as a number; a figure is text either way.
		(value) => (typeof value === 'number' ? String(value) : value),
		z.string({ error: 'Expected a value such as "+220%"' }).trim().min(1, 'Expected a value such as "+220%"'),
	),
});

/**
 * Spotlight frontmatter with the cover image's `src` checked by `image` (Astro's `image()` helper in
 * content.config.ts; a plain path string in scripts and tests, where there is no asset pipeline).
 */
export function spotlightSchema<I extends z.ZodType = typeof imagePath>({
	partnerTypeIds,
	modelIds,
	image = imagePath as unknown as I,
}: Pick<ProgramIds, 'partnerTypeIds' | 'modelIds'> & { image?: I }) {
	return z
		.object({
			/** Headline of the story. */
			title: z.string().trim().min(1, 'Expected a title'),
			/** Publish date, `YYYY-MM-DD`; the archive sorts and groups by it. */
			date: publishDateSchema,
			/** Ids of the partners involved, from `content/data/partners.csv`. Default: none (drafts only). */
			partners: z.array(idSchema).default([]),
			/** Partner type id from `portal.config.ts`. */
			partnerType: oneOf(partnerTypeIds, 'partner type'),
			/** Partnership model id from `portal.config.ts`. */
			model: oneOf(modelIds, 'partnership model'),
			/** Topic tags, lowercase and hyphenated. */
			tags: z.array(tagSchema).min(1, 'Expected at least one tag'),
			/** One or two sentences for cards, the feed and search results. */
			summary: summarySchema,
			/** Key results shown as figures. Default: none (drafts only). */
			results: z.array(spotlightResultSchema).max(6, 'Expected at most 6 key results').default([]),
			/** Optional cover image next to the story, with its text alternative. Default: none. */
			cover: z
				.object({
					/** Image file relative to the MDX file, e.g. `./covers/ledgerline.jpg`. */
					src: image,
					/** What the image shows, for people who cannot see it. */
					alt: z
						.string({ error: 'Expected alt text describing the image' })
						.trim()
						.min(1, 'Expected alt text describing the image'),
				})
				.optional(),
			/** Who wrote the story. */
			author: z.string().trim().min(1, 'Expected an author name'),
			/** Work in progress: shown by `npm run dev`, left out of the production build. Default: false. */
			draft: z.boolean().default(false),
			/** Last real change, `YYYY-MM-DD`: the page shows an "Updated" badge for a while after it. Default: none (the file's last commit). */
			updated: keepDateText(isoDateSchema).optional(),
		})
		.superRefine((data, context) => {
			// A published story needs someone to celebrate and something to show; a draft may still be empty.
			if (data.draft) return;
			if (data.partners.length === 0)
				context.addIssue({
					code: 'custom',
					path: ['partners'],
					message: 'Expected at least one partner id (only drafts may leave it empty)',
				});
			if (data.results.length === 0)
				context.addIssue({
					code: 'custom',
					path: ['results'],
					message: 'Expected at least one key result (only drafts may leave it empty)',
				});
		});
}

export type Spotlight = z.output<ReturnType<typeof spotlightSchema>>;
export type SpotlightResult = z.output<typeof spotlightResultSchema>;
