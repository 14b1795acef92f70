/** Checks records that come from outside the form (a loaded or pasted file) against the record schema. */
import { formatIssues } from '../core/errors';
import { ratingFileName, ratingRecordSchema, type RatingRecord } from './schema';

export type RecordCheck = { ok: true; record: RatingRecord } | { ok: false; problems: string[] };

/**
 * Validates a value as a rating record for the configured value dimensions (passed in: browser code never imports
 * the config); problems read `field: message (found …)`.
 */
export function checkRecord(input: unknown, dimensionIds: readonly string[]): RecordCheck {
	const result = ratingRecordSchema({ dimensionIds }).safeParse(input);
	return result.success
		? { ok: true, record: result.data }
		: { ok: false, problems: formatIssues(result.error, input) };
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

export { ratingFileName };
