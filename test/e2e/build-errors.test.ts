import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { spotlightPlaceholders } from '../../src/lib/content/placeholders';

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
		// Our message, with the line and the value, before Astro's own (which says `:0:0` and no value).
		expect(output).toContain(
			'tracks/agencies/week-1-welcome-and-referral-workflow.mdx:3: week: Expected a number (found "two")',
		);
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

	it('refuses a published spotlight that still holds the new:spotlight placeholders', async () => {
		const dir = brokenCorpus((d) => {
			const story = join(d, 'spotlights/formwise-referral-lifetime-value.mdx');
			replaceIn(story, /^summary: .*$/m, `summary: ${spotlightPlaceholders.fields.summary}`);
			replaceIn(story, /^author: .*$/m, `author: ${spotlightPlaceholders.fields.author}`);
		});
		const out = mkdtempSync(join(tmpdir(), 'portal-dist-'));
		made.push(out);
		const { status, output } = await astro(['build', '--outDir', out], dir);
		expect(status).not.toBe(0);
		expect(output).toContain('Content has 2 problems:');
		expect(output).toContain(
			'spotlights/formwise-referral-lifetime-value.mdx: author: Expected the story\'s own text, found the new:spotlight placeholder "Your name, your role"',
		);
		expect(output).toContain('spotlights/formwise-referral-lifetime-value.mdx: summary:');
	});

	it('stops at a bad data file before building any page, naming every problem with file, line and column', async () => {
		// Two problems on one row, and one in another file: all three in the same run, not one per run.
		const dir = brokenCorpus((d) => {
			replaceIn(join(d, 'data/metrics.csv'), /^northbeam-media,(2025-Q1,(?:[^,]*,){7})9\.1,/m, 'northbeam-medai,$111,');
			replaceIn(join(d, 'data/partners.csv'), /^(the-ops-letter,The Ops Letter,)content-creator,/m, '$1reseller,');
		});
		const out = mkdtempSync(join(tmpdir(), 'portal-dist-'));
		const scorecards = join(mkdtempSync(join(tmpdir(), 'portal-scorecards-')), 'out');
		made.push(out, dirname(scorecards));
		const { status, output } = await astro(['build', '--outDir', out], dir, { PORTAL_SCORECARDS_DIR: scorecards });
		expect(status).not.toBe(0);
		expect(output).toContain('Content has 3 problems:');
		expect(output).toContain('partners.csv:3: type: Expected a partner type id');
		expect(output).toContain('metrics.csv:3: satisfaction: Expected a rating from 1 to 10, found "11"');
		expect(output).toContain(
			'metrics.csv:3: partner_id: Expected a partner id from partners.csv, found "northbeam-medai"; did you mean "northbeam-media"?',
		);
		expect(existsSync(scorecards)).toBe(false);
		expect(readdirSync(out)).toEqual([]);
	});
});

/** A scratch output folder and scorecards folder, so a failing build touches neither dist/ nor .scorecards/. */
function scratch(): { out: string; env: NodeJS.ProcessEnv } {
	const root = mkdtempSync(join(tmpdir(), 'portal-scratch-'));
	made.push(root);
	return { out: join(root, 'dist'), env: { PORTAL_SCORECARDS_DIR: join(root, 'scorecards') } };
}

/** `npm run check --content-only` on a corpus, as an author runs it. */
function check(contentDir: string, env: NodeJS.ProcessEnv = {}): Promise<{ status: number | null; output: string }> {
	return new Promise((resolve, reject) => {
		const child = spawn('npx', ['tsx', 'scripts/check.ts', '--content-only'], {
			env: { ...process.env, PORTAL_CONTENT_DIR: contentDir, FORCE_COLOR: '0', ...env },
		});
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		child.on('error', reject);
		child.on('close', (status) => resolve({ status, output }));
	});
}

const lineOf = (file: string, pattern: RegExp) =>
	readFileSync(file, 'utf8')
		.split('\n')
		.findIndex((line) => pattern.test(line)) + 1;

