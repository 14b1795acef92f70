import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { checkContentGraph, contentGraphProblems } from '../../../src/lib/content/checks';
import { validateContent } from '../../../src/lib/content/validate';
import { parseFrontmatter } from '../../../src/lib/content/frontmatter';
import { spotlightSchema } from '../../../src/lib/spotlights/schema';
import { feedItem } from '../../../src/lib/spotlights/feed';
import { escapeHtml } from '../../../src/lib/core/html';
import {
	archiveLabels,
	archivePeriods,
	inPeriod,
	partnerNames,
	publishedSpotlights,
	relatedSpotlights,
	sortNewestFirst,
	toCard,
	type SpotlightData,
} from '../../../src/lib/spotlights/spotlights';
import { programIds } from '../../../src/lib/core/config';

const valid = {
	title: 'Acme: +220% partner revenue',
	date: '2026-05-14',
	partners: ['ledgerline'],
	partnerType: 'software',
	model: 'value-exchange',
	tags: ['co-marketing'],
	summary: 'Acme and Lumen swapped training for referrals and grew revenue together.',
	results: [{ label: 'Partner-sourced revenue', value: '+220%' }],
	author: 'Priya Raman',
};

const issues = (result: z.ZodSafeParseResult<unknown>) =>
	result.success ? [] : result.error.issues.map((issue) => `${issue.path.map(String).join('.')}: ${issue.message}`);

describe('spotlightSchema', () => {
	it('accepts a valid spotlight and defaults draft to false', () => {
		expect(spotlightSchema(programIds).parse(valid)).toEqual({ ...valid, draft: false });
	});
	it('turns a YAML date (a Date object) back into YYYY-MM-DD', () => {
		expect(spotlightSchema(programIds).parse({ ...valid, date: new Date('2026-05-14T00:00:00Z') }).date).toBe(
			'2026-05-14',
		);
	});
	it.each([
		['2026-02-30', 'date: Expected a real calendar date'],
		['14/05/2026', 'date: Expected a date as YYYY-MM-DD'],
	])('rejects the bad date %s', (date, message) => {
		expect(issues(spotlightSchema(programIds).safeParse({ ...valid, date }))[0]).toBe(message);
	});
	it('requires alt text on a cover image', () => {
		expect(issues(spotlightSchema(programIds).safeParse({ ...valid, cover: { src: './a.jpg' } }))).toEqual([
			'cover.alt: Expected alt text describing the image',
		]);
		expect(issues(spotlightSchema(programIds).safeParse({ ...valid, cover: { src: './a.jpg', alt: '  ' } }))).toEqual([
			'cover.alt: Expected alt text describing the image',
		]);
		expect(
			spotlightSchema(programIds).parse({ ...valid, cover: { src: './a.jpg', alt: 'Two logos' } }).cover?.alt,
		).toBe('Two logos');
	});
	it('checks the cover with the image schema it is given (Astro passes image())', () => {
		const schema = spotlightSchema({ ...programIds, image: z.string().endsWith('.jpg', 'Expected a JPEG') });
		expect(issues(schema.safeParse({ ...valid, cover: { src: './a.gif', alt: 'x' } }))).toEqual([
			'cover.src: Expected a JPEG',
		]);
	});
	it('rejects unknown partner types and models, listing the ids', () => {
		expect(
			issues(spotlightSchema(programIds).safeParse({ ...valid, partnerType: 'reseller', model: 'franchise' })),
		).toEqual([
			'partnerType: Expected a partner type id, one of: content-creator, software, agency',
			'model: Expected a partnership model id, one of: referral, value-exchange, strategic-alliance',
		]);
	});
	it('needs partners and key results unless it is a draft', () => {
		const empty = { ...valid, partners: [], results: [] };
		expect(issues(spotlightSchema(programIds).safeParse(empty))).toEqual([
			'partners: Expected at least one partner id (only drafts may leave it empty)',
			'results: Expected at least one key result (only drafts may leave it empty)',
		]);
		expect(spotlightSchema(programIds).parse({ ...empty, draft: true }).draft).toBe(true);
	});
	it('reads numeric result values as text', () => {
		expect(
			spotlightSchema(programIds).parse({ ...valid, results: [{ label: 'Initiatives', value: 12 }] }).results[0]?.value,
		).toBe('12');
	});
});

