import { z } from './zod';
import { quarterMessage, quarterPattern } from './patterns';
import { idSchema } from './config-schema';

export { idSchema };

/** A string that must be one of `ids`; the message lists them so a typo is easy to fix. */
export function oneOf(ids: readonly string[], what: string) {
	return z.string().refine((value) => ids.includes(value), {
		message: `Expected ${/^[aeiou]/i.test(what) ? 'an' : 'a'} ${what} id, one of: ${ids.join(', ')}`,
	});
}

/**
 * The configured ids that content and data are checked against. Every schema that needs them is a factory taking
 * them, like Starlight's `docsSchema()`, so no schema reads the runtime config and tests can pass another one.
 */
export interface ProgramIds {
	/** Partner type ids from `portal.config.ts`. */
	partnerTypeIds: readonly string[];
	/** Partnership model ids from `portal.config.ts`. */
	modelIds: readonly string[];
	/** Value dimension ids from `portal.config.ts`. */
	dimensionIds: readonly string[];
	/** Directory service ids from `portal.config.ts` (`community.services`). */
	serviceIds: readonly string[];
	/** Directory industry ids from `portal.config.ts` (`community.industries`). */
	industryIds: readonly string[];
	/** Directory region ids from `portal.config.ts` (`community.regions`). */
	regionIds: readonly string[];
}

/** A short plain-text summary used on cards, in meta descriptions and search results. */
export const summarySchema = z.string().min(20, 'Expected a summary of at least 20 characters').max(300);

/** A tag: lowercase words joined by hyphens. */
export const tagSchema = idSchema;

/** A calendar date `YYYY-MM-DD` that exists (2026-02-30 does not). */
export const isoDateSchema = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a date as YYYY-MM-DD')
	.refine(
		// Only a well-formed date is checked against the calendar, so a bad one gets a single message.
		(value) =>
			!/^\d{4}-\d{2}-\d{2}$/.test(value) ||
			(!Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
				new Date(`${value}T00:00:00Z`).toISOString().startsWith(value)),
		{
			message: 'Expected a real calendar date',
		},
	);

/** A quarter such as `2026-Q3`. */
export const quarterSchema = z.string().regex(quarterPattern, quarterMessage);
