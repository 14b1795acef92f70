/**
 * Checks records that come from outside the form (a loaded or pasted file) against the record check. Loaded by the
 * rating form only when needed; like the check itself it imports no zod (src/lib/core/errors.ts imports zod's
 * types only, which the build erases).
 */
import { quote, valueAt } from '../core/errors';
import { pairProblem } from './gaps';
import { ratingFileName, ratingRecordSchema, type RatingRecord, type RecordIssue } from './schema';

export type RecordCheck = { ok: true; record: RatingRecord } | { ok: false; problems: string[] };

/** An issue as a `field: message (found …)` line, as `formatIssues` in src/lib/core/errors.ts writes zod's. */
function problemLine(issue: RecordIssue, input: unknown): string {
	const field = issue.path.length ? issue.path.map(String).join('.') : '(root)';
	return `${field}: ${issue.message} (found ${quote(valueAt(input, issue.path))})`;
}

/**
 * Validates a value as a rating record for the configured value dimensions (passed in: browser code never imports
 * the config); problems read `field: message (found …)`.
 */
export function checkRecord(input: unknown, dimensionIds: readonly string[]): RecordCheck {
	const result = ratingRecordSchema({ dimensionIds }).safeParse(input);
	return result.success
		? { ok: true, record: result.data }
		: { ok: false, problems: result.error.issues.map((issue) => problemLine(issue, input)) };
}

/** Parses JSON text (a file or a paste) and validates it as a rating record. */
export function readRecordText(text: string, dimensionIds: readonly string[]): RecordCheck {
	if (!text.trim()) return { ok: false, problems: ['The file is empty.'] };
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (error) {
		return { ok: false, problems: [`Not valid JSON: ${(error as Error).message}`] };
	}
	return checkRecord(data, dimensionIds);
}

/**
 * Reads the other side's record (a file or a paste) to compare with `own`: a valid record of the same partner and
 * quarter, filled in by the other side. `source` names it in the problems, e.g. "The file x.json"; the first
 * problem is the headline, any further ones the details.
 */
export function readOtherRecord(
	own: RatingRecord,
	text: string,
	source: string,
	dimensionIds: readonly string[],
): RecordCheck {
	const result = readRecordText(text, dimensionIds);
	if (!result.ok) return { ok: false, problems: [`${source} is not a valid rating record:`, ...result.problems] };
	const mismatch = pairProblem(own, result.record);
	if (mismatch) return { ok: false, problems: [`${source} cannot be compared with yours. ${mismatch}`] };
	return result;
}

export { ratingFileName };
