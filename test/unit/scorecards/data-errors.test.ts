import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../scripts/scorecards';
import { ProblemsError } from '../../../src/lib/core/errors';
import { formatProblem } from '../../../src/lib/data/csv-read';
import { readPartnersFile } from '../../../src/lib/partners/read';
import { readScorecardData } from '../../../src/lib/scorecards/data-files';

// One data folder with several different problems on several rows of every file, some on the same row: one run
// must report them all, not the first and then the next after each fix (issue 17, "Data errors").
const partnersCsv = [
	'id,name,type,model,joined,track',
	'acme,Acme,reseller,referral,2024-02-01,agencies', // 2: unknown type
	'zenith,Zenith,software,strategic-alliance,2024-3-1,', // 3: malformed date
	'acme,Acme again,agency,referral,2024-13-01,', // 4: a duplicate id with a bad date too
	'method,Method,agency,referral,2024-01-01,', // 5: reserved id
	'pixel,Pixel, Ltd,agency,referral,2024-01-01,', // 6: an unquoted comma shifts the cells
	'ok,Fine Ltd,agency,referral,2024-01-01,', // 7: valid
].join('\n');

const metricsHeader =
	'partner_id,quarter,referrals,qualified_leads,conversions,revnue,referred_ltv,retention_rate,touchpoints,satisfaction,resolution_days,goal_convergence,commitment,projects_planned,projects_completed,ideas,improvements,opportunities';
const row = (id: string, quarter: string, satisfaction = '8', retention = '88') =>
	`${id},${quarter},12,6,2,30000,,${retention},8,${satisfaction},3,8,90,2,2,4,1,1`;
const metricsCsv = [
	metricsHeader, // 1: misspelt column
	row('zenit', '2026-Q3', '11'), // 2: satisfaction 11 and a misspelt partner id on the same row
	row('acme', '2026-Q3'), // 3: fine apart from the header
	row('acme', '2026-Q3', '8', '120'), // 4: a second acme 2026-Q3 with a bad retention rate
	row('ok', '2026-Q9'), // 5: bad quarter
].join('\n');

let dir: string;
beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'data-errors-'));
	mkdirSync(join(dir, 'ratings'));
	writeFileSync(join(dir, 'partners.csv'), partnersCsv);
	writeFileSync(join(dir, 'metrics.csv'), metricsCsv);
	const record = JSON.parse(readFileSync('content/data/ratings/ledgerline-2026-Q3-partner.json', 'utf8'));
	writeFileSync(
		join(dir, 'ratings', 'acm-2026-Q3-partner.json'),
		JSON.stringify({
			...record,
			partnerId: 'acm',
			ratings: record.ratings.with(1, { ...record.ratings[1], received: 11 }),
		}),
	);
	writeFileSync(join(dir, 'ratings', 'broken.json'), '{ "version": 1,');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const expected = [
	'partners.csv:2: type: Expected a partner type id, one of: content-creator, software, agency, found "reseller"',
	'partners.csv:3: joined: Expected a date as YYYY-MM-DD, found "2024-3-1"',
	'partners.csv:4: joined: Expected a real calendar date, found "2024-13-01"',
	'partners.csv:4: id: Duplicate partner id "acme" (first on line 2)',
	'partners.csv:5: id: Expected an id other than "method" (reserved for the page /scorecards/method/), found "method"',
	'partners.csv:6: Expected 6 cells, one per column of the header, found 7 in "pixel,Pixel, Ltd,agency,referral,2024-01-01,"; put a cell that holds a comma in double quotes, as in "Pixel & Prose, Ltd."',
	'metrics.csv:1: revnue: Unknown column "revnue"; did you mean "revenue"?',
	'metrics.csv:1: revenue: Missing column "revenue"',
	'metrics.csv:2: satisfaction: Expected a rating from 1 to 10, found "11"',
	'metrics.csv:2: partner_id: Expected a partner id from partners.csv, found "zenit"; did you mean "zenith"?',
	'metrics.csv:4: retention_rate: Expected a percentage from 0 to 100, found "120"',
	'metrics.csv:4: quarter: Expected one row per partner and quarter, found a second row for "acme" in 2026-Q3 (first on line 3)',
	'metrics.csv:5: quarter: Expected a quarter such as "2026-Q3", found "2026-Q9"',
	'ratings/acm-2026-Q3-partner.json:1: ratings.1.received: Expected a rating from 1 to 10, found 11',
	'ratings/acm-2026-Q3-partner.json:1: partnerId: Expected a partner id from partners.csv, found "acm"; did you mean "acme"?',
	expect.stringMatching(/^ratings\/broken\.json: Expected a JSON value-exchange record, found invalid JSON \(/),
];

describe('every problem in every data file, in one run', () => {
	it('readScorecardData lists them all, each with file, line, field, the value found and what was expected', () => {
		const problems = readScorecardData(dir).problems.map((problem) => formatProblem(problem).replace(`${dir}/`, ''));
		expect(problems).toEqual(expected);
	});

	it('npm run scorecards prints them all at once and writes nothing', () => {
		const errors: string[] = [];
		const code = main(['--data', dir, '--out', join(dir, 'out')], {
			error: (text) => errors.push(...text.split('\n')),
			log: () => {},
			now: () => new Date('2026-11-01T12:00:00Z'),
		});
		expect(code).toBe(1);
		expect(errors[0]).toBe(`Scorecards not built: ${expected.length} problems in ${dir}. Nothing was written.`);
		expect(errors.slice(1).map((line) => line.replace(`${dir}/`, ''))).toEqual(expected);
	});

	it('readPartnersFile throws one error listing every problem in partners.csv', () => {
		let error: unknown;
		try {
			readPartnersFile(join(dir, 'partners.csv'));
		} catch (caught) {
			error = caught;
		}
		expect(error).toBeInstanceOf(ProblemsError);
		const { message, problems } = error as ProblemsError;
		// The reserved id is a scorecards rule, so readScorecardData adds it; the rest come from partners.csv alone.
		expect(message.split('\n')[0]).toBe(`${join(dir, 'partners.csv')} has 5 problems:`);
		expect(problems.map((line) => line.replace(`${dir}/`, ''))).toEqual(expected.slice(0, 6).toSpliced(4, 1));
		expect(message).toContain('Hint: Fix the rows listed above');
	});
});
