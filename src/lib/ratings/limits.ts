import { SCALE_MAX, SCALE_MIN } from '../core/scale';

/**
 * The rating scale and the record's text limits: one definition for the record check (./schema.ts, which re-exports
 * them), the rating form (./form.ts) and the scale field. A module of its own, importing nothing, so browser code
 * reads them without loading the record check with them (it stays a separate chunk, loaded when needed).
 */

/** Lowest and highest rating: the portal's one 1–10 scale. */
export const RATING_MIN = SCALE_MIN;
export const RATING_MAX = SCALE_MAX;
/** Longest comment and rater name, in characters. */
export const COMMENT_MAX = 2000;
export const NAME_MAX = 200;
