import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mdxCompileProblems } from '../../../src/lib/content/compile-mdx';
import { idCollisions, validateContent } from '../../../src/lib/content/validate';
import { impossibleDates, parseYamlSource } from '../../../src/lib/data/yaml-source';
import { readFrontmatter } from '../../../src/lib/content/frontmatter';

// The example content, copied: each case breaks one thing and expects exactly its problems.
let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'file-rules-'));
	cpSync('content', dir, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const check = () => validateContent(dir, { compile: mdxCompileProblems }).map((line) => line.replaceAll(`${dir}/`, ''));
const edit = (file: string, change: (text: string) => string) =>
	writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf8')));
const story = 'spotlights/formwise-referral-lifetime-value.mdx';
const lineOf = (file: string, pattern: RegExp) =>
	readFileSync(join(dir, file), 'utf8')
		.split('\n')
		.findIndex((line) => pattern.test(line)) + 1;

describe('content file rules (npm run check and the build)', () => {
	it('pass the example content', () => {
		expect(check()).toEqual([]);
	});

	it.each([['2026-02-30'], ['2025-02-29'], ['2026-04-31'], ['2026-13-01'], ['2026-00-10']])(
		'refuse the impossible date %s instead of rolling it over, with line and value',
		(date) => {
			edit(story, (text) => text.replace(/^date: .*$/m, `date: ${date}`));
			expect(check()).toEqual([`${story}:${lineOf(story, /^date:/)}: date: Expected a real calendar date (found "${date}")`]);
		},
	);

	it('refuse an impossible unquoted date in any field, where a YAML parser would turn it into another day', () => {
		edit(story, (text) => text.replace(/^author: (.*)$/m, 'author: 2026-02-31'));
		const quiz = 'quizzes/agencies-referral-essentials.yaml';
		edit(quiz, (text) => `${text.trimEnd()}\n# note\n`.replace(/^title: .*$/m, 'title: 2027-2-29'));
		expect(check()).toEqual([
			`${story}:${lineOf(story, /^author:/)}: author: Expected a real calendar date as YYYY-MM-DD, found "2026-02-31"; a YAML parser would move it to another day`,
			`${quiz}:${lineOf(quiz, /^title:/)}: title: Expected a real calendar date as YYYY-MM-DD, found "2027-2-29"; a YAML parser would move it to another day`,
		]);
	});

	it('name the line and the value of every schema problem', () => {
		edit(story, (text) => text.replace(/^model: .*$/m, 'model: barter'));
		expect(check()).toEqual([
			`${story}:${lineOf(story, /^model:/)}: model: Expected a partnership model id, one of: referral, value-exchange, strategic-alliance (found "barter")`,
		]);
	});

	it.each([
		['letter case', 'spotlights/Formwise-Referral-Lifetime-Value.mdx'],
		['a space for a hyphen', 'spotlights/formwise referral lifetime value.mdx'],
	])('refuse two files whose ids collide by %s, naming both', (_, copy) => {
		cpSync(join(dir, story), join(dir, copy));
		expect(check()).toEqual([
			`${story}: id: Expected an id of its own, found "formwise-referral-lifetime-value", which ${copy} has too; the build would publish only one of them. Rename one file, or change its slug: field`,
		]);
	});

	it('refuse a .yml next to a .yaml of the same name', () => {
		const quiz = 'quizzes/agencies-referral-essentials';
		cpSync(join(dir, `${quiz}.yaml`), join(dir, `${quiz}.yml`));
		expect(check()).toEqual([
			`${quiz}.yml: id: Expected an id of its own, found "agencies-referral-essentials", which ${quiz}.yaml has too; the build would publish only one of them. Rename one file, or change its slug: field`,
		]);
	});

	it('compare ids without letter case and through a slug: field', () => {
		expect(
			idCollisions([
				{ id: 'Acme', filePath: 'a.yaml' },
				{ id: 'acme', filePath: 'b.yml' },
				{ id: 'other', filePath: 'c.mdx' },
			]),
		).toEqual([
			'b.yml: id: Expected an id of its own, found "acme", which a.yaml has too as "Acme" (ids ignore letter case); the build would publish only one of them. Rename one file, or change its slug: field',
		]);
		// A practice whose slug: field takes another's id (the schema may refuse the field as well).
		edit('practices/common-pitfalls.mdx', (text) => text.replace(/^---\n/, '---\nslug: choosing-partners\n'));
		expect(check()).toContain(
			'practices/common-pitfalls.mdx: id: Expected an id of its own, found "choosing-partners", which practices/choosing-partners.mdx has too; the build would publish only one of them. Rename one file, or change its slug: field',
		);
	});

	it('refuse a file that is not UTF-8, naming line and byte, without blaming the links to it', () => {
		const file = 'practices/choosing-partners.mdx';
		const text = readFileSync(join(dir, file));
		writeFileSync(join(dir, file), Buffer.concat([text, Buffer.from('caf'), Buffer.from([0xe9]), Buffer.from('\n')]));
		const line = text.toString('utf8').split('\n').length;
		expect(check()).toEqual([
			`${file}:${line}: Expected text encoded as UTF-8, found 0xe9 at byte ${text.length + 3} inside a character; save the file as UTF-8 in your editor (Excel: "CSV UTF-8")`,
		]);
	});

	it('compile every MDX file as the build does: a syntax error, with line and column', () => {
		edit(story, (text) => `${text}\n<Callout type="tip">\n\nUnclosed {brace\n`);
		const lines = readFileSync(join(dir, story), 'utf8').split('\n');
		const at = lines.findIndex((line) => line.startsWith('<Callout')) + 1;
		expect(check()).toEqual([
			expect.stringMatching(new RegExp(`^${story.replace(/[.]/g, '\\.')}:\\d+:\\d+: MDX syntax error: `)),
		]);
		expect(at).toBeGreaterThan(0);
	});

	it('compile every MDX file as the build does: script in content, each with its line', () => {
		edit('practices/partner-charter.mdx', (text) => `${text}\n<script>alert(1)</script>\n\n[x](javascript:alert(1))\n`);
		expect(check()).toEqual([
			expect.stringMatching(/^practices\/partner-charter\.mdx:\d+:1: <script> is not allowed in content \(/),
			expect.stringMatching(/^practices\/partner-charter\.mdx:\d+:1: .*javascript:/),
		]);
	});

	it('refuse a spotlight file name the scaffolder would not write: all digits, too long', () => {
		renameSync(join(dir, story), join(dir, 'spotlights/2026.mdx'));
		expect(check()).toContain(
			'spotlights/2026.mdx: the file name "2026" is all digits; it would clash with the year archive',
		);
	});
});

describe('yaml-source', () => {
	it('keeps unquoted dates as written and finds the line of each field', () => {
		const source = parseYamlSource('a: 1\nlist:\n  - x\n  - when: 2026-02-30\n', 'f.yaml');
		expect(source.data).toEqual({ a: 1, list: ['x', { when: '2026-02-30' }] });
		expect(source.lineOf(['list', 1, 'when'])).toBe(4);
		expect(source.lineOf(['list', 1, 'missing'])).toBe(4);
		expect(impossibleDates(source, 'f.yaml')).toEqual([
			'f.yaml:4: list.1.when: Expected a real calendar date as YYYY-MM-DD, found "2026-02-30"; a YAML parser would move it to another day',
		]);
	});
	it('leaves quoted dates to the schema, and real dates alone', () => {
		const source = parseYamlSource('a: "2026-02-30"\nb: 2024-02-29\nc: 2026-02-28T10:00:00Z\n', 'f.yaml');
		expect(impossibleDates(source, 'f.yaml')).toEqual([]);
	});
	it('counts frontmatter lines from the top of the file and names the line of a YAML error', () => {
		expect(readFrontmatter('---\ntitle: x\ndate: 2026-01-01\n---\nBody', 'a.mdx').lineOf(['date'])).toBe(3);
		expect(() => readFrontmatter('---\ntitle: x\nbad: [x\n---\n', 'a.mdx')).toThrow(/^a\.mdx:\d: frontmatter is not valid YAML/);
	});
});
