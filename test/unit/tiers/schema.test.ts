import { describe, expect, it } from 'vitest';
import { formatIssues } from '../../../src/lib/core/errors';
import { portalConfigSchema } from '../../../src/lib/core/config-schema';
import { metricsColumns } from '../../../src/lib/scorecards/metrics-schema';
import { scoresSchema } from '../../../src/lib/scorecards/schema';
import { checkTierQuizzes, tierQuizProblems } from '../../../src/lib/tiers/checks';
import {
	defaultTiers,
	scorecardTierIds,
	tierMetrics,
	tierScores,
	tiersSchema,
	type TiersInput,
} from '../../../src/lib/tiers/schema';
import userConfig from '../../../portal.config';

const quizIds = ['agencies-referral-essentials', 'software-partners-alliance-governance'];
const schema = tiersSchema({ ...scorecardTierIds, quizIds });

const entry = { id: 'registered', name: 'Registered', summary: 'Every partner.', benefits: ['A partner manager'] };
const silver = {
	id: 'silver',
	name: 'Silver',
	summary: 'Steady partners.',
	benefits: ['Co-marketing'],
	criteria: [
		{ metric: 'qualified_leads', min: 6, quarters: 2 },
		{ metric: 'satisfaction', min: 7, quarters: 2 },
		{ quiz: 'agencies-referral-essentials' },
	],
};
const gold = {
	id: 'gold',
	name: 'Gold',
	summary: 'Strategic partners.',
	benefits: ['Joint projects'],
	criteria: [
		{ metric: 'qualified_leads', min: 10, quarters: 2 },
		{ score: 'overall', min: 75 },
	],
};

/** Every problem as the build prints it: `field: message (found value)`. */
function problems(tiers: unknown): string[] {
	const result = schema.safeParse(tiers);
	return result.success ? [] : formatIssues(result.error, tiers);
}
const withCriterion = (criterion: Record<string, unknown>) => [entry, { ...silver, criteria: [criterion] }];

describe('tiersSchema', () => {
	it('accepts tiers from entry to top and fills quarters with 1', () => {
		const tiers = schema.parse([entry, silver, gold]);
		expect(tiers.map((tier) => tier.id)).toEqual(['registered', 'silver', 'gold']);
		expect(tiers[0]!.criteria).toEqual([]);
		expect(tiers[2]!.criteria[1]).toEqual({ score: 'overall', min: 75, quarters: 1 });
	});

	it('accepts its own output again (the quiz check parses the parsed config)', () => {
		const tiers = schema.parse([entry, silver, gold]);
		expect(schema.parse(tiers)).toEqual(tiers);
	});

	it.each([
		[
			'an unknown metric',
			{ metric: 'qualified_lead', min: 6 },
			'1.criteria.0.metric: Expected a metric (a metrics.csv column), one of: referrals, qualified_leads, conversions, revenue, referred_ltv, retention_rate, touchpoints, satisfaction, goal_convergence, commitment, projects_planned, projects_completed, ideas, improvements, opportunities (found "qualified_lead")',
		],
		[
			'a metric where fewer is better',
			{ metric: 'resolution_days', min: 3 },
			'resolution_days is left out because fewer days is better (found "resolution_days")',
		],
		[
			'an unknown score',
			{ score: 'health', min: 70 },
			'1.criteria.0.score: Expected a score, one of: outcomes, relationship, alignment, innovation, overall (found "health")',
		],
		[
			'an unknown quiz',
			{ quiz: 'agency-basics' },
			'1.criteria.0.quiz: Expected a quiz id (a file name in content/quizzes/ without ".yaml"), one of: agencies-referral-essentials, software-partners-alliance-governance (found "agency-basics")',
		],
		[
			'an unknown quiz in a list',
			{ quiz: ['agencies-referral-essentials', 'nope'] },
			'1.criteria.0.quiz.1: Expected a quiz id',
		],
		[
			'no quarters',
			{ metric: 'satisfaction', min: 8, quarters: 0 },
			'1.criteria.0.quarters: Expected a whole number of quarters from 1 to 8 (found 0)',
		],
		[
			'too many quarters',
			{ metric: 'satisfaction', min: 8, quarters: 9 },
			'1.criteria.0.quarters: Expected a whole number of quarters from 1 to 8 (found 9)',
		],
		[
			'part of a quarter',
			{ metric: 'satisfaction', min: 8, quarters: 1.5 },
			'1.criteria.0.quarters: Expected a whole number of quarters from 1 to 8 (found 1.5)',
		],
		[
			'a rating above its scale',
			{ metric: 'satisfaction', min: 11 },
			'1.criteria.0.min: Expected a rating from 1 to 10 for satisfaction (found 11)',
		],
		[
			'a percentage above 100',
			{ metric: 'retention_rate', min: 120 },
			'1.criteria.0.min: Expected a percentage from 1 to 100 for retention_rate (found 120)',
		],
		[
			'part of a lead',
			{ metric: 'qualified_leads', min: 5.5 },
			'1.criteria.0.min: Expected a whole number of 1 or more (a count per quarter) for qualified_leads (found 5.5)',
		],
		[
			'a score above 100',
			{ score: 'overall', min: 101 },
			'1.criteria.0.min: Expected a score from 1 to 100 for overall (found 101)',
		],
		[
			'no minimum',
			{ metric: 'revenue' },
			'1.criteria.0.min: Expected a minimum for revenue: an amount of 1 or more per quarter (found nothing)',
		],
		[
			'a minimum on a quiz',
			{ quiz: 'agencies-referral-essentials', min: 80 },
			'1.criteria.0.min: Expected no min on a quiz criterion: a quiz is passed or not (found 80)',
		],
		[
			'two kinds in one criterion',
			{ metric: 'revenue', score: 'overall', min: 5 },
			'1.criteria.0: Expected exactly one of metric, score or quiz',
		],
		['a misspelt field', { metric: 'revenue', min: 5, quarter: 2 }, '1.criteria.0: Unknown field: quarter'],
	])('refuses %s, naming the field, what was expected and the value found', (_, criterion, message) => {
		expect(problems(withCriterion(criterion)).join('\n')).toContain(message);
	});

	it('accepts a minimum exactly at either end of its range', () => {
		expect(problems(withCriterion({ metric: 'satisfaction', min: 10 }))).toEqual([]);
		expect(problems(withCriterion({ metric: 'qualified_leads', min: 1, quarters: 8 }))).toEqual([]);
		expect(problems(withCriterion({ score: 'overall', min: 100 }))).toEqual([]);
	});

	it('refuses duplicate tier ids and names', () => {
		expect(problems([entry, silver, { ...gold, id: 'silver', name: 'Silver' }])).toEqual([
			'2.id: Expected a tier id not used before; tier 1 already has "silver" (found "silver")',
			'2.name: Expected a tier name not used before; tier 1 already has "Silver" (found "Silver")',
		]);
	});

	it('refuses criteria on the first tier, and a later tier without any', () => {
		expect(problems([{ ...entry, criteria: silver.criteria }, silver])).toEqual([
			expect.stringMatching(/^0\.criteria: Expected no criteria on the first tier: it is the entry tier/),
		]);
		expect(problems([entry, { ...silver, criteria: [] }])).toEqual([
			'1.criteria: Expected at least one criterion: only the first tier (Registered) is open to every partner (found [])',
		]);
	});

	it('refuses tiers out of order: a higher tier asking less than a lower one', () => {
		expect(problems([entry, gold, { ...silver, id: 'silver' }])).toEqual([
			'2.criteria.0.min: Expected 10 or more, as Gold asks: tiers go from entry to top, so a higher tier cannot ask less (found 6)',
		]);
	});

	it('compares with the highest lower tier that asks, even when the tier between does not', () => {
		const platinum = { ...gold, id: 'platinum', name: 'Platinum', criteria: [{ metric: 'qualified_leads', min: 4 }] };
		const between = { ...gold, criteria: [{ score: 'overall', min: 75 }] };
		expect(problems([entry, silver, between, platinum])).toEqual([
			'3.criteria.0.min: Expected 6 or more, as Silver asks: tiers go from entry to top, so a higher tier cannot ask less (found 4)',
		]);
	});

	it('refuses the same metric twice in one tier', () => {
		const criteria = [
			{ metric: 'satisfaction', min: 7 },
			{ metric: 'satisfaction', min: 8, quarters: 2 },
		];
		expect(problems([entry, { ...silver, criteria }])).toEqual([
			'1.criteria.1.metric: Expected each metric or score once per tier; criterion 0 already sets satisfaction (found "satisfaction")',
		]);
	});

	it('refuses an empty list and a tier without benefits', () => {
		expect(problems([])).toEqual([
			'(root): Expected at least one tier: the entry tier every partner starts in (found [])',
		]);
		expect(problems([{ ...entry, benefits: [] }])).toEqual(['0.benefits: Expected at least 1 item (found [])']);
	});
});

