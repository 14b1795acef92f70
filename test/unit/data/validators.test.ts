import { describe, expect, it } from 'vitest';
import { formatProblem, readCsv } from '../../../src/lib/data/csv-read';
import { decodeUtf8 } from '../../../src/lib/data/utf8';

const bytes = (...parts: (string | number[])[]) =>
	new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...new TextEncoder().encode(part)] : part)));

describe('decodeUtf8', () => {
	it('decodes valid UTF-8, BOM and all', () => {
		// The BOM goes, as the CSV and frontmatter readers would drop it anyway.
		expect(decodeUtf8(bytes('\uFEFFcafé 😀\n'))).toEqual({ text: 'café 😀\n' });
	});
	it.each([
		['a Latin-1 é', bytes('id,name\nacme,caf', [0xe9], '\n'), 2, 16],
		['a lone continuation byte', bytes('a\nb\nc', [0x80]), 3, 5],
		['a truncated sequence at the end', bytes('ok ', [0xe2, 0x82]), 1, 3],
		['an overlong encoding', bytes([0xc0, 0xaf]), 1, 0],
		['a UTF-16 surrogate', bytes('x', [0xed, 0xa0, 0x80]), 1, 1],
	])('refuses %s, naming the line and byte instead of publishing U+FFFD', (_, input, line, byte) => {
		const result = decodeUtf8(input);
		expect(result).toMatchObject({ problem: { line, byte } });
		expect('problem' in result && result.problem.message).toMatch(
			/^Expected text encoded as UTF-8, found (0x[0-9a-f]{2}|the end of the file) at byte \d+ inside a character/,
		);
	});
});

describe('readCsv header', () => {
	it('refuses a column named twice, keeping the first copy instead of letting the second win', () => {
		const { rows, problems } = readCsv('id,name,name\nacme,Acme,Evil\n', 'p.csv', ['id', 'name']);
		expect(problems.map(formatProblem)).toEqual([
			'p.csv:1: name: Expected each column once in the header, found "name" as column 2 and again as column 3; remove or rename one of them',
		]);
		expect(rows[0]!.values).toEqual({ id: 'acme', name: 'Acme' });
	});
	it('reports a row with more cells than the header once, with the row', () => {
		const { problems, overfull } = readCsv('id,name\nacme,Acme,Ltd\n', 'p.csv', ['id', 'name']);
		expect(overfull).toEqual([2]);
		expect(problems.map(formatProblem)).toEqual([
			'p.csv:2: Expected 2 cells, one per column of the header, found 3 in "acme,Acme,Ltd"; put a cell that holds a comma in double quotes, as in "Pixel & Prose, Ltd."',
		]);
	});
});
