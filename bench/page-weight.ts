/**
 * Page weight report: HTML, CSS and JS bytes (gzip) and first-load requests for every built page,
 * then the heaviest page of each kind against its budget. Run after `npm run build`:
 *   npm run bench:page-weight [-- --dist dist --base /]
 * Exits 1 when a budget is exceeded, so CI can hold the line on deterministic byte counts.
 */
import { parseArgs } from 'node:util';
import { budgets, weighPage } from './lib/page-weight';
import { listPages } from './lib/files';

const { values } = parseArgs({
	options: { dist: { type: 'string', default: 'dist' }, base: { type: 'string', default: '/' } },
});
const pages = listPages(values.dist!);
const weights = pages.map((page) => weighPage(values.dist!, page, values.base));

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(['page', 'html', 'css', 'js', 'requests'].join('\t'));
for (const w of weights.sort((a, b) => b.js - a.js || a.page.localeCompare(b.page))) {
	console.log([w.page, kb(w.html), kb(w.css), kb(w.js), w.requests].join('\t'));
}

let failed = false;
for (const [kind, island, budget] of [
	['content pages', false, budgets.contentPageJs],
	['island pages', true, budgets.islandPageJs],
] as const) {
	const group = weights.filter((w) => w.hasIsland === island);
	if (!group.length) continue;
	const worst = group.reduce((a, b) => (b.js > a.js ? b : a));
	const ratio = worst.js / budget;
	console.log(
		`\n${kind}: ${group.length}, heaviest JS ${kb(worst.js)} (${worst.page}), ${(ratio * 100).toFixed(0)}% of the ${kb(budget)} budget`,
	);
	if (ratio > 1) failed = true;
}
process.exit(failed ? 1 : 0);
