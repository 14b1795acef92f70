/**
 * Page weight report: HTML, CSS and JS bytes (gzip) and first-load requests, grouped by page type (home,
 * module, article, spotlight, archive, quiz, assessment, rating form, dashboard, partner scorecard; derived
 * from the URL, see bench/lib/page-types.ts), then every page against its JavaScript budget. Run after a build:
 *   npm run bench:page-weight [-- --dist dist --base / --pages]
 * `--pages` also lists every page. Exits 1 when a budget is exceeded, so CI can hold the line on
 * deterministic byte counts.
 */
import { parseArgs } from 'node:util';
import { listPages } from '../src/lib/core/site-files';
import { pageTypeOf, reportedTypes, type PageType } from './lib/page-types';
import { budgetExempt, budgets, weighPage, type PageWeight } from './lib/page-weight';

const { values } = parseArgs({
	options: {
		dist: { type: 'string', default: 'dist' },
		base: { type: 'string', default: '/' },
		pages: { type: 'boolean', default: false },
	},
});
const weights = listPages(values.dist!).map((page) => weighPage(values.dist!, page, values.base));

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const row = (cells: (string | number)[]) =>
	console.log(cells.map((cell, i) => String(cell).padEnd(i === 0 ? 18 : 10)).join(' '));

if (values.pages) {
	row(['page', 'html', 'css', 'fonts', 'js', 'requests']);
	for (const w of [...weights].sort((a, b) => b.js - a.js || a.page.localeCompare(b.page))) {
		console.log([w.page, kb(w.html), kb(w.css), kb(w.fonts), kb(w.js), w.requests].join('\t'));
	}
	console.log();
}

// By type: the heaviest page of each type (by JS, then HTML) stands for the type.
const byType = new Map<PageType, PageWeight[]>();
for (const w of weights) byType.set(pageTypeOf(w.page), [...(byType.get(pageTypeOf(w.page)) ?? []), w]);
console.log(`Page weight by type (gzip; heaviest page of each type), ${weights.length} pages in ${values.dist}`);
row(['type', 'pages', 'html', 'css', 'fonts', 'js', 'requests', 'island', 'heaviest page']);
for (const type of [...reportedTypes, 'index', 'other'] as const) {
	const group = byType.get(type);
	if (!group) {
		if (reportedTypes.includes(type)) row([type, 'absent (no such page in this build)']);
		continue;
	}
	const worst = group.reduce((a, b) => (b.js > a.js || (b.js === a.js && b.html > a.html) ? b : a));
	row([
		type,
		group.length,
		kb(worst.html),
		kb(worst.css),
		kb(worst.fonts),
		kb(worst.js),
		worst.requests,
		group.some((w) => w.hasIsland) ? 'yes' : 'no',
		worst.page,
	]);
}

let failed = false;
for (const [kind, island, budget] of [
	['content pages', false, budgets.contentPageJs],
	['island pages', true, budgets.islandPageJs],
] as const) {
	const group = weights.filter((w) => w.hasIsland === island && !budgetExempt.includes(w.page));
	if (!group.length) continue;
	const worst = group.reduce((a, b) => (b.js > a.js ? b : a));
	const over = group.filter((w) => w.js > budget);
	console.log(
		`\n${kind}: ${group.length}, heaviest JS ${kb(worst.js)} (${worst.page}), ` +
			`${((worst.js / budget) * 100).toFixed(0)}% of the ${kb(budget)} budget` +
			(over.length ? `; OVER BUDGET: ${over.map((w) => w.page).join(', ')}` : ''),
	);
	if (over.length) failed = true;
}
// Fonts and CSS together, per page on first load (the design budget).
const styled = weights.filter((w) => !budgetExempt.includes(w.page));
const heaviest = styled.reduce((a, b) => (b.css + b.fonts > a.css + a.fonts ? b : a));
const overStyle = styled.filter((w) => w.css + w.fonts > budgets.fontsAndCss);
console.log(
	`\nfonts and CSS: heaviest ${kb(heaviest.css + heaviest.fonts)} (${heaviest.page}: CSS ${kb(heaviest.css)}, fonts ` +
		`${kb(heaviest.fonts)}), ${(((heaviest.css + heaviest.fonts) / budgets.fontsAndCss) * 100).toFixed(0)}% of the ` +
		`${kb(budgets.fontsAndCss)} budget` +
		(overStyle.length ? `; OVER BUDGET: ${overStyle.map((w) => w.page).join(', ')}` : ''),
);
if (overStyle.length) failed = true;
process.exit(failed ? 1 : 0);
