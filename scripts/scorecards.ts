/**
 * Builds the balanced scorecards: reads partners.csv, metrics.csv and ratings/*.json from --data,
 * validates everything, computes scores and health, and writes scorecards.json and scorecards.csv into
 * --out atomically. Any problem: all are listed, exit code 1, nothing written.
 *
 *   npm run scorecards -- --data content/data --out .scorecards
 *
 * --data defaults to `data/` in the content folder (PORTAL_CONTENT_DIR, else content/).
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { contentDir } from '../src/lib/content-dir';
import { formatProblem } from '../src/lib/csv';
import { buildScorecards } from '../src/lib/scorecard/build';
import { readScorecardData, scorecardsCsv, writeOutputAtomically } from '../src/lib/scorecard/data-files';
import { defaultScorecardsDir } from '../src/lib/scorecard/location';

/** Problems printed before "…and N more". */
export const MAX_PROBLEMS = 50;

export interface Io {
	log: (line: string) => void;
	error: (line: string) => void;
	now: () => Date;
}

const defaultIo: Io = { log: console.log, error: console.error, now: () => new Date() };

/** Runs the script; returns the exit code. */
export function main(argv: readonly string[], io: Io = defaultIo): number {
	let values: { data?: string | undefined; out?: string | undefined };
	try {
		({ values } = parseArgs({ args: [...argv], options: { data: { type: 'string' }, out: { type: 'string' } } }));
	} catch (error) {
		io.error(`${(error as Error).message}\nUsage: npm run scorecards -- --data DIR --out DIR`);
		return 1;
	}
	// PORTAL_CONTENT_DIR moves the data with the rest of the content (benchmarks build from a corpus).
	const dataDir = values.data ?? join(contentDir, 'data');
	const outDir = values.out ?? defaultScorecardsDir();

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
		return 1;
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
		return 1;
	}
	const missing = data.partners.length - scorecards.partners.length;
	io.log(
		`Scorecards: ${scorecards.partners.length} partners, ${scorecards.quarters.length} quarters → ${outDir}` +
			(missing ? ` (${missing} partner${missing === 1 ? '' : 's'} without metrics yet)` : ''),
	);
	return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	process.exitCode = main(process.argv.slice(2));
}
