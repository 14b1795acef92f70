/**
 * Lighthouse (12.2.3, default mobile profile) in Debian's Chromium on one page of each key type: home, a
 * module, a quiz, the spotlight archive and a partner scorecard. Types the build does not have are skipped and
 * named. Prints performance / accessibility / best practices / SEO and the audits that cost points.
 *   npm run bench:lighthouse [-- --dist dist]   (builds the example content first when dist/ is missing)
 * Each page runs three times and the run with the median performance score is reported, as Lighthouse advises:
 * its simulated throttling scales from timings observed on this machine, which jitter when it is busy.
 * Targets: performance ≥ 98, accessibility 100.
 */
import { launch } from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromiumFlags } from '../test/e2e/support/browser';
import { serveStatic } from '../test/e2e/support/static-server';
import { machineLoad } from './lib/build';
import { listPages } from '../src/lib/core/site-files';
import { pageTypeOf, type PageType } from './lib/page-types';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
const dist = values.dist!;
if (!existsSync(dist)) {
	if (dist !== 'dist') throw new Error(`No build at ${dist}`);
	console.log('dist/ is missing: running npm run build');
	execFileSync('npm', ['run', 'build'], { stdio: 'ignore' });
}

const wanted: PageType[] = ['home', 'module', 'quiz', 'archive', 'partner scorecard'];
const pages = listPages(dist).sort();
const targets = wanted.flatMap((type) => {
	const page = pages.find((candidate) => pageTypeOf(candidate) === type);
	if (!page) console.log(`${type}: skipped, this build has no such page`);
	return page ? [{ type, path: page.replace(/index\.html$/, '') }] : [];
});

const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const server = await serveStatic(dist);
// Same switches as test/e2e/support/browser.ts: headless, no sandbox in containers, no calls home.
const chrome = await launch({
	chromePath: process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	chromeFlags: ['--headless=new', ...chromiumFlags],
});
let missed = 0;
try {
	console.log(`Lighthouse on ${dist} (mobile, simulated throttling); ${machineLoad()}`);
	console.log(['page', ...categories].map((cell) => cell.padEnd(16)).join(' '));
	for (const { type, path } of targets) {
		const runs: Result[] = [];
		for (let run = 0; run < 3; run++) {
			const result = await lighthouse(`${server.url}${path}`, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: [...categories],
			});
			if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
			runs.push(result.lhr);
		}
		const performance = (lhr: Result) => lhr.categories.performance?.score ?? 0;
		const lhr = [...runs].sort((a, b) => performance(a) - performance(b))[1]!;
		const scores = categories.map((id) => Math.round((lhr.categories[id]?.score ?? 0) * 100));
		const spread = runs.map((run) => Math.round(performance(run) * 100)).join('/');
		console.log(
			[`${type} (/${path})`, ...scores].map((cell) => String(cell).padEnd(16)).join(' ') +
				` (performance runs ${spread})`,
		);
		if (scores[0]! < 98 || scores[1]! < 100) missed++;
		// The audits that lost points, so a miss points at its cause.
		for (const id of categories) {
			for (const ref of lhr.categories[id]?.auditRefs ?? []) {
				const audit = lhr.audits[ref.id];
				if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
					console.log(`    ${id}: ${audit.id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
				}
			}
		}
	}
	console.log(
		`targets performance ≥ 98, accessibility 100: ${missed ? `MISSED on ${missed} page(s)` : 'met'}; ${machineLoad()}`,
	);
} finally {
	chrome.kill();
	await server.close();
}
