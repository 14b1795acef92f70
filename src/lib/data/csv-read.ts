import { parse } from 'csv-parse/sync';
import type { z } from 'astro/zod';
import { quote } from '../core/errors';

/** One problem in a data file, printed as `<file>:<line>: <column>: <message>`. */
export interface DataProblem {
	file: string;
	/** 1-based line in the file; the header is line 1. */
	line?: number | undefined;
	/** The column or field at fault. */
	column?: string | undefined;
	message: string;
}

export function formatProblem(problem: DataProblem): string {
	const where = [problem.file, problem.line].filter((part) => part !== undefined).join(':');
	return problem.column ? `${where}: ${problem.column}: ${problem.message}` : `${where}: ${problem.message}`;
}

/** Problems in line order (stable), so each row's problems read together however they were found. */
export function byLine(problems: DataProblem[]): DataProblem[] {
	return problems
		.map((problem, index) => ({ problem, index }))
		.sort((a, b) => (a.problem.line ?? 0) - (b.problem.line ?? 0) || a.index - b.index)
		.map(({ problem }) => problem);
}

/** A parsed CSV row with the line it ends on (a quoted cell may span lines). */
export interface CsvRow {
	line: number;
	values: Record<string, string>;
}

/** Closest known name to `name` by edit distance, for "did you mean" hints; undefined when nothing is close. */
export function closest(name: string, known: readonly string[]): string | undefined {
	const distance = (a: string, b: string) => {
		const row = Array.from({ length: b.length + 1 }, (_, i) => i);
		for (let i = 1; i <= a.length; i++) {
			let prev = row[0]!;
			row[0] = i;
			for (let j = 1; j <= b.length; j++) {
				const current = row[j]!;
				row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
				prev = current;
			}
		}
		return row[b.length]!;
	};
	const ranked = known.map((candidate) => ({ candidate, d: distance(name, candidate) })).sort((a, b) => a.d - b.d);
	const best = ranked[0];
	return best && best.d <= Math.max(2, Math.floor(name.length / 3)) ? best.candidate : undefined;
}

/** Line breaks csv-parse counts inside a cell: every CR and every LF (a quoted CRLF counts two). */
function lineBreaks(cell: string): number {
	if (!cell.includes('\n') && !cell.includes('\r')) return 0;
	let count = 0;
	for (const char of cell) if (char === '\n' || char === '\r') count++;
	return count;
}

/**
 * The records of CSV text that holds no quote character and one kind of line ending; undefined otherwise.
 * Without quotes no cell can hold a comma or a line break, so splitting gives exactly what csv-parse returns
 * (test/unit/csv.test.ts compares the two), at a fifth of its cost on the 80,000 rows of a large metrics.csv.
 */
function splitUnquoted(text: string): string[][] | undefined {
	const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
	if (body.includes('"')) return undefined;
	const firstNewline = body.indexOf('\n');
	const eol = firstNewline > 0 && body[firstNewline - 1] === '\r' ? '\r\n' : '\n';
	const lines = body.split(eol);
	if (lines[lines.length - 1] === '') lines.pop();
	const records: string[][] = [];
	for (const line of lines) {
		// A CR (or, between CRLFs, an LF) inside a line: csv-parse decides what that means.
		if (line.includes('\r') || line.includes('\n')) return undefined;
		records.push(line.split(','));
	}
	return records;
}

/**
 * Parses CSV into records and the line each record ends on, as csv-parse's `info.lines` counts them. Asking
 * csv-parse for `info` made parsing 80,000 rows half as slow again, so lines are counted here: one per record
 * plus the line breaks inside its cells. Blank lines would shift that count (only csv-parse knows where they
 * were), and csv-parse does not count a line break that ends the file inside a cell, so a file with either
 * (a record that is a single empty cell, a last cell ending in CR or LF) takes csv-parse's own count instead.
 */
function parseRecords(text: string): { records: string[][]; lines: number[] } {
	const records = splitUnquoted(text) ?? (parse(text, { bom: true, relax_column_count: true }) as string[][]);
	const lastCell = records[records.length - 1]?.at(-1) ?? '';
	if (/[\r\n]$/.test(lastCell) || records.some((record) => record.length === 1 && record[0] === '')) {
		// With `info: true` csv-parse returns { record, info } objects; its types do not model that option.
		const withInfo = parse(text, {
			bom: true,
			info: true,
			skip_empty_lines: true,
			relax_column_count: true,
		}) as unknown as { record: string[]; info: { lines: number } }[];
		return { records: withInfo.map(({ record }) => record), lines: withInfo.map(({ info }) => info.lines) };
	}
	let line = 0;
	const lines = records.map((record) => {
		line++;
		for (const cell of record) line += lineBreaks(cell);
		return line;
	});
	return { records, lines };
}

