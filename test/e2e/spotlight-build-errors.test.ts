import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The real Astro build on a broken copy of the content: slow, so one build per rule and generous timeouts.
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function brokenCorpus(file: string, from: RegExp, to: string): string {
	const dir = mkdtempSync(join(tmpdir(), 'portal-content-'));
	made.push(dir);
	cpSync('content', dir, { recursive: true });
	const path = join(dir, file);
	const text = readFileSync(path, 'utf8');
	expect(text).toMatch(from);
	writeFileSync(path, text.replace(from, to));
	return dir;
}

function astro(args: string[], contentDir: string) {
	const run = spawnSync('npx', ['astro', ...args], {
		env: { ...process.env, PORTAL_CONTENT_DIR: contentDir, FORCE_COLOR: '0' },
		encoding: 'utf8',
	});
	return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

describe('bad spotlights fail the build', { timeout: 240_000 }, () => {
	it('names the file and the unknown partner id', () => {
		const dir = brokenCorpus('spotlights/formwise-referral-lifetime-value.mdx', /^ {2}- formwise$/m, '  - formwyse');
		const out = mkdtempSync(join(tmpdir(), 'portal-dist-'));
		made.push(out);
		const { status, output } = astro(['build', '--outDir', out], dir);
		expect(status).not.toBe(0);
		expect(output).toContain(
			'spotlights/formwise-referral-lifetime-value.mdx: partners.0: Unknown partner id "formwyse"',
		);
	});

	it('names the file and field when a cover image has no alt text', () => {
		const dir = brokenCorpus('spotlights/ledgerline-alliance-lowers-acquisition-cost.mdx', /^ {2}alt: .*$/m, '');
		const { status, output } = astro(['sync'], dir);
		expect(status).not.toBe(0);
		expect(output).toContain('spotlights/ledgerline-alliance-lowers-acquisition-cost.mdx');
		// The schema's own message, also for a missing key.
		expect(output.replace(/\u001b\[\d+m/g, '')).toMatch(/cover\.alt: Expected alt text describing the image/);
	});
});
