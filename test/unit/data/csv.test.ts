import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../src/lib/data/csv-read';
import { csvCell, toCsv } from '../../../src/lib/data/csv-write';

/** What readCsv returned before it counted lines itself: csv-parse's own records and `info.lines`. */
function viaCsvParseInfo(text: string, columns: readonly string[]) {
	let records: { record: string[]; info: { lines: number } }[];
	try {
		records = parse(text, {
			bom: true,
			info: true,
			skip_empty_lines: true,
			relax_column_count: true,
		}) as unknown as typeof records;
	} catch (error) {
		return { error: `Not valid CSV: ${(error as Error).message}`, line: (error as { lines?: number }).lines };
	}
	return records.slice(1).map(({ record, info }) => ({
		line: info.lines,
		values: Object.fromEntries(columns.map((name, index) => [name, record[index]?.trim() ?? ''])),
	}));
}

function readCsvResult(text: string, columns: readonly string[]) {
	const { rows, problems } = readCsv(text, 'f.csv', columns);
	// Rows with extra cells are read too (and reported, see below); only unreadable CSV stops reading.
	const fatal = problems.filter((problem) => problem.message.startsWith('Not valid CSV'));
	return fatal.length ? { error: fatal[0]!.message, line: fatal[0]!.line } : rows;
}

/** Seeded random CSV texts: quoted cells with commas, quotes and line breaks, blank lines, every line ending. */
function* randomCsvTexts(count: number): Generator<string> {
	let seed = 42;
	const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
	const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
	const cells = ['x', ' y ', '', '12', '"q"', '"a,b"', '"two\nlines"', '"crlf\r\ninside"', '"say ""hi"""', 'é€'];
	for (let n = 0; n < count; n++) {
		const eol = pick(['\n', '\r\n', '\r']);
		const quoted = next() < 0.5;
		const lines = ['a,b,c'];
		for (let row = 0, rows = 1 + Math.floor(next() * 6); row < rows; row++) {
			const width = Math.floor(next() * 5);
			const line = Array.from({ length: width }, () => pick(quoted ? cells : cells.slice(0, 4))).join(',');
			lines.push(line);
		}
		let text = lines.join(next() < 0.9 ? eol : pick(['\n', '\r\n', '\r']));
		if (next() < 0.5) text += eol;
		if (next() < 0.2) text = `\uFEFF${text}`;
		if (next() < 0.1) text = text.replace(',', ',"bad"x,');
		yield text;
	}
}

describe('readCsv', () => {
	it('returns the records and lines csv-parse reports, with and without quotes, blank lines and any line ending', () => {
		const columns = ['a', 'b', 'c'];
		for (const text of randomCsvTexts(3000)) {
			expect(readCsvResult(text, columns), JSON.stringify(text)).toEqual(viaCsvParseInfo(text, columns));
		}
	});

	it('splits a large quote-free file exactly as csv-parse does', () => {
		const lines = ['a,b,c', ...Array.from({ length: 500 }, (_, i) => `${i},,row ${i} `)];
		for (const eol of ['\n', '\r\n']) {
			const text = `\uFEFF${lines.join(eol)}${eol}`;
			expect(readCsvResult(text, ['a', 'b', 'c'])).toEqual(viaCsvParseInfo(text, ['a', 'b', 'c']));
		}
	});
});

describe('toCsv', () => {
	it('quotes cells with a comma, quote or line break, guards formulas, and round-trips through csv-parse', () => {
		expect(['plain', 'a,b', 'say "hi"', 'two\nlines', 'cr\ronly', 42, 0.5, ''].map(csvCell)).toEqual([
			'plain',
			'"a,b"',
			'"say ""hi"""',
			'"two\nlines"',
			'"cr\ronly"',
			'42',
			'0.5',
			'',
		]);
		const rows = [
			['Acme, "the best" Ltd.', 7, 'multi\r\nline', ''],
			['=formula', -1, 'é€', ' spaced '],
		];
		const text = toCsv([['name', 'score', 'note', 'empty'], ...rows], { bom: true, eol: '\n' });
		expect(text.startsWith('\uFEFFname,score,note,empty\n')).toBe(true);
		expect(text.endsWith('\n')).toBe(true);
		// Every text cell that would start a formula is guarded, whichever file it is written to.
		expect(parse(text, { bom: true })).toEqual([
			['name', 'score', 'note', 'empty'],
			['Acme, "the best" Ltd.', '7', 'multi\r\nline', ''],
			["'=formula", '-1', 'é€', ' spaced '],
		]);
	});
});
