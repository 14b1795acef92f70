import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/data/csv-read';
import { parsePartners, readPartners } from '../../../src/lib/partners/read';

const header = 'id,name,type,model,joined,track';
const row = (track = '') => `acme,Acme,agency,referral,2025-01-02,${track}`;
const messages = (text: string, trackIds?: string[]) =>
	parsePartners(text, 'partners.csv', { trackIds }).problems.map(formatProblem);

describe('partners.csv: nothing published silently', () => {
	it.each([[''], ['\n\n'], ['\uFEFF'], ['   \r\n']])(
		'an empty file %j says so once, and names no partner unknown',
		(text) => {
			const result = parsePartners(text, 'partners.csv');
			expect(result.problems.map(formatProblem)).toEqual([
				'partners.csv:1: Expected a header row (id,name,type,model,joined,track,salt) and one row per partner, found an empty file',
			]);
			// No ids: nothing elsewhere is reported as naming an unknown partner.
			expect(result.ids).toBeUndefined();
		},
	);
	it('a header without rows says so once', () => {
		const result = parsePartners(`${header}\n`, 'partners.csv');
		expect(result.problems.map(formatProblem)).toEqual([
			'partners.csv:2: Expected at least one partner row under the header, found none; every metrics row, rating record and spotlight names a partner from this file',
		]);
		expect(result.ids).toBeUndefined();
	});
	it('refuses a track that does not exist, naming the track ids', () => {
		expect(messages(`${header}\n${row('agencys')}\n`, ['agencies', 'software-partners'])).toEqual([
			'partners.csv:2: track: Expected an onboarding track id (a folder in content/tracks/), one of: agencies, software-partners, found "agencys"',
		]);
		expect(messages(`${header}\n${row('agencies')}\n`, ['agencies'])).toEqual([]);
		expect(messages(`${header}\n${row()}\n`, ['agencies'])).toEqual([]);
	});
	it('refuses a column named twice', () => {
		expect(messages(`id,name,type,model,joined,track,name\n${row()},Evil\n`)).toEqual([
			'partners.csv:1: name: Expected each column once in the header, found "name" as column 2 and again as column 7; remove or rename one of them',
		]);
	});
	it('refuses a whitespace-only name', () => {
		expect(messages(`${header}\nacme,"   ",agency,referral,2025-01-02,\n`)).toEqual([
			'partners.csv:2: name: Expected a partner name, found ""',
		]);
	});
});

describe('readPartners', () => {
	let dir: string | undefined;
	afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));
	it('refuses a file that is not UTF-8, naming the line', () => {
		dir = mkdtempSync(join(tmpdir(), 'partners-'));
		const file = join(dir, 'partners.csv');
		writeFileSync(
			file,
			Buffer.concat([
				Buffer.from(`${header}\nacme,Caf`),
				Buffer.from([0xe9]),
				Buffer.from(',agency,referral,2025-01-02,\n'),
			]),
		);
		const result = readPartners(file)!;
		expect(result.problems.map(formatProblem)).toEqual([
			`${file}:2: Expected text encoded as UTF-8, found 0xe9 at byte 40 inside a character; save the file as UTF-8 in your editor (Excel: "CSV UTF-8")`,
		]);
		expect(result.ids).toBeUndefined();
	});
	it('is undefined when there is no file', () => {
		expect(readPartners('/nonexistent/partners.csv')).toBeUndefined();
	});
});

describe('the optional salt column', () => {
	it('is optional, and taken when given', () => {
		const { partners, problems } = parsePartners(`${header},salt\n${row()},2026-11\n`, 'partners.csv', {});
		expect(problems).toEqual([]);
		expect(partners[0]?.salt).toBe('2026-11');
		expect(parsePartners(`${header}\n${row()}\n`, 'partners.csv', {}).partners[0]?.salt).toBeUndefined();
	});
	it('refuses a salt with spaces or symbols, quoting it', () => {
		expect(messages(`${header},salt\n${row()},new salt!\n`).join('\n')).toMatch(
			/partners\.csv:2: salt: Expected up to 64 letters/,
		);
	});
});
