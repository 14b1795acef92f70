import { readEnv } from '../core/env';

/** Where `npm run scorecards` writes by default and the staff pages read from: PORTAL_SCORECARDS_DIR or `.scorecards`. */
export function defaultScorecardsDir(): string {
	return readEnv().PORTAL_SCORECARDS_DIR;
}
