import { describe, expect, it } from 'vitest';
import type { MetricsRow } from '../../../src/lib/scorecards/metrics-schema';
import type { Scores } from '../../../src/lib/scorecards/schema';
import { scorecardTierIds, tiersSchema } from '../../../src/lib/tiers/schema';
import {
	criterionText,
	programTiers,
	tierStanding,
	type PartnerTierData,
	type TierOptions,
} from '../../../src/lib/tiers/tiers';

const tiers = tiersSchema(scorecardTierIds).parse([
	{ id: 'registered', name: 'Registered', summary: 'Every partner.', benefits: ['A partner manager'] },
	{
		id: 'silver',
		name: 'Silver',
		summary: 'Steady partners.',
		benefits: ['Co-marketing'],
		criteria: [
			{ metric: 'qualified_leads', min: 6, quarters: 2 },
			{ metric: 'satisfaction', min: 7, quarters: 2 },
			{ quiz: ['agencies-referral-essentials', 'software-partners-alliance-governance'] },
		],
	},
	{
		id: 'gold',
		name: 'Gold',
		summary: 'Strategic partners.',
		benefits: ['Joint projects'],
		criteria: [
			{ metric: 'qualified_leads', min: 10, quarters: 2 },
			{ metric: 'satisfaction', min: 8, quarters: 2 },
			{ score: 'overall', min: 75 },
			{ quiz: 'agencies-referral-essentials' },
		],
	},
]);

const words: TierOptions = {
	currency: 'USD',
	lang: 'en',
	quizTitles: {
		'agencies-referral-essentials': 'Referral essentials for agencies',
		'software-partners-alliance-governance': 'Alliance governance and communication',
	},
};

function row(quarter: string, figures: Partial<MetricsRow>): MetricsRow {
	return {
		partner_id: 'acme',
		quarter,
		referrals: 10,
		qualified_leads: 6,
		conversions: 2,
		revenue: 10_000,
		retention_rate: 85,
		touchpoints: 6,
		satisfaction: 7,
		goal_convergence: 7,
		commitment: 80,
		projects_planned: 1,
		projects_completed: 1,
		ideas: 2,
		improvements: 1,
		opportunities: 1,
		...figures,
	};
}
const scores = (quarter: string, overall: number) => ({
	quarter,
	scores: { outcomes: overall, relationship: overall, alignment: overall, innovation: overall, overall } as Scores,
});
const passed = [{ quiz: 'agencies-referral-essentials', passed_on: '2026-02-10' }];

/** A partner with the given rows, an overall score of 70 each quarter, and the agencies quiz passed. */
function partner(rows: MetricsRow[], extra: Partial<PartnerTierData> = {}): PartnerTierData {
	return { rows, scores: rows.map((entry) => scores(entry.quarter, 70)), certifications: passed, ...extra };
}
const standing = (data: PartnerTierData, options: Partial<TierOptions> = {}) =>
	tierStanding(tiers, data, { ...words, ...options });