describe('spotlight partner check', () => {
	const entry = { id: 'acme', filePath: 'content/spotlights/acme.mdx', data: { partners: ['ledgerline', 'nobody'] } };
	const graph = { tracks: [], modules: [], practices: [] };
	it('fails naming the file and the unknown id', () => {
		expect(() => checkContentGraph({ ...graph, spotlights: [entry], partnerIds: new Set(['ledgerline']) })).toThrow(
			'content/spotlights/acme.mdx: partners.1: Unknown partner id "nobody"; expected an id from content/data/partners.csv',
		);
	});
	it('skips the check when there is no partners.csv', () => {
		expect(contentGraphProblems({ ...graph, spotlights: [entry], partnerIds: undefined })).toEqual([]);
	});
	it('refuses a slug that would clash with a year archive', () => {
		expect(contentGraphProblems({ ...graph, spotlights: [{ ...entry, id: '2026', data: { partners: [] } }] })).toEqual([
			'content/spotlights/acme.mdx: the file name "2026" is all digits; it would clash with the year archive',
		]);
	});
});

const entry = (id: string, patch: Partial<SpotlightData>) => ({
	id,
	data: { ...spotlightSchema(programIds).parse(valid), ...patch },
});
const a = entry('a', { date: '2026-05-01', title: 'A', partners: ['p1'], tags: ['x'] });
const b = entry('b', { date: '2026-11-03', title: 'B', partners: ['p2'], model: 'referral', tags: ['y'] });
const c = entry('c', { date: '2026-11-03', title: 'C', partners: ['p1'], model: 'referral', tags: ['z'] });
const draft = entry('d', {
	date: '2026-12-01',
	title: 'D',
	draft: true,
	partnerType: 'agency',
	model: 'referral',
	tags: ['q'],
});
const old = entry('e', {
	date: '2025-02-10',
	title: 'E',
	partnerType: 'agency',
	model: 'strategic-alliance',
	tags: ['q'],
});

describe('spotlights', () => {
	it('leaves drafts out of production and keeps them in dev, newest first', () => {
		expect(publishedSpotlights([a, draft, b], false).map((s) => s.id)).toEqual(['b', 'a']);
		expect(publishedSpotlights([a, draft, b], true).map((s) => s.id)).toEqual(['d', 'b', 'a']);
	});
	it('breaks same-day ties by title', () => {
		expect(sortNewestFirst([c, b]).map((s) => s.id)).toEqual(['b', 'c']);
	});
	it('relates stories by shared partners first, then model, type and tags', () => {
		expect(relatedSpotlights(a, [a, b, c, old]).map((s) => s.id)).toEqual(['c', 'b']);
		expect(relatedSpotlights(old, [a, b, c, old])).toEqual([]);
	});
	it('groups by year and month, newest first, with counts', () => {
		expect(archivePeriods([a, b, c, old])).toEqual([
			{
				year: '2026',
				count: 3,
				months: [
					{ month: '11', count: 2 },
					{ month: '05', count: 1 },
				],
			},
			{ year: '2025', count: 1, months: [{ month: '02', count: 1 }] },
		]);
		expect(inPeriod([a, b, c, old], '2026', '11').map((s) => s.id)).toEqual(['b', 'c']);
		expect(inPeriod([a, b, c, old], '2025').map((s) => s.id)).toEqual(['e']);
	});
	it('shows partner names, falling back to the id', () => {
		expect(partnerNames(['p1', 'p9'], new Map([['p1', 'Pixel & Prose']]))).toEqual(['Pixel & Prose', 'p9']);
	});
	it('builds cards and label maps for the archive', () => {
		const card = toCard(a, new Map([['p1', 'One']]), '/spotlights/a/');
		expect(card).toMatchObject({ id: 'a', partners: ['One'], url: '/spotlights/a/', date: '2026-05-01' });
		expect(card).not.toHaveProperty('cover');
		const cover = { src: '/_astro/a.svg', srcset: '', sizes: '', width: 400, height: 210 };
		expect(toCard(a, new Map(), '/spotlights/a/', cover).cover).toEqual(cover);
	});
	it('keeps partner type and model labels apart, so an id both lists use cannot mix them', () => {
		const labels = archiveLabels([{ id: 'x', label: 'X type' }], [{ id: 'x', label: 'X model' }]);
		expect(labels).toEqual({ types: { x: 'X type' }, models: { x: 'X model' } });
	});
});

