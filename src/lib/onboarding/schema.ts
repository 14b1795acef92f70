import { z } from '../core/zod';
import { rhythmOverridesSchema } from './rhythm-schema';
import { isoDateSchema, oneOf, summarySchema, type ProgramIds } from '../core/schema-helpers';
import { keepDateText } from '../core/link-schemas';

/** A track overview: `content/tracks/<track>/index.mdx`. The folder name is the track's slug. */
export const trackSchema = ({ partnerTypeIds, modelIds }: Pick<ProgramIds, 'partnerTypeIds' | 'modelIds'>) =>
	z.object({
		/** Track title, e.g. "Onboarding for content creators". */
		title: z.string().min(1),
		/** The partner type this track onboards (an id from `portal.config.ts`). */
		partnerType: oneOf(partnerTypeIds, 'partner type'),
		/** The partnership model most partners on this track start with. */
		model: oneOf(modelIds, 'partnership model'),
		/** One or two sentences for cards and meta descriptions. */
		summary: summarySchema,
		/** Length of the track in weeks; the framework runs onboarding over 4–6 weeks. */
		weeks: z.number().int().min(4).max(6),
		/** Sort position on the onboarding index. Default: 0. */
		order: z.number().int().default(0),
		/** What a partner can do by the end of the track. */
		goals: z.array(z.string().min(1)).min(1),
		/** Overrides of the check-in rhythm in `portal.config.ts` for this track, e.g. `checkInMinutes: 45`. Default: none. */
		rhythm: rhythmOverridesSchema.default({}),
		/** Last real change, `YYYY-MM-DD`: the page shows an "Updated" badge for a while after it. Default: none (the file's last commit). */
		updated: keepDateText(isoDateSchema).optional(),
	});

/** A weekly module: any other `.mdx` file in a track folder. */
export const moduleSchema = z.object({
	/** Module title. */
	title: z.string().min(1),
	/** The track week this module belongs to, from 1. */
	week: z.number().int().min(1).max(6),
	/** Sort position within its week. Default: 1. */
	order: z.number().int().min(1).default(1),
	/** Expected effort in minutes. */
	duration: z.number().int().min(5).max(480),
	/** One or two sentences for cards, meta descriptions and search results. */
	summary: summarySchema,
	/** "What you will be able to do" after the module. */
	goals: z.array(z.string().min(1)).min(1),
	/** Last real change, `YYYY-MM-DD`: the page shows an "Updated" badge for a while after it. Default: none (the file's last commit). */
	updated: keepDateText(isoDateSchema).optional(),
});

export type Track = z.output<ReturnType<typeof trackSchema>>;
export type Module = z.output<typeof moduleSchema>;

/** The track slug of a module id ("agencies/week-1-kickoff" → "agencies"). */
export function trackIdOf(moduleId: string): string {
	return moduleId.split('/')[0]!;
}
