import { existsSync } from 'node:fs';
import { ProblemsError } from '../core/errors';
import { countOf } from '../core/plural';
import { repeats } from '../core/unique';
import { byLine, formatProblem, readCsv, validateRows, type DataProblem } from '../data/csv-read';
import { programIds } from '../core/config';
import { readUtf8File } from '../data/utf8';
import { partnerColumns, partnerSchema, type Partner } from './schema';

/** What partners.csv is checked against besides the configured ids. */
export interface PartnerOptions {
	/** Onboarding track ids in the content folder; a partner's `track` must be one. Unchecked when undefined. */
	trackIds?: readonly string[] | undefined;
}

/** A partner file, read: its valid rows, every id it names with its line, and every problem. */
export interface PartnerFile {
	partners: (Partner & { line: number })[];
	ids: Map<string, number> | undefined;
	problems: DataProblem[];
}

/** Reads and parses `file` (strict UTF-8); undefined when it does not exist. */
export function readPartners(file: string, options: PartnerOptions = {}): PartnerFile | undefined {
	if (!existsSync(file)) return undefined;
	const read = readUtf8File(file);
	if ('problem' in read) {
		const { line, message } = read.problem;
		return { partners: [], ids: undefined, problems: [{ file, line, message }] };
	}
	return parsePartners(read.text, file, options);
}

/**
 * Parses and validates `partners.csv`, including duplicate ids. `ids` maps the id cell of every row, valid or
 * not, to its first line, so a row with a bad cell still counts as naming its partner; it is undefined when the
 * header has no id column (then no id can be checked against it). Every row is checked, and a duplicate id is
 * found whether or not its rows have other problems, so one run reports everything.
 */
export function parsePartners(text: string, file: string, { trackIds }: PartnerOptions = {}): PartnerFile {
	if (!text.replace(/^\uFEFF/, '').trim()) {
		// One clear problem, rather than a header problem per column here and "unknown partner" everywhere else.
		const message = `Expected a header row (${partnerColumns.join(',')}) and one row per partner, found an empty file`;
		return { partners: [], ids: undefined, problems: [{ file, line: 1, message }] };
	}
	const table = readCsv(text, file, partnerColumns, ['track', 'salt']);
	const { rows, problems, missing } = table;
	// Not valid CSV, or no header: problems without a column, and no rows to take ids from.
	const unreadable = !rows.length && problems.some((problem) => !problem.column);
	if (!rows.length && !unreadable) {
		// An empty list would make every partner id elsewhere "unknown": one problem here says what is wrong.
		problems.push({
			file,
			line: 2,
			message:
				'Expected at least one partner row under the header, found none; every metrics row, rating record and spotlight names a partner from this file',
		});
		return { partners: [], ids: undefined, problems: byLine(problems) };
	}
	const named = missing.includes('id') ? [] : rows.filter((row) => row.values.id);
	const ids = missing.includes('id') || unreadable ? undefined : new Map<string, number>();
	for (const row of named) if (!ids?.has(row.values.id!)) ids?.set(row.values.id!, row.line);
	const schema = partnerSchema({ ...programIds, trackIds });
	const { valid, problems: rowProblems } = validateRows(rows, file, schema, table);
	problems.push(...rowProblems);
	const repeated = repeats(named, (row) => row.values.id!);
	for (const { index, key, first } of repeated) {
		problems.push({
			file,
			line: named[index]!.line,
			column: 'id',
			message: `Duplicate partner id "${key}" (first on line ${named[first]!.line})`,
		});
	}
	const dropped = new Set(repeated.map((repeat) => named[repeat.index]!.line));
	const partners = valid.filter(({ line }) => !dropped.has(line)).map(({ line, data }) => ({ ...data, line }));
	return { partners, ids, problems: byLine(problems) };
}

/**
 * The one reader of a partner file: undefined when `file` does not exist, a `UserError` listing every problem when
 * it is invalid. Every caller (pages, the CMS, scripts) reads partners through this or `parsePartners`.
 */
export function readPartnersFile(file: string): (Partner & { line: number })[] | undefined {
	const read = readPartners(file);
	if (!read) return undefined;
	const { partners, problems } = read;
	if (problems.length) {
		throw new ProblemsError(
			`${file} has ${countOf(problems.length, { one: 'problem', other: 'problems' })}:`,
			problems.map(formatProblem),
			'Fix the rows listed above; the header is id,name,type,model,joined,track (salt optional).',
		);
	}
	return partners;
}

/** The partners a form offers: id and name, sorted by name. */
export function partnerChoices(partners: readonly Partner[]): { id: string; name: string }[] {
	return partners.map(({ id, name }) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
}
