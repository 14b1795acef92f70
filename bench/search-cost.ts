/**
 * Search cost: in Chromium, run three queries on our /search/ and in a vanilla Starlight site built from the same
 * MDX pages (bench/starlight/), and report the bytes each query fetched from /pagefind/: as served by a plain
 * static host, and gzip (what a CDN sends; Pagefind's index chunks are compressed already).
 *   npm run bench:search-cost [-- --dist DIR | --pages 1000] [--starlight-dist DIR | --no-starlight]
 * Targets: ≤ 100 KB for our first query, Pagefind's script and WebAssembly included; queries 2 and 3 fetch only
 * index chunks and fragments (the library and metadata are loaded once), and no more than Starlight's do.
 * Starlight bundles its search UI into its own scripts, so only its queries 2 and 3 compare like with like.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import type { Page, Response } from 'playwright-core';
import { launchBrowser, newContext } from '../test/e2e/support/browser';
import { serveStatic } from '../test/e2e/support/static-server';
import { buildStarlight, machineLoad, runTimed, workDir } from './lib/build';
import { writeCorpus, type CorpusPage } from './lib/corpus';

const { values } = parseArgs({
	options: {
		dist: { type: 'string' },
		pages: { type: 'string', default: '1000' },
		'starlight-dist': { type: 'string' },
		'no-starlight': { type: 'boolean', default: false },
	},
});
const queries = ['referral', 'quarterly review', 'governance charter escalation'];
const targetBytes = 100 * 1024;

/** One file fetched from /pagefind/: its path below /pagefind/, wire bytes and gzip bytes. */
interface Fetched {
	file: string;
	wire: number;
	gzip: number;
}
/** What one query fetched. */
interface QueryCost {
	query: string;
	result: string;
	files: Fetched[];
}

