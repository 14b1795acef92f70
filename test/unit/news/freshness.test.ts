import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	changedDay,
	freshness,
	gitChangedDays,
	gitLogArgs,
	parseGitLog,
	type RunGit,
} from '../../../src/lib/news/freshness';
import { addDays } from '../../../src/lib/core/dates';

// What `git log --format=%x1e%cs --name-only` prints: a marked date line per commit, then its files.
const log = [
	'\u001e2026-11-24',
	'',
	'practices/engagement-rhythms.mdx',
	'tracks/agencies/index.mdx',
	'\u001e2026-10-02',
	'',
	'practices/engagement-rhythms.mdx',
	'practices/common-pitfalls.mdx',
	'practices/ümlaut name.mdx',
	'\u001e2026-08-01',
	'',
	'\u001enot-a-date',
	'practices/ignored.mdx',
	'',
].join('\n');

describe('parseGitLog', () => {
	it('keeps the newest day of each file (the log is newest first)', () => {
		const days = parseGitLog(log);
		expect(days.get('practices/engagement-rhythms.mdx')).toBe('2026-11-24');
		expect(days.get('tracks/agencies/index.mdx')).toBe('2026-11-24');
		expect(days.get('practices/common-pitfalls.mdx')).toBe('2026-10-02');
		expect(days.get('practices/ümlaut name.mdx')).toBe('2026-10-02');
	});

	it('skips files under a commit line it cannot read, and empty output', () => {
		expect(parseGitLog(log).has('practices/ignored.mdx')).toBe(false);
		expect(parseGitLog('').size).toBe(0);
	});

	it('asks git for unquoted paths relative to the folder, without renames', () => {
		expect(gitLogArgs).toContain('--relative');
		expect(gitLogArgs).toContain('core.quotePath=false');
		expect(gitLogArgs.join(' ')).toContain('--format=\u001e%cs');
	});
});

describe('gitChangedDays', () => {
	const fake =
		(shallow: string, output = log): RunGit =>
		(args) =>
			args[0] === 'rev-parse' ? `${shallow}\n` : output;

	it('reads the log of a full clone', () => {
		expect(gitChangedDays('/content', fake('false')).get('practices/common-pitfalls.mdx')).toBe('2026-10-02');
	});

	it('gives no dates for a shallow clone, where every file would seem changed by its one commit', () => {
		expect(gitChangedDays('/content', fake('true')).size).toBe(0);
	});

	it('gives no dates, and no error, without git or a repository', () => {
		const missing: RunGit = () => {
			throw new Error('spawnSync git ENOENT');
		};
		expect(gitChangedDays('/content', missing).size).toBe(0);
	});

	it('reads this repository for real without throwing', () => {
		// Whatever the clone (full, shallow, none), the answer is a map; in a full clone it names real files.
		const days = gitChangedDays(resolve('content'));
		for (const [file, day] of days) {
			expect(file).not.toMatch(/^content\//);
			expect(day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		}
	});
});

describe('changedDay', () => {
	const dir = '/site/content';
	const days = new Map([['practices/engagement-rhythms.mdx', '2026-11-24']]);

	it('prefers the frontmatter `updated` date', () => {
		expect(changedDay({ updated: '2026-09-01', file: join(dir, 'practices/engagement-rhythms.mdx') }, dir, days)).toBe(
			'2026-09-01',
		);
	});

	it('falls back to the last commit of the file, relative to the content folder', () => {
		expect(changedDay({ file: join(dir, 'practices/engagement-rhythms.mdx') }, dir, days)).toBe('2026-11-24');
	});

	it('has none for a file git does not know, or no file', () => {
		expect(changedDay({ file: join(dir, 'practices/new.mdx') }, dir, days)).toBeUndefined();
		expect(changedDay({}, dir, days)).toBeUndefined();
	});
});

describe('freshness', () => {
	const today = '2026-11-26';

	it('adds days across months and years', () => {
		expect(addDays('2026-11-26', 13)).toBe('2026-12-09');
		expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
		expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
	});

	it('marks a page changed within the last N days, today counting as the first', () => {
		expect(freshness({ changed: '2026-11-26' }, today, 14)).toEqual({
			kind: 'updated',
			day: '2026-11-26',
			until: '2026-12-09',
		});
		expect(freshness({ changed: '2026-11-13' }, today, 14)).toEqual({
			kind: 'updated',
			day: '2026-11-13',
			until: '2026-11-26',
		});
		expect(freshness({ changed: '2026-11-12' }, today, 14)).toBeUndefined();
	});

	it('says "new" for a page published within the window', () => {
		expect(freshness({ published: '2026-11-19', changed: '2026-11-20' }, today, 14)).toEqual({
			kind: 'new',
			day: '2026-11-19',
			until: '2026-12-02',
		});
		expect(freshness({ published: '2026-06-01', changed: '2026-11-20' }, today, 14)?.kind).toBe('updated');
	});

	it('has no badge without a date, for a future date, or with N = 0', () => {
		expect(freshness({}, today, 14)).toBeUndefined();
		expect(freshness({ changed: '2026-12-01' }, today, 14)).toBeUndefined();
		expect(freshness({ changed: today }, today, 0)).toBeUndefined();
	});
});
