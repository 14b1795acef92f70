import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { spotlightFields } from '../../../src/lib/cms/fields';
import { ProblemsError } from '../../../src/lib/core/errors';
import { checkContentGraph } from '../../../src/lib/content/checks';
import { parseFrontmatter } from '../../../src/lib/content/frontmatter';
import { placeholdersIn, spotlightPlaceholders } from '../../../src/lib/content/placeholders';
import { validateContent } from '../../../src/lib/content/validate';
import { renderSpotlightDraft } from '../../../src/lib/spotlights/scaffold';

/** What `npm run new:spotlight -- --title "Formwise grows" --partner formwise` writes. */
function scaffolded(): string {
	const fields = spotlightFields({
		partnerTypes: [{ value: 'software', label: 'Software' }],
		models: [{ value: 'referral', label: 'Referral' }],
		partners: [],
	});
	return renderSpotlightDraft({
		title: 'Formwise grows',
		date: '2026-11-24',
		partner: { id: 'formwise', type: 'software', model: 'referral' },
		fields,
		defaults: { partnerType: 'software', model: 'referral' },
	});
}

/** The draft with a key result added and `draft: false`: valid against the schema, placeholders and all. */
const published = (text: string) =>
	text.replace('results: []', "results:\n  - label: Revenue\n    value: '+10%'").replace('draft: true', 'draft: false');

let dir: string | undefined;
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

/** A content folder with the example data and only the given spotlights. */
function corpus(spotlights: Record<string, string>): string {
	dir = mkdtempSync(join(tmpdir(), 'content-checks-'));
	cpSync('content/data', join(dir, 'data'), { recursive: true });
	mkdirSync(join(dir, 'spotlights'));
	for (const [name, text] of Object.entries(spotlights)) writeFileSync(join(dir, 'spotlights', name), text);
	return dir;
}

describe('placeholders in published spotlights', () => {
	it('are the texts the scaffolder writes, all kept in src/lib/content/placeholders.ts', () => {
		const text = scaffolded();
		const { data, body } = parseFrontmatter(text, 'x.mdx') as { data: Record<string, unknown>; body: string };
		for (const [field, placeholder] of Object.entries(spotlightPlaceholders.fields)) {
			expect(data[field]).toBe(placeholder);
		}
		expect(text).toContain(`#   src: ${spotlightPlaceholders.cover.src}`);
		expect(text).toContain(`#   alt: ${spotlightPlaceholders.cover.alt}`);
		for (const { heading, text: paragraph } of spotlightPlaceholders.sections) {
			expect(body).toContain(`## ${heading}\n\n${paragraph}\n`);
		}
	});

	it('npm run check refuses them once draft is false, with file, field, the value and a hint', () => {
		const root = corpus({ 'formwise-grows.mdx': published(scaffolded()) });
		const problems = validateContent(root).map((line) => line.replace(root, '<dir>'));
		const hint = 'write your own, or keep draft: true until the story is ready';
		expect(problems).toEqual([
			`<dir>/spotlights/formwise-grows.mdx: summary: Expected the story's own text, found the new:spotlight placeholder "One or two sentences on what the partnership achieved an...; ${hint}`,
			`<dir>/spotlights/formwise-grows.mdx: author: Expected the story's own text, found the new:spotlight placeholder "Your name, your role"; ${hint}`,
			`<dir>/spotlights/formwise-grows.mdx: body: Expected the story's own text under "## Where we started", found the new:spotlight placeholder "What the partners wanted to change, in a paragraph."; ${hint}`,
			`<dir>/spotlights/formwise-grows.mdx: body: Expected the story's own text under "## What we did together", found the new:spotlight placeholder "The steps both sides took."; ${hint}`,
			`<dir>/spotlights/formwise-grows.mdx: body: Expected the story's own text under "## The result", found the new:spotlight placeholder "What changed, with the figures from the key results."; ${hint}`,
		]);
	});

	it('accepts them in a draft, and accepts a finished story', () => {
		const finished = published(scaffolded())
			.replace(spotlightPlaceholders.fields.summary, 'Formwise referred fewer customers, but each one stayed longer.')
			.replace(spotlightPlaceholders.fields.author, 'Tomás Herrera, alliances lead')
			.replace(/^What the partners wanted.*$/m, 'Formwise wanted steadier referrals.')
			.replace(/^The steps both sides.*$/m, 'We met every two weeks.')
			.replace(/^What changed, with.*$/m, 'Revenue rose by a tenth.');
		const root = corpus({ 'draft.mdx': scaffolded(), 'finished.mdx': finished });
		expect(validateContent(root)).toEqual([]);
	});

	it('are caught however they are capitalised or spaced, in a story that fails its schema too', () => {
		const text = published(scaffolded())
			.replace(`author: ${spotlightPlaceholders.fields.author}`, 'author: "  your name, your role "')
			.replace('date: 2026-11-24', 'date: 2026-13-24');
		const root = corpus({ 'both.mdx': text });
		const problems = validateContent(root).map((line) => line.replace(root, '<dir>'));
		const dateLine = text.split('\n').findIndex((line) => line.startsWith('date:')) + 1;
		expect(problems[0]).toBe(
			`<dir>/spotlights/both.mdx:${dateLine}: date: Expected a real calendar date (found "2026-13-24")`,
		);
		expect(problems).toContain(
			`<dir>/spotlights/both.mdx: author: Expected the story's own text, found the new:spotlight placeholder "  your name, your role "; write your own, or keep draft: true until the story is ready`,
		);
	});

	it('stop the build too: checkContentGraph throws one error naming each', () => {
		const { data, body } = parseFrontmatter(published(scaffolded()), 'x.mdx') as {
			data: { partners: string[]; draft: boolean };
			body: string;
		};
		const entry = { id: 'formwise-grows', filePath: 'content/spotlights/formwise-grows.mdx', data, body };
		let error: unknown;
		try {
			checkContentGraph({ tracks: [], modules: [], practices: [], spotlights: [entry] });
		} catch (caught) {
			error = caught;
		}
		expect(error).toBeInstanceOf(ProblemsError);
		const { message, problems } = error as ProblemsError;
		expect(message.split('\n')[0]).toBe('Content has 5 placeholders in published spotlights:');
		expect(problems).toHaveLength(5);
		expect(message).toContain('Hint: Replace the texts "npm run new:spotlight" wrote');
		// The same entry as a draft is fine.
		expect(() =>
			checkContentGraph({
				tracks: [],
				modules: [],
				practices: [],
				spotlights: [{ ...entry, data: { ...data, draft: true } }],
			}),
		).not.toThrow();
	});

	it('leaves other text alone', () => {
		expect(placeholdersIn({ data: { summary: 'Your name is on the story.', author: 'Priya' }, body: 'The steps both sides took, and more.' })).toEqual([]);
	});
});

