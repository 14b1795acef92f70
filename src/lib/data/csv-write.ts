/**
 * The one CSV writer (RFC 4180), for the scorecards build and for downloads made in the browser: no Node imports,
 * so islands can use it. Reading CSV lives in csv-read.ts. Hand-written rather than csv-stringify, which was the
 * slowest step of the scorecards on the largest data (bench/scorecards.ts; figures in docs/benchmarks.md).
 */

/** Characters that make a spreadsheet read a cell as a formula. */
const formulaStart = /^[=+\-@\t\r]/;

/**
 * One cell: quoted when it holds a comma, quote, line break or edge space, with quotes doubled. A text cell that
 * would start a formula gets a leading apostrophe so that a shared file cannot run one (CSV injection).
 */
export function csvCell(value: string | number): string {
	if (typeof value === 'number') return String(value);
	const safe = formulaStart.test(value) ? `'${value}` : value;
	return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** How a CSV file is laid out. */
export interface CsvLayout {
	/** Start with a UTF-8 byte order mark, so that Excel reads the file as UTF-8. Default: false. */
	bom?: boolean;
	/** What ends every line, the last one included. Default: "\r\n", as spreadsheets expect. */
	eol?: '\r\n' | '\n';
}

/** Rows (the header first) to CSV text. */
export function toCsv(
	rows: readonly (readonly (string | number)[])[],
	{ bom = false, eol = '\r\n' }: CsvLayout = {},
): string {
	return (bom ? '\uFEFF' : '') + rows.map((row) => row.map(csvCell).join(',')).join(eol) + eol;
}