describe('tierStanding', () => {
	it('puts a partner exactly at every minimum in the tier (boundaries pass)', () => {
		const result = standing(partner([row('2026-Q2', {}), row('2026-Q3', {})]));
		expect(result.tier.id).toBe('silver');
		expect(result.held.every((status) => status.met)).toBe(true);
		expect(result.asOf).toBe('2026-Q3');
	});

	it('keeps a partner just below a minimum in the tier below', () => {
		const result = standing(partner([row('2026-Q2', {}), row('2026-Q3', { satisfaction: 6.9 })]));
		expect(result.tier.id).toBe('registered');
		expect(result.next?.tier.id).toBe('silver');
		expect(result.next?.criteria[1]).toMatchObject({
			met: false,
			value: 6.9,
			streak: 0,
			current: 'satisfaction 6.9 in 2026-Q3',
			gap: 'satisfaction 7 or more for 2 quarters in a row (now 6.9)',
		});
	});

	it('counts a quarter with figures but no earlier one as 1 so far', () => {
		const result = standing(partner([row('2026-Q3', {})]));
		expect(result.tier.id).toBe('registered');
		expect(result.next?.criteria.map((status) => status.gap)).toEqual([
			'6 qualified leads or more per quarter for 2 quarters in a row (1 so far)',
			'satisfaction 7 or more for 2 quarters in a row (1 so far)',
			undefined,
		]);
	});

	it('breaks a run at a gap in the quarter sequence', () => {
		// 2026-Q2 is missing: Q1 and Q3 both meet the minimums but are not in a row.
		const result = standing(partner([row('2026-Q1', {}), row('2026-Q3', {})]));
		expect(result.tier.id).toBe('registered');
		expect(result.next?.criteria[0]).toMatchObject({ met: false, streak: 1 });
	});

	it('runs across a year end', () => {
		expect(standing(partner([row('2025-Q4', {}), row('2026-Q1', {})])).tier.id).toBe('silver');
	});

	it('reads figures up to asOf: a partner without figures for it has no run', () => {
		const result = standing(partner([row('2026-Q1', {}), row('2026-Q2', {})]), { asOf: '2026-Q3' });
		expect(result.tier.id).toBe('registered');
		expect(result.next?.criteria[0]).toMatchObject({
			value: null,
			current: 'no figures for 2026-Q3',
			gap: '6 qualified leads or more per quarter for 2 quarters in a row (no figures for 2026-Q3)',
		});
	});

	it('puts a partner with no figures at all in the entry tier', () => {
		const result = standing({ rows: [], scores: [], certifications: [] });
		expect(result.tier.id).toBe('registered');
		expect(result.asOf).toBeUndefined();
		expect(result.next?.criteria[0]?.current).toBe('no figures yet');
		expect(result.closeToNext).toBe(false);
	});

	it('words the gap of a count as how many more per quarter', () => {
		const result = standing(partner([row('2026-Q2', { qualified_leads: 4 }), row('2026-Q3', { qualified_leads: 4 })]));
		expect(result.next?.criteria[0]).toMatchObject({
			current: '4 qualified leads in 2026-Q3',
			gap: '2 more qualified leads per quarter for 2 quarters in a row',
		});
		const one = standing(partner([row('2026-Q2', { qualified_leads: 5 }), row('2026-Q3', { qualified_leads: 5 })]));
		expect(one.next?.criteria[0]?.gap).toBe('1 more qualified lead per quarter for 2 quarters in a row');
	});

	it('names the quiz to pass, and any of a list', () => {
		const result = standing(partner([row('2026-Q2', {}), row('2026-Q3', {})], { certifications: [] }));
		expect(result.tier.id).toBe('registered');
		expect(result.next?.criteria[2]).toMatchObject({
			met: false,
			current: 'not passed yet',
			gap: 'pass one of these quizzes: Referral essentials for agencies or Alliance governance and communication',
		});
		const software = [{ quiz: 'software-partners-alliance-governance', passed_on: '2025-11-03' }];
		const other = standing(partner([row('2026-Q2', {}), row('2026-Q3', {})], { certifications: software }));
		expect(other.tier.id).toBe('silver');
		expect(other.held[2]?.current).toBe('passed Alliance governance and communication on 2025-11-03');
		expect(other.next?.criteria[3]?.gap).toBe('pass the Referral essentials for agencies quiz');
	});

	it('uses the highest tier whose every criterion holds, even past one that does not', () => {
		const unnested = tiersSchema(scorecardTierIds).parse([
			tiers[0],
			{ ...tiers[1], criteria: [{ metric: 'retention_rate', min: 90 }] },
			{ ...tiers[2], criteria: [{ metric: 'satisfaction', min: 8 }] },
		]);
		const data = partner([row('2026-Q3', { retention_rate: 85, satisfaction: 9 })]);
		const result = tierStanding(unnested, data, words);
		expect(result.tier.id).toBe('gold');
		expect(result.index).toBe(2);
		expect(result.next).toBeUndefined();
	});

	it('keeps the lower tier on a tie: the next tier needs every criterion, not most', () => {
		const rows = [
			row('2026-Q2', { qualified_leads: 10, satisfaction: 8 }),
			row('2026-Q3', { qualified_leads: 10, satisfaction: 8 }),
		];
		const result = standing(partner(rows, { scores: [scores('2026-Q3', 74)] }));
		expect(result.tier.id).toBe('silver');
		expect(result.next?.missing).toBe(1);
		expect(result.next?.criteria.filter((status) => status.met)).toHaveLength(3);
	});

	it('has no next tier in the top tier', () => {
		const rows = [
			row('2026-Q2', { qualified_leads: 14, satisfaction: 9.5 }),
			row('2026-Q3', { qualified_leads: 14, satisfaction: 9.5 }),
		];
		const result = standing(partner(rows, { scores: [scores('2026-Q3', 90)] }));
		expect(result.tier.id).toBe('gold');
		expect(result.next).toBeUndefined();
		expect(result.closeToNext).toBe(false);
		expect(result.atRisk).toEqual([]);
	});

	it('reads the gap of a score in points against its minimum', () => {
		const rows = [
			row('2026-Q2', { qualified_leads: 12, satisfaction: 9 }),
			row('2026-Q3', { qualified_leads: 12, satisfaction: 9 }),
		];
		const result = standing(partner(rows, { scores: [scores('2026-Q3', 71)] }));
		expect(result.tier.id).toBe('silver');
		expect(result.next?.criteria[2]).toMatchObject({
			current: 'overall score 71 in 2026-Q3',
			gap: 'overall score 75 or more (now 71)',
		});
	});

	describe('close to moving up', () => {
		it('is every unmet criterion of the next tier nearly met: one quarter short, or within 10% below', () => {
			const rows = [
				row('2026-Q2', { qualified_leads: 9, satisfaction: 9 }),
				row('2026-Q3', { qualified_leads: 10, satisfaction: 9 }),
			];
			const result = standing(partner(rows, { scores: [scores('2026-Q3', 68)] }));
			expect(result.tier.id).toBe('silver');
			expect(result.next?.criteria.map((status) => status.nearlyMet)).toEqual([true, false, true, false]);
			expect(result.closeToNext).toBe(true);
		});

		it('is not close when a gap is more than 10% below the minimum', () => {
			const rows = [
				row('2026-Q2', { qualified_leads: 12, satisfaction: 9 }),
				row('2026-Q3', { qualified_leads: 12, satisfaction: 9 }),
			];
			const result = standing(partner(rows, { scores: [scores('2026-Q3', 67)] }));
			expect(result.next?.missing).toBe(1);
			expect(result.closeToNext).toBe(false);
		});

		it('counts an unpassed quiz as a small step', () => {
			const result = standing(partner([row('2026-Q2', {}), row('2026-Q3', {})], { certifications: [] }));
			expect(result.next?.missing).toBe(1);
			expect(result.closeToNext).toBe(true);
		});

		it('is not close when a run needs two more quarters', () => {
			const rows = [row('2026-Q2', { satisfaction: 6.9 }), row('2026-Q3', { satisfaction: 6.9 })];
			expect(standing(partner(rows)).closeToNext).toBe(false);
		});
	});

	describe('at risk of moving down', () => {
		it('is a criterion of the current tier held by less than 10% above its minimum in the latest quarter', () => {
			const result = standing(partner([row('2026-Q2', { satisfaction: 9 }), row('2026-Q3', { satisfaction: 7.6 })]));
			expect(result.tier.id).toBe('silver');
			// 6 leads (the minimum) and satisfaction 7.6 are both thin; the quiz cannot be lost.
			expect(result.atRisk.map((status) => status.risk)).toEqual([
				'6 qualified leads in 2026-Q3, less than 10% above the minimum (6 qualified leads or more per quarter)',
				'satisfaction 7.6 in 2026-Q3, less than 10% above the minimum (satisfaction 7 or more)',
			]);
		});

		it('is not exactly 10% above the minimum (ties at the edge count as safe)', () => {
			const rows = [row('2026-Q2', { qualified_leads: 8 }), row('2026-Q3', { qualified_leads: 8, satisfaction: 7.7 })];
			expect(standing(partner(rows)).atRisk).toEqual([]);
		});

		it('never applies to the entry tier', () => {
			expect(standing({ rows: [], scores: [], certifications: [] }).atRisk).toEqual([]);
		});
	});
});

