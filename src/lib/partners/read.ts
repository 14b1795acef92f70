import { readCsv, validateRows, type DataProblem } from '../data/csv-read';
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
	const firstLine = new Map<string, number>();
	const partners: (Partner & { line: number })[] = [];
	for (const { line, data } of valid) {
		const seen = firstLine.get(data.id);
		if (seen !== undefined) {
			problems.push({ file, line, column: 'id', message: `Duplicate partner id "${data.id}" (first on line ${seen})` });
			continue;
		}
		firstLine.set(data.id, line);
		partners.push({ ...data, line });
	}
	return { partners, ids, problems };
}
