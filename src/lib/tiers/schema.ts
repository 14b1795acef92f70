import type { NounForms } from '../core/plural';
import { idMessage, idPattern } from '../core/patterns';
import { repeats } from '../core/unique';
import { z } from '../core/zod';
// Type-only: config-schema imports this file, and a runtime import of a schema that reads schema-helpers
// would close an import cycle back into config-schema.
import type { MetricsRow } from '../scorecards/metrics-schema';
import type { Scores } from '../scorecards/schema';

/** How a metric is measured, which sets the minimums a criterion may ask of it and how it reads. */
export type MetricKind = 'count' | 'amount' | 'percent' | 'rating';

/** A metrics column a tier criterion may name. */
export interface TierMetric {
	kind: MetricKind;
	/** Lowercase words for the figure: "qualified leads", "satisfaction". */
	label: string;
	/** Counts: the noun, for "6 qualified leads"; its `more` forms read "2 more qualified leads". */
	noun?: { count: NounForms; more: NounForms };
}

const counted = (one: string, other: string): TierMetric => ({
	kind: 'count',
	label: other,
	noun: { count: { one, other }, more: { one: `more ${one}`, other: `more ${other}` } },
});

/** Metrics columns whose value is better the higher it is; `resolution_days` is left out (fewer days is better). */
export type TierMetricId = Exclude<keyof MetricsRow, 'partner_id' | 'quarter' | 'resolution_days'>;

/** Every column of metrics.csv a criterion may name; the type makes a new metrics column show up here. */
export const tierMetrics: Record<TierMetricId, TierMetric> = {
	referrals: counted('referral', 'referrals'),
	qualified_leads: counted('qualified lead', 'qualified leads'),
	conversions: counted('conversion', 'conversions'),
	revenue: { kind: 'amount', label: 'revenue' },
	referred_ltv: { kind: 'amount', label: 'lifetime value of referred customers' },
	retention_rate: { kind: 'percent', label: 'retention rate' },
	touchpoints: counted('touchpoint', 'touchpoints'),
	satisfaction: { kind: 'rating', label: 'satisfaction' },
	goal_convergence: { kind: 'rating', label: 'goal convergence' },
	commitment: { kind: 'percent', label: 'resource commitment' },
	projects_planned: counted('planned joint project', 'planned joint projects'),
	projects_completed: counted('completed joint project', 'completed joint projects'),
	ideas: counted('idea', 'ideas'),
	improvements: counted('implemented improvement', 'implemented improvements'),
	opportunities: counted('new opportunity', 'new opportunities'),
};

export type TierScoreId = keyof Scores;

/** The scorecard's scores a criterion may name, with their words. */
export const tierScores: Record<TierScoreId, string> = {
	outcomes: 'outcomes score',
	relationship: 'relationship score',
	alignment: 'alignment score',
	innovation: 'innovation score',
	overall: 'overall score',
};

/** The range a minimum must fall in for each kind; the bottom of a scale would always hold, so it starts at 1. */
export const minRanges: Record<MetricKind | 'score', { low: number; high?: number; whole?: boolean; what: string }> = {
	count: { low: 1, whole: true, what: 'a whole number of 1 or more (a count per quarter)' },
	amount: { low: 1, what: 'an amount of 1 or more per quarter' },
	percent: { low: 1, high: 100, what: 'a percentage from 1 to 100' },
	rating: { low: 1, high: 10, what: 'a rating from 1 to 10' },
	score: { low: 1, high: 100, what: 'a score from 1 to 100' },
};

/** Longest run of quarters a criterion may ask for: two years. */
export const MAX_QUARTERS = 8;

/** What the tier schemas check names against. */
export interface TierIds {
	/** Metrics columns a criterion may name. */
	metrics: Readonly<Record<string, TierMetric>>;
	/** Score ids a criterion may name. */
	scores: Readonly<Record<string, string>>;
	/**
	 * Quiz ids (file names in content/quizzes/). Undefined checks only their form: portal.config.ts is read before
	 * any content, so `checkTierQuizzes` (src/lib/tiers/checks.ts) checks them once the quizzes are loaded.
	 */
	quizIds?: readonly string[] | undefined;
}

/** The metrics and scores of the scorecards; quiz ids come from content. */
export const scorecardTierIds: TierIds = { metrics: tierMetrics, scores: tierScores };

