/**
 * Property-style checks of the rating record check: a few hundred seeded random mutations of a valid record
 * (missing fields, wrong types, out-of-range numbers, extra keys, duplicate and missing dimensions), each held to
 * invariants that any answer must satisfy. Failures print the seed so a case can be replayed.
 */
import { describe, expect, it } from 'vitest';
import { valueAt } from '../../../src/lib/core/errors';
import { checkRecord } from '../../../src/lib/ratings/record-check';
import { ratingRecordSchema, RatingRecordError } from '../../../src/lib/ratings/schema';

const dimensionIds = ['referrals-revenue', 'knowledge-training', 'network-access', 'co-marketing', 'product-strategy'];
const recordKeys = ['version', 'partnerId', 'period', 'rater', 'raterName', 'submittedAt', 'ratings'];
const ratingKeys = ['dimension', 'received', 'provided', 'comment'];

/** mulberry32: small, fast and good enough to spread cases; the same seed always gives the same run. */
export function seeded(seed: number) {
	let state = seed >>> 0;
	const next = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
	const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)]!;
	return { next, int, pick, chance: (p: number) => next() < p };
}

type Random = ReturnType<typeof seeded>;
type Fields = Record<string, unknown>;

/** Values of every kind, including the edges of each rule the record check enforces. */
const oddValues: unknown[] = [
	undefined,
	null,
	0,
	1,
	2,
	10,
	11,
	-1,
	7.5,
	0.5,
	1e20,
	-1e20,
	Number.NaN,
	Number.POSITIVE_INFINITY,
	'',
	'7',
	'x',
	'partner',
	'program',
	'staff',
	'Northbeam Media',
	'northbeam-media',
	'2026-Q3',
	'2026-Q5',
	'co-marketing',
	'vibes',
	'2026-09-30T14:05:00Z',
	'2026-09-30T14:05Z',
	'2026-09-30T14:05:00.5-03:30',
	'2024-02-29T00:00:00+00:00',
	'2026-02-29T00:00:00Z',
	'2026-09-30T24:00:00Z',
	'2026-09-30 14:05:00Z',
	'2026-09-30T14:05:00',
	'2026-09-30T14:05:00+0200',
	'2026-09-30t14:05:00z',
	'x'.repeat(200),
	'x'.repeat(201),
	'x'.repeat(2001),
	'😀'.repeat(1500),
	true,
	false,
	[],
	[1, 2],
	Array.from({ length: 2001 }, () => 0),
	{},
	{ length: 5000 },
	{ dimension: 'co-marketing', received: 5, provided: 5 },
];

function validRecord(random: Random): Fields {
	const order = [...dimensionIds].sort(() => random.next() - 0.5);
	return {
		version: 1,
		partnerId: random.pick(['northbeam-media', 'a', 'x1-y2-z3']),
		period: random.pick(['2026-Q1', '2026-Q3', '1999-Q4']),
		rater: random.pick(['partner', 'program']),
		...(random.chance(0.5) && { raterName: random.pick(['Ana Ruiz', '', 'x'.repeat(200), '😀'.repeat(200)]) }),
		submittedAt: random.pick(['2026-09-30T14:05:00.000Z', '2026-09-30T16:05:00+02:00', '2024-02-29T23:59:59.9-11:00']),
		ratings: order.map((dimension) => ({
			dimension,
			received: random.int(1, 10),
			provided: random.int(1, 10),
			...(random.chance(0.3) && { comment: random.pick(['fine', '', '<b>not bold</b>', 'x'.repeat(2000)]) }),
		})),
	};
}

/** An odd value, copied so that later mutations never change the shared list. */
const odd = (random: Random): unknown => structuredClone(random.pick(oddValues));

const asFields = (value: unknown): Fields | undefined =>
	typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Fields) : undefined;

/** One random change to `record`, in place. */
function mutate(record: Fields, random: Random): void {
	const ratings = Array.isArray(record['ratings']) ? (record['ratings'] as unknown[]) : undefined;
	const rating = ratings?.length ? asFields(random.pick(ratings)) : undefined;
	switch (random.int(0, 9)) {
		case 0:
			delete record[random.pick(recordKeys)];
			break;
		case 1:
			record[random.pick(recordKeys)] = odd(random);
			break;
		case 2:
			record[random.pick(['extra', 'notes', 'toString', 'id', '__proto__x'])] = odd(random);
			break;
		case 3:
			if (rating) delete rating[random.pick(ratingKeys)];
			break;
		case 4:
		case 5:
			if (rating) rating[random.pick(ratingKeys)] = odd(random);
			break;
		case 6:
			if (rating) rating[random.pick(['extra', 'score', 'label'])] = odd(random);
			break;
		case 7:
			if (ratings?.length) ratings.push(structuredClone(random.pick(ratings)));
			break;
		case 8:
			if (ratings?.length) ratings.splice(random.int(0, ratings.length - 1), 1);
			break;
		case 9:
			if (ratings?.length) ratings[random.int(0, ratings.length - 1)] = odd(random);
			break;
	}
}

