import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
	appendFileSync,
	cpSync,
	existsSync,
	mkdtempSync,
	readFileSync,
	renameSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { swapPaths } from '../../src/lib/core/folder-swap';
import { listFiles } from './support/site';

const work = mkdtempSync(join(tmpdir(), 'portal-swap-'));
const site = join(work, 'site');
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** `npm run build` (the staged build) of `content` into `site`. Asynchronous, so Vitest's RPC stays alive. */
function build(content: string): Promise<{ status: number | null; output: string }> {
	return new Promise((resolve, reject) => {
		const child = spawn('npm', ['run', 'build'], {
			env: {
				...process.env,
				PORTAL_CONTENT_DIR: content,
				PORTAL_OUT_DIR: site,
				FORCE_COLOR: '0',
				NODE_ENV: 'production',
			},
		});
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		child.on('error', reject);
		child.on('close', (status) => resolve({ status, output }));
	});
}

/** Every file of the built site with the SHA-256 of its bytes. */
function fingerprint(): Record<string, string> {
	const hash = (file: string) =>
		createHash('sha256')
			.update(readFileSync(join(site, file)))
			.digest('hex');
	return Object.fromEntries(listFiles(site).map((file) => [file, hash(file)]));
}

/** A copy of the example content with one change. */
function corpus(name: string, edit: (dir: string) => void = () => {}): string {
	const dir = join(work, name);
	cpSync('content', dir, { recursive: true });
	edit(dir);
	return dir;
}

function replaceIn(file: string, from: RegExp, to: string) {
	const text = readFileSync(file, 'utf8');
	expect(text).toMatch(from);
	writeFileSync(file, text.replace(from, to));
}

let good: Record<string, string>;

// Each build is a real one of the example content: seconds alone, a minute on a busy two-core machine.
describe('a failed build leaves the last good site untouched', { timeout: 300_000 }, () => {
	beforeAll(async () => {
		const { status, output } = await build(corpus('good'));
		expect(status, output).toBe(0);
		good = fingerprint();
		expect(Object.keys(good)).toContain('index.html');
		expect(Object.keys(good)).toContain('_headers');
	}, 300_000);

	const breaks: [string, (dir: string) => void][] = [
		['an MDX syntax error', (d) => appendFileSync(join(d, 'practices/partner-charter.mdx'), '\n<div>\n\n{oops\n')],
		[
			'a module week beyond its track',
			(d) => replaceIn(join(d, 'tracks/agencies/week-4-measurement-and-30-day-review.mdx'), /^week: 4$/m, 'week: 9'),
		],
		[
			'a missing cover image',
			(d) =>
				replaceIn(
					join(d, 'spotlights/ledgerline-alliance-lowers-acquisition-cost.mdx'),
					/covers\/ledgerline-alliance\.svg/,
					'covers/missing.svg',
				),
		],
	];

	it.each(breaks)('after %s', async (name, edit) => {
		const { status, output } = await build(corpus(name.replace(/\W+/g, '-'), edit));
		expect(status, output).not.toBe(0);
		expect(output).toContain('is unchanged, still the last good build');
		expect(fingerprint()).toEqual(good);
		expect(existsSync(swapPaths(site).staging)).toBe(false);
		expect(existsSync(swapPaths(site).lock)).toBe(false);
	});

	it('refuses content that carries script, naming the file and line, and keeps the last good site', async () => {
		const { status, output } = await build(
			corpus('script', (d) =>
				appendFileSync(
					join(d, 'practices/partner-charter.mdx'),
					'\n<script>alert(1)</script>\n\n[Open](javascript:alert(2))\n',
				),
			),
		);
		expect(status).not.toBe(0);
		expect(output).toMatch(/practices\/partner-charter\.mdx:\d+:1: <script> is not allowed in content/);
		expect(output).toMatch(/practices\/partner-charter\.mdx:\d+:1: A link or image to "javascript:alert\(2\)"/);
		expect(fingerprint()).toEqual(good);
	});

	it('refuses to start while another build holds the lock, and takes over a dead one', async () => {
		const { lock } = swapPaths(site);
		writeFileSync(lock, String(process.pid));
		const locked = await build(corpus('locked'));
		expect(locked.status).not.toBe(0);
		expect(locked.output).toContain(`A build is already running (pid ${process.pid})`);
		expect(fingerprint()).toEqual(good);
		expect(existsSync(lock)).toBe(true);

		// No process has this id (above Linux's pid_max), as after a crash: the lock is taken over.
		writeFileSync(lock, '99999999');
		const { status, output } = await build(join(work, 'locked'));
		expect(status, output).toBe(0);
		expect(existsSync(lock)).toBe(false);
		good = fingerprint();
	});

	it('puts the site back when a run died between the two renames of the swap', async () => {
		const { previous } = swapPaths(site);
		renameSync(site, previous);
		const { status, output } = await build(corpus('after-crash', breaks[0]![1]));
		expect(status).not.toBe(0);
		expect(output).toContain(`restored ${site}`);
		expect(fingerprint()).toEqual(good);
		expect(existsSync(previous)).toBe(false);
	});
});