// Issue #18, class 3 and 4: what used to be published changed or dropped, or passed the check but broke the build,
// now fails both, through the same engine, naming file, line, field and value, every problem in one run.
describe('npm run check and the build agree', { timeout: 240_000 }, () => {
	it('an impossible date and colliding ids fail both, all in one run, with line and value', async () => {
		const story = 'spotlights/formwise-referral-lifetime-value.mdx';
		const dir = brokenCorpus((d) => {
			replaceIn(join(d, story), /^date: .*$/m, 'date: 2026-02-30');
			cpSync(join(d, 'quizzes/agencies-referral-essentials.yaml'), join(d, 'quizzes/Agencies-Referral-Essentials.yml'));
		});
		const dateLine = lineOf(join(dir, story), /^date:/);
		const expected = [
			`${story}:${dateLine}: date: Expected a real calendar date (found "2026-02-30")`,
			'quizzes/agencies-referral-essentials.yaml: id: Expected an id of its own, found "agencies-referral-essentials", which',
			'quizzes/Agencies-Referral-Essentials.yml has too as "Agencies-Referral-Essentials" (ids ignore letter case)',
		];
		const checked = await check(dir);
		expect(checked.status).toBe(1);
		for (const part of expected) expect(checked.output).toContain(part);

		const { out, env } = scratch();
		const built = await astro(['build', '--outDir', out], dir, env);
		expect(built.status).not.toBe(0);
		for (const part of expected) expect(built.output).toContain(part);
		// The third: the copy's `id:` no longer matches its file name.
		expect(built.output).toContain('Content has 3 problems:');
	});

	it('a content file that is not UTF-8: the check names line and byte, and the build fails instead of publishing U+FFFD', async () => {
		const file = 'practices/partner-charter.mdx';
		const dir = brokenCorpus((d) => {
			writeFileSync(
				join(d, file),
				Buffer.concat([readFileSync(join(d, file)), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a])]),
			);
		});
		const checked = await check(dir);
		expect(checked.status).toBe(1);
		expect(checked.output).toMatch(new RegExp(`${file}:\\d+: Expected text encoded as UTF-8, found 0xe9 at byte \\d+`));

		const { out, env } = scratch();
		const built = await astro(['build', '--outDir', out], dir, env);
		expect(built.status).not.toBe(0);
		expect(built.output).toContain(file);
	});

	it('an MDX syntax error: the check compiles every file as the build does, and both name file, line and column', async () => {
		const story = 'spotlights/formwise-referral-lifetime-value.mdx';
		const dir = brokenCorpus((d) => {
			writeFileSync(
				join(d, story),
				`${readFileSync(join(d, story), 'utf8')}\n<KeyFigure value="65%" label="x">\n\nNo closing tag.\n`,
			);
		});
		const checked = await check(dir);
		expect(checked.status).toBe(1);
		expect(checked.output).toMatch(
			new RegExp(
				`${story.replace(/\./g, '\\.')}:\\d+:\\d+: MDX syntax error: Expected a closing tag for \`<KeyFigure>\``,
			),
		);

		const { out, env } = scratch();
		const built = await astro(['build', '--outDir', out], dir, env);
		expect(built.status).not.toBe(0);
		expect(built.output).toContain('formwise-referral-lifetime-value.mdx');
		expect(built.output).toMatch(/Expected a closing tag for `<KeyFigure>`/);
	});

	it('a second rating record for the same partner, quarter and side fails both, naming both files', async () => {
		const dir = brokenCorpus((d) => {
			// Sorted before and after the original, so neither file name decides which one would win.
			const original = join(d, 'data/ratings/ledgerline-2026-Q3-partner.json');
			cpSync(original, join(d, 'data/ratings/a-second-ledgerline.json'));
		});
		const expected = [
			'ratings/ledgerline-2026-Q3-partner.json:5: rater: Expected one partner record for "ledgerline" in 2026-Q3, found a second one;',
			'ratings/a-second-ledgerline.json has it too',
		];
		const checked = await check(dir);
		expect(checked.status).toBe(1);
		for (const part of expected) expect(checked.output).toContain(part);

		const { out, env } = scratch();
		const built = await astro(['build', '--outDir', out], dir, env);
		expect(built.status).not.toBe(0);
		for (const part of expected) expect(built.output).toContain(part);
		expect(built.output).toContain('Content has 1 problem:');
	});

	it('a partner on a track that does not exist, and a quarter after the build date, fail both', async () => {
		const dir = brokenCorpus((d) => {
			replaceIn(join(d, 'data/partners.csv'), /^(northbeam-media,.*),content-creators$/m, '$1,content-creator');
			replaceIn(join(d, 'data/metrics.csv'), /^northbeam-media,2025-Q1,/m, 'northbeam-media,2099-Q1,');
		});
		const trackProblem =
			'partners.csv:2: track: Expected an onboarding track id (a folder in content/tracks/), one of: agencies, content-creators, software-partners, found "content-creator"';
		const quarterProblem =
			'quarter: Expected a quarter up to 2026-Q4 (the build date 2026-11-26 falls in it), found "2099-Q1"';
		const checked = await check(dir, { PORTAL_BUILD_DATE: '2026-11-26' });
		expect(checked.status).toBe(1);
		expect(checked.output).toContain(trackProblem);
		expect(checked.output).toContain(quarterProblem);

		const { out, env } = scratch();
		const built = await astro(['build', '--outDir', out], dir, { ...env, PORTAL_BUILD_DATE: '2026-11-26' });
		expect(built.status).not.toBe(0);
		expect(built.output).toContain(quarterProblem);
	});
});
