import { z } from '../core/zod';
import { repeatedKeys } from '../core/unique';
import { idSchema, summarySchema } from '../core/schema-helpers';

/** One answer of a single- or multiple-choice question. */
export const quizOptionSchema = z.object({
	/** Id unique within the question, e.g. "weekly". */
	id: idSchema,
	/** The answer as the partner reads it. */
	text: z.string().min(1),
	/** Whether picking this answer is right. Default: false. */
	correct: z.boolean().default(false),
	/** Shown after checking, next to this answer, when it was picked or should have been. */
	feedback: z.string().min(1).optional(),
});

/** One step of an ordering question; steps are listed in their correct order. */
export const quizStepSchema = z.object({
	/** Id unique within the question. */
	id: idSchema,
	/** The step as the partner reads it. */
	text: z.string().min(1),
	/** Shown after checking when this step ended up in the wrong place. */
	feedback: z.string().min(1).optional(),
});

const questionBase = {
	/** Id unique within the quiz; saved answers are keyed by it. */
	id: idSchema,
	/** The question, plain text. */
	prompt: z.string().min(1),
	/** Why the right answer is right: shown after checking and in the review. */
	explanation: z.string().min(1),
};

/** The question types a quiz can use. */
export const quizQuestionSchema = z.discriminatedUnion('type', [
	z.object({
		/** Pick exactly one answer (radio buttons); exactly one option is correct. */
		type: z.literal('single'),
		...questionBase,
		/** The answers, two or more. */
		options: z.array(quizOptionSchema).min(2),
	}),
	z.object({
		/** Select all that apply (checkboxes); one or more options are correct. */
		type: z.literal('multiple'),
		...questionBase,
		/** The answers, two or more. */
		options: z.array(quizOptionSchema).min(2),
	}),
	z.object({
		/** A statement that is true or false. */
		type: z.literal('true-false'),
		...questionBase,
		/** Whether the statement in `prompt` is true. */
		answer: z.boolean(),
		/** Feedback shown when the partner answered "True". */
		feedbackTrue: z.string().min(1).optional(),
		/** Feedback shown when the partner answered "False". */
		feedbackFalse: z.string().min(1).optional(),
	}),
	z.object({
		/** Put the steps in order (moved with buttons, never drag-only). */
		type: z.literal('ordering'),
		...questionBase,
		/** The steps in their correct order, two to eight; the quiz shows them mixed up. */
		steps: z.array(quizStepSchema).min(2).max(8),
	}),
]);

/** A product-training quiz: `content/quizzes/<id>.yaml`. */
export const quizSchema = z
	.object({
		/** The quiz slug, equal to the file name without ".yaml"; its page is /training/<id>/. */
		id: idSchema,
		/** Quiz title, e.g. "Referral workflow basics". */
		title: z.string().min(1),
		/** One or two sentences for the training index and meta description. */
		summary: summarySchema,
		/** Module ids ("<track folder>/<module file name>") the quiz checks; the first one decides its track. */
		modules: z.array(z.string().min(1)).min(1),
		/** Score in percent needed to pass, 1–100. Default: 80. */
		passMark: z.number().int().min(1).max(100).default(80),
		/** Whether questions and answers are mixed up on each attempt. Default: true. */
		shuffle: z.boolean().default(true),
		/** The questions, in order when `shuffle` is off. */
		questions: z.array(quizQuestionSchema).min(1),
	})
	.superRefine((quiz, ctx) => {
		for (const id of repeatedKeys(quiz.questions.map((question) => question.id))) {
			ctx.addIssue({ code: 'custom', path: ['questions'], message: `Duplicate question id "${id}"` });
		}
		quiz.questions.forEach((question, index) => {
			const path = ['questions', index];
			if (question.type === 'single' || question.type === 'multiple') {
				for (const id of repeatedKeys(question.options.map((option) => option.id))) {
					ctx.addIssue({ code: 'custom', path: [...path, 'options'], message: `Duplicate option id "${id}"` });
				}
				const correct = question.options.filter((option) => option.correct).length;
				if (correct === 0) {
					ctx.addIssue({
						code: 'custom',
						path: [...path, 'options'],
						message: 'Expected at least one option with `correct: true`, found none',
					});
				} else if (question.type === 'single' && correct > 1) {
					ctx.addIssue({
						code: 'custom',
						path: [...path, 'options'],
						message: `Expected exactly one correct option in a single-choice question, found ${correct} (use type: multiple for "select all that apply")`,
					});
				}
			} else if (question.type === 'ordering') {
				for (const id of repeatedKeys(question.steps.map((step) => step.id))) {
					ctx.addIssue({ code: 'custom', path: [...path, 'steps'], message: `Duplicate step id "${id}"` });
				}
			}
		});
	});

export type QuizInput = z.input<typeof quizSchema>;
export type Quiz = z.output<typeof quizSchema>;
export type QuizQuestion = z.output<typeof quizQuestionSchema>;
