import { z } from '../core/zod';
import { repeats } from '../core/unique';
import { SCALE_MAX, SCALE_MIN } from '../core/scale';
import { weightProblem } from './matrix';
import { idSchema, oneOf, summarySchema, type ProgramIds } from '../core/schema-helpers';

/**
 * Self-assessments: `content/assessments/<id>.yaml`, one file per tool, told apart by `kind`.
 * Scoring lives in `src/lib/assessments/`; these schemas only describe the questions.
 */

/** Fields every assessment shares. */
const common = {
	/** Page title and heading. */
	title: z.string().min(1),
	/** One or two sentences for the index, the meta description and the no-JavaScript intro. */
	summary: summarySchema,
	/** Sort position on the index; lower comes first. Default: 0. */
	order: z.number().int().default(0),
};

/** A 1-10 rating on the readiness check or the pitfall review. */
const ratingSchema = z.number().int().min(SCALE_MIN).max(SCALE_MAX);

/** A slug of an article in `content/practices/`; checked against the collection at build (content-checks.ts). */
const articleSchema = idSchema;

/** A statement rated 1-10 ("not at all true" to "completely true"). */
const readinessQuestionSchema = z.object({
	/** Stable id, used for saved answers. */
	id: idSchema,
	/** The statement, shown as the scale's legend. */
	text: z.string().min(1),
	/** What to do when this statement scores below the area's `readyAt`. */
	nextStep: z.string().min(1),
});

/** One area of the readiness check (value proposition, resources, commitment). */
const readinessAreaSchema = z.object({
	/** Stable id. */
	id: idSchema,
	/** Area heading. */
	label: z.string().min(1),
	/** Statements to rate. */
	questions: z.array(readinessQuestionSchema).min(1),
});

/** Program readiness check: rollout step 1. */
export const readinessSchema = z.object({
	kind: z.literal('readiness'),
	...common,
	/** Labels of the two ends of every scale. */
	scale: z.object({
		/** Meaning of 1. */
		low: z.string().min(1),
		/** Meaning of 10. */
		high: z.string().min(1),
	}),
	/** Average (1-10) from which an area counts as ready. Default: 7. */
	readyAt: ratingSchema.default(7),
	/** Average (1-10) from which an area counts as nearly ready; below it, not yet. Default: 4. */
	nearlyAt: ratingSchema.default(4),
	/** The areas, in the order they are asked. */
	areas: z.array(readinessAreaSchema).min(1),
});

/** One weighted factor of the evaluation matrix. */
const factorSchema = z.object({
	/** Stable id, used for saved scores and CSV columns. */
	id: idSchema,
	/** Factor name. */
	label: z.string().min(1),
	/** What a high score means, shown as the field's hint. */
	help: z.string().min(1),
	/** Weight in percent; all weights add up to 100. */
	weight: z.number().int().min(1).max(100),
});

/** Partner evaluation matrix: candidates scored 1-10 on weighted factors. */
export const matrixSchema = z.object({
	kind: z.literal('matrix'),
	...common,
	/** The factors, in column order. */
	factors: z.array(factorSchema).min(1),
});

/** One of the common pitfalls. */
const pitfallSchema = z.object({
	/** Stable id, used for saved ratings. */
	id: idSchema,
	/** Pitfall name. */
	label: z.string().min(1),
	/** What exposure looks like, shown as the scale's hint. */
	signs: z.string().min(1),
	/** Share (percent) of struggling partnerships where it shows up; breaks ties between equal ratings. */
	frequency: z.number().min(0).max(100),
	/** Slug of the best-practice article that addresses it. */
	article: articleSchema,
	/** One-sentence first move when exposure is high. */
	action: z.string().min(1),
});

/** Pitfall review: exposure to each pitfall, rated 1-10. */
export const pitfallReviewSchema = z.object({
	kind: z.literal('pitfalls'),
	...common,
	/** Labels of the two ends of every scale. */
	scale: z.object({
		/** Meaning of 1. */
		low: z.string().min(1),
		/** Meaning of 10. */
		high: z.string().min(1),
	}),
	/** Rating from which a pitfall counts as a high risk. Default: 7. */
	highAt: ratingSchema.default(7),
	/** Rating from which a pitfall counts as a medium risk; below it, low. Default: 4. */
	mediumAt: ratingSchema.default(4),
	/** The pitfalls, in the order they are asked. */
	pitfalls: z.array(pitfallSchema).min(1),
});