/** A CSV file read against its expected columns. */
export interface CsvTable {
	rows: CsvRow[];
	/** Header problems and rows with more cells than the header. */
	problems: DataProblem[];
	/** Required columns the header lacks. */
	missing: string[];
	/** Lines of rows with more cells than the header: their cells are shifted, so they are not checked one by one. */
	overfull: number[];
}

/**
 * Reads CSV text (UTF-8 BOM, CRLF and quoted fields with commas or quotes accepted) and checks its header
 * against `columns`: every column required, no unknown ones. Blank cells come back as "".
 */
export function readCsv(
	text: string,
	file: string,
	columns: readonly string[],
	optional: readonly string[] = [],
): CsvTable {
	let parsed: { records: string[][]; lines: number[] };
	try {
		parsed = parseRecords(text);
	} catch (error) {
		const { lines } = error as { lines?: number };
		const problem = { file, line: lines, message: `Not valid CSV: ${(error as Error).message}` };
		return { rows: [], problems: [problem], missing: [], overfull: [] };
	}
	const { records, lines } = parsed;
	const header = records[0];
	if (!header) {
		const problem = { file, line: 1, message: `Expected a header row: ${columns.join(',')}` };
		return { rows: [], problems: [problem], missing: [], overfull: [] };
	}
	const names = header.map((name) => name.trim());
	const problems: DataProblem[] = [];
	// A column named twice would let its second copy overwrite the first in every row: refuse it, keep the first.
	const firstColumn = new Map<string, number>();
	const repeated = new Set<number>();
	names.forEach((name, index) => {
		const first = firstColumn.get(name);
		if (first === undefined) {
			firstColumn.set(name, index);
			return;
		}
		repeated.add(index);
		problems.push({
			file,
			line: 1,
			column: name || '(blank)',
			message: `Expected each column once in the header, found ${quote(name)} as column ${first + 1} and again as column ${index + 1}; remove or rename one of them`,
		});
	});
	for (const [index, name] of names.entries()) {
		if (!columns.includes(name) && !repeated.has(index)) {
			const guess = closest(name, columns);
			problems.push({
				file,
				line: 1,
				column: name || '(blank)',
				message: `Unknown column ${quote(name)}${guess ? `; did you mean "${guess}"?` : `; expected one of: ${columns.join(', ')}`}`,
			});
		}
	}
	const missing: string[] = [];
	for (const column of columns) {
		if (!names.includes(column) && !optional.includes(column)) {
			problems.push({ file, line: 1, column, message: `Missing column "${column}"` });
			missing.push(column);
		}
	}
	// The rows are still read under a bad header, so their own problems show in the same run; the cells of a
	// missing column are left to the header problem above (see `validateRows`).
	const rows: CsvRow[] = [];
	const overfull: number[] = [];
	for (let index = 1; index < records.length; index++) {
		const record = records[index]!;
		const values: Record<string, string> = {};
		for (let column = 0; column < names.length; column++) {
			if (!repeated.has(column)) values[names[column]!] = record[column]?.trim() ?? '';
		}
		rows.push({ line: lines[index]!, values });
		// Extra cells shift every value after them (usually an unquoted comma in a name): say so once, instead of
		// a misleading problem for each shifted cell. Missing trailing cells read as blank and the schema decides.
		if (record.length > names.length) {
			overfull.push(lines[index]!);
			problems.push({
				file,
				line: lines[index]!,
				message: `Expected ${names.length} cells, one per column of the header, found ${record.length} in ${quote(record.join(','))}; put a cell that holds a comma in double quotes, as in "Pixel & Prose, Ltd."`,
			});
		}
	}
	return { rows, problems, missing, overfull };
}

/**
 * Validates each row with `schema`, collecting one problem per bad cell. What `readCsv` already reported is not
 * reported again on every row: the cells of `missing` columns, and the shifted cells of `overfull` rows.
 */
export function validateRows<S extends z.ZodType>(
	rows: readonly CsvRow[],
	file: string,
	schema: S,
	{ missing = [], overfull = [] }: Partial<Pick<CsvTable, 'missing' | 'overfull'>> = {},
): { valid: { line: number; data: z.output<S> }[]; problems: DataProblem[] } {
	const valid: { line: number; data: z.output<S> }[] = [];
	const problems: DataProblem[] = [];
	const shifted = new Set(overfull);
	for (const row of rows) {
		if (shifted.has(row.line)) continue;
		const result = schema.safeParse(row.values);
		if (result.success) {
			valid.push({ line: row.line, data: result.data });
			continue;
		}
		for (const issue of result.error.issues) {
			if (missing.includes(String(issue.path[0]))) continue;
			const column = issue.path.join('.');
			const found = row.values[String(issue.path[0])];
			problems.push({ file, line: row.line, column, message: `${issue.message}, found ${quote(found ?? '')}` });
		}
	}
	return { valid, problems };
}
