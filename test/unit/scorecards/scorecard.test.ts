import { describe, expect, it } from 'vitest';
import { metricsSchema, type MetricsRow } from '../../../src/lib/scorecards/metrics-schema';
import type { RatingRecord } from '../../../src/lib/ratings/schema';
import { scorecardsSchema } from '../../../src/lib/scorecards/schema';
import { buildScorecards, totalsBy, trendOf } from '../../../src/lib/scorecards/build';
import { chartSummary } from '../../../src/lib/scorecards/chart';
import { evaluateHealth, type HealthInputs } from '../../../src/lib/scorecards/health';
import { ESTABLISHED_CHECKIN_EVERY_WEEKS, NEW_PARTNER_WEEKS } from '../../../src/lib/scorecards/formulas';
import { addQuarters } from '../../../src/lib/scorecards/quarters';
import {
	dimensionInputs,
	dimensionScore,
	expectedTouchpoints,
	overallScore,
	scoreQuarter,
	type QuarterInputs,
} from '../../../src/lib/scorecards/scoring';

const cells: Record<string, string> = {
	partner_id: 'acme',
	quarter: '2026-Q3',
	referrals: '10',
	qualified_leads: '5',
	conversions: '1',
	revenue: '25000',
	referred_ltv: '',
	retention_rate: '45',
	touchpoints: '6',
	satisfaction: '8',
	resolution_days: '8',
	goal_convergence: '6.5',
	commitment: '80',
	projects_planned: '4',
	projects_completed: '1',
	ideas: '3',
	improvements: '1',
	opportunities: '0',
};
const row = (overrides: Record<string, string> = {}): MetricsRow => metricsSchema.parse({ ...cells, ...overrides });
const inputs = (overrides: Record<string, string> = {}, extra: Partial<QuarterInputs> = {}): QuarterInputs => ({
	row: row(overrides),
	expectedTouchpoints: 6,
	valuePerception: null,
	...extra,
});

describe('metricsSchema', () => {
	it('parses numbers and leaves blank optional cells undefined', () => {
		const parsed = row({ resolution_days: '' });
		expect(parsed.satisfaction).toBe(8);
		expect(parsed.referred_ltv).toBeUndefined();
		expect(parsed.resolution_days).toBeUndefined();
	});
	it('rejects wrong types, ranges, blanks in required cells and conversions above qualified leads', () => {
		const bad = metricsSchema.safeParse({
			...cells,
			referrals: '2.5',
			retention_rate: '101',
			satisfaction: 'high',
			touchpoints: '',
			conversions: '9',
			quarter: '2026-3',
		});
		expect(bad.success).toBe(false);
		const issues = bad.error!.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
		expect(issues).toEqual([
			'quarter: Expected a quarter such as "2026-Q3"',
			'referrals: Expected a whole number, 0 or more',
			'retention_rate: Expected a percentage from 0 to 100',
			'touchpoints: Expected a whole number, 0 or more',
			'satisfaction: Expected a rating from 1 to 10',
		]);
		expect(metricsSchema.safeParse({ ...cells, conversions: '6' }).error?.issues[0]).toMatchObject({
			path: ['conversions'],
			message: 'Expected at most qualified_leads (5)',
		});
	});
});

