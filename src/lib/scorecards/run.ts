import { formatProblem } from '../data/csv-read';
import { buildScorecards } from './build';
import { readScorecardData, scorecardsCsv, writeOutputAtomically } from './data-files';

/** Problems printed before "…and N more". */
export const MAX_PROBLEMS = 50;

/** Where a run reports to: the CLI passes the console, the build integration Astro's logger. */
export interface Io {
	log: (line: string) => void;
	error: (line: string) => void;
	now: () => Date;
}

/**
 * One scorecards run, shaped parse → validate → compute → write: reads `dataDir`, and only when every file is
 * valid writes scorecards.json and scorecards.csv into `outDir` atomically. Returns true on success; every
 * problem goes to `io.error` first.
 */
export function runScorecards({ dataDir, outDir }: { dataDir: string; outDir: string }, io: Io): boolean {
	// Parse and validate.
	const data = readScorecardData(dataDir);
	if (data.problems.length) {
		const shown = data.problems.slice(0, MAX_PROBLEMS).map(formatProblem);
		const rest = data.problems.length - shown.length;
		io.error(
			[
				`Scorecards not built: ${data.problems.length} problem${data.problems.length === 1 ? '' : 's'} in ${dataDir}. Nothing was written.`,
				...shown,
				...(rest > 0 ? [`…and ${rest} more problem${rest === 1 ? '' : 's'}.`] : []),
			].join('\n'),
		);
		return false;
	}

	// Compute.
	const scorecards = buildScorecards(data.partners, data.metrics, data.ratings, io.now());

	// Write.
	try {
		writeOutputAtomically(outDir, {
			'scorecards.json': JSON.stringify(scorecards),
			'scorecards.csv': scorecardsCsv(scorecards),
		});
	} catch (error) {
		io.error(`Scorecards not written: ${(error as Error).message}`);
		return false;
	}
	const missing = data.partners.length - scorecards.partners.length;
	io.log(
		`Scorecards: ${scorecards.partners.length} partners, ${scorecards.quarters.length} quarters → ${outDir}` +
			(missing ? ` (${missing} partner${missing === 1 ? '' : 's'} without metrics yet)` : ''),
	);
	return true;
}
