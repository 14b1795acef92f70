import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { metricsColumns, metricsSchema } from '../../src/lib/schemas/metrics';
import { partnerColumns, partnerSchema } from '../../src/lib/schemas/partner';
import { fastParser, REJECTED } from '../../src/lib/schema-fast-path';

/** The fast parser agrees with zod: whatever it accepts, zod accepts with the same output (keys in the same order). */
function expectAgreement(schema: z.ZodTypeAny, input: unknown, mustAccept = false) {
	const fast = fastParser(schema)!;
	const zod = schema.safeParse(input);
	const result = fast(input);
	if (result !== REJECTED) {
		expect(zod.success, JSON.stringify(input)).toBe(true);
		expect(JSON.stringify(result)).toBe(JSON.stringify(zod.data));
		expect(result).toStrictEqual(zod.data);
	} else if (mustAccept) {
		expect(zod.success, JSON.stringify(input)).toBe(false);
	}
}

/** Seeded random rows: each cell valid for its column (from `valid`) 95% of the time, else a tricky value. */
function* randomRows(valid: Record<string, readonly string[]>, tricky: readonly string[], count: number) {
	let seed = 7;
	const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
	const pick = (list: readonly string[]) => list[Math.floor(next() * list.length)]!;
	for (let n = 0; n < count; n++) {
		const row: Record<string, string> = {};
		for (const [column, cells] of Object.entries(valid)) {
			const roll = next();
			if (roll < 0.995) row[column] = roll < 0.95 ? pick(cells) : pick(tricky);
		}
		yield row;
	}
}

/** Checks agreement on `count` random rows and returns how many zod accepted. */
function compareRandomRows(schema: z.ZodTypeAny, valid: Record<string, readonly string[]>, tricky: readonly string[]) {
	let accepted = 0;
	for (const row of randomRows(valid, tricky, 4000)) {
		expectAgreement(schema, row, true);
		if (schema.safeParse(row).success) accepted++;
	}
	return accepted;
}

describe('fastParser', () => {
	it('compiles the metrics and partner row schemas (otherwise 80,000 rows fall back to zod)', () => {
		expect(fastParser(metricsSchema)).toBeTypeOf('function');
		expect(fastParser(partnerSchema)).toBeTypeOf('function');
	});

	it('agrees with zod on metrics rows, accepting every row zod accepts', () => {
		const numbers = ['1', '2', '5', '10', '3.0'];
		const valid: Record<string, readonly string[]> = Object.fromEntries(
			metricsColumns.map((column) => [column, numbers]),
		);
		valid.partner_id = ['acme', 'a-1'];
		valid.quarter = ['2026-Q3', '1999-Q1'];
		valid.referred_ltv = [...numbers, ''];
		valid.resolution_days = [...numbers, ''];
		const tricky = [
			'0',
			'10.5',
			'11',
			'100',
			'100.1',
			'-1',
			'1.5',
			'.5',
			'5.',
			'+3',
			'1e3',
			' 8 ',
			'abc',
			'NaN',
		].concat(['Infinity', '0x10', 'Acme', '2026-Q5', '2026-q1', '']);
		expect(compareRandomRows(metricsSchema, valid, tricky)).toBeGreaterThan(400);
		const good = { ...Object.fromEntries(metricsColumns.map((column) => [column, '4'])), partner_id: 'a' };
		expect(fastParser(metricsSchema)!({ ...good, quarter: '2026-Q1' })).not.toBe(REJECTED);
		expect(fastParser(metricsSchema)!({ ...good, quarter: '2026-Q1', conversions: '5' })).toBe(REJECTED);
	});

	it('agrees with zod on partner rows, accepting every row zod accepts', () => {
		const valid = {
			id: ['acme', 'a-b'],
			name: [' Acme Ltd. ', 'B'],
			type: ['agency', 'software'],
			model: ['referral', 'strategic-alliance'],
			joined: ['2025-02-28', '2024-02-29'],
			track: ['', 'agencies'],
		};
		expect(Object.keys(valid)).toEqual(partnerColumns);
		const tricky = ['A', '', ' ', 'franchise', '2025-02-30', '2025-2-1', 'Bad Id'];
		expect(compareRandomRows(partnerSchema, valid, tricky)).toBeGreaterThan(1000);
	});

	it('follows zod on bounds, optional keys and unknown keys', () => {
		const schema = z.object({
			low: z.number().gt(0).lte(5),
			whole: z.number().int().finite().optional(),
			name: z
				.string()
				.trim()
				.min(2)
				.max(4)
				.regex(/^[a-z]+$/g),
		});
		const inputs = [
			{ low: 5, name: ' ab ' },
			{ low: 0, name: 'ab' },
			{ low: 5.1, name: 'ab' },
			{ low: 1, whole: 1.5, name: 'ab' },
			{ low: 1, whole: undefined, name: 'abcd', extra: true },
			{ low: 1, name: 'abcde' },
			{ low: 1, name: 'a' },
			{ low: Number.NaN, name: 'ab' },
			{ low: '1', name: 'ab' },
			[1],
			null,
		];
		for (const input of inputs) expectAgreement(schema, input, true);
	});

	it('builds no fast path for checks or schemas it does not know, rather than a weaker check', () => {
		expect(fastParser(z.string().email())).toBeUndefined();
		expect(fastParser(z.number().multipleOf(2))).toBeUndefined();
		expect(fastParser(z.coerce.number())).toBeUndefined();
		expect(fastParser(z.object({ a: z.string() }).strict())).toBeUndefined();
		expect(fastParser(z.object({ a: z.string() }).passthrough())).toBeUndefined();
		expect(fastParser(z.object({ a: z.union([z.string(), z.number()]) }))).toBeUndefined();
		expect(fastParser(z.string().transform((value) => value.length))).toBeUndefined();
	});
});
