import { portal } from '../core/config';
import type { MetricsRow } from './metrics-schema';
import type { Dimension, ScoreInput, Scores } from './schema';
import {
	DIMENSION_WEIGHTS,
	ESTABLISHED_CHECKIN_EVERY_WEEKS,
	NEW_CHECKIN_EVERY_WEEKS,
	NEW_PARTNER_WEEKS,
	RESOLUTION_BEST_DAYS,
	RESOLUTION_WORST_DAYS,
	TARGETS,
	dimensionIds,
} from './formulas';
import { dateMs, dayMs, overlapDays } from './quarters';

/** Everything one quarter's scores are computed from. */
export interface QuarterInputs {
	row: MetricsRow;
	/** Touchpoints the engagement rhythm expects in the quarter (see `expectedTouchpoints`). */
	expectedTouchpoints: number;
	/** Average "value received" rating (1–10) over both sides' records for the quarter; null without records. */
	valuePerception: number | null;
}

/** One input of a dimension: how it is read, what scores 100, and how (for the method page). */
export interface InputRule {
	label: string;
	/** What scores 100, in words. */
	target: string;
	/** The formula in words. */
	formula: string;
	value: (inputs: QuarterInputs) => number | null | undefined;
	format: (value: number) => string;
	score: (value: number, inputs: QuarterInputs) => number;
}

const clamp = (value: number) => Math.min(100, Math.max(0, value));
/** Share of a target in percent, capped at 100. */
export const towardTarget = (value: number, target: number) => (target <= 0 ? 100 : clamp((value / target) * 100));
/** A 1–10 rating as 10–100. */
export const fromRating = (rating: number) => clamp(rating * 10);
/** Resolution days: 100 at the best, 0 at the worst, linear between. */
export const fromResolutionDays = (days: number) =>
	clamp(((RESOLUTION_WORST_DAYS - days) / (RESOLUTION_WORST_DAYS - RESOLUTION_BEST_DAYS)) * 100);

// Formatters are made once: toLocaleString builds a new one on every call, which dominated 10,000 partners.
const wholeFormat = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
const oneFormat = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });
const whole = (n: number) => wholeFormat.format(n);
const one = (n: number) => oneFormat.format(n);
const pct = (n: number) => `${one(n)}%`;
const currency = new Intl.NumberFormat('en', {
	style: 'currency',
	currency: portal.currency,
	maximumFractionDigits: 0,
});
const money = (n: number) => currency.format(n);
const share = (target: number, unit = '') => `share of ${whole(target)}${unit} per quarter, capped at 100`;

/** Conversions per qualified lead, in percent; undefined without qualified leads. */
export const conversionRate = (row: MetricsRow) =>
	row.qualified_leads > 0 ? (row.conversions / row.qualified_leads) * 100 : undefined;
/** Projects completed per project planned, in percent; undefined when nothing was planned. */
export const projectCompletion = (row: MetricsRow) =>
	row.projects_planned > 0 ? (row.projects_completed / row.projects_planned) * 100 : undefined;

