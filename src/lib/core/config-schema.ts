import { z } from './zod';
import { repeats } from './unique';
import { contrastRatio } from './contrast';
import { engagementRhythmSchema } from '../onboarding/rhythm-schema';
import { defaultTiers, scorecardTierIds, tiersSchema } from '../tiers/schema';
import { idMessage, idPattern } from './patterns';

/** A slug-like identifier: lowercase letters, digits and single hyphens. */
export const idSchema = z.string().regex(idPattern, idMessage);

/** A `#rrggbb` colour. */
const hexColour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'Expected a colour such as "#1d4ed8"');

/** One entry of a configured list (partner types, partnership models). */
export const choiceSchema = z.object({
	/** Stable id used in frontmatter and data files. */
	id: idSchema,
	/** Human label shown on pages. */
	label: z.string().min(1),
	/** One sentence describing the choice. */
	description: z.string().min(1),
});

/** Theme colours for one colour scheme; every foreground must reach WCAG AA contrast (4.5:1) on both backgrounds. */
const paletteSchema = z
	.object({
		/** Accent used for links, buttons and focus rings. */
		accent: hexColour,
		/** Page background. */
		background: hexColour,
		/** Background of cards, code and the header. */
		surface: hexColour,
		/** Body text. */
		text: hexColour,
		/** Secondary text such as dates and durations. */
		muted: hexColour,
	})
	.superRefine((palette, ctx) => {
		for (const fg of ['accent', 'text', 'muted'] as const) {
			for (const bg of ['background', 'surface'] as const) {
				const ratio = contrastRatio(palette[fg], palette[bg]);
				if (ratio < 4.5) {
					ctx.addIssue({
						code: 'custom',
						path: [fg],
						message: `Contrast of ${fg} on ${bg} (${palette[bg]}) is ${ratio.toFixed(2)}:1; WCAG AA needs 4.5:1`,
					});
				}
			}
		}
	});

/** A short choice: only an id and a label (directory services, industries and regions). */
export const labelSchema = z.object({
	/** Stable id used in profile frontmatter and filter URLs. */
	id: idSchema,
	/** Human label shown on profiles and filters. */
	label: z.string().trim().min(1, 'Expected a label'),
});

/** The partner directory, events and announcements (docs/community.md). */
export const communitySchema = z.object({
	/** What partners offer; a profile's `services` must come from this list. Default: none. */
	services: z.array(labelSchema).default([]),
	/** Industries partners work in; a profile's `industries` must come from this list. Default: none. */
	industries: z.array(labelSchema).default([]),
	/** Regions partners serve; a profile's `regions` must come from this list. Default: none. */
	regions: z.array(labelSchema).default([]),
	/** Days a page or announcement counts as "New" after its date. Default: 14. */
	newForDays: z.number().int().min(0).max(365).default(14),
	/** Largest partner logo file accepted, in kilobytes. Default: 100. */
	logoMaxKilobytes: z.number().int().min(1).max(5000).default(100),
});

/** Everything that brands a portal: the one file `portal.config.ts` is checked against this. */
export const portalConfigSchema = z
	.object({
		/** Program name shown in the header, titles and meta tags. */
		programName: z.string().trim().min(1, 'Expected a name, not only spaces'),
		/** One-line promise shown under the name on the home page. */
		tagline: z.string().trim().min(1, 'Expected a sentence, not only spaces'),
		/** Absolute origin the site is served from, used for canonical URLs, sitemap and feeds. */
		site: z.url({ protocol: /^https?$/ }),
		/** Sub-path the site lives under, e.g. "/partners/". Default: "/". */
		base: z
			.string()
			.regex(/^\/(?:[\w.-]+\/)*$/, 'Expected a path that starts and ends with "/", such as "/partners/"')
			// "." and ".." would step out of the folder the host serves.
			.refine((path) => !path.split('/').some((segment) => /^\.+$/.test(segment)), {
				message: 'Expected folder names, not "." or ".."',
			})
			.default('/'),
		/** Language of the content, for `<html lang>`. Default: "en". */
		lang: z.string().default('en'),
		/** Logo in `public/`, and its alternative text (empty when the program name sits beside it). */
		logo: z.object({ src: z.string().startsWith('/'), alt: z.string().default('') }),
		/** Colours for the light and dark themes. */
		colours: z.object({ light: paletteSchema, dark: paletteSchema }),
		/** The kinds of partner the program onboards. */
		partnerTypes: z.array(choiceSchema).min(1),
		/** The partnership models the program offers. */
		partnershipModels: z.array(choiceSchema).min(1),
		/** What partners and the program exchange; each is rated 1–10 both ways in value-exchange reviews. */
		valueDimensions: z.array(choiceSchema).min(1),
		/** ISO 4217 currency of revenue and lifetime-value amounts in the metrics data. Default: "USD". */
		currency: z
			.string()
			.regex(/^[A-Z]{3}$/, 'Expected a currency code such as "USD"')
			.default('USD'),
		/** Where the rating form POSTs records as JSON; without one, records are downloaded or copied. Default: none. */
		ratingEndpoint: z.url({ protocol: /^https?$/ }).optional(),
		/** Check-in rhythm for the track calendars (see src/lib/onboarding/rhythm-schema.ts). Default: every field's default. */
		engagementRhythm: engagementRhythmSchema.prefault({}),
		/** Partner tiers from entry to top, with benefits and entry criteria (docs/tiers.md). Default: one tier, "Partner", open to all. */
		tiers: tiersSchema(scorecardTierIds).prefault(defaultTiers),
		/** Directory lists, the "New" window and the logo size limit. Default: every field's default. */
		community: communitySchema.prefault({}),
	})
	.superRefine((config, ctx) => {
		for (const key of ['partnerTypes', 'partnershipModels', 'valueDimensions'] as const) {
			for (const { index, key: id } of repeats(config[key], (choice) => choice.id)) {
				ctx.addIssue({ code: 'custom', path: [key, index, 'id'], message: `Duplicate id "${id}"` });
			}
		}
		for (const key of ['services', 'industries', 'regions'] as const) {
			for (const { index, key: id } of repeats(config.community[key], (choice) => choice.id)) {
				ctx.addIssue({ code: 'custom', path: ['community', key, index, 'id'], message: `Duplicate id "${id}"` });
			}
		}
	});

export type PortalConfigInput = z.input<typeof portalConfigSchema>;
export type PortalConfig = z.output<typeof portalConfigSchema>;
export type Choice = z.output<typeof choiceSchema>;
export type Label = z.output<typeof labelSchema>;
