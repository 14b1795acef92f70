import type { z } from 'astro/zod';

/** Raised when user-authored input (config, content, data) does not match its schema. */
export class UserError extends Error {
	constructor(
		message: string,
		/** What to do about it, quoting the bad value where there is one. */
		readonly hint?: string,
	) {
		super(hint ? `${message}\nHint: ${hint}` : message);
		this.name = 'UserError';
	}
}

/**
 * Every problem found in one pass over some input, thrown together so that nobody fixes them in rounds.
 * `problems` keeps the lines for callers that list them their own way (`npm run check`).
 */
export class ProblemsError extends UserError {
	constructor(
		summary: string,
		readonly problems: readonly string[],
		hint?: string,
	) {
		super(`${summary}\n${problems.map((line) => `  - ${line}`).join('\n')}`, hint);
		this.name = 'ProblemsError';
	}
}

/** Renders a value for a hint: short, on one line, JSON-quoted. */
export function quote(value: unknown): string {
	if (value === undefined) return 'nothing';
	const text = JSON.stringify(value) ?? String(value);
	return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** The value at `path` inside `input`, or `undefined` where the path leaves it. */
export function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
	let value = input;
	for (const key of path) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<PropertyKey, unknown>)[key];
	}
	return value;
}

/** Formats every issue as `field: message (found …)` lines. */
export function formatIssues(error: z.ZodError, input: unknown): string[] {
	return error.issues.map((issue) => {
		const field = issue.path.length ? issue.path.map(String).join('.') : '(root)';
		return `${field}: ${issue.message} (found ${quote(valueAt(input, issue.path))})`;
	});
}

/**
 * Parses `input` with `schema`; on failure throws a `UserError` naming `source`
 * (a file or setting) and every bad field with the value found, after Starlight's `parseWithFriendlyErrors`.
 */
export function parseWithFriendlyErrors<S extends z.ZodType>(schema: S, input: unknown, source: string): z.output<S> {
	const result = schema.safeParse(input);
	if (result.success) return result.data;
	throw new ProblemsError(`Invalid ${source}:`, formatIssues(result.error, input), 'Fix the fields listed above.');
}
