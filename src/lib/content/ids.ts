import { idPattern } from '../core/patterns';
import { z } from '../core/zod';

/** The longest entry id (file name) taken: a URL segment people can read, and far below file systems' 255 bytes. */
export const ENTRY_ID_MAX = 80;

/**
 * A spotlight's id, its file name without `.mdx` and the last segment of its URL: the one rule that `npm run check`,
 * the build and `npm run new:spotlight` apply, so the scaffolder never writes a file the check refuses. Messages
 * follow "the file name "…"".
 */
export const spotlightIdSchema = z
	.string()
	.regex(idPattern, 'is not a lowercase slug (letters, digits and single hyphens, such as "acme-partner-revenue")')
	.max(ENTRY_ID_MAX, `is longer than ${ENTRY_ID_MAX} characters`)
	// "/spotlights/2026/" is the year archive, so a story cannot take a year or month as its slug.
	.refine((id) => !/^\d+$/.test(id), 'is all digits; it would clash with the year archive');

/** The first problem with `id` as a spotlight id, worded to follow `the file name "…"`; undefined when fine. */
export function spotlightIdProblem(id: string): string | undefined {
	const result = spotlightIdSchema.safeParse(id);
	return result.success ? undefined : result.error.issues[0]!.message;
}