describe('content checks count their nouns and go on past bad entries', () => {
	it('says "1 broken reference", not "1 broken reference(s)"', () => {
		const entry = { id: 'a', filePath: 'content/practices/a.mdx', data: { related: ['nope'] } };
		expect(() =>
			checkContentGraph({ tracks: [], modules: [], practices: [entry] as never, spotlights: [] }),
		).toThrow(/^Content has 1 broken reference:\n {2}- content\/practices\/a\.mdx: related\.0: /);
	});

	it('throws partners.csv problems and broken references in one error at build time', () => {
		const practice = { id: 'a', filePath: 'content/practices/a.mdx', data: { related: ['nope'] } };
		expect(() =>
			checkContentGraph({
				tracks: [],
				modules: [],
				practices: [practice] as never,
				dataProblems: ['content/data/partners.csv:2: type: Expected a partner type id, found "reseller"'],
			}),
		).toThrow(
			[
				'Content has 1 data file problem and 1 broken reference:',
				'  - content/data/partners.csv:2: type: Expected a partner type id, found "reseller"',
				'  - content/practices/a.mdx: related.0: Expected the slug of an article in content/practices/, found "nope"',
				'Hint: Fix the rows listed above',
			].join('\n'),
		);
	});

	it('reports problems in several files in one run, without blaming a quiz for the bad module it names', () => {
		dir = mkdtempSync(join(tmpdir(), 'content-checks-'));
		cpSync('content', dir, { recursive: true });
		const module = join(dir, 'tracks/agencies/week-1-welcome-and-referral-workflow.mdx');
		writeFileSync(module, readFileSync(module, 'utf8').replace(/^week: \d+$/m, 'week: two'));
		const practice = join(dir, 'practices/partner-charter.mdx');
		writeFileSync(practice, readFileSync(practice, 'utf8').replace(/^related: \[common-pitfalls,/m, 'related: [partner-chartr,'));
		const metrics = join(dir, 'data/metrics.csv');
		writeFileSync(metrics, readFileSync(metrics, 'utf8').replace(/^northbeam-media,2025-Q1,((?:[^,]*,){7})9\.1,/m, 'northbeam-medai,2025-Q1,$111,'));
		const problems = validateContent(dir).map((line) => line.replace(dir!, '<dir>'));
		const week = readFileSync(module, 'utf8').split('\n').findIndex((line) => line.startsWith('week:')) + 1;
		expect(problems).toEqual([
			`<dir>/tracks/agencies/week-1-welcome-and-referral-workflow.mdx:${week}: week: Expected a number (found "two")`,
			'<dir>/data/metrics.csv:3: satisfaction: Expected a rating from 1 to 10, found "11"',
			'<dir>/data/metrics.csv:3: partner_id: Expected a partner id from partners.csv, found "northbeam-medai"; did you mean "northbeam-media"?',
			'<dir>/practices/partner-charter.mdx: related.0: Expected the slug of an article in content/practices/, found "partner-chartr"',
		]);
	});
});
