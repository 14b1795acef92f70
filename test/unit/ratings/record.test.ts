import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePartners } from '../../../src/lib/partners/read';
import { checkRecord, readOtherRecord, readRecordText } from '../../../src/lib/ratings/record-check';
import { ratingFileName, ratingRecordSchema } from '../../../src/lib/ratings/schema';
import { findValueGaps, pairProblem } from '../../../src/lib/ratings/gaps';
import { programIds } from '../../../src/lib/core/config';

const dimensions = ['referrals-revenue', 'knowledge-training', 'network-access', 'co-marketing', 'product-strategy'];

export function validRecord(overrides: Record<string, unknown> = {}) {
	return {
		version: 1,
		partnerId: 'northbeam-media',
		period: '2026-Q3',
		rater: 'partner',
		submittedAt: '2026-09-30T14:05:00.000Z',
		ratings: dimensions.map((dimension) => ({ dimension, received: 7, provided: 6 })),
		...overrides,
	};
}

const issues = (input: unknown) => {
	const result = checkRecord(input, programIds.dimensionIds);
	return result.ok ? [] : result.problems;
};

describe('ratingRecordSchema', () => {
	it('accepts a complete record, with or without the optional name and comments', () => {
		expect(ratingRecordSchema(programIds).safeParse(validRecord()).success).toBe(true);
		const withExtras = validRecord({ raterName: 'Ana Ruiz', submittedAt: '2026-09-30T16:05:00+02:00' });
		(withExtras.ratings as { comment?: string }[])[0]!.comment = '<b>not bold</b>';
		expect(ratingRecordSchema(programIds).parse(withExtras).ratings[0]!.comment).toBe('<b>not bold</b>');
	});

	it('accepts both ends of the scale and refuses anything outside it or fractional', () => {
		const at = (received: unknown) =>
			validRecord({ ratings: dimensions.map((dimension) => ({ dimension, received, provided: 5 })) });
		expect(ratingRecordSchema(programIds).safeParse(at(1)).success).toBe(true);
		expect(ratingRecordSchema(programIds).safeParse(at(10)).success).toBe(true);
		expect(issues(at(0))[0]).toBe('ratings.0.received: Expected a rating from 1 to 10 (found 0)');
		expect(issues(at(11))[0]).toBe('ratings.0.received: Expected a rating from 1 to 10 (found 11)');
		expect(issues(at(7.5))[0]).toBe('ratings.0.received: Expected a whole number (found 7.5)');
		expect(issues(at('7'))[0]).toBe('ratings.0.received: Expected a number (found "7")');
	});

	it('names a malformed period, partner id, rater and timestamp with the value found', () => {
		expect(
			issues(
				validRecord({ period: '2026-Q5', partnerId: 'Northbeam Media', rater: 'staff', submittedAt: 'yesterday' }),
			),
		).toEqual([
			'partnerId: Expected a lowercase id such as "content-creator" (found "Northbeam Media")',
			'period: Expected a quarter such as "2026-Q3" (found "2026-Q5")',
			'rater: Expected one of: partner, program (found "staff")',
			'submittedAt: Expected a date and time such as "2026-11-26T09:30:00Z" (found "yesterday")',
		]);
	});

	it('requires exactly one rating per configured dimension', () => {
		const ratings = validRecord().ratings;
		expect(issues(validRecord({ ratings: ratings.slice(1) }))).toEqual([
			'ratings: Missing ratings for: referrals-revenue (found [{"dimension":"knowledge-training","received":7,"provided...)',
		]);
		expect(issues(validRecord({ ratings: [...ratings, ratings[0]] }))).toEqual([
			'ratings.5.dimension: Duplicate dimension "referrals-revenue" (found "referrals-revenue")',
		]);
		expect(issues(validRecord({ ratings: [...ratings, { dimension: 'vibes', received: 5, provided: 5 }] }))[0]).toMatch(
			/^ratings\.5\.dimension: Expected a value dimension id, one of: referrals-revenue, /,
		);
	});

	it('refuses another version and a missing field', () => {
		expect(issues(validRecord({ version: 2 }))[0]).toBe('version: Expected one of: 1 (found 2)');
		const { period: _period, ...noPeriod } = validRecord();
		expect(issues(noPeriod)).toEqual(['period: Required (found nothing)']);
	});

	it('names the file <partner>-<period>-<rater>.json', () => {
		expect(ratingFileName(ratingRecordSchema(programIds).parse(validRecord({ rater: 'program' })))).toBe(
			'northbeam-media-2026-Q3-program.json',
		);
	});
});

