import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTRY_ID_MAX } from '../../../src/lib/content/ids';
import { validateContent } from '../../../src/lib/content/validate';

// Real processes, as `npm run new:spotlight` starts them; each takes a few seconds on a busy machine.
describe('npm run new:spotlight -- --help', { timeout: 60_000 }, () => {
	let dir: string;
	beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'new-spotlight-help-'))));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));
	const run = (...args: string[]) =>
		spawnSync('npx', ['tsx', 'scripts/new-spotlight.ts', ...args], {
			env: { ...process.env, PORTAL_CONTENT_DIR: dir, FORCE_COLOR: '0' },
			encoding: 'utf8',
		});

	it.each([['--help'], ['-h'], ['--title', 'Ignored', '--help']])('%j prints usage, options and an example, exit 0', (...args) => {
		const { status, stdout, stderr } = run(...args);
		expect(stderr).toBe('');
		expect(status).toBe(0);
		expect(stdout).toMatch(/^Usage: npm run new:spotlight -- --title "TITLE" \[--partner ID\] \[--date YYYY-MM-DD\]/);
		for (const option of ['--title TEXT', '--partner ID', '--date YYYY-MM-DD', '-h, --help']) {
			expect(stdout).toMatch(new RegExp(`^  ${option.replace(/[-[\]]/g, '\\$&')} +\\S`, 'm'));
		}
		expect(stdout).toContain('Example:\n  npm run new:spotlight -- --title "Acme: +220% partner revenue"');
		expect(stdout).not.toContain('Unknown option');
		// Help writes nothing.
		expect(readdirSync(dir)).toEqual([]);
	});

	it('still refuses an unknown option, pointing to --help, without a stack trace', () => {
		const { status, stderr } = run('--title', 'A', '--colour', 'red');
		expect(status).toBe(1);
		expect(stderr).toContain("Unknown option '--colour'");
		expect(stderr).toContain('npm run new:spotlight -- --help');
		expect(stderr).not.toMatch(/^\s+at /m);
	});
});

describe('npm run new:spotlight: titles that make no good file name', { timeout: 120_000 }, () => {
	let dir: string;
	beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), 'new-spotlight-titles-'));
		cpSync('content/data', join(dir, 'data'), { recursive: true });
	});
	afterAll(() => rmSync(dir, { recursive: true, force: true }));
	const run = (...args: string[]) =>
		spawnSync(process.execPath, ['--import', 'tsx', 'scripts/new-spotlight.ts', ...args], {
			env: { ...process.env, PORTAL_CONTENT_DIR: dir, FORCE_COLOR: '0' },
			encoding: 'utf8',
		});
	const spotlights = () => (existsSync(join(dir, 'spotlights')) ? readdirSync(join(dir, 'spotlights')) : []);

	it('a 300-character title: the file name is cut at a word, the title kept, and the check accepts the draft', () => {
		const title = 'Formwise and Lumen grow referred revenue together '.repeat(6).trim();
		expect(title.length).toBeGreaterThan(290);
		const { status, stdout, stderr } = run('--title', title, '--partner', 'formwise');
		expect(stderr).toBe('');
		expect(status).toBe(0);
		expect(stdout).toContain(`the file name is cut to ${ENTRY_ID_MAX} characters`);
		const [file] = spotlights();
		expect(file!.length).toBeLessThanOrEqual(ENTRY_ID_MAX + '.mdx'.length);
		expect(file).toMatch(/^formwise-and-lumen-grow-referred-revenue-together-formwise-[a-z-]*[a-z]\.mdx$/);
		const text = readFileSync(join(dir, 'spotlights', file!), 'utf8');
		expect(text).toContain(title);
		expect(validateContent(dir)).toEqual([]);
	});

	it.each([['2026'], ['0042'], ['Ünïcødé'], ['!!!']])('refuses the title %j up front, with a message and no stack trace', (title) => {
		const before = spotlights();
		const { status, stderr } = run('--title', title);
		expect(status).toBe(1);
		expect(stderr).toMatch(/--title|title/);
		expect(stderr).not.toMatch(/^\s+at /m);
		expect(spotlights()).toEqual(before);
	});
});
