import { z } from '../core/zod';
import { idSchema, isoDateSchema, oneOf } from '../core/schema-helpers';

/** One row of `content/data/certifications.csv`: a partner passed a training quiz. */
export const certificationSchema = ({ quizIds }: { quizIds: readonly string[] }) =>
	z.object({
		/** The partner (an id from partners.csv; checked against it by the reader). */
		partner_id: idSchema,
		/** The quiz passed: its file name in content/quizzes/ without ".yaml". */
		quiz: oneOf(quizIds, 'quiz'),
		/** The day the quiz was passed, `YYYY-MM-DD`. */
		passed_on: isoDateSchema,
	});

export type Certification = z.output<ReturnType<typeof certificationSchema>>;

/** The CSV header, in order. */
export const certificationColumns = ['partner_id', 'quiz', 'passed_on'] as const;