describe('criterionText', () => {
	it('words each kind of criterion without a partner figure', () => {
		const [metric, rating, quiz] = tiers[1]!.criteria;
		expect(criterionText(metric!, words)).toBe('6 qualified leads or more per quarter for 2 quarters in a row');
		expect(criterionText(rating!, words)).toBe('satisfaction 7 or more for 2 quarters in a row');
		expect(criterionText(quiz!, words)).toBe(
			'pass one of these quizzes: Referral essentials for agencies or Alliance governance and communication',
		);
		expect(criterionText({ metric: 'revenue', min: 25_000, quarters: 1 }, words)).toBe(
			'revenue $25,000 or more in the latest quarter',
		);
		expect(criterionText({ metric: 'retention_rate', min: 85, quarters: 3 }, words)).toBe(
			'retention rate 85% or more for 3 quarters in a row',
		);
		expect(criterionText({ quiz: 'unknown-quiz' }, { currency: 'USD' })).toBe('pass the unknown-quiz quiz');
	});
});

describe('programTiers', () => {
	it('computes every partner against the program latest quarter and totals the tiers', () => {
		const metrics = [
			row('2026-Q2', { partner_id: 'steady' }),
			row('2026-Q3', { partner_id: 'steady' }),
			row('2026-Q1', { partner_id: 'quiet' }),
			row('2026-Q2', { partner_id: 'quiet' }),
		];
		const history = (id: string) =>
			metrics.filter((entry) => entry.partner_id === id).map((entry) => scores(entry.quarter, 70));
		const result = programTiers(
			tiers,
			{
				partners: [
					{ id: 'steady', history: history('steady') },
					{ id: 'quiet', history: history('quiet') },
				],
				metrics,
				certifications: [
					{ partner_id: 'steady', quiz: 'agencies-referral-essentials', passed_on: '2026-01-05' },
					{ partner_id: 'quiet', quiz: 'agencies-referral-essentials', passed_on: '2026-01-05' },
				],
			},
			words,
		);
		expect(result.asOf).toBe('2026-Q3');
		expect(result.byPartner.get('steady')?.tier.id).toBe('silver');
		// "quiet" met Silver up to 2026-Q2 but sent no figures for 2026-Q3.
		expect(result.byPartner.get('quiet')?.tier.id).toBe('registered');
		expect(result.counts.map(({ tier, partners }) => [tier.id, partners])).toEqual([
			['registered', 1],
			['silver', 1],
			['gold', 0],
		]);
		expect(result.atRisk).toEqual(['steady']);
		expect(result.closeToNext).toEqual([]);
	});
});
