/**
 * The value-exchange record and its one check. Plain TypeScript, no zod: the same check runs in the browser
 * (src/lib/ratings/record-check.ts, loaded by the rating form) and at build time (src/lib/scorecards/data-files.ts
 * reads `content/data/ratings/*.json`). Messages are worded as src/lib/core/zod.ts words them, so a record reads
 * the same whichever side finds the problem.
 */
import { idMessage, idPattern, quarterMessage, quarterPattern } from '../core/patterns';
import { COMMENT_MAX, NAME_MAX, RATING_MAX, RATING_MIN } from './limits';

export { COMMENT_MAX, NAME_MAX, RATING_MAX, RATING_MIN };

/** Who filled in a value-exchange record. */
export type Rater = 'partner' | 'program';

/** One value dimension rated both ways. */
export interface DimensionRating {
	/** Value dimension id from `portal.config.ts`; each configured dimension appears exactly once. */
	dimension: string;
	/** Value the rater's side receives, a whole number from 1 (none) to 10 (exceptional). */
	received: number;
	/** Value the rater's side provides, a whole number from 1 to 10. */
	provided: number;
	/** Optional remark of at most 2000 characters; plain text, never rendered as HTML. Default: none. */
	comment?: string | undefined;
}

/**
 * A value-exchange record: one side's ratings of one partnership for one quarter. The rating form
 * writes it; the scorecard build reads it from `content/data/ratings/*.json`.
 */
export interface RatingRecord {
	/** Format marker, always 1, so later versions can be told apart. */
	version: 1;
	/** The partner the record is about (an id from partners.csv). */
	partnerId: string;
	/** The quarter rated, e.g. "2026-Q3". */
	period: string;
	/** "partner": the partner about the program; "program": program staff about the partner. */
	rater: Rater;
	/** Name of the person who rated, at most 200 characters. Default: none. */
	raterName?: string | undefined;
	/** When the record was completed: an ISO 8601 date and time with seconds and a `Z` or `±hh:mm` offset. */
	submittedAt: string;
	/** Exactly one rating per configured value dimension, in any order. */
	ratings: DimensionRating[];
}

/** One problem found in a record. */
export interface RecordIssue {
	/** Field names and list indexes leading to the bad value; empty for the record itself. */
	path: (string | number)[];
	/** What was expected, e.g. "Expected a rating from 1 to 10"; the value found is left to the caller to quote. */
	message: string;
}

export type RecordResult = { success: true; data: RatingRecord } | { success: false; error: { issues: RecordIssue[] } };

/** Thrown by `parse` for a record that fails the check; `issues` lists every problem. */
export class RatingRecordError extends Error {
	constructor(readonly issues: RecordIssue[]) {
		const lines = issues.map((issue) => `  - ${issue.path.join('.') || '(record)'}: ${issue.message}`);
		super(`Invalid rating record:\n${lines.join('\n')}`);
		this.name = 'RatingRecordError';
	}
}

const raters: readonly Rater[] = ['partner', 'program'];
const ratingMessage = `Expected a rating from ${RATING_MIN} to ${RATING_MAX}`;

// zod's `z.iso.datetime({ offset: true })`: a real calendar date (leap days included), `T`, hh:mm:ss with optional
// fractional seconds, then `Z` or a `±hh:mm` offset.
const datePart = String.raw`(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))`;
const timePart = String.raw`(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)`;
const dateTimePattern = new RegExp(`^${datePart}T${timePart}$`);
const dateTimeMessage = 'Expected a date and time such as "2026-11-26T09:30:00Z"';

type Path = RecordIssue['path'];
type Fields = Record<PropertyKey, unknown>;

/**
 * Collects issues. As with zod, a problem of kind (wrong type, missing, not one of the choices, not a whole number)
 * stops the checks that build on the value, while a problem of degree (a pattern, a range, a length) lets them run;
 * the record-wide checks (duplicate and missing dimensions) run only when every problem is one of degree.
 */
class Issues {
	readonly list: RecordIssue[] = [];
	/** Whether a problem of kind was found. */
	stopped = false;

	/** A problem of kind: the value is not what the field holds at all. */
	kind(path: Path, value: unknown, expected: string): void {
		this.list.push({ path, message: value === undefined ? 'Required' : expected });
		this.stopped = true;
	}

	/** A problem of degree: the value has the right kind but breaks a rule. */
	degree(path: Path, message: string): void {
		this.list.push({ path, message });
	}
}

const isFields = (value: unknown): value is Fields =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

function isText(value: unknown, path: Path, issues: Issues): value is string {
	if (typeof value === 'string') return true;
	issues.kind(path, value, 'Expected text');
	return false;
}

function matching(value: unknown, path: Path, issues: Issues, pattern: RegExp, message: string): string {
	if (isText(value, path, issues) && !pattern.test(value)) issues.degree(path, message);
	return value as string;
}

function oneOf<T>(value: unknown, path: Path, issues: Issues, choices: readonly T[]): T {
	if (!choices.includes(value as T)) issues.kind(path, value, `Expected one of: ${choices.map(String).join(', ')}`);
	return value as T;
}