describe('the metrics and scores a criterion may name', () => {
	it('are every metrics column where more is better, and every score', () => {
		const numeric = metricsColumns.filter((column) => !['partner_id', 'quarter', 'resolution_days'].includes(column));
		expect(Object.keys(tierMetrics)).toEqual(numeric);
		expect(Object.keys(tierScores)).toEqual(scoresSchema.keyof().options);
	});
});

describe('tiers in portal.config.ts', () => {
	it('default to one open tier', () => {
		const { tiers: _, ...rest } = userConfig;
		const config = portalConfigSchema.parse(rest);
		expect(config.tiers).toHaveLength(1);
		expect(config.tiers[0]).toMatchObject({ ...defaultTiers[0], criteria: [] });
	});

	it('name their path under tiers in config errors', () => {
		const tiers = [entry, { ...silver, criteria: [{ metric: 'qualified_leads', min: 6, quarters: 12 }] }];
		const result = portalConfigSchema.safeParse({ ...userConfig, tiers });
		expect(result.success).toBe(false);
		expect(formatIssues(result.error!, { ...userConfig, tiers })).toEqual([
			'tiers.1.criteria.0.quarters: Expected a whole number of quarters from 1 to 8 (found 12)',
		]);
	});

	it('name only quizzes that exist (checked once content is loaded)', () => {
		const tiers = portalConfigSchema.parse(userConfig).tiers;
		const quizzes = [
			'agencies-referral-essentials',
			'content-creators-value-exchange',
			'software-partners-alliance-governance',
		];
		expect(tierQuizProblems(tiers, quizzes)).toEqual([]);
		expect(() => checkTierQuizzes(tiers, quizzes.slice(1))).toThrow(
			/tiers\.1\.criteria\.2\.quiz\.0: Expected a quiz id .* \(found "agencies-referral-essentials"\)/,
		);
	});

	it('check the form of quiz ids before content is loaded', () => {
		const tiers: TiersInput = [entry, { ...silver, criteria: [{ quiz: 'Agency Basics' }] }];
		const result = portalConfigSchema.safeParse({ ...userConfig, tiers });
		expect(formatIssues(result.error!, { ...userConfig, tiers })).toEqual([
			'tiers.1.criteria.0.quiz: Expected a lowercase id such as "content-creator" (a quiz\'s file name without ".yaml") (found "Agency Basics")',
		]);
	});
});