/** Whether `path` leads to a field or item of `input` (maybe `undefined`), or names a record or rating field it lacks. */
function pathExistsOrIsMissingField(input: unknown, path: readonly (string | number)[]): boolean {
	if (!path.length) return true;
	const parent = valueAt(input, path.slice(0, -1));
	if (typeof parent !== 'object' || parent === null) return false;
	const key = path.at(-1)!;
	if (key in parent) return true;
	return !Array.isArray(parent) && typeof key === 'string' && [...recordKeys, ...ratingKeys].includes(key);
}

describe('ratingRecordSchema on random mutations of a valid record', () => {
	const cases = Array.from({ length: 600 }, (_, seed) => {
		const random = seeded(seed + 1);
		const record = validRecord(random);
		const changes = random.chance(0.15) ? 0 : random.int(1, 4);
		for (let i = 0; i < changes; i++) mutate(record, random);
		const input: unknown = random.chance(0.02) ? odd(random) : record;
		return { seed: seed + 1, input };
	});
	const schema = ratingRecordSchema({ dimensionIds });

	it('covers both outcomes and every kind of message', () => {
		const results = cases.map(({ input }) => schema.safeParse(input));
		expect(results.filter((r) => r.success).length).toBeGreaterThan(60);
		expect(results.filter((r) => !r.success).length).toBeGreaterThan(300);
		const messages = new Set(results.flatMap((r) => (r.success ? [] : r.error.issues.map((i) => i.message))));
		for (const start of [
			'Required',
			'Expected text',
			'Expected a number',
			'Expected a whole number',
			'Expected a rating from 1 to 10',
			'Expected a list',
			'Expected a set of fields',
			'Expected one of: partner, program',
			'Expected one of: 1',
			'Expected a lowercase id',
			'Expected a quarter',
			'Expected a date and time',
			'Expected a value dimension id',
			'Expected at most 2000 characters',
			'Expected at most 200 characters',
			'Duplicate dimension',
			'Missing ratings for',
		]) {
			expect(
				[...messages].some((message) => message.startsWith(start)),
				start,
			).toBe(true);
		}
	});

	it('succeeds exactly when there are no issues, and parse agrees with safeParse', () => {
		for (const { seed, input } of cases) {
			const result = schema.safeParse(input);
			const check = checkRecord(input, dimensionIds);
			expect(check.ok, `seed ${seed}`).toBe(result.success);
			if (result.success) {
				expect(schema.parse(input), `seed ${seed}`).toEqual(result.data);
			} else {
				expect(result.error.issues.length, `seed ${seed}`).toBeGreaterThan(0);
				expect(!check.ok && check.problems.length, `seed ${seed}`).toBe(result.error.issues.length);
				expect(() => schema.parse(input), `seed ${seed}`).toThrow(RatingRecordError);
			}
		}
	});

	it('points every issue at a value in the input or at a missing field', () => {
		for (const { seed, input } of cases) {
			const result = schema.safeParse(input);
			if (result.success) continue;
			for (const issue of result.error.issues) {
				expect(issue.message, `seed ${seed}`).toMatch(
					/^(Required|Expected |Duplicate dimension "|Missing ratings for: )/,
				);
				expect(pathExistsOrIsMissingField(input, issue.path), `seed ${seed} ${issue.path.join('.')}`).toBe(true);
				if (valueAt(input, issue.path) === undefined && issue.path.length) {
					expect(issue.message, `seed ${seed} ${issue.path.join('.')}`).toBe('Required');
				}
			}
		}
	});

	it('returns only known fields on success, with every configured dimension rated once and from 1 to 10', () => {
		for (const { seed, input } of cases) {
			const result = schema.safeParse(input);
			if (!result.success) continue;
			const { data } = result;
			for (const key of Object.keys(data)) expect(recordKeys, `seed ${seed}`).toContain(key);
			for (const rating of data.ratings) {
				for (const key of Object.keys(rating)) expect(ratingKeys, `seed ${seed}`).toContain(key);
				expect(Number.isInteger(rating.received) && rating.received >= 1 && rating.received <= 10).toBe(true);
				expect(Number.isInteger(rating.provided) && rating.provided >= 1 && rating.provided <= 10).toBe(true);
			}
			expect(data.ratings.map((r) => r.dimension).sort(), `seed ${seed}`).toEqual([...dimensionIds].sort());
			// Everything kept is what came in: only unknown fields are dropped.
			const known = (value: Fields, keys: string[]) =>
				Object.fromEntries(Object.entries(value).filter(([key]) => keys.includes(key)));
			const record = input as Fields;
			expect(data, `seed ${seed}`).toStrictEqual({
				...known(record, recordKeys),
				ratings: (record['ratings'] as Fields[]).map((rating) => known(rating, ratingKeys)),
			});
		}
	});
});