/** The inputs of each dimension, in display order. */
export const INPUT_RULES: Record<Dimension, InputRule[]> = {
	outcomes: [
		{
			label: 'Referrals',
			target: `${TARGETS.referrals} per quarter`,
			formula: share(TARGETS.referrals),
			value: ({ row }) => row.referrals,
			format: whole,
			score: (v) => towardTarget(v, TARGETS.referrals),
		},
		{
			label: 'Qualified leads',
			target: `${TARGETS.qualifiedLeads} per quarter`,
			formula: share(TARGETS.qualifiedLeads),
			value: ({ row }) => row.qualified_leads,
			format: whole,
			score: (v) => towardTarget(v, TARGETS.qualifiedLeads),
		},
		{
			label: 'Conversion rate',
			target: `${TARGETS.conversionRate}% of qualified leads`,
			formula: `conversions ÷ qualified leads as a share of ${TARGETS.conversionRate}%, capped at 100; left out when there were no qualified leads`,
			value: ({ row }) => conversionRate(row),
			format: pct,
			score: (v) => towardTarget(v, TARGETS.conversionRate),
		},
		{
			label: 'Revenue',
			target: `${money(TARGETS.revenue)} per quarter`,
			formula: share(TARGETS.revenue),
			value: ({ row }) => row.revenue,
			format: money,
			score: (v) => towardTarget(v, TARGETS.revenue),
		},
		{
			label: 'Lifetime value of referred customers',
			target: `${money(TARGETS.referredLtv)} per quarter`,
			formula: `${share(TARGETS.referredLtv)}; left out when blank`,
			value: ({ row }) => row.referred_ltv,
			format: money,
			score: (v) => towardTarget(v, TARGETS.referredLtv),
		},
		{
			label: 'Retention rate',
			target: `${TARGETS.retentionRate}%`,
			formula: `retention as a share of ${TARGETS.retentionRate}%, capped at 100`,
			value: ({ row }) => row.retention_rate,
			format: pct,
			score: (v) => towardTarget(v, TARGETS.retentionRate),
		},
	],
	relationship: [
		{
			label: 'Touchpoints',
			target: 'the expected rhythm',
			formula: `touchpoints as a share of the rhythm: one check-in a week for the first ${NEW_PARTNER_WEEKS} weeks, then one every ${ESTABLISHED_CHECKIN_EVERY_WEEKS} weeks, counted over the weeks of the quarter the partner was active (rounded down), capped at 100`,
			value: ({ row }) => row.touchpoints,
			format: whole,
			score: (v, { expectedTouchpoints }) => towardTarget(v, expectedTouchpoints),
		},
		{
			label: 'Satisfaction',
			target: '10 out of 10',
			formula: 'the 1–10 survey score × 10',
			value: ({ row }) => row.satisfaction,
			format: one,
			score: fromRating,
		},
		{
			label: 'Issue resolution (days)',
			target: `${RESOLUTION_BEST_DAYS} days or fewer`,
			formula: `100 at ${RESOLUTION_BEST_DAYS} days or fewer, 0 at ${RESOLUTION_WORST_DAYS} days or more, in a straight line between; left out when blank`,
			value: ({ row }) => row.resolution_days,
			format: one,
			score: fromResolutionDays,
		},
		{
			label: 'Value perception',
			target: '10 out of 10',
			formula:
				'the average "value received" rating over both sides\u2019 value-exchange records for the quarter × 10; left out without records',
			value: ({ valuePerception }) => valuePerception,
			format: one,
			score: fromRating,
		},
	],
	alignment: [
		{
			label: 'Goal convergence',
			target: '10 out of 10',
			formula: 'the 1–10 rating × 10',
			value: ({ row }) => row.goal_convergence,
			format: one,
			score: fromRating,
		},
		{
			label: 'Commitment',
			target: '100%',
			formula: 'the percentage as it is',
			value: ({ row }) => row.commitment,
			format: pct,
			score: clamp,
		},
		{
			label: 'Project completion',
			target: `${TARGETS.projectCompletion}% of planned projects`,
			formula: 'projects completed ÷ projects planned, capped at 100; left out when nothing was planned',
			value: ({ row }) => projectCompletion(row),
			format: pct,
			score: (v) => towardTarget(v, TARGETS.projectCompletion),
		},
	],
	innovation: [
		{
			label: 'Ideas',
			target: `${TARGETS.ideas} per quarter`,
			formula: share(TARGETS.ideas),
			value: ({ row }) => row.ideas,
			format: whole,
			score: (v) => towardTarget(v, TARGETS.ideas),
		},
		{
			label: 'Implemented improvements',
			target: `${TARGETS.improvements} per quarter`,
			formula: share(TARGETS.improvements),
			value: ({ row }) => row.improvements,
			format: whole,
			score: (v) => towardTarget(v, TARGETS.improvements),
		},
		{
			label: 'New opportunities',
			target: `${TARGETS.opportunities} per quarter`,
			formula: share(TARGETS.opportunities),
			value: ({ row }) => row.opportunities,
			format: whole,
			score: (v) => towardTarget(v, TARGETS.opportunities),
		},
	],
};

/**
 * Check-ins the rhythm expects in a quarter: the weeks the partner was new (first NEW_PARTNER_WEEKS after
 * joining) count one each, established weeks one per ESTABLISHED_CHECKIN_EVERY_WEEKS; rounded down.
 */
export function expectedTouchpoints(joined: string, quarter: string): number {
	const start = dateMs(joined);
	const newUntil = start + NEW_PARTNER_WEEKS * 7 * dayMs;
	const newWeeks = overlapDays(quarter, start, newUntil) / 7;
	const establishedWeeks = overlapDays(quarter, newUntil, Infinity) / 7;
	return Math.floor(newWeeks / NEW_CHECKIN_EVERY_WEEKS + establishedWeeks / ESTABLISHED_CHECKIN_EVERY_WEEKS);
}

/** Each input of a dimension with its value and 0–100 score (null when blank). */
export function dimensionInputs(dimension: Dimension, inputs: QuarterInputs): ScoreInput[] {
	return INPUT_RULES[dimension].map((rule) => {
		const value = rule.value(inputs);
		const known = value !== undefined && value !== null;
		return {
			label: rule.label,
			value: known ? rule.format(value) : 'not recorded',
			target: rule.target,
			score: known ? Math.round(rule.score(value, inputs) * 10) / 10 : null,
		};
	});
}

/** A dimension score: the average of its known inputs' scores (blank ones left out), rounded to a whole number. */
export function dimensionScore(dimension: Dimension, inputs: QuarterInputs): number {
	// A plain loop: this runs for every partner, quarter and dimension (320,000 times at 10,000 partners).
	let sum = 0;
	let known = 0;
	for (const rule of INPUT_RULES[dimension]) {
		const value = rule.value(inputs);
		if (value === undefined || value === null) continue;
		sum += rule.score(value, inputs);
		known++;
	}
	return Math.round(known ? sum / known : 0);
}

/** The overall score: the weighted average of the rounded dimension scores, rounded. */
export function overallScore(scores: Record<Dimension, number>): number {
	const total = dimensionIds.reduce((sum, id) => sum + DIMENSION_WEIGHTS[id], 0);
	return Math.round(dimensionIds.reduce((sum, id) => sum + scores[id] * DIMENSION_WEIGHTS[id], 0) / total);
}

/** All five scores for one quarter. */
export function scoreQuarter(inputs: QuarterInputs): Scores {
	const scores = {
		outcomes: dimensionScore('outcomes', inputs),
		relationship: dimensionScore('relationship', inputs),
		alignment: dimensionScore('alignment', inputs),
		innovation: dimensionScore('innovation', inputs),
		overall: 0,
	};
	scores.overall = overallScore(scores);
	return scores;
}
