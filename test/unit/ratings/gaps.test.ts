import { describe, expect, it } from 'vitest';
import { ratingRecordSchema, type RatingRecord } from '../../../src/lib/ratings/schema';
import {
	findValueGaps,
	GAP_THRESHOLD,
	noGapsText,
	ownBalance,
	pairProblem,
	sideBySide,
} from '../../../src/lib/ratings/gaps';
import { programIds } from '../../../src/lib/core/config';

const dimensions = ['referrals-revenue', 'knowledge-training', 'network-access', 'co-marketing', 'product-strategy'];

/** A valid record whose ratings are [received, provided] per dimension, in config order. */
function record(
	rater: 'partner' | 'program',
	pairs: [number, number][],
	extra: Partial<RatingRecord> = {},
): RatingRecord {
	return ratingRecordSchema(programIds).parse({
		version: 1,
		partnerId: 'northbeam-media',
		period: '2026-Q3',
		rater,
		submittedAt: '2026-09-30T10:00:00Z',
		ratings: dimensions.map((dimension, i) => ({ dimension, received: pairs[i]![0], provided: pairs[i]![1] })),
		...extra,
	});
}

const even: [number, number][] = [
	[5, 5],
	[5, 5],
	[5, 5],
	[5, 5],
	[5, 5],
];

describe('ownBalance', () => {
	it('flags a received/provided difference of 3 or more either way, not 2', () => {
		const rows = ownBalance(
			record('partner', [
				[8, 5],
				[5, 8],
				[7, 5],
				[1, 10],
				[5, 5],
			]),
		);
		expect(GAP_THRESHOLD).toBe(3);
		expect(rows.map((r) => [r.difference, r.imbalanced])).toEqual([
			[3, true],
			[-3, true],
			[2, false],
			[-9, true],
			[0, false],
		]);
	});
});

describe('findValueGaps', () => {
	it('returns nothing for a balanced record', () => {
		expect(findValueGaps(record('partner', even))).toEqual([]);
	});

	it('explains one side’s imbalance', () => {
		const gaps = findValueGaps(record('program', [[8, 4], ...even.slice(1)]));
		expect(gaps).toEqual([
			{
				dimension: 'referrals-revenue',
				reasons: [
					{
						kind: 'imbalance',
						rater: 'program',
						received: 8,
						provided: 4,
						difference: 4,
						message: 'The program rates what it receives at 8 and what it provides at 4: 4 points apart.',
					},
				],
			},
		]);
	});

	it('compares the same flow of value across the two sides, in either argument order', () => {
		// Partner receives 3 in knowledge; the program says it provides 7. Program receives 9 in network; partner provides 6.
		const partner = record('partner', [
			[5, 5],
			[3, 4],
			[6, 6],
			[5, 5],
			[5, 5],
		]);
		const program = record('program', [
			[5, 5],
			[5, 7],
			[9, 6],
			[5, 5],
			[5, 5],
		]);
		const gaps = findValueGaps(partner, program);
		expect(findValueGaps(program, partner)).toEqual(gaps);
		expect(gaps.map((g) => [g.dimension, g.reasons.map((r) => r.kind)])).toEqual([
			['knowledge-training', ['perception']],
			['network-access', ['perception', 'imbalance']],
		]);
		expect(gaps[0]!.reasons[0]).toMatchObject({
			flow: 'to-partner',
			partnerRating: 3,
			programRating: 7,
			difference: 4,
			message:
				'Value reaching the partner: the partner rates what it receives at 3, the program rates what it provides at 7: 4 points apart.',
		});
		expect(gaps[1]!.reasons.map((r) => r.message)).toEqual([
			'Value reaching the program: the program rates what it receives at 9, the partner rates what it provides at 6: 3 points apart.',
			'The program rates what it receives at 9 and what it provides at 6: 3 points apart.',
		]);
	});

	it('does not flag perceptions 2 points apart', () => {
		const partner = record('partner', [
			[5, 5],
			[5, 5],
			[5, 5],
			[5, 5],
			[5, 5],
		]);
		const program = record('program', [
			[7, 7],
			[3, 3],
			[5, 5],
			[5, 5],
			[5, 5],
		]);
		expect(findValueGaps(partner, program)).toEqual([]);
	});

	it('takes a custom threshold', () => {
		expect(findValueGaps(record('partner', [[6, 5], ...even.slice(1)]), undefined, 1)).toHaveLength(1);
	});

	it('refuses records that are not a pair', () => {
		const partner = record('partner', even);
		expect(() => findValueGaps(partner, record('program', even, { period: '2026-Q2' }))).toThrow(
			'The records cover different quarters: 2026-Q3 and 2026-Q2.',
		);
		expect(pairProblem(partner, record('partner', even))).toBe(
			'Both records were filled in by the partner; compare one from each side.',
		);
		expect(pairProblem(partner, record('program', even, { partnerId: 'relay-crm' }))).toBe(
			'The records are about different partners: "northbeam-media" and "relay-crm".',
		);
		expect(pairProblem(partner, record('program', even))).toBeUndefined();
	});
});

describe('sideBySide', () => {
	it('puts the partner first whichever record is given first, with gaps and comments attached', () => {
		const partner = record('partner', [[2, 5], ...even.slice(1)]);
		partner.ratings[0]!.comment = 'No leads this quarter';
		const program = record('program', even);
		const rows = sideBySide(program, partner);
		expect(rows).toHaveLength(5);
		expect(rows[0]).toMatchObject({
			dimension: 'referrals-revenue',
			partner: { received: 2, provided: 5, comment: 'No leads this quarter' },
			program: { received: 5, provided: 5 },
		});
		expect(rows[0]!.gap?.reasons.map((r) => r.kind)).toEqual(['perception', 'imbalance']);
		expect(rows.slice(1).every((row) => row.gap === undefined)).toBe(true);
	});
});

describe('noGapsText', () => {
	it('states the threshold the gaps use', () => {
		expect(noGapsText).toBe('No dimension is 3 or more points apart: the two sides see the exchange alike.');
		expect(noGapsText).toContain(`${GAP_THRESHOLD} or more points`);
	});
});

describe('gap messages', () => {
	it('count points with real plurals: "1 point apart", never "point(s)"', () => {
		const pairs: [number, number][] = [[6, 5], ...even.slice(1)];
		const [gap] = findValueGaps(record('partner', pairs), undefined, 1);
		expect(gap!.reasons[0]!.message).toBe(
			'The partner rates what it receives at 6 and what it provides at 5: 1 point apart.',
		);
	});
});
