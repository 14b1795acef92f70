import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../../scripts/scorecards';
import { MAX_PROBLEMS } from '../../../src/lib/scorecards/run';
import { scorecardsSchema } from '../../../src/lib/scorecards/schema';

const partnersHeader = 'id,name,type,model,joined,track';
const metricsHeader =
	'partner_id,quarter,referrals,qualified_leads,conversions,revenue,referred_ltv,retention_rate,touchpoints,satisfaction,resolution_days,goal_convergence,commitment,projects_planned,projects_completed,ideas,improvements,opportunities';
const good = (id: string, quarter: string, satisfaction = '8') =>
	`${id},${quarter},12,6,2,30000,,88,8,${satisfaction},3,8,90,2,2,4,1,1`;

const partnersCsv = [
	partnersHeader,
	'acme,"Acme, ""the best"" Ltd.",agency,referral,2024-02-01,agencies',
	'zenith,Zenith,software,strategic-alliance,2024-03-01,',
].join('\n');
const metricsCsv = [
	metricsHeader,
	good('acme', '2026-Q2'),
	good('acme', '2026-Q3'),
	good('zenith', '2026-Q3', '6.5'),
].join('\n');

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
let root: string;
let data: string;
let out: string;
beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'scorecards-'));
	made.push(root);
	data = join(root, 'data');
	out = join(root, 'out');
	mkdirSync(join(data, 'ratings'), { recursive: true });
	writeFileSync(join(data, 'partners.csv'), partnersCsv);
	writeFileSync(join(data, 'metrics.csv'), metricsCsv);
	// An earlier good output that a failed run must leave untouched.
	mkdirSync(out);
	writeFileSync(join(out, 'scorecards.json'), 'previous');
});

function run(edit: (file: string) => string = (text) => text, file = 'metrics.csv') {
	const path = join(data, file);
	if (existsSync(path)) writeFileSync(path, edit(readFileSync(path, 'utf8')));
	const errors: string[] = [];
	const logs: string[] = [];
	const code = main(['--data', data, '--out', out], {
		error: (line) => errors.push(...line.split('\n')),
		log: (line) => logs.push(line),
		now: () => new Date('2026-11-01T12:00:00Z'),
	});
	return { code, errors, logs, problems: errors.slice(1).map((line) => line.replace(data + '/', '')) };
}

function expectNothingWritten() {
	expect(readdirSync(out)).toEqual(['scorecards.json']);
	expect(readFileSync(join(out, 'scorecards.json'), 'utf8')).toBe('previous');
	expect(readdirSync(root).sort()).toEqual(['data', 'out']);
}

const replaceLine = (index: number, line: string) => (text: string) => {
	const lines = text.split('\n');
	lines[index] = line;
	return lines.join('\n');
};