/** A threshold on a metric, held for the latest `quarters` quarters in a row. */
export interface MetricCriterion {
	metric: TierMetricId;
	min: number;
	quarters: number;
}
/** A threshold on a scorecard score, held for the latest `quarters` quarters in a row. */
export interface ScoreCriterion {
	score: TierScoreId;
	min: number;
	quarters: number;
}
/** A training quiz passed; a list means any one of them. */
export interface QuizCriterion {
	quiz: string | string[];
}
export type TierCriterion = MetricCriterion | ScoreCriterion | QuizCriterion;

const listOf = (ids: readonly string[]) => ids.join(', ');

/** One entry criterion: exactly one of `metric`, `score` or `quiz`, checked field by field so each error names its field. */
export const criterionSchema = ({ metrics, scores, quizIds }: TierIds) =>
	z
		.strictObject({
			/** A metrics.csv column, e.g. "qualified_leads". */
			metric: z.string().optional(),
			/** A score id: a dimension ("outcomes", …) or "overall". */
			score: z.string().optional(),
			/** A quiz id, or a list of them of which any one will do. */
			quiz: z.union([z.string(), z.array(z.string()).min(1)]).optional(),
			/** The lowest value that meets the criterion. */
			min: z.number().optional(),
			/** Consecutive latest quarters the minimum must hold for, 1–8. Default: 1. */
			quarters: z.number().optional(),
		})
		.superRefine((criterion, ctx) => {
			const kinds = (['metric', 'score', 'quiz'] as const).filter((key) => criterion[key] !== undefined);
			if (kinds.length !== 1) {
				ctx.addIssue({
					code: 'custom',
					path: [],
					message: `Expected exactly one of metric, score or quiz, such as { metric: 'qualified_leads', min: 6, quarters: 2 }; found ${kinds.length ? kinds.join(' and ') : 'none'}`,
				});
				return;
			}
			if (criterion.quiz !== undefined) {
				for (const key of ['min', 'quarters'] as const) {
					if (criterion[key] !== undefined) {
						ctx.addIssue({
							code: 'custom',
							path: [key],
							message: `Expected no ${key} on a quiz criterion: a quiz is passed or not`,
						});
					}
				}
				const ids = typeof criterion.quiz === 'string' ? [criterion.quiz] : criterion.quiz;
				ids.forEach((id, index) => {
					const path = typeof criterion.quiz === 'string' ? ['quiz'] : ['quiz', index];
					if (!idPattern.test(id)) {
						ctx.addIssue({ code: 'custom', path, message: `${idMessage} (a quiz's file name without ".yaml")` });
					} else if (quizIds && !quizIds.includes(id)) {
						ctx.addIssue({
							code: 'custom',
							path,
							message: `Expected a quiz id (a file name in content/quizzes/ without ".yaml"), one of: ${listOf(quizIds)}`,
						});
					}
				});
				return;
			}
			let range: (typeof minRanges)[MetricKind];
			let name: string;
			if (criterion.metric !== undefined) {
				name = criterion.metric;
				const metric = Object.hasOwn(metrics, name) ? metrics[name] : undefined;
				if (!metric) {
					const lowerIsBetter =
						name === 'resolution_days' ? '; resolution_days is left out because fewer days is better' : '';
					ctx.addIssue({
						code: 'custom',
						path: ['metric'],
						message: `Expected a metric (a metrics.csv column), one of: ${listOf(Object.keys(metrics))}${lowerIsBetter}`,
					});
					return;
				}
				range = minRanges[metric.kind];
			} else {
				name = criterion.score!;
				if (!Object.hasOwn(scores, name)) {
					ctx.addIssue({
						code: 'custom',
						path: ['score'],
						message: `Expected a score, one of: ${listOf(Object.keys(scores))}`,
					});
					return;
				}
				range = minRanges.score;
			}
			const { min, quarters } = criterion;
			if (min === undefined) {
				ctx.addIssue({ code: 'custom', path: ['min'], message: `Expected a minimum for ${name}: ${range.what}` });
			} else if (
				!Number.isFinite(min) ||
				min < range.low ||
				(range.high !== undefined && min > range.high) ||
				(range.whole && !Number.isInteger(min))
			) {
				ctx.addIssue({ code: 'custom', path: ['min'], message: `Expected ${range.what} for ${name}` });
			}
			if (quarters !== undefined && (!Number.isInteger(quarters) || quarters < 1 || quarters > MAX_QUARTERS)) {
				ctx.addIssue({
					code: 'custom',
					path: ['quarters'],
					message: `Expected a whole number of quarters from 1 to ${MAX_QUARTERS}`,
				});
			}
		})
		// The checks above make the loose object one of the three criteria; defaults are filled in here.
		.transform((criterion): TierCriterion => {
			if (criterion.quiz !== undefined) return { quiz: criterion.quiz };
			const threshold = { min: criterion.min!, quarters: criterion.quarters ?? 1 };
			return criterion.metric !== undefined
				? { metric: criterion.metric as TierMetricId, ...threshold }
				: { score: criterion.score as TierScoreId, ...threshold };
		});

