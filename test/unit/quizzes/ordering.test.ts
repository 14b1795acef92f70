import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { startAttempt } from '../../../src/lib/quizzes/engine';
import { maxInPlace, placedSteps, startingArrangement, stepsInPlace } from '../../../src/lib/quizzes/ordering';
import { quizHash, toPlayableQuiz } from '../../../src/lib/quizzes/quizzes';
import { seededRng } from '../../../src/lib/quizzes/random';
import { quizSchema } from '../../../src/lib/quizzes/schema';

const steps = (length: number) => Array.from({ length }, (_, index) => `step-${index + 1}`);

/** A sequence of fixed "random" numbers, repeated: 0.99 makes the shuffle keep every step where it is. */
const fixedRng = (...values: number[]) => {
	let index = 0;
	return () => values[index++ % values.length]!;
};

function expectFairStart(order: readonly string[], correct: readonly string[]) {
	expect([...order].sort()).toEqual([...correct].sort());
	expect(stepsInPlace(order, correct) * 3).toBeLessThanOrEqual(correct.length);
	expect(order).not.toEqual(correct);
}

describe('ordering questions', () => {
	it('allows a third of the steps in place, rounded down', () => {
		expect([2, 3, 5, 6, 8, 9].map(maxInPlace)).toEqual([0, 1, 1, 2, 2, 3]);
		expect(stepsInPlace(['a', 'c', 'b'], ['a', 'b', 'c'])).toBe(1);
	});

	it('never starts solved or with more than a third in place, over many seeds and lengths', () => {
		for (let length = 2; length <= 12; length++) {
			const correct = steps(length);
			const seen = new Set<string>();
			for (let seed = 0; seed < 400; seed++) {
				const order = startingArrangement(correct, seededRng(`seed-${seed}`));
				expectFairStart(order, correct);
				seen.add(order.join());
			}
			// Still a real shuffle, not one fixed arrangement: two steps have one fair start, three have three.
			expect(seen.size).toBeGreaterThanOrEqual(Math.min(length === 2 ? 1 : 3, 20));
			if (length >= 5) expect(seen.size).toBeGreaterThan(20);
		}
	});

	it('repairs the worst shuffles: one that changes nothing, and one that leaves a single extra step in place', () => {
		for (let length = 2; length <= 9; length++) {
			const correct = steps(length);
			expectFairStart(startingArrangement(correct, fixedRng(0.99)), correct);
			expectFairStart(startingArrangement(correct, fixedRng(0)), correct);
			expectFairStart(startingArrangement(correct, fixedRng(0.5, 0.2, 0.9)), correct);
		}
	});

	it('is repeatable for a seed, so the server and the browser draw the same first order', () => {
		const correct = steps(6);
		expect(startingArrangement(correct, seededRng('abc'))).toEqual(startingArrangement(correct, seededRng('abc')));
	});

	it('starts every shipped ordering question fairly, on the first attempt and on retries', () => {
		const dir = 'content/quizzes';
		for (const file of readdirSync(dir).filter((name) => name.endsWith('.yaml'))) {
			const quiz = toPlayableQuiz(file, quizSchema.parse(parse(readFileSync(`${dir}/${file}`, 'utf8'))));
			const ordering = quiz.questions.filter((question) => question.type === 'ordering');
			expect(ordering.length).toBeGreaterThan(0);
			const attempts = [startAttempt(quiz, seededRng(quizHash(quiz)))];
			for (let seed = 0; seed < 50; seed++) attempts.push(startAttempt(quiz, seededRng(`${file}-${seed}`), 2));
			for (const attempt of attempts) {
				for (const question of ordering) expectFairStart(attempt.answers[question.id]!, question.correct);
			}
		}
	});

	it('places each step of an answer against the right order', () => {
		const question = {
			choices: [
				{ id: 'a', text: 'First' },
				{ id: 'b', text: 'Second' },
				{ id: 'c', text: 'Third' },
			],
			correct: ['a', 'b', 'c'],
		};
		expect(placedSteps(question, ['a', 'c', 'b'])).toEqual([
			{ id: 'a', text: 'First', position: 1, rightPosition: 1, inPlace: true },
			{ id: 'c', text: 'Third', position: 2, rightPosition: 3, inPlace: false },
			{ id: 'b', text: 'Second', position: 3, rightPosition: 2, inPlace: false },
		]);
	});
});
