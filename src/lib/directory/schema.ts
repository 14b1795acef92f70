import { z } from '../core/zod';
import type { ProgramIds } from '../core/schema-helpers';
import { contactSchema, webUrlSchema } from '../core/link-schemas';

/** Without an asset pipeline (scripts and tests), a logo is a path string. */
const imagePath = z.string().trim().min(1, 'Expected an image path such as "./logos/acme.svg"');

/** A BCP 47 language tag such as "en" or "pt-BR", as `Intl` reads it. */
const languageSchema = z.string().refine(
	(tag) => {
		try {
			return Intl.getCanonicalLocales(tag).length === 1;
		} catch {
			return false;
		}
	},
	{ message: 'Expected a language code such as "en", "es" or "pt-BR"' },
);

/** A list of ids from one configured list, at least one, no repeats. */
const idList = (ids: readonly string[], what: string) =>
	z
		.array(
			z.string().refine((id) => ids.includes(id), {
				message: `Expected ${/^[aeiou]/.test(what) ? 'an' : 'a'} ${what} id, one of: ${ids.join(', ')}`,
			}),
		)
		.min(1, `Expected at least one ${what}`)
		.refine((list) => new Set(list).size === list.length, { message: `Expected each ${what} once` });

/**
 * A partner's directory profile: `content/partners/<partner id>.mdx`, whose file name is an id in partners.csv.
 * The logo's `src` is checked by `image` (Astro's `image()` in content.config.ts; a path string elsewhere).
 */
export function profileSchema<I extends z.ZodType = typeof imagePath>({
	serviceIds,
	industryIds,
	regionIds,
	image = imagePath as unknown as I,
}: Pick<ProgramIds, 'serviceIds' | 'industryIds' | 'regionIds'> & { image?: I }) {
	return z.object({
		/** Name shown in the directory; usually the name in partners.csv. */
		name: z.string().trim().min(1, 'Expected a display name'),
		/** Shown in the directory only when true; an unlisted profile is not built at all. Default: false. */
		listed: z.boolean().default(false),
		/** The partner's logo next to the profile (svg, png or webp), with its text alternative. */
		logo: z.object({
			/** Image file relative to the profile, e.g. `./logos/acme.svg`. */
			src: image,
			/** What the logo says, usually the partner's name. */
			alt: z.string({ error: 'Expected alt text for the logo' }).trim().min(1, 'Expected alt text for the logo'),
		}),
		/** One line on what the partner does best, for cards and search results. */
		pitch: z
			.string()
			.trim()
			.min(10, 'Expected a pitch of at least 10 characters')
			.max(160, 'Expected at most 160 characters')
			.refine((pitch) => !/[\r\n]/.test(pitch), { message: 'Expected one line, without line breaks' }),
		/** What the partner offers: ids from `community.services` in portal.config.ts. */
		services: idList(serviceIds, 'service'),
		/** Industries the partner knows: ids from `community.industries` in portal.config.ts. */
		industries: idList(industryIds, 'industry'),
		/** Regions the partner serves: ids from `community.regions` in portal.config.ts. */
		regions: idList(regionIds, 'region'),
		/** Languages the partner works in, as codes such as "en" or "pt-BR". */
		languages: z
			.array(languageSchema)
			.min(1, 'Expected at least one language')
			.refine((list) => new Set(list).size === list.length, { message: 'Expected each language once' }),
		/** The partner's own website. */
		website: webUrlSchema,
		/** How to reach them: an email address or a contact page. */
		contact: contactSchema,
		/** Show the partner's tier (computed from the scorecards) on the profile. Default: false. */
		showTier: z.boolean().default(false),
	});
}

export type Profile = z.output<ReturnType<typeof profileSchema>>;
