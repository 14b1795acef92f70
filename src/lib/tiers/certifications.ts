import { existsSync } from 'node:fs';
import { ProblemsError, quote } from '../core/errors';
import { countOf } from '../core/plural';
import { byLine, closest, formatProblem, readCsv, validateRows, type DataProblem } from '../data/csv-read';
import { readUtf8File } from '../data/utf8';
import { certificationColumns, certificationSchema, type Certification } from './certification-schema';

/** What certification rows are checked against. */
export interface CertificationIds {
	/** Partner ids in partners.csv; undefined when it could not be read, which skips that check. */
	partnerIds: ReadonlySet<string> | undefined;
	/** Quiz ids: the file names in content/quizzes/. */
	quizIds: readonly string[];
}

/** Parses and validates `certifications.csv`: every row, every cell, and every partner id against partners.csv. */
export function parseCertifications(
	text: string,
	file: string,
	ids: CertificationIds,
): { certifications: Certification[]; problems: DataProblem[] } {
	const table = readCsv(text, file, certificationColumns);
	const { valid, problems } = validateRows(table.rows, file, certificationSchema(ids), table);
	problems.push(...table.problems);
	const known = ids.partnerIds ? [...ids.partnerIds] : [];
	const certifications: Certification[] = [];
	for (const { line, data } of valid) {
		if (ids.partnerIds && !ids.partnerIds.has(data.partner_id)) {
			const guess = closest(data.partner_id, known);
			problems.push({
				file,
				line,
				column: 'partner_id',
				message: `Expected a partner id from partners.csv, found ${quote(data.partner_id)}${guess ? `; did you mean "${guess}"?` : ''}`,
			});
			continue;
		}
		certifications.push(data);
	}
	return { certifications, problems: byLine(problems) };
}

/**
 * The one reader of the certifications file: an empty list when it does not exist (the file is optional), a
 * `UserError` listing every problem when it is invalid.
 */
export function readCertificationsFile(file: string, ids: CertificationIds): Certification[] {
	if (!existsSync(file)) return [];
	// Strict UTF-8: a bad byte is refused with its line, never read as U+FFFD.
	const read = readUtf8File(file);
	if ('problem' in read) {
		throw new ProblemsError(`${file} is not valid UTF-8:`, [`${file}:${read.problem.line}: ${read.problem.message}`]);
	}
	const { certifications, problems } = parseCertifications(read.text, file, ids);
	if (problems.length) {
		throw new ProblemsError(
			`${file} has ${countOf(problems.length, { one: 'problem', other: 'problems' })}:`,
			problems.map(formatProblem),
			`Fix the rows listed above; the header is ${certificationColumns.join(',')}, and a quiz id is its file name in content/quizzes/ without ".yaml".`,
		);
	}
	return certifications;
}
