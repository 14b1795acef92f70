import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UserError, parseWithFriendlyErrors } from '../core/errors';
import { scorecardsSchema, type Scorecards } from './schema';
import { defaultScorecardsDir } from './location';

let cached: { file: string; scorecards: Scorecards } | undefined;

/** The scorecards the staff pages render: `scorecards.json` from PORTAL_SCORECARDS_DIR (default `.scorecards`). */
export function loadScorecards(): Scorecards {
	const file = join(defaultScorecardsDir(), 'scorecards.json');
	if (cached?.file === file) return cached.scorecards;
	if (!existsSync(file)) {
		throw new UserError(
			`No scorecards at ${file}.`,
			'Run "npm run scorecards" first ("npm run build" does), or build without the staff pages: PORTAL_STAFF_PAGES=false.',
		);
	}
	const scorecards = parseWithFriendlyErrors(scorecardsSchema, JSON.parse(readFileSync(file, 'utf8')), file);
	cached = { file, scorecards };
	return scorecards;
}

/** The raw text of an output file, for the download endpoints. */
export function scorecardsFile(name: 'scorecards.json' | 'scorecards.csv'): string {
	loadScorecards();
	return readFileSync(join(defaultScorecardsDir(), name), 'utf8');
}
