/**
 * Search cost: in Chromium, load /search/ of a built corpus (default: build the 1,000-page corpus), run three
 * queries through the search form and report the bytes fetched from /pagefind/ for each: as served by a plain
 * static host, and gzip (what a CDN sends; Pagefind's index chunks are compressed already).
 *   npm run bench:search-cost [-- --dist DIR | --pages 1000]
 * Target: ≤ 100 KB for the first query, including Pagefind's script and WebAssembly.
 */
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import type { Response } from 'playwright-core';
import { launchBrowser, newContext } from '../test/e2e/support/browser';
import { serveStatic } from '../test/e2e/support/static-server';
import { buildPortal, machineLoad, workDir } from './lib/build';
import { writeCorpus } from './lib/corpus';

const { values } = parseArgs({
	options: { dist: { type: 'string' }, pages: { type: 'string', default: '1000' } },
});
const queries = ['referral', 'quarterly review', 'governance charter escalation'];
const targetBytes = 100 * 1024;

let dist = values.dist;
if (!dist) {
	const work = workDir(`search-${values.pages}`);
	writeCorpus(join(work, 'corpus'), Number(values.pages));
	console.log(`building the ${values.pages}-page corpus; ${machineLoad()}`);
	dist = join(work, 'dist');
	await buildPortal(join(work, 'corpus'), dist);
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const server = await serveStatic(dist);
const browser = await launchBrowser();
try {
	const context = await newContext(browser);
	const page = await context.newPage();
	/** Responses from /pagefind/ since the last query: wire bytes and gzip bytes per file. */
	let fetched: { file: string; wire: number; gzip: number }[] = [];
	const pending: Promise<void>[] = [];
	page.on('response', (response: Response) => {
		const url = new URL(response.url());
		if (!url.pathname.includes('/pagefind/')) return;
		pending.push(
			response.body().then(
				(body) => {
					const wire = body.length;
					fetched.push({
						file: url.pathname.split('/pagefind/')[1]!,
						wire,
						gzip: Math.min(wire, gzipSync(body).length),
					});
				},
				() => undefined,
			),
		);
	});

	await page.goto(`${server.url}search/`);
	const main = page.getByRole('main');
	const status = page.locator('[data-search-status]');
	console.log(`Search cost on ${dist}; ${machineLoad()}`);
	for (const [index, query] of queries.entries()) {
		fetched = [];
		await main.getByRole('searchbox', { name: 'Search for' }).fill(query);
		await main.getByRole('button', { name: 'Search' }).click();
		await page.waitForFunction(
			() => {
				const text = document.querySelector('[data-search-status]')?.textContent ?? '';
				return text !== '' && text !== 'Searching…';
			},
			undefined,
			{ timeout: 60_000 },
		);
		await page.waitForLoadState('networkidle');
		await Promise.all(pending.splice(0));
		const wire = fetched.reduce((sum, f) => sum + f.wire, 0);
		const gzip = fetched.reduce((sum, f) => sum + f.gzip, 0);
		const kinds = (prefix: string) => fetched.filter((f) => f.file.startsWith(prefix)).length;
		console.log(
			`query ${index + 1} "${query}": ${await status.textContent()} — ${fetched.length} requests ` +
				`(${fetched.length - kinds('index/') - kinds('fragment/') - kinds('filter/')} library/meta, ${kinds('index/')} index, ${kinds('fragment/')} fragments, ` +
				`${kinds('filter/')} filter), ${kb(wire)} as served, ${kb(gzip)} gzip` +
				(index === 0 ? `; target ≤ ${kb(targetBytes)}: ${gzip <= targetBytes ? 'met' : 'MISSED'}` : ''),
		);
		// The first query pays for the library; show where its bytes went.
		if (index === 0) {
			for (const f of fetched.filter((f) => !f.file.startsWith('fragment/')))
				console.log(`    ${f.file}: ${kb(f.gzip)}`);
			const fragments = fetched.filter((f) => f.file.startsWith('fragment/'));
			console.log(`    ${fragments.length} fragments: ${kb(fragments.reduce((sum, f) => sum + f.gzip, 0))}`);
		}
	}
	await context.close();
} finally {
	await browser.close();
	await server.close();
}
