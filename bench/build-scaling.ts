/**
 * Build scaling, side by side with Starlight: for each corpus size N, generate N MDX pages (bench/lib/corpus.ts),
 * run our full `npm run build` on them (PORTAL_CONTENT_DIR), then build a vanilla Starlight site from the same
 * pages, and print wall time, seconds per page, peak memory, JS per content page and the ratios.
 *   npm run bench:build-scaling [-- --sizes 100,1000,5000 --work DIR --no-starlight]
 * Built sites stay in the work folder (ours-N/, starlight-N/) for the other bench scripts.
 *   --starlight-max N skips Starlight above N pages (its build grows fastest).
 * Targets: 5,000/1,000 time ratio near 5; our time ≤ 0.8× Starlight's; our content-page JS ≤ 1/10 of Starlight's.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildPortal, buildStarlight, machineLoad, workDir, type RunCost } from './lib/build';
import { writeCorpus, type CorpusPage } from './lib/corpus';
import { listPages } from '../src/lib/core/site-files';
import { weighPage } from './lib/page-weight';

const { values } = parseArgs({
	options: {
		sizes: { type: 'string', default: '100,1000,5000' },
		work: { type: 'string' },
		'no-starlight': { type: 'boolean', default: false },
		/** Largest N to build Starlight at: its sidebar lists every page on every page, so 5,000 takes very long. */
		'starlight-max': { type: 'string', default: '5000' },
	},
});
const sizes = values.sizes!.split(',').map(Number);
const work = values.work ?? workDir('scaling');

/** One size's measurements, also written to `<work>/scaling.json`. */
interface SizeResult {
	n: number;
	ours: RunCost & { pages: number; contentJs: number };
	starlight?: RunCost & { pages: number; contentJs: number };
	load: string;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;
const cpu = (cost: RunCost) => (cost.cpuSeconds === undefined ? '' : `, CPU ${cost.cpuSeconds.toFixed(1)} s`);
const mean = (list: number[]) => list.reduce((a, b) => a + b, 0) / Math.max(1, list.length);

/** Starlight's URL for a corpus file: "practices/article-0001.mdx" → "practices/article-0001/index.html". */
const starlightPage = (page: CorpusPage) => `${page.file.replace(/(\/index)?\.mdx$/, '')}/index.html`;
const ourPage = (page: CorpusPage) => `${page.path}index.html`;

const results: SizeResult[] = [];
console.log(`Build scaling: sizes ${sizes.join(', ')}; work folder ${work}`);
for (const n of sizes) {
	const corpus = join(work, `corpus-${n}`);
	const pages = writeCorpus(corpus, n);
	console.log(`\nN = ${n}: ${pages.length} MDX pages generated; ${machineLoad()}`);

	const oursDir = join(work, `ours-${n}`);
	// Staff scorecard pages for the corpus's N partners would double the pages Starlight is compared on;
	// bench:scorecards-build times them.
	const ours = await buildPortal(corpus, oursDir, { PORTAL_STAFF_PAGES: 'false' });
	// Compare like with like: only the MDX pages our build actually renders (collections on this branch).
	const rendered = pages.filter((page) => existsSync(join(oursDir, ourPage(page))));
	const oursJs = mean(rendered.map((page) => weighPage(oursDir, ourPage(page)).js));
	const oursPages = listPages(oursDir).length;
	const result: SizeResult = { n, ours: { ...ours, pages: oursPages, contentJs: oursJs }, load: machineLoad() };
	console.log(
		`  ours:      ${ours.seconds.toFixed(1)} s${cpu(ours)}, ${oursPages} pages, ${((ours.seconds / oursPages) * 1000).toFixed(1)} ms/page, ` +
			`peak ${ours.peakMb.toFixed(0)} MB, content-page JS ${kb(oursJs)} gzip (${rendered.length} of ${pages.length} MDX pages rendered)`,
	);

	if (values['no-starlight'] || n > Number(values['starlight-max'])) {
		console.log(`  Starlight: not built at this size (--no-starlight / --starlight-max ${values['starlight-max']})`);
	} else {
		const starlightDir = join(work, `starlight-${n}`);
		console.log(`  building Starlight; ${machineLoad()}`);
		const starlight = await buildStarlight(corpus, rendered, starlightDir);
		const starlightJs = mean(rendered.map((page) => weighPage(starlightDir, starlightPage(page)).js));
		const starlightPages = listPages(starlightDir).length;
		result.starlight = { ...starlight, pages: starlightPages, contentJs: starlightJs };
		console.log(
			`  Starlight: ${starlight.seconds.toFixed(1)} s${cpu(starlight)}, ${starlightPages} pages, ` +
				`${((starlight.seconds / starlightPages) * 1000).toFixed(1)} ms/page, peak ${starlight.peakMb.toFixed(0)} MB, ` +
				`content-page JS ${kb(starlightJs)} gzip`,
		);
		const timeRatio = ours.seconds / starlight.seconds;
		const jsRatio = oursJs / starlightJs;
		const cpuRatio =
			ours.cpuSeconds && starlight.cpuSeconds
				? ` (CPU time ${(ours.cpuSeconds / starlight.cpuSeconds).toFixed(2)}×)`
				: '';
		console.log(
			`  ours / Starlight: time ${timeRatio.toFixed(2)}× (target ≤ 0.80: ${timeRatio <= 0.8 ? 'met' : 'MISSED'})${cpuRatio}, ` +
				`JS per content page ${jsRatio.toFixed(3)}× (target ≤ 0.10: ${jsRatio <= 0.1 ? 'met' : 'MISSED'})`,
		);
	}
	results.push(result);
}

const [small, large] = [results.find((r) => r.n === 1000), results.find((r) => r.n === 5000)];
if (small && large) {
	const ratio = large.ours.seconds / small.ours.seconds;
	const pageRatio = large.ours.pages / small.ours.pages;
	console.log(
		`\ngrowth 5,000/1,000: time ${ratio.toFixed(2)}× for ${pageRatio.toFixed(2)}× the pages ` +
			`(${ratio <= pageRatio ? 'linear or better' : ratio <= pageRatio * 1.1 ? 'near-linear, within 10%' : 'WORSE than linear'})` +
			(large.ours.cpuSeconds && small.ours.cpuSeconds
				? `, CPU time ${(large.ours.cpuSeconds / small.ours.cpuSeconds).toFixed(2)}×`
				: '') +
			`; peak memory ` +
			`${(large.ours.peakMb / small.ours.peakMb).toFixed(2)}×` +
			(large.starlight && small.starlight
				? `; Starlight time ${(large.starlight.seconds / small.starlight.seconds).toFixed(2)}×`
				: ''),
	);
}
writeFileSync(join(work, 'scaling.json'), JSON.stringify(results, null, '\t'));
console.log(`\nNote: wall times on a shared machine are noisy; compare ratios from the same run. ${machineLoad()}`);
