import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
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

/**
 * Runs the Astro CLI on a corpus. Asynchronous on purpose: a synchronous spawn of a build blocks the test
 * worker long enough on a busy machine for Vitest's RPC to time out.
 */
function astro(
	args: string[],
	contentDir: string,
	env: NodeJS.ProcessEnv = {},
): Promise<{ status: number | null; output: string }> {
	return new Promise((resolve, reject) => {
		const child = spawn('npx', ['astro', ...args], {
			env: { ...process.env, PORTAL_CONTENT_DIR: contentDir, FORCE_COLOR: '0', ...env },
		});
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		child.on('error', reject);
		child.on('close', (status) => resolve({ status, output }));
	});
}

function replaceIn(file: string, from: RegExp, to: string) {
	const text = readFileSync(file, 'utf8');
	expect(text).toMatch(from);
	writeFileSync(file, text.replace(from, to));
}

// Each test runs a real Astro sync or build, which takes a minute or more on a busy two-core machine.
describe('bad content fails the build with the file and field', { timeout: 240_000 }, () => {
	it('rejects invalid frontmatter', async () => {
		const dir = brokenCorpus((d) =>
			replaceIn(join(d, 'tracks/agencies/week-1-welcome-and-referral-workflow.mdx'), /^week: \d+$/m, 'week: two'),
		);
		const { status, output } = await astro(['sync'], dir);
		expect(status).not.toBe(0);
		expect(output).toContain('tracks/agencies/week-1-welcome-and-referral-workflow.mdx');
		expect(output).toMatch(/week.*Expected type `"number"`, received `"string"`/);
	});

	it('rejects a partner type that portal.config.ts does not list', async () => {
		const dir = brokenCorpus((d) =>
			replaceIn(join(d, 'tracks/agencies/index.mdx'), /^partnerType: .*$/m, 'partnerType: reseller'),
		);
		const { status, output } = await astro(['sync'], dir);
		expect(status).not.toBe(0);
		expect(output).toContain('tracks/agencies/index.mdx');
		expect(output).toContain('Expected a partner type id, one of: content-creator, software, agency');
	});

	it('rejects a related article that does not exist', async () => {
		const dir = brokenCorpus((d) =>
			replaceIn(join(d, 'practices/partner-charter.mdx'), /^related: \[common-pitfalls,/m, 'related: [partner-chartr,'),
		);
		const out = mkdtempSync(join(tmpdir(), 'portal-dist-'));
		made.push(out);
		const { status, output } = await astro(['build', '--outDir', out], dir);
		expect(status).not.toBe(0);
		expect(output).toContain('practices/partner-charter.mdx: related.0');
		expect(output).toContain('found "partner-chartr"');
	});

	it('rejects a single-choice quiz question with several correct answers', async () => {
		const dir = brokenCorpus((d) =>
			replaceIn(
				join(d, 'quizzes/agencies-referral-essentials.yaml'),
				/text: "Once the client has finished a trial"\n/,
				'text: "Once the client has finished a trial"\n        correct: true\n',
			),
		);
		const { status, output } = await astro(['sync'], dir);
		expect(status).not.toBe(0);
		expect(output).toContain('quizzes/agencies-referral-essentials.yaml');
		expect(output).toMatch(
			/questions\.1\.options.*Expected exactly one correct option in a single-choice question, found 2/,
		);
	});

	it('rejects a quiz linked to a module that does not exist', async () => {
		const dir = brokenCorpus((d) =>
			replaceIn(
				join(d, 'quizzes/agencies-referral-essentials.yaml'),
				/- agencies\/week-3-value-proposition-and-first-referral$/m,
				'- agencies/week-3-value-propositions',
			),
		);
		const out = mkdtempSync(join(tmpdir(), 'portal-dist-'));
		made.push(out);
		const { status, output } = await astro(['build', '--outDir', out], dir);
		expect(status).not.toBe(0);
		expect(output).toContain('quizzes/agencies-referral-essentials.yaml: modules.1');
		expect(output).toContain('found "agencies/week-3-value-propositions"');
	});

	it('rejects evaluation weights that do not add up to 100, quoting the sum', async () => {
		const dir = brokenCorpus((d) =>
			replaceIn(join(d, 'assessments/evaluation-matrix.yaml'), /weight: 25$/m, 'weight: 30'),
		);
		const { status, output } = await astro(['sync'], dir);
		expect(status).not.toBe(0);
		expect(output).toContain('assessments/evaluation-matrix.yaml');
		expect(output).toMatch(/factors.*Expected factor weights to add up to 100, found 20 \+ 30 \+ 15 \+ 20 \+ 20 = 105/);
	});

	it('rejects a pitfall linked to an article that does not exist', async () => {
		const dir = brokenCorpus((d) =>
			replaceIn(
				join(d, 'assessments/pitfall-review.yaml'),
				/article: engagement-rhythms$/m,
				'article: engagement-rythms',
			),
		);
		const out = mkdtempSync(join(tmpdir(), 'portal-dist-'));
		made.push(out);
		const { status, output } = await astro(['build', '--outDir', out], dir);
		expect(status).not.toBe(0);
		expect(output).toContain('assessments/pitfall-review.yaml: pitfalls.1.article');
		expect(output).toContain('found "engagement-rythms"');
	});

	it('stops at a bad data file before building any page, naming the file, line and column', async () => {
		const dir = brokenCorpus((d) =>
			replaceIn(join(d, 'data/metrics.csv'), /^(northbeam-media,2025-Q1,(?:[^,]*,){7})9\.1,/m, '$111,'),
		);
		const out = mkdtempSync(join(tmpdir(), 'portal-dist-'));
		const scorecards = join(mkdtempSync(join(tmpdir(), 'portal-scorecards-')), 'out');
		made.push(out, dirname(scorecards));
		const { status, output } = await astro(['build', '--outDir', out], dir, { PORTAL_SCORECARDS_DIR: scorecards });
		expect(status).not.toBe(0);
		expect(output).toContain('Scorecards not built: 1 problem in');
		expect(output).toContain('metrics.csv:3: satisfaction: Expected a rating from 1 to 10, found "11"');
		expect(existsSync(scorecards)).toBe(false);
		expect(readdirSync(out)).toEqual([]);
	});
});