describe('dimension scores', () => {
	it('outcomes: average of shares of target, capped at 100, blank LTV left out', () => {
		// referrals 10/20=50, leads 5/10=50, conversion 20%/30%=66.7, revenue 25k/50k=50, retention 45/90=50
		expect(dimensionScore('outcomes', inputs())).toBe(Math.round((50 + 50 + 66.667 + 50 + 50) / 5));
		// LTV 200k caps at 100 and joins the average
		expect(dimensionScore('outcomes', inputs({ referred_ltv: '200000' }))).toBe(
			Math.round((50 + 50 + 66.667 + 50 + 50 + 100) / 6),
		);
		// no qualified leads: conversion rate left out
		expect(dimensionScore('outcomes', inputs({ qualified_leads: '0', conversions: '0' }))).toBe(
			Math.round((50 + 0 + 50 + 50) / 4),
		);
	});
	it('relationship: touchpoints against the rhythm, satisfaction ×10, resolution days linear, value perception', () => {
		// touchpoints 6/6=100, satisfaction 80, resolution 8 days = (14-8)/12 = 50
		expect(dimensionScore('relationship', inputs())).toBe(Math.round((100 + 80 + 50) / 3));
		expect(dimensionScore('relationship', inputs({ resolution_days: '1' }, { valuePerception: 6 }))).toBe(
			Math.round((100 + 80 + 100 + 60) / 4),
		);
		expect(dimensionScore('relationship', inputs({ touchpoints: '3', resolution_days: '20' }))).toBe(
			Math.round((50 + 80 + 0) / 3),
		);
	});
	it('alignment: goal convergence ×10, commitment, completion rate', () => {
		expect(dimensionScore('alignment', inputs())).toBe(Math.round((65 + 80 + 25) / 3));
		expect(dimensionScore('alignment', inputs({ projects_planned: '0', projects_completed: '0' }))).toBe(
			Math.round((65 + 80) / 2),
		);
	});
	it('innovation: ideas, improvements, opportunities against targets', () => {
		expect(dimensionScore('innovation', inputs())).toBe(Math.round((50 + 50 + 0) / 3));
		expect(dimensionScore('innovation', inputs({ ideas: '60', improvements: '9', opportunities: '3' }))).toBe(100);
	});
	it('overall: weighted 35/30/20/15', () => {
		expect(overallScore({ outcomes: 100, relationship: 0, alignment: 0, innovation: 0 })).toBe(35);
		expect(overallScore({ outcomes: 0, relationship: 100, alignment: 0, innovation: 0 })).toBe(30);
		expect(overallScore({ outcomes: 80, relationship: 60, alignment: 50, innovation: 40 })).toBe(62);
		expect(scoreQuarter(inputs()).overall).toBe(
			overallScore({ outcomes: 53, relationship: 77, alignment: 57, innovation: 33 }),
		);
	});
	it('lists every input with value, target and score', () => {
		expect(dimensionInputs('outcomes', inputs())[4]).toEqual({
			label: 'Lifetime value of referred customers',
			value: 'not recorded',
			target: '$100,000 per quarter',
			score: null,
		});
		expect(dimensionInputs('outcomes', inputs())[2]).toMatchObject({
			label: 'Conversion rate',
			value: '20%',
			score: 66.7,
		});
	});
});

describe('expectedTouchpoints', () => {
	it('expects weekly check-ins while new and biweekly once established', () => {
		// The shipped rhythm: weekly for the first 6 weeks (the longest track), then every 2 weeks.
		expect([NEW_PARTNER_WEEKS, ESTABLISHED_CHECKIN_EVERY_WEEKS]).toEqual([6, 2]);
		// joined on the quarter's first day: 42 days new, 50 established
		expect(expectedTouchpoints('2026-07-01', '2026-Q3')).toBe(Math.floor(42 / 7 + 50 / 14));
		expect(expectedTouchpoints('2024-01-01', '2026-Q3')).toBe(6); // established: 13.1 weeks / 2
		expect(expectedTouchpoints('2026-09-17', '2026-Q3')).toBe(2); // joined two weeks before the end
		expect(expectedTouchpoints('2026-10-01', '2026-Q3')).toBe(0);
		// becomes established mid-quarter: 2026-06-03 + 6 weeks = 2026-07-15 (14 new days, 78 established)
		expect(expectedTouchpoints('2026-06-03', '2026-Q3')).toBe(Math.floor(14 / 7 + 78 / 14));
	});
});

const record = (rater: 'partner' | 'program', pairs: [number, number][]): RatingRecord => ({
	version: 1,
	partnerId: 'acme',
	period: '2026-Q3',
	rater,
	submittedAt: '2026-10-01T10:00:00Z',
	ratings: ['referrals-revenue', 'knowledge-training', 'network-access', 'co-marketing', 'product-strategy'].map(
		(dimension, index) => ({ dimension, received: pairs[index]![0], provided: pairs[index]![1] }),
	),
});
const even: [number, number][] = [
	[7, 7],
	[7, 7],
	[7, 7],
	[7, 7],
	[7, 7],
];

