/** Where `npm run scorecards` writes by default and the staff pages read from: PORTAL_SCORECARDS_DIR or `.scorecards`. */
export function defaultScorecardsDir(): string {
	return process.env.PORTAL_SCORECARDS_DIR || '.scorecards';
}

export { staffPagesEnabled } from '../core/env';
