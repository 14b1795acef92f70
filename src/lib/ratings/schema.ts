import { z } from '../core/zod';
import { idSchema, oneOf, quarterSchema, type ProgramIds } from '../core/schema-helpers';

/** Who filled in a value-exchange record. */
export const raterSchema = z.enum(['partner', 'program']);

/** One value dimension rated both ways. */
const dimensionRatingSchema = (dimensionIds: readonly string[]) =>
	z.object({
		/** Value dimension id from `portal.config.ts`. */
		dimension: oneOf(dimensionIds, 'value dimension'),
		/** Value the rater's side receives, 1 (none) to 10 (exceptional). */
		received: z
			.number()
			.int('Expected a whole number')
			.min(1, 'Expected a rating from 1 to 10')
			.max(10, 'Expected a rating from 1 to 10'),
		/** Value the rater's side provides, 1 to 10. */
		provided: z
			.number()
			.int('Expected a whole number')
			.min(1, 'Expected a rating from 1 to 10')
			.max(10, 'Expected a rating from 1 to 10'),
		/** Optional remark; plain text, never rendered as HTML. Default: none. */
		comment: z.string().max(2000).optional(),
	});

/**
 * A value-exchange record: one side's ratings of one partnership for one quarter. The rating form
 * writes it; the scorecard build reads it from `content/data/ratings/*.json`.
 */
export const ratingRecordSchema = ({ dimensionIds }: Pick<ProgramIds, 'dimensionIds'>) =>
	z
		.object({
			/** Format marker, so later versions can be told apart. */
			version: z.literal(1),
			/** The partner the record is about (an id from partners.csv). */
			partnerId: idSchema,
			/** The quarter rated, e.g. "2026-Q3". */
			period: quarterSchema,
			/** "partner": the partner about the program; "program": program staff about the partner. */
			rater: raterSchema,
			/** Name of the person who rated. Default: none. */
			raterName: z.string().max(200).optional(),
			/** When the record was completed, ISO 8601. */
			submittedAt: z.iso.datetime({ offset: true }),
			/** Exactly one rating per configured value dimension. */
			ratings: z.array(dimensionRatingSchema(dimensionIds)),
		})
		.superRefine((record, ctx) => {
			const seen = new Set<string>();
			record.ratings.forEach((rating, index) => {
				if (seen.has(rating.dimension)) {
					ctx.addIssue({
						code: 'custom',
						path: ['ratings', index, 'dimension'],
						message: `Duplicate dimension "${rating.dimension}"`,
					});
				}
				seen.add(rating.dimension);
			});
			const missing = dimensionIds.filter((id) => !seen.has(id));
			if (missing.length) {
				ctx.addIssue({ code: 'custom', path: ['ratings'], message: `Missing ratings for: ${missing.join(', ')}` });
			}
		});

export type RatingRecord = z.output<ReturnType<typeof ratingRecordSchema>>;
export type Rater = z.output<typeof raterSchema>;

/** The file name a record is saved under: `<partner>-<period>-<rater>.json`, unique per partner, quarter and side. */
export function ratingFileName(record: Pick<RatingRecord, 'partnerId' | 'period' | 'rater'>): string {
	return `${record.partnerId}-${record.period}-${record.rater}.json`;
}
