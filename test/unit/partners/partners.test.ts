import { describe, expect, it } from 'vitest';
import { closest, formatProblem } from '../../../src/lib/data/csv-read';
import { parsePartners } from '../../../src/lib/partners/read';

const header = 'id,name,type,model,joined,track';
const messages = (text: string) => parsePartners(text, 'partners.csv').problems.map(formatProblem);

describe('parsePartners', () => {
	it('accepts a BOM, CRLF endings and quoted names with commas and quotes', () => {
		const text = `\uFEFF${header}\r\nacme,"Acme, ""the best"" Ltd.",agency,referral,2025-01-02,agencies\r\nzed,Zed,software,value-exchange,2025-02-03,\r\n`;
		const { partners, problems } = parsePartners(text, 'partners.csv');
		expect(problems).toEqual([]);
		expect(partners.map((p) => [p.line, p.name, p.track])).toEqual([
			[2, 'Acme, "the best" Ltd.', 'agencies'],
			[3, 'Zed', undefined],
		]);
	});
	it('names file, line and column for bad cells, listing allowed values', () => {
		expect(messages(`${header}\nacme,Acme,reseller,referral,2025-02-30,\n`)).toEqual([
			'partners.csv:2: type: Expected a partner type id, one of: content-creator, software, agency, found "reseller"',
			'partners.csv:2: joined: Expected a real calendar date, found "2025-02-30"',
		]);
	});
	it('reports duplicate ids with the first line', () => {
		expect(messages(`${header}\na,A,agency,referral,2025-01-01,\na,B,agency,referral,2025-01-01,\n`)).toEqual([
			'partners.csv:3: id: Duplicate partner id "a" (first on line 2)',
		]);
	});
	it('reports unknown columns with a guess, and missing ones', () => {
		expect(messages('id,nmae,type,model,joined\na,A,agency,referral,2025-01-01\n')).toEqual([
			'partners.csv:1: nmae: Unknown column "nmae"; did you mean "name"?',
			'partners.csv:1: name: Missing column "name"',
		]);
	});
	it('counts lines through quoted cells that span lines', () => {
		const { partners } = parsePartners(
			`${header}\na,"Two\nlines",agency,referral,2025-01-01,\nb,B,agency,referral,2025-01-01,\n`,
			'p.csv',
		);
		expect(partners.map((p) => p.line)).toEqual([3, 4]);
	});
});

describe('closest', () => {
	it('suggests near names only', () => {
		expect(closest('revnue', ['revenue', 'referrals'])).toBe('revenue');
		expect(closest('colour', ['revenue', 'referrals'])).toBeUndefined();
	});
});