/** Text of at most `max` characters (Unicode code points, so an emoji counts once). */
function boundedText(value: unknown, path: Path, issues: Issues, max: number): unknown {
	const text = isText(value, path, issues);
	// zod's length check also measures a value of the wrong type that has a length (a list, say).
	if (value === null || value === undefined) return value;
	const length = text ? (value.length > max ? [...value].length : value.length) : (value as Fields)['length'];
	if (length === undefined || (length as number) <= max) return value;
	if (text) issues.degree(path, `Expected at most ${max} characters`);
	else if (Array.isArray(value)) issues.degree(path, `Expected at most ${max} items`);
	else issues.degree(path, `Expected ${max} or less`);
	return value;
}

function rating(value: unknown, path: Path, issues: Issues): number {
	if (typeof value !== 'number' || !Number.isFinite(value)) {
		issues.kind(path, value, 'Expected a number');
	} else if (!Number.isInteger(value)) {
		issues.kind(path, value, 'Expected a whole number');
	} else {
		if (!Number.isSafeInteger(value)) issues.degree(path, 'Expected a whole number');
		if (value < RATING_MIN || value > RATING_MAX) issues.degree(path, ratingMessage);
	}
	return value as number;
}

/** Copies an optional field into `out` as zod does: left out when absent, kept (even as `undefined`) when present. */
function optional(input: Fields, key: string, out: Fields, check: (value: unknown) => unknown): void {
	const value = input[key];
	if (value !== undefined) out[key] = check(value);
	else if (key in input) out[key] = undefined;
}

function dimensionRating(
	input: unknown,
	path: Path,
	issues: Issues,
	dimensionIds: readonly string[],
): DimensionRating | undefined {
	if (!isFields(input)) return void issues.kind(path, input, 'Expected a set of fields');
	const dimension = input['dimension'];
	if (isText(dimension, [...path, 'dimension'], issues) && !dimensionIds.includes(dimension)) {
		issues.degree([...path, 'dimension'], `Expected a value dimension id, one of: ${dimensionIds.join(', ')}`);
	}
	const out: Fields = {
		dimension,
		received: rating(input['received'], [...path, 'received'], issues),
		provided: rating(input['provided'], [...path, 'provided'], issues),
	};
	optional(input, 'comment', out, (value) => boundedText(value, [...path, 'comment'], issues, COMMENT_MAX));
	return out as unknown as DimensionRating;
}

/** Checks `input` as a rating record for the configured value dimensions; unknown fields are dropped from the result. */
export function checkRatingRecord(input: unknown, dimensionIds: readonly string[]): RecordResult {
	const issues = new Issues();
	if (!isFields(input)) {
		issues.kind([], input, 'Expected a set of fields');
		return { success: false, error: { issues: issues.list } };
	}
	const out: Fields = {
		version: oneOf(input['version'], ['version'], issues, [1] as const),
		partnerId: matching(input['partnerId'], ['partnerId'], issues, idPattern, idMessage),
		period: matching(input['period'], ['period'], issues, quarterPattern, quarterMessage),
		rater: oneOf(input['rater'], ['rater'], issues, raters),
	};
	optional(input, 'raterName', out, (value) => boundedText(value, ['raterName'], issues, NAME_MAX));
	out['submittedAt'] = matching(input['submittedAt'], ['submittedAt'], issues, dateTimePattern, dateTimeMessage);
	const ratings = input['ratings'];
	if (Array.isArray(ratings)) {
		// A loop rather than `map`, which would skip the holes of a sparse list instead of reporting them.
		const parsed: (DimensionRating | undefined)[] = [];
		for (let index = 0; index < ratings.length; index++) {
			parsed.push(dimensionRating(ratings[index], ['ratings', index], issues, dimensionIds));
		}
		out['ratings'] = parsed;
	} else {
		issues.kind(['ratings'], ratings, 'Expected a list');
	}

	if (!issues.stopped) {
		const seen = new Set<string>();
		(out['ratings'] as DimensionRating[]).forEach(({ dimension }, index) => {
			if (seen.has(dimension)) issues.degree(['ratings', index, 'dimension'], `Duplicate dimension "${dimension}"`);
			seen.add(dimension);
		});
		const missing = dimensionIds.filter((id) => !seen.has(id));
		if (missing.length) issues.degree(['ratings'], `Missing ratings for: ${missing.join(', ')}`);
	}
	return issues.list.length
		? { success: false, error: { issues: issues.list } }
		: { success: true, data: out as unknown as RatingRecord };
}

/**
 * The record check for the configured value dimensions (passed in: browser code never reads the config), with
 * zod's calling convention so build code, browser code and tests use it alike.
 */
export function ratingRecordSchema({ dimensionIds }: { readonly dimensionIds: readonly string[] }) {
	const safeParse = (input: unknown): RecordResult => checkRatingRecord(input, dimensionIds);
	return {
		safeParse,
		/** The record, or a thrown `RatingRecordError` listing every issue. */
		parse(input: unknown): RatingRecord {
			const result = safeParse(input);
			if (!result.success) throw new RatingRecordError(result.error.issues);
			return result.data;
		},
	};
}

/** The file name a record is saved under: `<partner>-<period>-<rater>.json`, unique per partner, quarter and side. */
export function ratingFileName(record: Pick<RatingRecord, 'partnerId' | 'period' | 'rater'>): string {
	return `${record.partnerId}-${record.period}-${record.rater}.json`;
}