describe('readRecordText', () => {
	it('reads a valid record', () => {
		const result = readRecordText(JSON.stringify(validRecord()), programIds.dimensionIds);
		expect(result.ok && result.record.partnerId).toBe('northbeam-media');
	});
	it('says when the text is empty or not JSON', () => {
		expect(readRecordText('  ', programIds.dimensionIds)).toEqual({ ok: false, problems: ['The file is empty.'] });
		const result = readRecordText('<html>{oops', programIds.dimensionIds);
		expect(result.ok).toBe(false);
		expect(!result.ok && result.problems[0]).toMatch(/^Not valid JSON: /);
	});
	it('lists every schema problem', () => {
		expect(readRecordText('{"version":1}', programIds.dimensionIds)).toEqual({
			ok: false,
			problems: [
				'partnerId: Required (found nothing)',
				'period: Required (found nothing)',
				'rater: Required (found nothing)',
				'submittedAt: Required (found nothing)',
				'ratings: Required (found nothing)',
			],
		});
	});
});

describe('readOtherRecord', () => {
	const own = ratingRecordSchema(programIds).parse(validRecord());
	const read = (record: unknown, source = 'The pasted text') =>
		readOtherRecord(own, JSON.stringify(record), source, programIds.dimensionIds);

	it('accepts the other side’s record of the same partner and quarter', () => {
		const result = read(validRecord({ rater: 'program' }));
		expect(result.ok && result.record.rater).toBe('program');
	});
	it('heads the record’s problems with where it came from', () => {
		expect(read(validRecord({ rater: 'boss' }), 'The file broken.json')).toEqual({
			ok: false,
			problems: [
				'The file broken.json is not a valid rating record:',
				'rater: Expected one of: partner, program (found "boss")',
			],
		});
	});
	it('says why a valid record cannot be compared', () => {
		expect(read(validRecord({ rater: 'program', period: '2026-Q2' }))).toEqual({
			ok: false,
			problems: [
				'The pasted text cannot be compared with yours. The records cover different quarters: 2026-Q3 and 2026-Q2.',
			],
		});
		expect(read(validRecord()).ok).toBe(false);
	});
});

describe('example records in content/data/ratings/', () => {
	const dir = 'content/data/ratings';
	const files = readdirSync(dir).filter((file) => file.endsWith('.json'));
	const partnerIds = parsePartners(readFileSync('content/data/partners.csv', 'utf8'), 'partners.csv').partners.map(
		(p) => p.id,
	);
	const records = files.map((file) => ({
		file,
		record: ratingRecordSchema(programIds).parse(JSON.parse(readFileSync(join(dir, file), 'utf8'))),
	}));

	it('has at least four records, each valid, named by ratingFileName, about a known partner', () => {
		expect(files.length).toBeGreaterThanOrEqual(4);
		for (const { file, record } of records) {
			expect(file).toBe(ratingFileName(record));
			expect(partnerIds).toContain(record.partnerId);
			expect(['2026-Q2', '2026-Q3']).toContain(record.period);
		}
	});

	it('includes a partner and program pair whose perspectives differ by 3 or more somewhere', () => {
		const pairs = records.flatMap((a) =>
			records
				.filter((b) => a.record.rater === 'partner' && !pairProblem(a.record, b.record))
				.map((b) => [a, b] as const),
		);
		expect(pairs.length).toBeGreaterThan(0);
		const perception = pairs.flatMap(([a, b]) =>
			findValueGaps(a.record, b.record).flatMap((gap) => gap.reasons.filter((r) => r.kind === 'perception')),
		);
		expect(perception.length).toBeGreaterThan(0);
	});
});
