import { portal } from '../core/config';
import { GAP_THRESHOLD } from '../ratings/gaps';
/**
 * The scorecard formulas, as named constants a program manager can read and change. The scoring code
 * and the "How scores are computed" page (/scorecards/method/) are both built from this file.
 */
import type { Dimension } from './schema';

/** Weights of the four dimensions in the overall score (they sum to 100). */
export const DIMENSION_WEIGHTS: Record<Dimension, number> = {
	outcomes: 35,
	relationship: 30,
	alignment: 20,
	innovation: 15,
};

/** Per-quarter figures that score 100 on a "share of target" input; more than the target still scores 100. */
export const TARGETS = {
	/** Referrals per quarter. */
	referrals: 20,
	/** Qualified leads per quarter. */
	qualifiedLeads: 10,
	/** Conversions divided by qualified leads, in percent. */
	conversionRate: 30,
	/** Revenue from referred customers per quarter. */
	revenue: 50_000,
	/** Lifetime value of the customers referred in the quarter. */
	referredLtv: 100_000,
	/** Retention of referred customers, in percent. */
	retentionRate: 90,
	/** Projects completed divided by projects planned, in percent. */
	projectCompletion: 100,
	/** Ideas per quarter. */
	ideas: 6,
	/** Implemented improvements per quarter. */
	improvements: 2,
	/** New opportunities per quarter. */
	opportunities: 3,
} as const;

/** Issue resolution: this many days or fewer scores 100 ... */
export const RESOLUTION_BEST_DAYS = 2;
/** ... and this many or more scores 0, in a straight line between. */
export const RESOLUTION_WORST_DAYS = 14;

/**
 * Engagement rhythm, from `engagementRhythm` in portal.config.ts so scorecards expect exactly what the track
 * calendars schedule: a partnership counts as new for its first this-many weeks (the longest onboarding
 * track, six weeks, unless `weeklyWeeks` is set) ...
 */
export const NEW_PARTNER_WEEKS = portal.engagementRhythm.weeklyWeeks ?? 6;
/** ... and expects a check-in every week while new ... */
export const NEW_CHECKIN_EVERY_WEEKS = 1;
/** ... and one every `establishedEveryWeeks` (two: biweekly) once established. */
export const ESTABLISHED_CHECKIN_EVERY_WEEKS = portal.engagementRhythm.establishedEveryWeeks;

/** Health: latest satisfaction below this makes a partnership at-risk. */
export const AT_RISK_SATISFACTION = 7;
/** Health: a satisfaction fall of this much or more ... */
export const SATISFACTION_FALL = 1.5;
/** ... compared with the highest of this many previous quarters puts it on watch. */
export const SATISFACTION_FALL_QUARTERS = 2;
/** Health: ratings that differ by this much or more (received vs provided, or the two sides) put it on watch. */
export const VALUE_GAP = GAP_THRESHOLD;
/** Trend arrows: a change in overall score of at least this many points counts as up or down. */
export const TREND_POINTS = 3;

/** Best-practice article (a slug in content/practices) that helps with each health rule. */
export const RULE_ARTICLES = {
	'low-satisfaction': 'common-pitfalls',
	'satisfaction-fall': 'sustaining-momentum',
	'value-gap': 'value-exchange-reviews',
	touchpoints: 'engagement-rhythms',
	healthy: 'measuring-partnership-health',
} as const;

/** Dimension names and one-line summaries, in display order. */
export const DIMENSIONS: Record<Dimension, { label: string; summary: string }> = {
	outcomes: { label: 'Outcomes', summary: 'Referrals, leads, conversion, revenue, lifetime value and retention.' },
	relationship: {
		label: 'Relationship',
		summary: 'Touchpoints against the expected rhythm, satisfaction, issue resolution and value perception.',
	},
	alignment: { label: 'Alignment', summary: 'Goal convergence, resource commitment and project completion.' },
	innovation: { label: 'Innovation', summary: 'Ideas, implemented improvements and new opportunities.' },
};

export const dimensionIds = Object.keys(DIMENSIONS) as Dimension[];
