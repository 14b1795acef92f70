/**
 * Writing CSV (RFC 4180) for downloads made in the browser: no Node imports, so islands can use it.
 * Reading CSV lives in csv.ts.
 */

/** Characters that make a spreadsheet read a cell as a formula. */
const formulaStart = /^[=+\-@\t\r]/;

/**
 * One cell: quoted when it holds a comma, quote, line break or edge space, with quotes doubled. A cell that
 * would start a formula gets a leading apostrophe so that a shared file cannot run one (CSV injection).
 */
export function csvCell(value: string | number): string {
	if (typeof value === 'number') return String(value);
	const safe = formulaStart.test(value) ? `'${value}` : value;
	return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows to CSV text with CRLF line ends, as spreadsheets expect. */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
	return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
