/**
 * Times a full `npm run build` of the portal with 1,000 partners' scorecard pages: a small synthetic corpus
 * (100 MDX pages) with data for 1,000 partners × 8 quarters, built through PORTAL_CONTENT_DIR, so the build
 * runs the scorecards script, Astro (a staff page per partner, with its SVG charts), Pagefind and hardening.
 * Prints seconds, CPU seconds, pages, seconds per page and the ratio to the 90 s target.
 *   npm run bench:scorecards-build [-- --partners 1000 --pages 100 --work DIR]
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildPortal, machineLoad, workDir } from './lib/build';
import { writeCorpus } from './lib/corpus';
import { listPages } from '../src/lib/core/site-files';
import { pageTypeOf } from './lib/page-types';

const budgetSeconds = 90;
const { values } = parseArgs({
	options: {
		partners: { type: 'string', default: '1000' },
		pages: { type: 'string', default: '100' },
		work: { type: 'string' },
	},
});
const partners = Number(values.partners);
const work = values.work ?? workDir('scorecards-build');
const corpus = join(work, 'corpus');
writeCorpus(corpus, Number(values.pages), { partners, quarters: 8 });

console.log(`Building ${values.pages} MDX pages and ${partners} partners × 8 quarters; ${machineLoad()}`);
const dist = join(work, 'dist');
const cost = await buildPortal(corpus, dist);
const pages = listPages(dist);
const scorecardPages = pages.filter((page) => pageTypeOf(page) === 'partner scorecard').length;
const cpu = cost.cpuSeconds === undefined ? '' : `, ${cost.cpuSeconds.toFixed(1)} s CPU`;
console.log(
	`npm run build: ${cost.seconds.toFixed(1)} s wall${cpu}, peak ${cost.peakMb.toFixed(0)} MB; ` +
		`${pages.length} pages (${scorecardPages} partner scorecards), ${((cost.seconds / pages.length) * 1000).toFixed(0)} ms per page`,
);
console.log(
	`budget ${budgetSeconds} s for ${partners} partners' pages; ratio ${(cost.seconds / budgetSeconds).toFixed(2)}`,
);
console.log(`${machineLoad()} (wall times on a busy machine overstate; CPU time is steadier)`);
