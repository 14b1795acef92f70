import { z } from 'astro/zod';

/** "1 item", "3 items": the author-facing messages use real plurals, not "item(s)". */
function count(n: number | bigint, noun: string): string {
	return `${n} ${Number(n) === 1 ? noun : `${noun}s`}`;
}

const typeNames: Record<string, string> = {
	string: 'text',
	number: 'a number',
	int: 'a whole number',
	boolean: 'true or false',
	array: 'a list',
	object: 'a set of fields',
	date: 'a date',
};

/**
 * The one error map: every check without a message of its own speaks in the portal's voice ("Expected …"),
 * whatever zod's defaults say. The value found is added by the formatter, so messages never repeat it.
 */
export const portalErrorMap: z.core.$ZodErrorMap = (issue) => {
	if (issue.input === undefined && issue.code !== 'custom') return 'Required';
	switch (issue.code) {
		case 'invalid_type':
			return `Expected ${typeNames[issue.expected] ?? issue.expected}`;
		case 'too_small': {
			const min = issue.minimum;
			if (issue.origin === 'array' || issue.origin === 'set') return `Expected at least ${count(min, 'item')}`;
			if (issue.origin === 'string') return `Expected at least ${count(min, 'character')}`;
			return issue.inclusive ? `Expected ${min} or more` : `Expected more than ${min}`;
		}
		case 'too_big': {
			const max = issue.maximum;
			if (issue.origin === 'array' || issue.origin === 'set') return `Expected at most ${count(max, 'item')}`;
			if (issue.origin === 'string') return `Expected at most ${count(max, 'character')}`;
			return issue.inclusive ? `Expected ${max} or less` : `Expected less than ${max}`;
		}
		case 'invalid_value':
			return `Expected one of: ${issue.values.map((value) => String(value)).join(', ')}`;
		case 'unrecognized_keys':
			return `Unknown ${issue.keys.length === 1 ? 'field' : 'fields'}: ${issue.keys.join(', ')}`;
		case 'invalid_format':
			if (issue.format === 'url') return 'Expected a web address such as "https://partners.example.com"';
			if (issue.format === 'datetime') return 'Expected a date and time such as "2026-11-26T09:30:00Z"';
			return `Expected the ${issue.format} format`;
		case 'not_multiple_of':
			return `Expected a multiple of ${issue.divisor}`;
		case 'invalid_union': {
			const options = (issue as { options?: unknown[] }).options;
			if (options?.length) return `Expected one of: ${options.map(String).join(', ')}`;
			return 'Expected one of the allowed forms';
		}
		default:
			return 'Invalid value';
	}
};

// Set before any schema is defined. jitless in the browser: zod's compiled fast path probes `new Function`,
// which the Content-Security-Policy forbids.
z.config({ customError: portalErrorMap, jitless: typeof document !== 'undefined' });

export { z };
