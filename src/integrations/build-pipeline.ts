import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { contentDir } from '../lib/content/content-dir';
import { hardenSite } from '../lib/security/harden';
import { defaultScorecardsDir } from '../lib/scorecards/location';
import { runScorecards } from '../lib/scorecards/run';

/**
 * Index chunk size: Pagefind's default is 20,000. Smaller chunks mean less index per query but a larger
 * metadata file on the first one; on the 1,000-page corpus (bench/search-cost.ts) 2,000 fetched the least over
 * three queries: 151 KB, against 169 KB at 4,000 and 257 KB at 20,000.
 */
const indexChunkSize = '2000';

/**
 * The steps around Astro's own, so that `astro build` alone gives the whole product: scorecards from the data
 * folder before the pages that render them, then the Pagefind index and the security headers over the
 * finished site. One process instead of four (bench/build-scaling.ts): each step used to start Node anew.
 */
export function buildPipeline(): AstroIntegration {
	return {
		name: 'partner-hub:build-pipeline',
		hooks: {
			'astro:server:setup': ({ logger }) => {
				// In dev, a bad data file should not stop the whole portal: the staff pages keep the last good output.
				const problems = buildScorecards(logger);
				if (problems) logger.fork('scorecards').warn(`${problems}\nStaff pages show the last good scorecards, if any.`);
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
			'astro:build:done': async ({ dir, logger }) => {
				const dist = fileURLToPath(dir);
				await indexForSearch(dist, logger);
				const { pages } = hardenSite(dist);
				logger.info(`Content-Security-Policy added to ${pages} pages; wrote _headers`);
			},
		},
	};
}

/**
 * `npm run scorecards` with its defaults (the content folder's data/ into PORTAL_SCORECARDS_DIR), logged by
 * Astro. Returns the problems when the data is bad (nothing is written then), else undefined.
 */
function buildScorecards(logger: AstroIntegrationLogger): string | undefined {
	const log = logger.fork('scorecards');
	const problems: string[] = [];
	const built = runScorecards(
		{ dataDir: join(contentDir, 'data'), outDir: defaultScorecardsDir() },
		{ log: (line) => log.info(line), error: (line) => problems.push(line), now: () => new Date() },
	);
	return built ? undefined : problems.join('\n');
}

/** Indexes every built page for search into `<dist>/pagefind/`, as `pagefind --site dist` would. */
async function indexForSearch(dist: string, logger: AstroIntegrationLogger) {
	process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= indexChunkSize;
	try {
		const { index, errors } = await pagefind.createIndex({});
		if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
		const added = await index.addDirectory({ path: dist });
		const written = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
		const problems = [...added.errors, ...written.errors];
		if (problems.length) throw new Error(`Pagefind failed: ${problems.join('; ')}`);
		logger.fork('pagefind').info(`Indexed ${added.page_count} pages for search`);
	} finally {
		await pagefind.close();
	}
}
