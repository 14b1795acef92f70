import { existsSync, readFileSync } from 'node:fs';
import { UserError } from '../core/errors';
import { repeats } from '../core/unique';
import { formatProblem, readCsv, validateRows, type DataProblem } from '../data/csv-read';
import { programIds } from '../core/config';
import { partnerColumns, partnerSchema, type Partner } from './schema';

/**
 * Parses and validates `partners.csv`, including duplicate ids. `ids` holds the id cell of every row, valid or
 * not (none when the header is wrong), so a row with a bad cell still counts as naming its partner.
 */
export function parsePartners(
	text: string,
	file: string,
): { partners: (Partner & { line: number })[]; ids: Set<string>; problems: DataProblem[] } {
	const { rows, problems } = readCsv(text, file, partnerColumns, ['track']);
	const ids = new Set(rows.map((row) => row.values.id!));
	const { valid, problems: rowProblems } = validateRows(rows, file, partnerSchema(programIds));
	problems.push(...rowProblems);
	const repeated = repeats(valid, (row) => row.data.id);
	for (const { index, key, first } of repeated) {
		problems.push({
			file,
			line: valid[index]!.line,
			column: 'id',
			message: `Duplicate partner id "${key}" (first on line ${valid[first]!.line})`,
		});
	}
	const dropped = new Set(repeated.map((repeat) => repeat.index));
	const partners = valid.filter((_, index) => !dropped.has(index)).map(({ line, data }) => ({ ...data, line }));
	return { partners, ids, problems };
}

/**
 * The one reader of a partner file: undefined when `file` does not exist, a `UserError` listing every problem when
 * it is invalid. Every caller (pages, the CMS, scripts) reads partners through this or `parsePartners`.
 */
export function readPartnersFile(file: string): (Partner & { line: number })[] | undefined {
	if (!existsSync(file)) return undefined;
	const { partners, problems } = parsePartners(readFileSync(file, 'utf8'), file);
	if (problems.length) {
		throw new UserError(
			`${file} has ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}:\n${problems.map((problem) => `  - ${formatProblem(problem)}`).join('\n')}`,
			'Fix the rows listed above; the header is id,name,type,model,joined,track.',
		);
	}
	return partners;
}

/** The partners a form offers: id and name, sorted by name. */
export function partnerChoices(partners: readonly Partner[]): { id: string; name: string }[] {
	return partners.map(({ id, name }) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
}
