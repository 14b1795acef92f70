import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/data/csv-read';
import { readScorecardData } from '../../../src/lib/scorecards/data-files';

// The example data folder, copied: each case breaks one thing and expects exactly its problem.
let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'scorecard-data-'));
	cpSync('content/data', dir, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const today = '2026-11-26';
const problems = (options = {}) =>
	readScorecardData(dir, { today, ...options }).problems.map((problem) =>
		formatProblem(problem).replace(`${dir}/`, ''),
	);
const metricsRow = (partner: string, quarter: string, referrals = '10') =>
	`${partner},${quarter},${referrals},6,2,13720,30613,86,14,9.1,3.6,8.9,83,1,1,1,0,1`;
const append = (file: string, line: string) => {
	const path = join(dir, file);
	const text = readFileSync(path, 'utf8');
	writeFileSync(path, `${text.endsWith('\n') ? text : `${text}\n`}${line}\n`);
	return text.trimEnd().split('\n').length + 1;
};

describe('readScorecardData refuses what would be published changed', () => {
	it('passes the example data', () => {
		expect(problems()).toEqual([]);
	});

	it.each([
		['400 digits', '1'.repeat(400)],
		['a finite figure too large to count exactly', '9'.repeat(20)],
	])('a count of %s', (_, value) => {
		const line = append('metrics.csv', metricsRow('ledgerline', '2024-Q1', value));
		const found = JSON.stringify(value).slice(0, 57);
		expect(problems()).toEqual([
			expect.stringMatching(
				new RegExp(`^metrics\\.csv:${line}: referrals: Expected .*, found ${found.replace(/"/g, '\\"')}`),
			),
		]);
	});

	it('a quarter after the build date, with a hint', () => {
		const line = append('metrics.csv', metricsRow('ledgerline', '2999-Q4'));
		expect(problems()).toEqual([
			`metrics.csv:${line}: quarter: Expected a quarter up to 2026-Q4 (the build date 2026-11-26 falls in it), found "2999-Q4"; fix the year or quarter, or set PORTAL_BUILD_DATE when building for a later date`,
		]);
		// The same quarter is fine once the build date reaches it.
		expect(problems({ today: '2999-10-01' })).toEqual([]);
	});

	it('a rating record for a future quarter', () => {
		const record = JSON.parse(readFileSync(join(dir, 'ratings/ledgerline-2026-Q3-partner.json'), 'utf8'));
		writeFileSync(join(dir, 'ratings/future.json'), JSON.stringify({ ...record, period: '2031-Q1' }));
		expect(problems()).toEqual([
			'ratings/future.json:1: period: Expected a quarter up to 2026-Q4 (the build date 2026-11-26 falls in it), found "2031-Q1"; fix the year or quarter, or set PORTAL_BUILD_DATE when building for a later date',
		]);
	});

	it.each([['a-copy.json'], ['zz-copy.json']])(
		'a second record for the same partner, quarter and side (%s), naming both files whatever their names',
		(name) => {
			const text = readFileSync(join(dir, 'ratings/ledgerline-2026-Q3-partner.json'), 'utf8');
			writeFileSync(join(dir, 'ratings', name), text);
			const [first, second] = [name, 'ledgerline-2026-Q3-partner.json'].sort();
			expect(problems()).toEqual([
				`ratings/${second}:5: rater: Expected one partner record for "ledgerline" in 2026-Q3, found a second one; ${dir}/ratings/${first} has it too. Keep one of the two files`,
			]);
		},
	);

	it('a record naming a field twice, which JSON.parse would settle by letting the last copy win', () => {
		const path = join(dir, 'ratings/ledgerline-2026-Q3-partner.json');
		writeFileSync(
			path,
			readFileSync(path, 'utf8').replace('"rater": "partner",', '"rater": "partner",\n  "rater": "program",'),
		);
		expect(problems()).toEqual([
			expect.stringMatching(
				/^ratings\/ledgerline-2026-Q3-partner\.json:6: Not a valid record: Map keys must be unique/,
			),
		]);
	});

	it('a file that is not UTF-8, naming the line', () => {
		const path = join(dir, 'metrics.csv');
		const text = readFileSync(path);
		writeFileSync(path, Buffer.concat([text, Buffer.from('ledgerline,2024-Q1,caf'), Buffer.from([0xe9, 0x0a])]));
		const line = text.toString('utf8').trimEnd().split('\n').length + 1;
		expect(problems()).toEqual([
			`metrics.csv:${line}: Expected text encoded as UTF-8, found 0xe9 at byte ${text.length + 22} inside a character; save the file as UTF-8 in your editor (Excel: "CSV UTF-8")`,
		]);
	});

	it('a header naming a column twice', () => {
		const path = join(dir, 'metrics.csv');
		const [header, ...rows] = readFileSync(path, 'utf8').split('\n');
		writeFileSync(path, [`${header},revenue`, ...rows.map((row) => (row ? `${row},1` : row))].join('\n'));
		expect(problems()).toEqual([
			'metrics.csv:1: revenue: Expected each column once in the header, found "revenue" as column 6 and again as column 19; remove or rename one of them',
		]);
	});

	it('an empty partners.csv: one problem, not one unknown partner per row and record', () => {
		writeFileSync(join(dir, 'partners.csv'), '');
		expect(problems()).toEqual([
			'partners.csv:1: Expected a header row (id,name,type,model,joined,track,salt) and one row per partner, found an empty file',
		]);
		writeFileSync(join(dir, 'partners.csv'), 'id,name,type,model,joined,track\n');
		expect(problems()).toEqual([
			'partners.csv:2: Expected at least one partner row under the header, found none; every metrics row, rating record and spotlight names a partner from this file',
		]);
	});

	it('a partner naming a track that does not exist, when the tracks are known', () => {
		const path = join(dir, 'partners.csv');
		writeFileSync(path, readFileSync(path, 'utf8').replace(/,agencies$/m, ',agency-track'));
		expect(problems({ trackIds: ['agencies', 'content-creators', 'software-partners'] })).toEqual([
			expect.stringMatching(
				/^partners\.csv:\d+: track: Expected an onboarding track id \(a folder in content\/tracks\/\), one of: agencies, content-creators, software-partners, found "agency-track"$/,
			),
		]);
	});
});
