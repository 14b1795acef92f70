import { countOf } from '../core/plural';
import { formatProblem } from '../data/csv-read';
import { buildScorecards } from './build';
import { resolveBuildDate } from '../core/build-date';
import { readEnv } from '../core/env';
import { readScorecardData, recoverOutput, scorecardsCsv, writeOutputAtomically } from './data-files';

const problem = { one: 'problem', other: 'problems' };

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
	// Repair what an interrupted run left, whatever this run's data holds.
	try {
		for (const line of recoverOutput(outDir)) io.log(`Scorecards: ${line}`);
	} catch (error) {
		io.error(`Scorecards not built: ${(error as Error).message}`);
		return false;
	}

	// Parse and validate, with the same reader as `npm run check`.
	const data = readScorecardData(dataDir, { today: resolveBuildDate(readEnv().PORTAL_BUILD_DATE, io.now()) });
	if (data.problems.length) {
		const shown = data.problems.slice(0, MAX_PROBLEMS).map(formatProblem);
		const rest = data.problems.length - shown.length;
		io.error(
			[
				`Scorecards not built: ${countOf(data.problems.length, problem)} in ${dataDir}. Nothing was written.`,
				...shown,
				...(rest > 0 ? [`…and ${countOf(rest, { one: 'more problem', other: 'more problems' })}.`] : []),
			].join('\n'),
		);
		return false;
	}

	// Compute.
	const scorecards = buildScorecards(data.partners, data.metrics, data.ratings, io.now());

	// Write.
	try {
		const recovered = writeOutputAtomically(outDir, {
			'scorecards.json': JSON.stringify(scorecards),
			'scorecards.csv': scorecardsCsv(scorecards),
		});
		for (const line of recovered) io.log(`Scorecards: ${line}`);
	} catch (error) {
		io.error(`Scorecards not written: ${(error as Error).message}`);
		return false;
	}
	const missing = data.partners.length - scorecards.partners.length;
	io.log(
		`Scorecards: ${countOf(scorecards.partners.length, { one: 'partner', other: 'partners' })}, ${countOf(scorecards.quarters.length, { one: 'quarter', other: 'quarters' })} → ${outDir}` +
			(missing ? ` (${countOf(missing, { one: 'partner', other: 'partners' })} without metrics yet)` : ''),
	);
	return true;
}