describe('npm run scorecards', () => {
	it('writes scorecards.json and scorecards.csv, replacing the previous output', () => {
		const { code, logs } = run();
		expect(code).toBe(0);
		expect(logs).toEqual([`Scorecards: 2 partners, 2 quarters → ${out}`]);
		const json = scorecardsSchema.parse(JSON.parse(readFileSync(join(out, 'scorecards.json'), 'utf8')));
		expect(json.partners.map((card) => [card.id, card.latest.health.status])).toEqual([
			['zenith', 'at-risk'],
			['acme', 'healthy'],
		]);
		const rows = parse(readFileSync(join(out, 'scorecards.csv'), 'utf8'), { bom: true, columns: true });
		expect(rows).toHaveLength(3);
		expect(rows[1]).toMatchObject({ partner_id: 'acme', name: 'Acme, "the best" Ltd.', quarter: '2026-Q2' });
		expect(readdirSync(root).sort()).toEqual(['data', 'out']);
	});

	it('accepts a UTF-8 BOM, CRLF line endings and quoted commas', () => {
		writeFileSync(join(data, 'partners.csv'), `\uFEFF${partnersCsv.replaceAll('\n', '\r\n')}\r\n`);
		const { code } = run((text) => `\uFEFF${text.replaceAll('\n', '\r\n')}\r\n`);
		expect(code).toBe(0);
		const json = JSON.parse(readFileSync(join(out, 'scorecards.json'), 'utf8'));
		expect(json.partners[1].name).toBe('Acme, "the best" Ltd.');
	});

	it('reports a missing column', () => {
		// Drop the touchpoints cell (the 9th) from every line, header included.
		const dropTouchpoints = (text: string) =>
			text
				.split('\n')
				.map((line) => line.split(',').toSpliced(8, 1).join(','))
				.join('\n');
		const result = run(dropTouchpoints);
		expect(result.code).toBe(1);
		expect(result.errors[0]).toBe(`Scorecards not built: 1 problem in ${data}. Nothing was written.`);
		expect(result.problems).toEqual(['metrics.csv:1: touchpoints: Missing column "touchpoints"']);
		expectNothingWritten();
	});

	it('reports an unknown column with a did-you-mean', () => {
		const result = run((text) => text.replace(',revenue,', ',revnue,'));
		expect(result.problems).toEqual([
			'metrics.csv:1: revnue: Unknown column "revnue"; did you mean "revenue"?',
			'metrics.csv:1: revenue: Missing column "revenue"',
		]);
		expectNothingWritten();
	});

	it('reports values of the wrong type or out of range', () => {
		const result = run(replaceLine(2, 'acme,2026-Q3,ten,6,2,30000,,120,8,11,-1,8,90,2,2,4,1,1'));
		expect(result.code).toBe(1);
		expect(result.problems).toEqual([
			'metrics.csv:3: referrals: Expected a whole number, 0 or more, found "ten"',
			'metrics.csv:3: retention_rate: Expected a percentage from 0 to 100, found "120"',
			'metrics.csv:3: satisfaction: Expected a rating from 1 to 10, found "11"',
			'metrics.csv:3: resolution_days: Expected an amount, 0 or more, found "-1"',
		]);
		expectNothingWritten();
	});

	it('reports a malformed quarter and a malformed date', () => {
		writeFileSync(join(data, 'partners.csv'), partnersCsv.replace('2024-03-01', '2024-3-1'));
		const result = run(replaceLine(1, good('acme', '2026-Q5')));
		expect(result.problems).toEqual([
			'partners.csv:3: joined: Expected a date as YYYY-MM-DD, found "2024-3-1"',
			'metrics.csv:2: quarter: Expected a quarter such as "2026-Q3", found "2026-Q5"',
		]);
		expectNothingWritten();
	});

	it('reports a metrics row for a partner not in partners.csv', () => {
		const result = run(replaceLine(3, good('zenit', '2026-Q3')));
		expect(result.problems).toEqual([
			'metrics.csv:4: partner_id: Expected a partner id from partners.csv, found "zenit"; did you mean "zenith"?',
		]);
		expectNothingWritten();
	});

	it('reports a duplicate partner and quarter', () => {
		const result = run((text) => `${text}\n${good('acme', '2026-Q2')}`);
		expect(result.problems).toEqual([
			'metrics.csv:5: quarter: Expected one row per partner and quarter, found a second row for "acme" in 2026-Q2 (first on line 2)',
		]);
		expectNothingWritten();
	});

	it('reports a duplicate partner id', () => {
		const result = run((text) => `${text}\nacme,Acme again,agency,referral,2024-02-01,`, 'partners.csv');
		expect(result.problems).toEqual(['partners.csv:4: id: Duplicate partner id "acme" (first on line 2)']);
		expectNothingWritten();
	});

	it('reports an unknown type or model, listing the allowed ones', () => {
		const result = run(
			(text) => text.replace('agency,referral', 'reseller,referral').replace('strategic-alliance', 'franchise'),
			'partners.csv',
		);
		expect(result.problems).toEqual([
			'partners.csv:2: type: Expected a partner type id, one of: content-creator, software, agency, found "reseller"',
			'partners.csv:3: model: Expected a partnership model id, one of: referral, value-exchange, strategic-alliance, found "franchise"',
		]);
		expectNothingWritten();
	});

	it('reports conversions above qualified leads', () => {
		const result = run(replaceLine(1, 'acme,2026-Q2,12,6,7,30000,,88,8,8,3,8,90,2,2,4,1,1'));
		expect(result.problems).toEqual(['metrics.csv:2: conversions: Expected at most qualified_leads (6), found "7"']);
		expectNothingWritten();
	});

	it('reports an invalid ratings record by file and field', () => {
		const record = JSON.parse(readFileSync('content/data/ratings/ledgerline-2026-Q3-partner.json', 'utf8'));
		record.partnerId = 'acme';
		record.ratings[1].received = 11;
		writeFileSync(join(data, 'ratings', 'acme-2026-Q3-partner.json'), JSON.stringify(record));
		writeFileSync(join(data, 'ratings', 'broken.json'), '{ "version": 1,');
		const result = run();
		expect(result.problems).toEqual([
			'ratings/acme-2026-Q3-partner.json:1: ratings.1.received: Expected a rating from 1 to 10, found 11',
			expect.stringMatching(/^ratings\/broken\.json: Expected a JSON value-exchange record, found invalid JSON \(/),
		]);
		expectNothingWritten();
	});

	it('lists every problem in one run, capped with a count of the rest', () => {
		const rows = Array.from({ length: MAX_PROBLEMS + 5 }, (_, i) =>
			// Quarters up to 2025: later ones would also be refused as after the build date.
			good('nobody', `20${10 + (i % 16)}-Q${(i % 4) + 1}`),
		);
		const result = run((text) => `${text}\n${rows.join('\n')}`);
		expect(result.errors[0]).toBe(
			`Scorecards not built: ${MAX_PROBLEMS + 5} problems in ${data}. Nothing was written.`,
		);
		expect(result.problems).toHaveLength(MAX_PROBLEMS + 1);
		expect(result.problems[0]).toBe(
			'metrics.csv:5: partner_id: Expected a partner id from partners.csv, found "nobody"',
		);
		expect(result.problems.at(-1)).toBe('…and 5 more problems.');
		expectNothingWritten();
	});

	it('refuses to replace an --out folder holding other files', () => {
		writeFileSync(join(out, 'index.html'), 'keep me');
		const result = run();
		expect(result.code).toBe(1);
		expect(result.errors[0]).toMatch(
			/^Scorecards not written: Refusing to replace .*: it holds other files \(index\.html\)/,
		);
		expect(readFileSync(join(out, 'scorecards.json'), 'utf8')).toBe('previous');
	});
});
