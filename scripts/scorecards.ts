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
import { contentDir } from '../src/lib/content/content-dir';
import { defaultScorecardsDir } from '../src/lib/scorecards/location';
import { runScorecards, type Io } from '../src/lib/scorecards/run';

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
	return runScorecards({ dataDir, outDir }, io) ? 0 : 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	process.exitCode = main(process.argv.slice(2));
}
