import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import { join } from 'node:path';
import { contentDir } from '../lib/content/content-dir';
import { defaultScorecardsDir } from '../lib/scorecards/location';
import { runScorecards } from '../lib/scorecards/run';

/**
 * Writes the scorecards from the data folder before the pages that render them: at the start of a build, and
 * when the dev server starts.
 */
export function scorecards(): AstroIntegration {
	return {
		name: 'partner-hub:scorecards',
		hooks: {
			'astro:server:setup': ({ logger }) => {
				// In dev, a bad data file should not stop the whole portal: the staff pages keep the last good output.
				const problems = buildScorecards(logger);
				if (problems) logger.warn(`${problems}\nStaff pages show the last good scorecards, if any.`);
			},
			'astro:build:start': ({ logger }) => {
				// The problems are the error's own message, so they show even with Astro's logging turned down.
				const problems = buildScorecards(logger);
				if (problems) {
					throw new AstroError(
						problems,
						'Fix the data files named there, or run "npm run scorecards" to check them without building.',
					);
				}
			},
		},
	};
}

/**
 * `npm run scorecards` with its defaults (the content folder's data/ into PORTAL_SCORECARDS_DIR), logged by
 * Astro. Returns the problems when the data is bad (nothing is written then), else undefined.
 */
function buildScorecards(logger: AstroIntegrationLogger): string | undefined {
	const problems: string[] = [];
	const built = runScorecards(
		{ dataDir: join(contentDir, 'data'), outDir: defaultScorecardsDir() },
		{ log: (line) => logger.info(line), error: (line) => problems.push(line), now: () => new Date() },
	);
	return built ? undefined : problems.join('\n');
}