/** One tier: who it is for, what it gives, and what it takes to enter it. */
export const tierSchema = (ids: TierIds) =>
	z.strictObject({
		/** Stable id, e.g. "silver". */
		id: z.string().regex(idPattern, idMessage),
		/** Name shown on pages, e.g. "Silver". */
		name: z.string().trim().min(1, 'Expected a name, not only spaces'),
		/** One line on who the tier is for. */
		summary: z.string().trim().min(1, 'Expected a sentence, not only spaces').max(200),
		/** What partners in the tier receive, one line each. */
		benefits: z.array(z.string().trim().min(1, 'Expected a benefit, not only spaces')).min(1),
		/** Entry criteria, all of which must hold; none on the first tier. Default: none. */
		criteria: z.array(criterionSchema(ids)).default([]),
	});

/** Key of a threshold criterion, so two on the same figure can be compared. */
function thresholdKey(criterion: TierCriterion): string | undefined {
	if ('metric' in criterion) return `metric ${criterion.metric}`;
	if ('score' in criterion) return `score ${criterion.score}`;
	return undefined;
}

/**
 * Tiers from the entry tier to the top, like Starlight's `docsSchema()` a factory taking what it checks names
 * against. The first tier has no criteria (every partner is in it); a higher tier never asks less than a lower one.
 */
export const tiersSchema = (ids: TierIds) =>
	z
		.array(tierSchema(ids))
		.min(1, 'Expected at least one tier: the entry tier every partner starts in')
		.superRefine((tiers, ctx) => {
			for (const key of ['id', 'name'] as const) {
				for (const { index, key: value, first } of repeats(tiers, (tier) => tier[key])) {
					ctx.addIssue({
						code: 'custom',
						path: [index, key],
						message: `Expected a tier ${key} not used before; tier ${first} already has ${JSON.stringify(value)}`,
					});
				}
			}
			tiers.forEach((tier, index) => {
				if (index === 0 && tier.criteria.length) {
					ctx.addIssue({
						code: 'custom',
						path: [0, 'criteria'],
						message:
							'Expected no criteria on the first tier: it is the entry tier every partner starts in; list tiers from entry to top',
					});
				}
				if (index > 0 && !tier.criteria.length) {
					ctx.addIssue({
						code: 'custom',
						path: [index, 'criteria'],
						message: `Expected at least one criterion: only the first tier (${tiers[0]!.name}) is open to every partner`,
					});
				}
				const keyed = tier.criteria.map((criterion) => thresholdKey(criterion) ?? `quiz ${index}`);
				for (const { index: at, key, first } of repeats(keyed, (key) => key)) {
					if (key.startsWith('quiz')) continue;
					ctx.addIssue({
						code: 'custom',
						path: [index, 'criteria', at, key.split(' ')[0]!],
						message: `Expected each metric or score once per tier; criterion ${first} already sets ${key.split(' ')[1]}`,
					});
				}
			});
			// Tiers are listed from entry to top: a higher tier may not ask less of a figure than a lower one.
			const asked = new Map<string, { min: number; tier: string }>();
			tiers.forEach((tier, index) => {
				const here = new Map<string, { min: number; tier: string }>();
				tier.criteria.forEach((criterion, at) => {
					const key = thresholdKey(criterion);
					if (!key || !('min' in criterion)) return;
					const lower = asked.get(key);
					if (lower && criterion.min < lower.min) {
						ctx.addIssue({
							code: 'custom',
							path: [index, 'criteria', at, 'min'],
							message: `Expected ${lower.min} or more, as ${lower.tier} asks: tiers go from entry to top, so a higher tier cannot ask less`,
						});
					}
					here.set(key, lower && criterion.min < lower.min ? lower : { min: criterion.min, tier: tier.name });
				});
				for (const [key, value] of here) asked.set(key, value);
			});
		});

/** The default: one tier open to every partner, until a program defines its own (see docs/tiers.md). */
export const defaultTiers = [
	{
		id: 'partner',
		name: 'Partner',
		summary: 'Every partner with a signed agreement.',
		benefits: ['An onboarding track for your kind of partnership', 'A partner manager and regular check-ins'],
	},
];

export type TiersInput = z.input<ReturnType<typeof tiersSchema>>;
export type Tier = z.output<ReturnType<typeof tierSchema>>;