describe('evaluateHealth', () => {
	const base = (overrides: Record<string, string>, extra: Partial<HealthInputs> = {}): HealthInputs => ({
		quarter: '2026-Q3',
		row: row(overrides),
		earlier: [],
		expectedTouchpoints: 6,
		records: [],
		...extra,
	});
	it('is at-risk at satisfaction 6.9 and not at 7.0', () => {
		const risky = evaluateHealth(base({ satisfaction: '6.9' }));
		expect(risky.status).toBe('at-risk');
		expect(risky.reasons).toEqual([
			{
				rule: 'low-satisfaction',
				text: 'Satisfaction is 6.9 in 2026-Q3, below 7: relationships under 7 tend to deteriorate within months without intervention.',
				forPartner:
					'Your satisfaction was 6.9 in 2026-Q3, below 7. We want to hear what is not working and fix it with you at your next check-in.',
				article: 'common-pitfalls',
			},
		]);
		expect(evaluateHealth(base({ satisfaction: '7.0' })).status).toBe('healthy');
	});
	it('watches a satisfaction fall of 1.5 over the last two quarters, not 1.4', () => {
		const earlier = (a: string, b: string) => [
			row({ satisfaction: a, quarter: '2026-Q2' }),
			row({ satisfaction: b, quarter: '2026-Q1' }),
		];
		const fell = evaluateHealth(base({ satisfaction: '7.0' }, { earlier: earlier('8.0', '8.5') }));
		expect(fell.status).toBe('watch');
		expect(fell.reasons).toEqual([
			{
				rule: 'satisfaction-fall',
				text: 'Satisfaction fell 1.5 points, from 8.5 in 2026-Q1 to 7 in 2026-Q3.',
				forPartner:
					'Your satisfaction fell 1.5 points, from 8.5 in 2026-Q1 to 7 in 2026-Q3. Tell us what changed: we would rather hear it now than at the quarterly review.',
				article: 'sustaining-momentum',
			},
		]);
		expect(evaluateHealth(base({ satisfaction: '7.1' }, { earlier: earlier('8.5', '8.0') })).status).toBe('healthy');
		expect(evaluateHealth(base({ satisfaction: '8.4' }, { earlier: earlier('9.8', '9.0') })).status).toBe('healthy');
		expect(evaluateHealth(base({ satisfaction: '8.3' }, { earlier: earlier('9.8', '9.0') })).status).toBe('watch');
	});
	it('watches a value gap of 3, not 2', () => {
		const gap = evaluateHealth(base({}, { records: [record('partner', [...even.slice(0, 3), [4, 7], [7, 7]])] }));
		expect(gap.status).toBe('watch');
		expect(gap.reasons[0]).toEqual({
			rule: 'value-gap',
			text: 'Value gap of 3 in Co-marketing (2026-Q3 review): The partner rates what it receives at 4 and what it provides at 7: 3 points apart.',
			forPartner:
				'Co-marketing: the 2026-Q3 ratings are 3 points apart. Your partner manager will go through it with you, so both sides get what they expect.',
			article: 'value-exchange-reviews',
		});
		expect(evaluateHealth(base({}, { records: [record('partner', [[5, 7], ...even.slice(1)])] })).status).toBe(
			'healthy',
		);
	});
	it('watches touchpoints below the rhythm', () => {
		const low = evaluateHealth(base({ touchpoints: '5' }));
		expect(low.status).toBe('watch');
		expect(low.reasons[0]).toMatchObject({ rule: 'touchpoints', article: 'engagement-rhythms' });
		expect(low.reasons[0]!.text).toBe(
			'5 touchpoints in 2026-Q3, below the 6 the engagement rhythm expects for a partnership of this age.',
		);
		expect(low.reasons[0]!.forPartner).toBe(
			'We met 5 times in 2026-Q3, fewer than the 6 check-ins planned for a partnership of your age. Book the next one with your partner manager.',
		);
		expect(evaluateHealth(base({ touchpoints: '6' })).status).toBe('healthy');
	});
	it('keeps every reason when at-risk, and explains a healthy status', () => {
		const both = evaluateHealth(base({ satisfaction: '6', touchpoints: '1' }));
		expect(both.status).toBe('at-risk');
		expect(both.reasons.map((reason) => reason.rule)).toEqual(['low-satisfaction', 'touchpoints']);
		expect(evaluateHealth(base({})).reasons).toEqual([
			{
				rule: 'healthy',
				text: 'Satisfaction is 8 (7 or above, no fall of 1.5 or more), touchpoints (6) keep the expected rhythm (6), and no value gap of 3 or more was reported.',
				forPartner:
					'Things look good: your satisfaction is 8, we met as often as planned, and neither side reported a value gap of 3 or more.',
				article: 'measuring-partnership-health',
			},
		]);
	});
});

