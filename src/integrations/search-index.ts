import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { uiSelectors } from '../lib/search/index-rules';

/**
 * Index chunk size: Pagefind's default is 20,000. Smaller chunks mean less index per query but a larger
 * metadata file on the first one; 2,000 fetched the least over three queries on the 1,000-page corpus,
 * measured by bench/search-cost.ts; figures in docs/search.md.
 */
const indexChunkSize = '2000';

/** Pagefind's options: interface text stays out of the index (the selectors and why: src/lib/search/index-rules.ts). */
export const indexOptions: pagefind.PagefindServiceConfig = { excludeSelectors: [...uiSelectors] };

/**
 * Indexes every built page for search into `<dist>/pagefind/`, as `pagefind --site dist` would. Listed before
 * hardening() in astro.config.mjs, so it reads the pages as Astro wrote them.
 */
export function searchIndex(): AstroIntegration {
	return {
		name: 'partner-hub:search-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= indexChunkSize;
				try {
					const dist = fileURLToPath(dir);
					const { index, errors } = await pagefind.createIndex(indexOptions);
					if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
					const added = await index.addDirectory({ path: dist });
					const written = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
					const problems = [...added.errors, ...written.errors];
					if (problems.length) throw new Error(`Pagefind failed: ${problems.join('; ')}`);
					logger.info(`Indexed ${added.page_count} pages for search`);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