/** The recommender's schema for the configured partnership models. */
export function recommenderSchema(modelIds: readonly string[]) {
	/** One answer to a recommender question and the points it gives each model. */
	const recommenderOptionSchema = z.object({
		/** Stable id, used for saved answers. */
		id: idSchema,
		/** Answer text. */
		label: z.string().min(1),
		/** Points (0-3) per partnership model id; models left out get 0. */
		points: z.record(oneOf(modelIds, 'partnership model'), z.number().int().min(0).max(3)),
		/** Why this answer points to the model it favours most, shown among the reasons. */
		reason: z.string().min(1),
	});

	/** One recommender question: a radio group. */
	const recommenderQuestionSchema = z.object({
		/** Stable id. */
		id: idSchema,
		/** The question, shown as the group's legend. */
		text: z.string().min(1),
		/** The answers; at least two. */
		options: z.array(recommenderOptionSchema).min(2),
	});

	/** What the recommender says about one model. */
	const recommenderModelSchema = z.object({
		/** Partnership model id from portal.config.ts. */
		model: oneOf(modelIds, 'partnership model'),
		/** What you give up or take on with this model. */
		tradeOffs: z.array(z.string().min(1)).min(1),
	});

	/** Partnership model recommender. */
	const recommender = z.object({
		kind: z.literal('recommender'),
		...common,
		/** Slug of the article that compares the models. */
		article: articleSchema,
		/** The questions, in order. */
		questions: z.array(recommenderQuestionSchema).min(1),
		/** One entry per partnership model in portal.config.ts. */
		models: z.array(recommenderModelSchema).min(1),
	});
	return recommender;
}

/** Ids within one list must be unique; reports the repeated id at its path. */
function uniqueIds(items: readonly { id: string }[], path: (string | number)[], ctx: z.RefinementCtx) {
	for (const { index, key } of repeats(items, (item) => item.id)) {
		ctx.addIssue({ code: 'custom', path: [...path, index, 'id'], message: `Duplicate id "${key}"` });
	}
}

/** Any assessment file. Checks spanning several fields (weights, ids, thresholds) run here. */
export const assessmentSchema = ({ modelIds }: Pick<ProgramIds, 'modelIds'>) =>
	z
		.discriminatedUnion('kind', [readinessSchema, matrixSchema, pitfallReviewSchema, recommenderSchema(modelIds)])
		.superRefine((value, ctx) => {
			switch (value.kind) {
				case 'readiness':
					uniqueIds(value.areas, ['areas'], ctx);
					uniqueIds(
						value.areas.flatMap((area) => area.questions),
						['questions'],
						ctx,
					);
					if (value.nearlyAt >= value.readyAt) {
						ctx.addIssue({
							code: 'custom',
							path: ['nearlyAt'],
							message: `Expected nearlyAt below readyAt (${value.readyAt}), found ${value.nearlyAt}`,
						});
					}
					break;
				case 'matrix': {
					uniqueIds(value.factors, ['factors'], ctx);
					const problem = weightProblem(value.factors);
					if (problem) ctx.addIssue({ code: 'custom', path: ['factors'], message: problem });
					break;
				}
				case 'pitfalls':
					uniqueIds(value.pitfalls, ['pitfalls'], ctx);
					if (value.mediumAt >= value.highAt) {
						ctx.addIssue({
							code: 'custom',
							path: ['mediumAt'],
							message: `Expected mediumAt below highAt (${value.highAt}), found ${value.mediumAt}`,
						});
					}
					break;
				case 'recommender': {
					uniqueIds(value.questions, ['questions'], ctx);
					value.questions.forEach((question, index) =>
						uniqueIds(question.options, ['questions', index, 'options'], ctx),
					);
					const listed = value.models.map((entry) => entry.model);
					for (const id of modelIds) {
						if (!listed.includes(id)) {
							ctx.addIssue({
								code: 'custom',
								path: ['models'],
								message: `Expected an entry for the partnership model "${id}" from portal.config.ts`,
							});
						}
					}
					for (const { index, key } of repeats(listed, (id) => id)) {
						ctx.addIssue({ code: 'custom', path: ['models', index, 'model'], message: `Duplicate model "${key}"` });
					}
					break;
				}
			}
		});

export type Assessment = z.output<ReturnType<typeof assessmentSchema>>;
export type ReadinessAssessment = z.output<typeof readinessSchema>;
export type MatrixAssessment = z.output<typeof matrixSchema>;
export type PitfallReview = z.output<typeof pitfallReviewSchema>;
export type RecommenderAssessment = z.output<ReturnType<typeof recommenderSchema>>;
export type AssessmentKind = Assessment['kind'];
