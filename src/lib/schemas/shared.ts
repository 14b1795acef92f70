import { z } from 'zod';
import { idSchema } from './portal-config';

export { idSchema };

/** A string that must be one of `ids`; the message lists them so a typo is easy to fix. */
export function oneOf(ids: readonly string[], what: string) {
	return z.string().refine((value) => ids.includes(value), {
		message: `Expected a ${what} id, one of: ${ids.join(', ')}`,
	});
}

/** A short plain-text summary used on cards, in meta descriptions and search results. */
export const summarySchema = z.string().min(20, 'Expected a summary of at least 20 characters').max(300);

/** A tag: lowercase words joined by hyphens. */
export const tagSchema = idSchema;