describe('buildScorecards', () => {
	const partner = (id: string, name: string) =>
		({ id, name, type: 'agency', model: 'referral', joined: '2024-01-01', track: undefined }) as const;
	const rows = (id: string, satisfactions: string[]) =>
		satisfactions.map((satisfaction, index) =>
			row({ partner_id: id, quarter: addQuarters('2026-Q3', index - satisfactions.length + 1), satisfaction }),
		);
	const built = buildScorecards(
		[partner('b', 'Bravo'), partner('a', 'Alpha'), partner('c', 'Charlie'), partner('d', 'No data')],
		[...rows('a', ['8', '8']), ...rows('b', ['10', '5']).reverse(), ...rows('c', ['9', '8.5', '7.5'])],
		[],
		new Date('2026-11-01T00:00:00Z'),
	);
	it('matches the shared schema, lists at-risk first and skips partners without metrics', () => {
		expect(scorecardsSchema.parse(built)).toEqual(built);
		expect(built.partners.map((card) => [card.id, card.latest.health.status])).toEqual([
			['b', 'at-risk'],
			['c', 'watch'],
			['a', 'healthy'],
		]);
		expect(built.quarters).toEqual(['2026-Q1', '2026-Q2', '2026-Q3']);
		expect(built.partners[0]!.history.map((entry) => entry.quarter)).toEqual(['2026-Q2', '2026-Q3']);
	});
	it('describes the trend in words', () => {
		const [b, c, a] = built.partners;
		expect(trendOf(b!)).toMatchObject({ direction: 'down', arrow: '↓' });
		expect(trendOf(b!).text).toMatch(/^Down \d+ points since 2026-Q2$/);
		expect(trendOf(a!)).toEqual({ direction: 'steady', arrow: '→', text: 'Steady (+0) since 2026-Q2' });
		expect(trendOf({ ...c!, history: [c!.latest] }).direction).toBe('new');
	});
	it('totals partners by type', () => {
		const [agency, software] = totalsBy(built.partners, ['agency', 'software'], 'type');
		expect(agency).toMatchObject({ id: 'agency', partners: 3, status: { 'at-risk': 1, watch: 1, healthy: 1 } });
		expect(software).toMatchObject({ partners: 0, averages: { overall: 0 } });
	});
});

describe('chartSummary', () => {
	it('summarises the series in words', () => {
		expect(
			chartSummary('Outcomes', [
				{ label: '2026-Q1', value: 60 },
				{ label: '2026-Q2', value: 75 },
				{ label: '2026-Q3', value: 70 },
			]),
		).toBe('Outcomes over 3 quarters: from 60 in 2026-Q1 to 70 in 2026-Q3; highest 75 (2026-Q2), lowest 60 (2026-Q1).');
		expect(chartSummary('Outcomes', [{ label: '2026-Q3', value: 70 }])).toBe(
			'Outcomes: 70 in 2026-Q3, the only quarter so far.',
		);
	});
});
