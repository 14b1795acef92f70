import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/** A copy of the example content, broken by `edit` (as test/e2e/build-errors.test.ts builds its corpora). */
function brokenCorpus(edit: (dir: string) => void): string {
	const dir = mkdtempSync(join(tmpdir(), 'portal-check-'));
	made.push(dir);
	cpSync('content', dir, { recursive: true });
	edit(dir);
	return dir;
}
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function replaceIn(file: string, from: RegExp, to: string) {
	const text = readFileSync(file, 'utf8');
	expect(text).toMatch(from);
	writeFileSync(file, text.replace(from, to));
}

/** `npm run check` on a corpus, asynchronously so that a slow astro check does not block the test worker. */
function check(contentDir: string, ...args: string[]): Promise<{ status: number | null; output: string }> {
	return new Promise((resolve, reject) => {
		const child = spawn('npx', ['tsx', 'scripts/check.ts', ...args], {
			env: { ...process.env, PORTAL_CONTENT_DIR: contentDir, FORCE_COLOR: '0' },
		});
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		child.on('error', reject);
		child.on('close', (status) => resolve({ status, output }));
	});
}

const occurrences = (text: string, part: string) => text.split(part).length - 1;

/** The 1-based line of the first line of `file` matching `pattern`. */
const lineIn = (file: string, pattern: RegExp) =>
	readFileSync(file, 'utf8')
		.split('\n')
		.findIndex((line) => pattern.test(line)) + 1;

describe('npm run check', { timeout: 120_000 }, () => {
	it('prints each problem once, every file in one run, exit 1, with no stack trace', async () => {
		const dir = brokenCorpus((d) => {
			replaceIn(join(d, 'tracks/agencies/week-1-welcome-and-referral-workflow.mdx'), /^week: \d+$/m, 'week: two');
			replaceIn(join(d, 'assessments/evaluation-matrix.yaml'), /weight: 25$/m, 'weight: 30');
			replaceIn(
				join(d, 'data/metrics.csv'),
				/^northbeam-media,2025-Q1,((?:[^,]*,){7})9\.1,/m,
				'northbeam-medai,2025-Q1,$111,',
			);
		});
		const { status, output } = await check(dir);
		expect(status).toBe(1);
		const week = lineIn(join(dir, 'tracks/agencies/week-1-welcome-and-referral-workflow.mdx'), /^week:/);
		const factors = lineIn(join(dir, 'assessments/evaluation-matrix.yaml'), /^factors:/);
		for (const problem of [
			`tracks/agencies/week-1-welcome-and-referral-workflow.mdx:${week}: week: Expected a number (found "two")`,
			`assessments/evaluation-matrix.yaml:${factors}: factors: Expected factor weights to add up to 100, found 20 + 30 + 15 + 20 + 20 = 105`,
			'data/metrics.csv:3: satisfaction: Expected a rating from 1 to 10, found "11"',
			'data/metrics.csv:3: partner_id: Expected a partner id from partners.csv, found "northbeam-medai"; did you mean "northbeam-media"?',
		]) {
			expect(occurrences(output, problem), problem).toBe(1);
		}
		// Once: not again from Astro's content sync, by file name or in its own words.
		expect(occurrences(output, 'week-1-welcome-and-referral-workflow.mdx')).toBe(1);
		expect(output).not.toContain('InvalidContentEntryDataError');
		expect(output).not.toMatch(/Stack trace|^\s+at /m);
		expect(output).toContain('4 content problems:');
	});

	it('exits 1 on data and reference problems alone, listing them once', async () => {
		const dir = brokenCorpus((d) => {
			replaceIn(join(d, 'practices/partner-charter.mdx'), /^related: \[common-pitfalls,/m, 'related: [partner-chartr,');
			replaceIn(join(d, 'data/partners.csv'), /^(northbeam-media,Northbeam Media,)content-creator,/m, '$1reseller,');
		});
		const { status, output } = await check(dir, '--content-only');
		expect(status).toBe(1);
		expect(output).toContain('2 content problems:');
		expect(occurrences(output, 'related.0: Expected the slug of an article in content/practices/, found "partner-chartr"')).toBe(1);
		expect(occurrences(output, 'data/partners.csv:2: type:')).toBe(1);
		expect(output).not.toMatch(/^\s+at /m);
	});

	it('keeps the stack trace of a real bug', async () => {
		// A folder named like a story cannot be read as a file: not a content mistake the check knows how to word.
		const dir = brokenCorpus((d) => mkdirSync(join(d, 'spotlights', 'folder.mdx')));
		const { status, output } = await check(dir, '--content-only');
		expect(status).not.toBe(0);
		expect(output).toContain('EISDIR');
		expect(output).toMatch(/^\s+at /m);
	});
});
