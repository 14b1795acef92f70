import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { body, random, writeCorpus, type CorpusPage } from '../../../bench/lib/corpus';
import { parsePartners } from '../../../src/lib/partners/read';
import { practiceSchema } from '../../../src/lib/practices/schema';
import { moduleSchema, trackSchema } from '../../../src/lib/onboarding/schema';
import { programIds } from '../../../src/lib/core/config';

// The benchmark corpus must build: every generated file has to pass the same schemas as real content.
const root = mkdtempSync(join(tmpdir(), 'corpus-test-'));
const pages = writeCorpus(root, 40);
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Frontmatter and body of an MDX file, parsed with js-yaml as Astro does. */
function read(page: CorpusPage): { data: unknown; text: string } {
	const [, yaml, text] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(join(root, page.file), 'utf8'))!;
	return { data: load(yaml!), text: text! };
}

describe('synthetic corpus', () => {
	it('writes the requested number of MDX pages across modules, articles and spotlights', () => {
		const count = (collection: string) => pages.filter((page) => page.collection === collection).length;
		// 20 modules plus one track overview, 10 articles, 10 spotlights.
		expect([count('tracks'), count('practices'), count('spotlights')]).toEqual([21, 10, 10]);
	});

	it('gives every track and module frontmatter that passes the track and module schemas', () => {
		for (const page of pages.filter((page) => page.collection === 'tracks')) {
			const schema = page.file.endsWith('/index.mdx') ? trackSchema(programIds) : moduleSchema;
			const result = schema.safeParse(read(page).data);
			expect(result.error?.issues ?? [], page.file).toEqual([]);
		}
	});

	it('gives every article frontmatter that passes the practice schema, with related articles that exist', () => {
		const slugs = new Set(pages.map((page) => page.file.replace(/^practices\/|\.mdx$/g, '')));
		for (const page of pages.filter((page) => page.collection === 'practices')) {
			const result = practiceSchema.safeParse(read(page).data);
			expect(result.error?.issues ?? [], page.file).toEqual([]);
			for (const slug of result.data!.related) expect(slugs.has(slug)).toBe(true);
		}
	});

	it('writes a partners.csv that parsePartners accepts, and metrics rows for every partner', () => {
		const { partners, problems } = parsePartners(readFileSync(join(root, 'data/partners.csv'), 'utf8'), 'partners.csv');
		expect(problems).toEqual([]);
		expect(partners).toHaveLength(40);
		const metrics = readFileSync(join(root, 'data/metrics.csv'), 'utf8').trim().split('\n');
		expect(metrics[0]!.split(',').slice(0, 2)).toEqual(['partner_id', 'quarter']);
		expect(metrics).toHaveLength(1 + 40 * 4);
		for (const row of metrics.slice(1)) expect(row.split(',')).toHaveLength(metrics[0]!.split(',').length);
	});

	it('writes as many partners and quarters as asked, the last quarter 2026-Q2', () => {
		const dir = mkdtempSync(join(tmpdir(), 'corpus-test-'));
		try {
			writeCorpus(dir, 4, { partners: 3, quarters: 8 });
			const rows = readFileSync(join(dir, 'data/metrics.csv'), 'utf8').trim().split('\n').slice(1);
			const quarters = [...new Set(rows.map((row) => row.split(',')[1]))];
			expect(rows).toHaveLength(3 * 8);
			expect(quarters).toEqual([
				'2024-Q3',
				'2024-Q4',
				'2025-Q1',
				'2025-Q2',
				'2025-Q3',
				'2025-Q4',
				'2026-Q1',
				'2026-Q2',
			]);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('writes realistic MDX bodies: 400+ words, h2/h3 headings, lists, a table and nothing MDX reads as code', () => {
		const text = body(random(7));
		expect(text.split(/\s+/).length).toBeGreaterThan(400);
		expect(text).toMatch(/^## /m);
		expect(text).toMatch(/^- \*\*/m);
		expect(text).toMatch(/^\| Step/m);
		expect(text).not.toMatch(/^# |[{}<]/m);
	});

	it('is deterministic for a given size', () => {
		const again = mkdtempSync(join(tmpdir(), 'corpus-test-'));
		try {
			writeCorpus(again, 40);
			for (const page of pages.slice(0, 5)) {
				expect(readFileSync(join(again, page.file), 'utf8')).toBe(readFileSync(join(root, page.file), 'utf8'));
			}
		} finally {
			rmSync(again, { recursive: true, force: true });
		}
	});
});
