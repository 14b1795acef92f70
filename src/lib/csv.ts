import { parse } from 'csv-parse/sync';
import type { z } from 'zod';
import { quote } from './friendly-errors';

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

/** A parsed CSV row with the line it started on. */
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

/**
 * Reads CSV text (UTF-8 BOM, CRLF and quoted fields with commas or quotes accepted) and checks its header
 * against `columns`: every column required, no unknown ones. Blank cells come back as "".
 */
export function readCsv(
	text: string,
	file: string,
	columns: readonly string[],
	optional: readonly string[] = [],
): { rows: CsvRow[]; problems: DataProblem[] } {
	let records: { record: string[]; info: { lines: number } }[];
	try {
		// With `info: true` csv-parse returns { record, info } objects; its types do not model that option.
		records = parse(text, {
			bom: true,
			info: true,
			skip_empty_lines: true,
			relax_column_count: true,
		}) as unknown as typeof records;
	} catch (error) {
		const { lines } = error as { lines?: number };
		return { rows: [], problems: [{ file, line: lines, message: `Not valid CSV: ${(error as Error).message}` }] };
	}
	const [header, ...body] = records;
	if (!header)
		return { rows: [], problems: [{ file, line: 1, message: `Expected a header row: ${columns.join(',')}` }] };
	const names = header.record.map((name) => name.trim());
	const problems: DataProblem[] = [];
	for (const name of names) {
		if (!columns.includes(name)) {
			const guess = closest(name, columns);
			problems.push({
				file,
				line: 1,
				column: name || '(blank)',
				message: `Unknown column ${quote(name)}${guess ? `; did you mean "${guess}"?` : `; expected one of: ${columns.join(', ')}`}`,
			});
		}
	}
	for (const column of columns) {
		if (!names.includes(column) && !optional.includes(column)) {
			problems.push({ file, line: 1, column, message: `Missing column "${column}"` });
		}
	}
	if (problems.length) return { rows: [], problems };
	const rows = body.map(({ record, info }) => {
		const values: Record<string, string> = {};
		names.forEach((name, index) => (values[name] = record[index]?.trim() ?? ''));
		// csv-parse counts lines read so far; a record ends on `info.lines`, and quoted cells may span lines.
		return { line: info.lines, values };
	});
	return { rows, problems };
}

/** Validates each row with `schema`, collecting one problem per bad cell. */
export function validateRows<S extends z.ZodTypeAny>(
	rows: readonly CsvRow[],
	file: string,
	schema: S,
	prepare: (values: Record<string, string>) => unknown = (values) => values,
): { valid: { line: number; data: z.output<S> }[]; problems: DataProblem[] } {
	const valid: { line: number; data: z.output<S> }[] = [];
	const problems: DataProblem[] = [];
	for (const row of rows) {
		const result = schema.safeParse(prepare(row.values));
		if (result.success) {
			valid.push({ line: row.line, data: result.data });
			continue;
		}
		for (const issue of result.error.issues) {
			const column = issue.path.join('.');
			const found = row.values[String(issue.path[0])];
			problems.push({ file, line: row.line, column, message: `${issue.message}, found ${quote(found ?? '')}` });
		}
	}
	return { valid, problems };
}
