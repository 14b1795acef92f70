import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import { UserError, quote } from '../core/errors';

/**
 * YAML read the way our checks need it: with the core schema, which keeps an unquoted `2026-02-30` as the text the
 * author wrote (YAML 1.1, as Astro's frontmatter parser reads it, makes it a Date of 2 March), and with the line
 * of every field, so each problem names the line to fix.
 */
export interface YamlSource {
	data: unknown;
	/** The line of the value at `path`, or of the nearest field above it that exists (a missing field's parent). */
	lineOf(path: readonly PropertyKey[]): number;
	/** Every unquoted value that YAML 1.1 would read as a date or timestamp, with its field path and line. */
	dateLike: { path: (string | number)[]; value: string; line: number }[];
}

// YAML 1.1's timestamp: what a YAML 1.1 parser turns into a Date (month and day may have one digit).
const timestamp = /^(\d{4})-(\d\d?)-(\d\d?)(?:$|[Tt]|[ \t]+\d)/;

/** Whether year, month and day name a day that exists (2026-02-30 does not). */
export function isCalendarDate(year: number, month: number, day: number): boolean {
	if (month < 1 || month > 12 || day < 1) return false;
	// Date.UTC maps years 0-99 to 1900-1999 (and 1900 is no leap year), so set all three parts at once.
	const date = new Date(0);
	date.setUTCFullYear(year, month - 1, day);
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Parses `text` (a whole YAML file, or the frontmatter starting on line `firstLine` of its file). Throws a
 * `UserError` naming `file` and the line of the first syntax error.
 */
export function parseYamlSource(text: string, file: string, firstLine = 1, what = 'Not valid YAML'): YamlSource {
	const lineCounter = new LineCounter();
	const document = parseDocument(text, { lineCounter, schema: 'core' }) as Document.Parsed;
	const lineAt = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
	if (document.errors.length) {
		const [first] = document.errors;
		throw new UserError(
			// yaml's own "at line 1, column 10" counts from the frontmatter; the file's line is given instead.
			`${file}:${lineAt(first!.pos[0])}: ${what}: ${first!.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`,
			'Check the indentation, and quote values that contain a colon.',
		);
	}
	const dateLike: YamlSource['dateLike'] = [];
	const walk = (node: unknown, path: (string | number)[]) => {
		if (isMap(node)) {
			for (const pair of node.items) {
				const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
				walk(pair.value, [...path, key]);
			}
		} else if (isSeq(node)) {
			node.items.forEach((item, index) => walk(item, [...path, index]));
		} else if (isScalar(node) && node.type === 'PLAIN' && typeof node.value === 'string') {
			if (timestamp.test(node.value)) dateLike.push({ path, value: node.value, line: lineAt(node.range?.[0] ?? 0) });
		}
	};
	walk(document.contents, []);
	return {
		data: document.toJS() ?? {},
		lineOf(path) {
			// The line of the field's key ("factors:"), not of its value, which for a list starts a line below.
			for (let length = path.length; length > 0; length--) {
				const parent = length === 1 ? document.contents : document.getIn(path.slice(0, length - 1) as unknown[], true);
				const key = path[length - 1];
				let node: Node | null | undefined;
				if (isMap(parent)) {
					const pair = parent.items.find((item) => (isScalar(item.key) ? item.key.value : item.key) === key);
					node = (pair?.key as Node | undefined) ?? undefined;
				} else if (isSeq(parent) && typeof key === 'number') {
					node = parent.items[key] as Node | undefined;
				}
				const offset = node?.range?.[0];
				if (offset !== undefined) return lineAt(offset);
			}
			return firstLine;
		},
		dateLike,
	};
}

/**
 * Unquoted dates that are not real calendar days, as `file:line: field: message` lines: a YAML 1.1 parser would
 * roll `2026-02-30` over to 2 March and publish that. `skip` holds fields already reported (by a schema).
 */
export function impossibleDates(source: YamlSource, file: string, skip: ReadonlySet<string> = new Set()): string[] {
	return source.dateLike
		.filter(({ value, path }) => {
			const [, year, month, day] = timestamp.exec(value)!;
			return !skip.has(path.join('.')) && !isCalendarDate(Number(year), Number(month), Number(day));
		})
		.map(
			({ path, value, line }) =>
				`${file}:${line}: ${path.join('.') || '(root)'}: Expected a real calendar date as YYYY-MM-DD, found ${quote(value)}; a YAML parser would move it to another day`,
		);
}
