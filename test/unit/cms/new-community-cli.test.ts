import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateContent } from '../../../src/lib/content/validate';

// Real processes on a copy of the example content, as `npm run new:profile` and `new:event` start them.
describe('npm run new:profile and new:event', { timeout: 120_000 }, () => {
	let dir: string;
	beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), 'new-community-'));
		cpSync('content', dir, { recursive: true });
		rmSync(join(dir, 'partners', 'ledgerline.mdx'));
		rmSync(join(dir, 'partners', 'logos'), { recursive: true, force: true });
	});
	afterAll(() => rmSync(dir, { recursive: true, force: true }));
	const run = (script: string, ...args: string[]) =>
		spawnSync('npx', ['tsx', `scripts/${script}.ts`, ...args], {
			env: { ...process.env, PORTAL_CONTENT_DIR: dir, FORCE_COLOR: '0' },
			encoding: 'utf8',
		});
	const problemsOf = (file: string) =>
		validateContent(dir, { scorecardData: false }).filter((line) => line.includes(file));

	it('starts an unlisted profile with a stand-in logo that the check accepts, and never overwrites it', () => {
		const first = run('new-profile', '--partner', 'ledgerline');
		expect(first.stderr).toBe('');
		expect(first.status).toBe(0);
		expect(readFileSync(join(dir, 'partners', 'ledgerline.mdx'), 'utf8')).toContain('listed: false');
		expect(existsSync(join(dir, 'partners', 'logos', 'ledgerline.svg'))).toBe(true);
		expect(problemsOf('ledgerline.mdx')).toEqual([]);
		const again = run('new-profile', '--partner', 'ledgerline');
		expect(again.status).toBe(2);
		expect(again.stderr).toContain('already exists; nothing was written');
	});

	it('refuses an unknown partner with a suggestion, exit 1', () => {
		const { status, stderr } = run('new-profile', '--partner', 'ledgerlin');
		expect(status).toBe(1);
		expect(stderr).toContain('Unknown partner id "ledgerlin"');
		expect(stderr).toContain('Did you mean "ledgerline"?');
	});

	it('writes an event that parses, whose placeholders the check then names', () => {
		const { status, stderr } = run('new-event', '--title', 'Office hours: March 2027', '--start', '2027-03-11T09:00');
		expect(stderr).toBe('');
		expect(status).toBe(0);
		const problems = problemsOf('office-hours-march-2027.mdx');
		expect(problems.map((line) => line.split(': ')[1])).toEqual(['summary', 'host', 'register', 'body', 'body']);
	});
});
