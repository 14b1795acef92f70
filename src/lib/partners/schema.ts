import { z } from '../core/zod';
import { idSchema, isoDateSchema, oneOf, type ProgramIds } from '../core/schema-helpers';

/** One row of `content/data/partners.csv`: `id,name,type,model,joined,track,salt`. */
export const partnerSchema = ({
	partnerTypeIds,
	modelIds,
	trackIds,
}: Pick<ProgramIds, 'partnerTypeIds' | 'modelIds'> & {
	/** Slugs of the onboarding tracks in the content folder; without them only the id's form is checked. */
	trackIds?: readonly string[] | undefined;
}) =>
	z.object({
		/** Stable partner id used by metrics rows, ratings records and spotlights. */
		id: idSchema,
		/** Display name; any text (it is escaped wherever it is shown). */
		name: z.string().trim().min(1, 'Expected a partner name'),
		/** Partner type id from `portal.config.ts`. */
		type: oneOf(partnerTypeIds, 'partner type'),
		/** Partnership model id from `portal.config.ts`. */
		model: oneOf(modelIds, 'partnership model'),
		/** Date the partnership started, `YYYY-MM-DD`. */
		joined: isoDateSchema,
		/** Onboarding track slug the partner follows. Default: none (blank cell). */
		track: z.preprocess(
			(value) => (value === '' ? undefined : value),
			(trackIds
				? idSchema.refine((value) => trackIds.includes(value), {
						message: `Expected an onboarding track id (a folder in content/tracks/), one of: ${trackIds.join(', ') || '(no tracks yet)'}`,
					})
				: idSchema
			).optional(),
		),
		/** Changes this partner's private page and key (src/lib/private): edit it to revoke only their link. Default: none. */
		salt: z.preprocess(
			(value) => (value === '' ? undefined : value),
			z
				.string()
				.regex(/^[\w.-]{1,64}$/, 'Expected up to 64 letters, digits, ".", "-" or "_", such as "2026-11"')
				.optional(),
		),
	});

export type Partner = z.output<ReturnType<typeof partnerSchema>>;

/** The CSV header, in order. */
export const partnerColumns = ['id', 'name', 'type', 'model', 'joined', 'track', 'salt'] as const;
