import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LockedError, acquireLock, recoverSwap, swapIn, swapPaths } from '../../../src/lib/core/folder-swap';

let root: string;
let target: string;
beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'folder-swap-'));
	target = join(root, 'site');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function folder(path: string, text: string) {
	mkdirSync(path, { recursive: true });
	writeFileSync(join(path, 'index.html'), text);
}
const read = (path: string) => readFileSync(join(path, 'index.html'), 'utf8');

describe('swapIn', () => {
	it('replaces the target with the staging folder and leaves nothing beside it', () => {
		folder(target, 'old');
		folder(swapPaths(target).staging, 'new');
		swapIn(swapPaths(target).staging, target);
		expect(read(target)).toBe('new');
		expect(existsSync(swapPaths(target).staging)).toBe(false);
		expect(existsSync(swapPaths(target).previous)).toBe(false);
	});

	it('works when there is no target yet', () => {
		folder(swapPaths(target).staging, 'first');
		swapIn(swapPaths(target).staging, target);
		expect(read(target)).toBe('first');
	});
});

describe('recoverSwap', () => {
	it('puts the previous folder back when a crash came between the two renames', () => {
		folder(swapPaths(target).previous, 'last good');
		expect(recoverSwap(target)).toEqual([expect.stringContaining('restored')]);
		expect(read(target)).toBe('last good');
	});

	it('drops the previous folder when the new one was already in place', () => {
		folder(target, 'new');
		folder(swapPaths(target).previous, 'old');
		recoverSwap(target);
		expect(read(target)).toBe('new');
		expect(existsSync(swapPaths(target).previous)).toBe(false);
	});

	it('removes half-written staging folders and the leftovers the caller names', () => {
		folder(swapPaths(target).staging, 'half');
		folder(join(root, '.site-new-abc123'), 'half');
		folder(join(root, 'keep-me'), 'mine');
		expect(recoverSwap(target, (name) => name.startsWith('.site-new-'))).toHaveLength(2);
		expect(existsSync(swapPaths(target).staging)).toBe(false);
		expect(existsSync(join(root, '.site-new-abc123'))).toBe(false);
		expect(read(join(root, 'keep-me'))).toBe('mine');
	});

	it('does nothing on a clean folder', () => {
		folder(target, 'fine');
		expect(recoverSwap(target)).toEqual([]);
		expect(read(target)).toBe('fine');
	});
});

describe('acquireLock', () => {
	it('refuses a second holder while the first is alive, naming its pid', () => {
		const release = acquireLock(target, 'A build');
		expect(() => acquireLock(target, 'A build')).toThrow(LockedError);
		expect(() => acquireLock(target, 'A build')).toThrow(`A build is already running (pid ${process.pid})`);
		release();
		expect(existsSync(swapPaths(target).lock)).toBe(false);
	});

	it('works for a target whose folder does not exist yet', () => {
		const nested = join(root, 'new', 'folder', 'site');
		const release = acquireLock(nested, 'A build');
		expect(existsSync(swapPaths(nested).lock)).toBe(true);
		release();
	});

	it('takes over the lock of a process that no longer exists', () => {
		writeFileSync(swapPaths(target).lock, '99999999');
		const release = acquireLock(target, 'A build');
		expect(readFileSync(swapPaths(target).lock, 'utf8')).toBe(String(process.pid));
		release();
	});
});
