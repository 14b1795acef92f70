import {
	closeSync,
	existsSync,
	mkdirSync,
	openSync,
	readFileSync,
	readdirSync,
	renameSync,
	rmSync,
	writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Replacing a whole output folder (the site in `dist/`, the scorecards in `.scorecards/`) so that readers only
 * ever see the last complete one. New output is written to a sibling staging folder; the swap is two renames,
 * and a crash between them leaves `.<name>.previous`, which the next run puts back. Same folder, same disk,
 * so each rename is atomic.
 */

/** The sibling folders and files that belong to `target`: staging, the previous copy during a swap, the lock. */
export function swapPaths(target: string) {
	const at = (suffix: string) => join(dirname(target), `.${basename(target)}.${suffix}`);
	return { staging: at('staging'), previous: at('previous'), lock: at('lock') };
}

/**
 * Finishes or undoes an interrupted swap: a `.previous` copy with no target goes back in place; one beside a
 * target was already replaced and goes. Half-written staging folders go too. Returns what it did, for the log.
 */
export function recoverSwap(target: string, extraLeftovers: (name: string) => boolean = () => false): string[] {
	const { staging, previous } = swapPaths(target);
	const done: string[] = [];
	if (existsSync(previous)) {
		if (existsSync(target)) {
			rmSync(previous, { recursive: true, force: true });
			done.push(`removed ${previous}, left by an interrupted swap`);
		} else {
			renameSync(previous, target);
			done.push(`restored ${target} from ${previous}, left by an interrupted swap`);
		}
	}
	const parent = dirname(target);
	const leftovers = existsSync(parent)
		? readdirSync(parent).filter((name) => join(parent, name) === staging || extraLeftovers(name))
		: [];
	for (const name of leftovers) {
		rmSync(join(parent, name), { recursive: true, force: true });
		done.push(`removed ${join(parent, name)}, a half-written output of an interrupted run`);
	}
	return done;
}

/** Puts the finished `staging` folder in place of `target`; the old target is kept until the new one is in. */
export function swapIn(staging: string, target: string): void {
	const { previous } = swapPaths(target);
	rmSync(previous, { recursive: true, force: true });
	if (existsSync(target)) renameSync(target, previous);
	renameSync(staging, target);
	rmSync(previous, { recursive: true, force: true });
}

/** A second run while one holds the lock: the message names the other process. */
export class LockedError extends Error {
	constructor(
		readonly pid: number,
		lock: string,
		what: string,
	) {
		super(
			`${what} is already running (pid ${pid}).\n  Hint: wait for it to finish. If no such process exists, delete "${lock}".`,
		);
		this.name = 'LockedError';
	}
}

function isRunning(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		// EPERM: the process exists but belongs to someone else.
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/**
 * Takes the lock beside `target` for this process, or throws `LockedError` when a live process holds it. A lock
 * whose process has died is taken over. Returns the function that releases it.
 */
export function acquireLock(target: string, what: string): () => void {
	const { lock } = swapPaths(target);
	// A first build into a new folder (.builds/e2e on a fresh clone) has no parent folder yet.
	mkdirSync(dirname(lock), { recursive: true });
	for (let attempt = 0; attempt < 3; attempt++) {
		try {
			// 'wx' fails if the file exists, even if another process created it a moment ago.
			const fd = openSync(lock, 'wx');
			writeSync(fd, String(process.pid));
			closeSync(fd);
			return () => rmSync(lock, { force: true });
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
			const pid = Number.parseInt(readFileSync(lock, 'utf8'), 10);
			if (Number.isInteger(pid) && pid > 0 && isRunning(pid)) throw new LockedError(pid, lock, what);
			rmSync(lock, { force: true });
		}
	}
	throw new Error(`Could not take the lock "${lock}".\n  Hint: delete it if no ${what} is running.`);
}
