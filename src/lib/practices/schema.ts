import { z } from '../core/zod';
import { idSchema, isoDateSchema, summarySchema, tagSchema } from '../core/schema-helpers';
import { keepDateText } from '../core/link-schemas';

/** A best-practice article: `content/practices/<slug>.mdx`. */
export const practiceSchema = z.object({
	/** Article title. */
	title: z.string().min(1),
	/** One or two sentences for cards, meta descriptions and search results. */
	summary: summarySchema,
	/** Topic tags, lowercase and hyphenated. */
	tags: z.array(tagSchema).min(1),
	/** Slugs of articles to suggest at the end, before those that share tags. Default: none. */
	related: z.array(idSchema).default([]),
	/** Sort position on the index; lower comes first. Default: 0. */
	order: z.number().int().default(0),
	/** A template meant for paper: the page offers "Print this template" and print tips. Default: false. */
	printable: z.boolean().default(false),
	/** Last real change, `YYYY-MM-DD`: the page shows an "Updated" badge for a while after it. Default: none (the file's last commit). */
	updated: keepDateText(isoDateSchema).optional(),
});

export type Practice = z.output<typeof practiceSchema>;