describe('spotlight feed', () => {
	it('escapes text in the HTML content', () => {
		expect(escapeHtml('<b>"Tom" & Jerry\'s</b>')).toBe('&#60;b&#62;&#34;Tom&#34; &#38; Jerry&#39;s&#60;/b&#62;');
	});
	it('carries the summary, partners, results, link and date', () => {
		const item = feedItem(
			entry('x', {
				summary: 'Summary with <script> in it, long enough.',
				results: [{ label: 'Revenue', value: '+220%' }],
			}),
			new Map([['ledgerline', 'Ledger & Line']]),
			'/spotlights/x/',
		);
		expect(item.link).toBe('/spotlights/x/');
		expect(item.pubDate.toISOString()).toBe('2026-05-14T00:00:00.000Z');
		expect(item.description).toBe('Summary with <script> in it, long enough.');
		expect(item.content).toContain('&#60;script&#62;');
		expect(item.content).toContain('Partners: Ledger &#38; Line');
		expect(item.content).toContain('<li><strong>+220%</strong> Revenue</li>');
	});
});

describe('validateContent (npm run check)', () => {
	let dir: string | undefined;
	afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

	it('finds no problems in the shipped content', () => {
		expect(validateContent('content')).toEqual([]);
	});
	it('reports every problem with file and field', () => {
		dir = mkdtempSync(join(tmpdir(), 'spotlights-'));
		cpSync('content/data', join(dir, 'data'), { recursive: true });
		mkdirSync(join(dir, 'spotlights'));
		// Without its cover, so the test below can give it a broken one.
		const good = readFileSync('content/spotlights/formwise-referral-lifetime-value.mdx', 'utf8').replace(
			/^cover:\n(?: {2}.*\n)+/m,
			'',
		);
		writeFileSync(
			join(dir, 'spotlights', 'bad.mdx'),
			good.replace('  - formwise', '  - formwyse').replace(/^date: .*$/m, 'date: 2026-13-01'),
		);
		writeFileSync(
			join(dir, 'spotlights', 'cover.mdx'),
			good.replace('draft', 'x').replace(/^author:/m, 'cover:\n  src: ./missing.png\nauthor:'),
		);
		const problems = validateContent(dir).map((line) => line.replace(dir!, '<dir>'));
		expect(problems).toEqual([
			'<dir>/spotlights/bad.mdx:3: date: Expected a real calendar date (found "2026-13-01")',
			'<dir>/spotlights/cover.mdx:20: cover.alt: Expected alt text describing the image (found nothing)',
			'<dir>/spotlights/bad.mdx: partners.0: Unknown partner id "formwyse"; expected an id from content/data/partners.csv',
		]);
	});
	it('checks quizzes, assessments and the scorecard data too', () => {
		dir = mkdtempSync(join(tmpdir(), 'content-'));
		cpSync('content', dir, { recursive: true });
		const quiz = join(dir, 'quizzes', 'agencies-referral-essentials.yaml');
		writeFileSync(quiz, readFileSync(quiz, 'utf8').replace(/^passMark: .*$/m, 'passMark: 150'));
		const matrix = join(dir, 'assessments', 'evaluation-matrix.yaml');
		writeFileSync(matrix, readFileSync(matrix, 'utf8').replace(/weight: 25$/m, 'weight: 30'));
		const metrics = join(dir, 'data', 'metrics.csv');
		const lines = readFileSync(metrics, 'utf8').split('\n');
		lines[1] = lines[1]!.replace(/^[^,]+,/, 'nobody,');
		writeFileSync(metrics, lines.join('\n'));
		const problems = validateContent(dir).map((line) => line.replace(dir!, '<dir>'));
		expect(problems).toContain(
			'<dir>/quizzes/agencies-referral-essentials.yaml:8: passMark: Expected 100 or less (found 150)',
		);
		expect(problems.some((line) => line.startsWith('<dir>/assessments/evaluation-matrix.yaml:8: factors:'))).toBe(true);
		expect(problems).toContain(
			'<dir>/data/metrics.csv:2: partner_id: Expected a partner id from partners.csv, found "nobody"',
		);
	});
	it('parses frontmatter and reports bad YAML with the file', () => {
		expect(parseFrontmatter('---\ntitle: x\n---\nBody', 'a.mdx')).toEqual({ data: { title: 'x' }, body: 'Body' });
		expect(() => parseFrontmatter('---\ntitle: [x\n---\n', 'a.mdx')).toThrow(
			/^a\.mdx:2: frontmatter is not valid YAML/,
		);
		expect(() => parseFrontmatter('no frontmatter', 'a.mdx')).toThrow('a.mdx: Expected frontmatter');
	});
});
