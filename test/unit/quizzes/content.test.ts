import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { toPlayableQuiz } from '../../../src/lib/quizzes/quizzes';
import { quizSchema } from '../../../src/lib/quizzes/schema';

const dir = 'content/quizzes';
const quizzes = readdirSync(dir)
	.filter((name) => name.endsWith('.yaml'))
	.map((file) => toPlayableQuiz(file, quizSchema.parse(parse(readFileSync(`${dir}/${file}`, 'utf8')))));

describe('shipped quizzes', () => {
	it('explain every wrong answer a partner can pick, next to the answer', () => {
		const unexplained = quizzes.flatMap((quiz) =>
			quiz.questions
				.filter((question) => question.type !== 'ordering')
				.flatMap((question) =>
					question.choices
						.filter((choice) => !question.correct.includes(choice.id) && !choice.feedback)
						.map((choice) => `${quiz.id} › ${question.id} › ${choice.id}`),
				),
		);
		expect(unexplained).toEqual([]);
	});
});
