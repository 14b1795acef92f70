import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeOutputAtomically } from '../../../src/lib/scorecards/data-files';
import { runScorecards } from '../../../src/lib/scorecards/run';

let root: string;
let out: string;
const files = { 'scorecards.json': '{"new":true}', 'scorecards.csv': 'new\n' };
const write = (name: string, text: string) => {
	mkdirSync(join(root, name), { recursive: true });
	writeFileSync(join(root, name, 'scorecards.json'), text);
};
const json = (name: string) => readFileSync(join(root, name, 'scorecards.json'), 'utf8');

beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'scorecards-swap-'));
	out = join(root, '.scorecards');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('writeOutputAtomically: the scorecards swap recovers from any crash', () => {
	it('writes a new output and leaves nothing beside it', () => {
		write('.scorecards', 'old');
		expect(writeOutputAtomically(out, files)).toEqual([]);
		expect(json('.scorecards')).toBe('{"new":true}');
		expect(readdirSync(root)).toEqual(['.scorecards']);
	});

	it('a crash between the two renames (no output, a .previous copy): puts it back, then swaps the new one in', () => {
		write('..scorecards.previous', 'old');
		const done = writeOutputAtomically(out, files);
		expect(done).toEqual([`restored ${out} from ${join(root, '..scorecards.previous')}, left by an interrupted swap`]);
		expect(json('.scorecards')).toBe('{"new":true}');
		expect(readdirSync(root)).toEqual(['.scorecards']);
	});

	it('a crash after the first rename is recoverable by the next run even if that run then fails', () => {
		write('..scorecards.previous', 'old');
		writeFileSync(join(root, '..scorecards.previous', 'foreign.html'), 'x');
		expect(() => writeOutputAtomically(out, files)).toThrow(/Refusing to replace/);
		// The old output is back in place, untouched.
		expect(json('.scorecards')).toBe('old');
		expect(readdirSync(root)).toEqual(['.scorecards']);
	});

	it('a crash while writing (a half-written staging folder) is cleaned up', () => {
		write('.scorecards', 'old');
		write('..scorecards.staging', 'half');
		const done = writeOutputAtomically(out, files);
		expect(done).toEqual([
			`removed ${join(root, '..scorecards.staging')}, a half-written output of an interrupted run`,
		]);
		expect(readdirSync(root)).toEqual(['.scorecards']);
	});

	it('cleans up the leftovers of the old writer (..scorecards-new-XXXXXX and its -old twin)', () => {
		write('.scorecards', 'old');
		write('..scorecards-new-a1B2c3', 'half');
		write('..scorecards-new-a1B2c3-old', 'older');
		write('.other-new-zzz', 'not ours');
		writeOutputAtomically(out, files);
		expect(readdirSync(root).sort()).toEqual(['.other-new-zzz', '.scorecards']);
	});

	it('a stale lock from a process that died is taken over', () => {
		writeFileSync(join(root, '..scorecards.lock'), '999999999');
		writeOutputAtomically(out, files);
		expect(json('.scorecards')).toBe('{"new":true}');
		expect(existsSync(join(root, '..scorecards.lock'))).toBe(false);
	});

	it('a run holding the lock is waited for, not broken', async () => {
		const lock = join(root, '..scorecards.lock');
		// A live process holds the lock and lets it go after a moment, as a concurrent run would.
		const holder = spawn(process.execPath, [
			'-e',
			`setTimeout(() => require('node:fs').rmSync(${JSON.stringify(lock)}), 500)`,
		]);
		await new Promise((resolve) => holder.once('spawn', resolve));
		writeFileSync(lock, String(holder.pid));
		const started = Date.now();
		writeOutputAtomically(out, files);
		expect(Date.now() - started).toBeGreaterThanOrEqual(300);
		expect(json('.scorecards')).toBe('{"new":true}');
		await new Promise((resolve) => (holder.exitCode === null ? holder.once('exit', resolve) : resolve(null)));
	});

	it('a failure leaves the previous output byte for byte, and no staging folder', () => {
		write('.scorecards', 'old');
		writeFileSync(join(out, 'index.html'), 'keep me');
		expect(() => writeOutputAtomically(out, files)).toThrow(/it holds other files \(index\.html\)/);
		expect(json('.scorecards')).toBe('old');
		expect(readdirSync(root)).toEqual(['.scorecards']);
	});
});

describe('npm run scorecards repairs an interrupted swap even when its data is bad', () => {
	it('puts the previous output back before it reads the data', () => {
		write('..scorecards.previous', 'old');
		write('..scorecards-new-x1y2z3', 'half');
		const logs: string[] = [];
		const errors: string[] = [];
		const ok = runScorecards(
			{ dataDir: join(root, 'no-data-here'), outDir: out },
			{ log: (line) => logs.push(line), error: (line) => errors.push(line), now: () => new Date('2026-11-01') },
		);
		expect(ok).toBe(false);
		expect(errors[0]).toMatch(/^Scorecards not built: \d+ problems? in /);
		expect(json('.scorecards')).toBe('old');
		expect(readdirSync(root).sort()).toEqual(['.scorecards']);
		expect(logs).toEqual([
			`Scorecards: restored ${out} from ${join(root, '..scorecards.previous')}, left by an interrupted swap`,
			`Scorecards: removed ${join(root, '..scorecards-new-x1y2z3')}, a half-written output of an interrupted run`,
		]);
	});
});
