import { z } from '../core/zod';
import { idSchema, quarterSchema } from '../core/schema-helpers';

/** A score from 0 to 100. */
const score = z.number().min(0).max(100);

/** The five scores of one partner in one quarter. */
export const scoresSchema = z.object({
	/** Quantitative outcomes: referrals, leads, conversion, revenue, lifetime value, retention. */
	outcomes: score,
	/** Relationship health: touchpoints against the rhythm, satisfaction, resolution time, value perception. */
	relationship: score,
	/** Strategic alignment: goal convergence, commitment, project completion. */
	alignment: score,
	/** Innovation contribution: ideas, improvements, new opportunities. */
	innovation: score,
	/** Weighted average of the four dimensions. */
	overall: score,
});

/** The health rules a reason comes from. */
export const healthRuleSchema = z.enum([
	'low-satisfaction',
	'satisfaction-fall',
	'value-gap',
	'touchpoints',
	'healthy',
]);

/** One reason behind a health status, in words, with the best-practice article that helps. */
export const healthReasonSchema = z.object({
	/** Which rule produced the reason. */
	rule: healthRuleSchema,
	/** The reason in a sentence, quoting the figures, as program staff read it. */
	text: z.string(),
	/** The same reason as the partner reads it on their own page: "you" are the partner, "we" the program. */
	forPartner: z.string(),
	/** Slug of the best-practice article to read about it. */
	article: idSchema,
});

/** A partner's health in one quarter. */
export const healthSchema = z.object({
	/** "at-risk" (satisfaction below 7), "watch" (a warning sign) or "healthy". */
	status: z.enum(['healthy', 'watch', 'at-risk']),
	/** Every reason for the status; at least one. */
	reasons: z.array(healthReasonSchema).min(1),
});

/** One input of a dimension score, as shown to program staff. */
export const scoreInputSchema = z.object({
	/** What was measured, e.g. "Conversion rate". */
	label: z.string(),
	/** The measured value, formatted for reading, or "not recorded". */
	value: z.string(),
	/** What scores 100, e.g. "30% or more". */
	target: z.string(),
	/** The input's 0–100 score; null when blank and left out of the average. */
	score: score.nullable(),
});

/** A partner's scorecard for one quarter. */
export const quarterCardSchema = z.object({
	/** The quarter, e.g. "2026-Q3". */
	quarter: quarterSchema,
	/** The scores. */
	scores: scoresSchema,
	/** Health status and reasons. */
	health: healthSchema,
});

/** The latest quarter, with the inputs behind each dimension. */
export const latestCardSchema = quarterCardSchema.extend({
	/** The inputs of each dimension score. */
	inputs: z.object({
		outcomes: z.array(scoreInputSchema),
		relationship: z.array(scoreInputSchema),
		alignment: z.array(scoreInputSchema),
		innovation: z.array(scoreInputSchema),
	}),
});

/** One partner's scorecards. */
export const partnerScorecardSchema = z.object({
	/** Partner id from partners.csv. */
	id: idSchema,
	/** Display name (untrusted text: always rendered escaped). */
	name: z.string(),
	/** Partner type id. */
	type: z.string(),
	/** Partnership model id. */
	model: z.string(),
	/** Date the partnership started. */
	joined: z.string(),
	/** The most recent quarter with metrics. */
	latest: latestCardSchema,
	/** Every quarter with metrics, oldest first (the latest included). */
	history: z.array(quarterCardSchema).min(1),
});

/** `scorecards.json`, written by `npm run scorecards` and read by the staff pages. */
export const scorecardsSchema = z.object({
	/** When the file was generated, ISO 8601. */
	generated: z.iso.datetime(),
	/** Currency of revenue and lifetime-value figures. */
	currency: z.string(),
	/** Every quarter found in the metrics, oldest first. */
	quarters: z.array(quarterSchema),
	/** One entry per partner with metrics, at-risk first, then watch, then healthy, by name. */
	partners: z.array(partnerScorecardSchema),
});

export type Scores = z.output<typeof scoresSchema>;
export type Dimension = Exclude<keyof Scores, 'overall'>;
export type HealthRule = z.output<typeof healthRuleSchema>;
export type HealthReason = z.output<typeof healthReasonSchema>;
export type Health = z.output<typeof healthSchema>;
export type HealthStatus = Health['status'];
export type ScoreInput = z.output<typeof scoreInputSchema>;
export type QuarterCard = z.output<typeof quarterCardSchema>;
export type LatestCard = z.output<typeof latestCardSchema>;
export type PartnerScorecard = z.output<typeof partnerScorecardSchema>;
export type Scorecards = z.output<typeof scorecardsSchema>;
