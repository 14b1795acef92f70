import { execFileSync } from 'node:child_process';
import { relative, resolve } from 'node:path';
import { addDays } from '../core/dates';

/** Marks the start of a commit in the log format below: a byte no file name or date contains. */
const commitMark = '\u001e';

/**
 * The arguments of the one `git log` pass: every commit touching the folder, newest first, its committer day
 * and the files it changed, named relative to the folder and unquoted.
 */
export const gitLogArgs = [
	'-c',
	'core.quotePath=false',
	'log',
	`--format=${commitMark}%cs`,
	'--name-only',
	'--no-renames',
	'--relative',
	'--',
	'.',
] as const;

/**
 * Reads that log into the last day each file changed, by path relative to the folder. The log is newest first,
 * so the first commit to name a file is its latest; lines that are neither a commit nor a path are skipped.
 */
export function parseGitLog(output: string): Map<string, string> {
	const changed = new Map<string, string>();
	let day: string | undefined;
	for (const line of output.split('\n')) {
		if (line.startsWith(commitMark)) {
			const value = line.slice(commitMark.length).trim();
			day = /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
		} else if (day && line.trim() && !changed.has(line)) {
			changed.set(line, day);
		}
	}
	return changed;
}

/** Runs git in a folder and returns its output; throws when git is missing or the folder is not in a repository. */
export type RunGit = (args: readonly string[], cwd: string) => string;

const runGit: RunGit = (args, cwd) =>
	execFileSync('git', args, {
		cwd,
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
		stdio: ['ignore', 'pipe', 'ignore'],
	});

/**
 * The last commit day of every file in `dir`, from one `git log` pass. Empty, never an error, where git cannot
 * say: no git, no repository (a tarball or a CI cache), or a shallow clone, whose oldest commit would seem to
 * have changed every file at once.
 */
export function gitChangedDays(dir: string, run: RunGit = runGit): Map<string, string> {
	try {
		if (run(['rev-parse', '--is-shallow-repository'], dir).trim() !== 'false') return new Map();
		return parseGitLog(run(gitLogArgs, dir));
	} catch {
		return new Map();
	}
}

// One pass per content folder and build: every card and page title asks for its file's day.
const cache = new Map<string, Map<string, string>>();

function cachedChangedDays(dir: string): Map<string, string> {
	const key = resolve(dir);
	let days = cache.get(key);
	if (!days) {
		days = gitChangedDays(key);
		cache.set(key, days);
	}
	return days;
}

/** A page's dates as its entry knows them. */
export interface PageDates {
	/** The frontmatter `updated` date, if any. */
	updated?: string | undefined;
	/** Its publish date (spotlights have one), if any: a page published within the window is "New". */
	published?: string | undefined;
	/** Its source file, relative to the working directory (Astro's `filePath`) or absolute. */
	file?: string | undefined;
}

/** What the "New" badge shows: which word, the day it stands for, and the last day it applies. */
export interface Freshness {
	kind: 'new' | 'updated';
	/** The day the page was published ("new") or last changed ("updated"), `YYYY-MM-DD`. */
	day: string;
	/** The last day the badge applies, `YYYY-MM-DD`: pages read after it (the build has aged) hide it. */
	until: string;
}

/**
 * The day a page last changed: its `updated` date when the author gave one, else the last commit of its file
 * from `changedDays` (paths relative to the content folder `dir`), else undefined.
 */
export function changedDay(
	page: PageDates,
	dir: string,
	changedDays: ReadonlyMap<string, string> = cachedChangedDays(dir),
): string | undefined {
	if (page.updated) return page.updated;
	if (!page.file) return undefined;
	return changedDays.get(relative(resolve(dir), resolve(page.file)).split('\\').join('/'));
}

/**
 * Whether a page is new on `today`: published or changed within the last `days` days (today counts as the
 * first). "New" when its publish date is in the window, else "Updated"; undefined when neither is.
 */
export function freshness(
	page: Pick<PageDates, 'published'> & { changed?: string | undefined },
	today: string,
	days: number,
): Freshness | undefined {
	const window = (day: string | undefined) => {
		if (!day || days <= 0) return undefined;
		const until = addDays(day, days - 1);
		return day <= today && today <= until ? until : undefined;
	};
	const published = window(page.published);
	if (published && page.published) return { kind: 'new', day: page.published, until: published };
	const changed = window(page.changed);
	if (changed && page.changed) return { kind: 'updated', day: page.changed, until: changed };
	return undefined;
}