let dist = values.dist;
let starlightDist = values['starlight-dist'];
let work: string | undefined;
let corpusPages: CorpusPage[] = [];
if (!dist || (!starlightDist && !values['no-starlight'])) {
	work = workDir(`search-${values.pages}`);
	corpusPages = writeCorpus(join(work, 'corpus'), Number(values.pages));
}
if (!dist) {
	console.log(`building the ${values.pages}-page corpus; ${machineLoad()}`);
	dist = join(work!, 'dist');
	// Built straight into the work folder (PORTAL_OUT_DIR), leaving the project's dist/ alone.
	const scorecards = mkdtempSync(join(tmpdir(), 'bench-scorecards-'));
	try {
		await runTimed('npm', ['run', 'build', '--silent'], {
			PORTAL_CONTENT_DIR: resolve(work!, 'corpus'),
			PORTAL_OUT_DIR: dist,
			PORTAL_SCORECARDS_DIR: join(scorecards, 'out'),
			PORTAL_STAFF_PAGES: 'false',
		});
	} finally {
		rmSync(scorecards, { recursive: true, force: true });
	}
}
if (!starlightDist && !values['no-starlight']) {
	console.log(`building Starlight from the same MDX pages; ${machineLoad()}`);
	starlightDist = join(work!, 'starlight');
	await buildStarlight(join(work!, 'corpus'), corpusPages, starlightDist);
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const sum = (files: Fetched[], key: 'wire' | 'gzip') => files.reduce((total, f) => total + f[key], 0);
const isChunkOrFragment = (f: Fetched) => f.file.startsWith('index/') || f.file.startsWith('fragment/');

/**
 * Runs the queries on one site: `open` gets the page ready, `ask` types a query and resolves once its results
 * show. Returns what each query fetched from /pagefind/.
 */
async function measure(
	root: string,
	open: (page: Page, url: string) => Promise<void>,
	ask: (page: Page, query: string) => Promise<string>,
): Promise<QueryCost[]> {
	const server = await serveStatic(root);
	const browser = await launchBrowser();
	try {
		const context = await newContext(browser);
		const page = await context.newPage();
		let fetched: Fetched[] = [];
		const pending: Promise<void>[] = [];
		page.on('response', (response: Response) => {
			const url = new URL(response.url());
			if (!url.pathname.includes('/pagefind/')) return;
			pending.push(
				response.body().then(
					(body) => {
						fetched.push({
							file: url.pathname.split('/pagefind/')[1]!,
							wire: body.length,
							gzip: Math.min(body.length, gzipSync(body).length),
						});
					},
					() => undefined,
				),
			);
		});
		await open(page, server.url);
		const costs: QueryCost[] = [];
		for (const query of queries) {
			fetched = [];
			const result = await ask(page, query);
			await page.waitForLoadState('networkidle');
			await Promise.all(pending.splice(0));
			costs.push({ query, result, files: fetched });
		}
		await context.close();
		return costs;
	} finally {
		await browser.close();
		await server.close();
	}
}

const ours = await measure(
	dist,
	(page, url) => page.goto(`${url}search/`).then(() => undefined),
	async (page, query) => {
		// The page searches as one types; pressing Enter searches at once rather than after the pause.
		const box = page.getByRole('main').getByRole('searchbox', { name: 'Search for' });
		await box.fill(query);
		await box.press('Enter');
		const status = page.locator('[data-search-status]');
		await page.waitForFunction(
			(q) => (document.querySelector('[data-search-status]')?.textContent ?? '').includes(`“${q}”`),
			query,
			{ timeout: 60_000 },
		);
		return (await status.textContent()) ?? '';
	},
);

const starlight = starlightDist
	? await measure(
			starlightDist,
			async (page, url) => {
				await page.goto(url);
				await page.locator('button[data-open-modal]').click();
				await page.locator('.pagefind-ui__search-input').waitFor();
			},
			async (page, query) => {
				await page.locator('.pagefind-ui__search-input').fill(query);
				await page.waitForFunction(
					// Its results render as placeholders until their fragments arrive: wait for those too.
					(q) =>
						(document.querySelector('.pagefind-ui__message')?.textContent ?? '').includes(q) &&
						document.querySelectorAll('.pagefind-ui__result-link').length > 0 &&
						!document.querySelector('.pagefind-ui__loading'),
					query,
					{ timeout: 60_000 },
				);
				return (await page.locator('.pagefind-ui__message').textContent()) ?? '';
			},
		)
	: undefined;

console.log(`\nSearch cost on ${dist}${starlight ? ` and Starlight on ${starlightDist}` : ''}; ${machineLoad()}`);
for (const [index, cost] of ours.entries()) {
	const { files } = cost;
	const kinds = (prefix: string) => files.filter((f) => f.file.startsWith(prefix)).length;
	const other = files.filter((f) => !isChunkOrFragment(f));
	const gzip = sum(files, 'gzip');
	const theirs = starlight?.[index];
	console.log(
		`query ${index + 1} "${cost.query}": ${cost.result} — ${files.length} requests ` +
			`(${other.length} library/meta/filter, ${kinds('index/')} index, ${kinds('fragment/')} fragments), ` +
			`${kb(sum(files, 'wire'))} as served, ${kb(gzip)} gzip` +
			(index === 0
				? `; target ≤ ${kb(targetBytes)}: ${gzip <= targetBytes ? 'met' : 'MISSED'}`
				: `; only index chunks and fragments: ${other.length === 0 ? 'yes' : `NO (${other.map((f) => f.file).join(', ')})`}`) +
			(theirs
				? `\n    Starlight: ${theirs.files.length} requests, ${kb(sum(theirs.files, 'gzip'))} gzip` +
					(index === 0
						? ' (its search UI is bundled in its own scripts, not counted here)'
						: `; ours / Starlight ${(gzip / Math.max(1, sum(theirs.files, 'gzip'))).toFixed(2)}×`)
				: ''),
	);
	// The first query pays for the library; show where its bytes went.
	if (index === 0) {
		for (const f of other) console.log(`    ${f.file}: ${kb(f.gzip)}`);
		const fragments = files.filter((f) => f.file.startsWith('fragment/'));
		console.log(`    ${fragments.length} fragments: ${kb(sum(fragments, 'gzip'))}`);
	}
}
if (starlight) {
	const later = (costs: QueryCost[]) => costs.slice(1).reduce((total, cost) => total + sum(cost.files, 'gzip'), 0);
	console.log(
		`queries 2 + 3: ours ${kb(later(ours))} gzip, Starlight ${kb(later(starlight))} gzip ` +
			`(${(later(ours) / Math.max(1, later(starlight))).toFixed(2)}×)`,
	);
}
