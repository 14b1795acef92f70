import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/** A copy of the example content that each test breaks in one place. */
function brokenCorpus(edit: (dir: string) => void): string {
	const dir = mkdtempSync(join(tmpdir(), 'portal-content-'));
	cpSync('content', dir, { recursive: true });
	edit(dir);
	made.push(dir);
	return dir;
}
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function astro(args: string[], contentDir: string) {
	const run = spawnSync('npx', ['astro', ...args], {
		env: { ...process.env, PORTAL_CONTENT_DIR: contentDir, FORCE_COLOR: '0' },
		encoding: 'utf8',
	});
	return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

function replaceIn(file: string, from: RegExp, to: string) {
	const text = readFileSync(file, 'utf8');
	expect(text).toMatch(from);
	writeFileSync(file, text.replace(from, to));
}

describe('bad content fails the build with the file and field', () => {
	it('rejects invalid frontmatter', () => {
		const dir = brokenCorpus((d) =>
			replaceIn(join(d, 'tracks/agencies/week-1-welcome-and-referral-workflow.mdx'), /^week: \d+$/m, 'week: two'),
		);
		const { status, output } = astro(['sync'], dir);
		expect(status).not.toBe(0);
		expect(output).toContain('tracks/agencies/week-1-welcome-and-referral-workflow.mdx');
		expect(output).toMatch(/week.*Expected type `"number"`, received `"string"`/);
	});

	it('rejects a partner type that portal.config.ts does not list', () => {
		const dir = brokenCorpus((d) =>
			replaceIn(join(d, 'tracks/agencies/index.mdx'), /^partnerType: .*$/m, 'partnerType: reseller'),
		);
		const { status, output } = astro(['sync'], dir);
		expect(status).not.toBe(0);
		expect(output).toContain('tracks/agencies/index.mdx');
		expect(output).toContain('Expected a partner type id, one of: content-creator, software, agency');
	});

	it('rejects a related article that does not exist', () => {
		const dir = brokenCorpus((d) =>
			replaceIn(join(d, 'practices/partner-charter.mdx'), /^related: \[common-pitfalls,/m, 'related: [partner-chartr,'),
		);
		const out = mkdtempSync(join(tmpdir(), 'portal-dist-'));
		made.push(out);
		const { status, output } = astro(['build', '--outDir', out], dir);
		expect(status).not.toBe(0);
		expect(output).toContain('practices/partner-charter.mdx: related.0');
		expect(output).toContain('found "partner-chartr"');
	});

	it('rejects evaluation weights that do not add up to 100, quoting the sum', () => {
		const dir = brokenCorpus((d) =>
			replaceIn(join(d, 'assessments/evaluation-matrix.yaml'), /weight: 25$/m, 'weight: 30'),
		);
		const { status, output } = astro(['sync'], dir);
		expect(status).not.toBe(0);
		expect(output).toContain('assessments/evaluation-matrix.yaml');
		expect(output).toMatch(/factors.*Expected factor weights to add up to 100, found 20 \+ 30 \+ 15 \+ 20 \+ 20 = 105/);
	});

	it('rejects a pitfall linked to an article that does not exist', () => {
		const dir = brokenCorpus((d) =>
			replaceIn(
				join(d, 'assessments/pitfall-review.yaml'),
				/article: engagement-rhythms$/m,
				'article: engagement-rythms',
			),
		);
		const out = mkdtempSync(join(tmpdir(), 'portal-dist-'));
		made.push(out);
		const { status, output } = astro(['build', '--outDir', out], dir);
		expect(status).not.toBe(0);
		expect(output).toContain('assessments/pitfall-review.yaml: pitfalls.1.article');
		expect(output).toContain('found "engagement-rythms"');
	});
});
