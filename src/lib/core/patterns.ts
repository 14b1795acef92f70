/**
 * Patterns shared by the zod schemas and the zod-free checks of the rating form, which ships to the browser
 * without zod (see src/lib/ratings/form.ts): one definition, so both always agree.
 */

/** A slug-like id: lowercase letters, digits and single hyphens. */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const idMessage = 'Expected a lowercase id such as "content-creator"';

/** A quarter such as `2026-Q3`. */
export const quarterPattern = /^\d{4}-Q[1-4]$/;
export const quarterMessage = 'Expected a quarter such as "2026-Q3"';
