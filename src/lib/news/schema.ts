import { z } from '../core/zod';
import { isoDateSchema, oneOf, summarySchema, type ProgramIds } from '../core/schema-helpers';
import { keepDateText } from '../core/link-schemas';

/** A program announcement: `content/announcements/<slug>.mdx`. */
export function announcementSchema({ partnerTypeIds }: Pick<ProgramIds, 'partnerTypeIds'>) {
	return z
		.object({
			/** Headline, also the banner's text. */
			title: z.string().trim().min(1, 'Expected a title'),
			/** Publish date, `YYYY-MM-DD`. */
			date: keepDateText(isoDateSchema),
			/** One or two sentences for the news list, the feed and search results. */
			summary: summarySchema,
			/** Last day it is current, `YYYY-MM-DD`: after it, it leaves the banner but stays in the news. Default: none. */
			expires: keepDateText(isoDateSchema).optional(),
			/** Partner types it concerns: ids from portal.config.ts. Default: every partner. */
			audience: z.array(oneOf(partnerTypeIds, 'partner type')).default([]),
			/** Offer it as the site banner while it is the newest current one. Default: true. */
			banner: z.boolean().default(true),
		})
		.superRefine((announcement, context) => {
			if (announcement.expires && announcement.expires < announcement.date)
				context.addIssue({
					code: 'custom',
					path: ['expires'],
					message: `Expected an expiry on or after the date (${announcement.date}), found "${announcement.expires}"`,
				});
		});
}

export type Announcement = z.output<ReturnType<typeof announcementSchema>>;
