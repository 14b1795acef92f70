import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexOptions } from '../../../src/integrations/search-index';

// The page shapes that carried interface text into the index, in miniature; indexed with the build's options.
const page = `<!doctype html><html lang="en"><body>
<header><form role="search"><input name="q"><button>Search</button></form></header>
<main data-pagefind-body>
	<span hidden data-pagefind-filter="section:Onboarding"></span>
	<span hidden data-pagefind-meta="summary" data-pagefind-ignore>A short summary.</span>
	<nav aria-label="Breadcrumb" data-pagefind-meta="trail:Onboarding › Onboarding for agencies"><a href="/">Home</a></nav>
	<h1>Welcome and the referral workflow</h1>
	<p class="lead">A short summary.</p>
	<div class="print-actions"><button hidden data-print>Print this template</button><p class="meta">Prints without the site menu and footer.</p></div>
	<p>How a referral moves from first conversation to commission.</p>
	<aside class="quiz-links"><h2>Check your understanding</h2><a href="/q/">Referral essentials</a> · 8 questions</aside>
	<progress-mark hidden><p class="meta" role="status"><span data-count></span> in this track. Saved in this browser only.</p></progress-mark>
	<astro-island><p class="meta quiz-status">Not taken yet in this browser. Pass mark 80%.</p><button>Start over</button></astro-island>
	<p role="status">3 of 6 modules done</p>
	<div data-ui>Reset progress</div>
</main>
<footer>Footer text</footer>
</body></html>`;

interface Fragment {
	content: string;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
}

let fragments: Fragment[];
const out = mkdtempSync(join(tmpdir(), 'search-index-'));

beforeAll(async () => {
	const { index } = await pagefind.createIndex(indexOptions);
	await index!.addHTMLFile({ url: '/onboarding/agencies/week-1/', content: page });
	await index!.writeFiles({ outputPath: out });
	await pagefind.close();
	// A fragment is gzip of "pagefind_dcd" + JSON: the text Pagefind indexed for one page.
	fragments = readdirSync(join(out, 'fragment')).map(
		(file) =>
			JSON.parse(
				gunzipSync(readFileSync(join(out, 'fragment', file)))
					.subarray(12)
					.toString('utf8'),
			) as Fragment,
	);
}, 60_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('the search index', () => {
	it('leaves interface text out', () => {
		expect(fragments).toHaveLength(1);
		const { content } = fragments[0]!;
		for (const ui of [
			'Print this template',
			'Prints without',
			'Saved in this browser only',
			'Not taken yet in this browser',
			'Start over',
			'modules done',
			'Reset progress',
			'Referral essentials',
			'Search',
			'Footer text',
		])
			expect(content).not.toContain(ui);
	});

	it("keeps the page's own words, its filters and its metadata", () => {
		const { content, meta, filters } = fragments[0]!;
		expect(content).toContain('How a referral moves from first conversation to commission.');
		expect(content.split('A short summary.')).toHaveLength(2);
		expect(meta).toMatchObject({
			title: 'Welcome and the referral workflow',
			summary: 'A short summary.',
			trail: 'Onboarding › Onboarding for agencies',
		});
		expect(filters).toEqual({ section: ['Onboarding'] });
	});
});
