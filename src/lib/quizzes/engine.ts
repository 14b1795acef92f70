/**
 * The quiz state machine: pure functions from (quiz, attempt) to a new attempt, shared by the
 * quiz island and its unit tests. No DOM, no storage, no zod (it ships to the browser).
 *
 * Scoring rules (each question is worth one point; the score is the rounded percentage of points):
 * - single and true/false: 1 for the correct answer, else 0.
 * - multiple ("select all that apply"): (correct picks − wrong picks) ÷ number of correct options,
 *   never below 0; so picking every option never earns credit, and one missed answer costs a share.
 * - ordering: the share of steps that sit in their correct position.
 * A question counts as "correct" in feedback and review only with full credit.
 * The quiz is passed when the rounded percentage reaches the pass mark, so the shown score decides.
 */

import { startingArrangement, stepsInPlace } from './ordering';
import { shuffled, type Rng } from './random';

/** An answer or step, as the island shows it. */
export interface QuizChoice {
	id: string;
	text: string;
	feedback?: string | undefined;
}

/** A question reduced to what the browser needs. */
export interface PlayableQuestion {
	id: string;
	type: 'single' | 'multiple' | 'true-false' | 'ordering';
	prompt: string;
	explanation: string;
	/** Choices in authored order; for ordering questions, the steps in their correct order. */
	choices: QuizChoice[];
	/** Ids of the correct choices; for ordering questions, every step id in the correct order. */
	correct: string[];
}

/** A quiz as passed to the island. */
export interface PlayableQuiz {
	id: string;
	title: string;
	passMark: number;
	shuffle: boolean;
	questions: PlayableQuestion[];
}

/** One attempt at a quiz: everything needed to redraw it after a reload. */
export interface Attempt {
	/** 1 for the first attempt, +1 on each retry. */
	number: number;
	/** Question ids in the order they are asked. */
	questionOrder: string[];
	/** Choice ids per question in the order shown (for ordering questions: the starting arrangement). */
	choiceOrder: Record<string, string[]>;
	/** Picked choice ids per question; for ordering questions, the current arrangement. */
	answers: Record<string, string[]>;
	/** Ids of the questions whose answer has been checked (and is now locked). */
	checked: string[];
	/** Position in `questionOrder` of the question on screen. */
	index: number;
	/** When the attempt was finished (ISO date-time), or absent while in progress. */
	finishedAt?: string | undefined;
}

export { seededRng, shuffled, type Rng } from './random';

function startingOrder(question: PlayableQuestion, shuffle: boolean, rng: Rng): string[] {
	const ids = question.choices.map((choice) => choice.id);
	// Steps start mixed up, never solved and with at most a third in place (see ordering.ts).
	if (question.type === 'ordering') return startingArrangement(question.correct, rng);
	// True/false keeps "True, False"; other choices mix only when the quiz shuffles.
	return shuffle && question.type !== 'true-false' ? shuffled(ids, rng) : ids;
}

/** A fresh attempt: questions and choices shuffled when the quiz asks for it. */
export function startAttempt(quiz: PlayableQuiz, rng: Rng = Math.random, number = 1): Attempt {
	const ids = quiz.questions.map((question) => question.id);
	const choiceOrder: Record<string, string[]> = {};
	const answers: Record<string, string[]> = {};
	for (const question of quiz.questions) {
		choiceOrder[question.id] = startingOrder(question, quiz.shuffle, rng);
		answers[question.id] = question.type === 'ordering' ? [...choiceOrder[question.id]!] : [];
	}
	return {
		number,
		questionOrder: quiz.shuffle ? shuffled(ids, rng) : ids,
		choiceOrder,
		answers,
		checked: [],
		index: 0,
	};
}

function questionById(quiz: PlayableQuiz, id: string): PlayableQuestion {
	const question = quiz.questions.find((candidate) => candidate.id === id);
	if (!question) throw new Error(`Quiz "${quiz.id}" has no question "${id}"`);
	return question;
}

/** The question on screen. */
export function currentQuestion(quiz: PlayableQuiz, attempt: Attempt): PlayableQuestion {
	return questionById(quiz, attempt.questionOrder[attempt.index]!);
}

/** The choices of a question in the order this attempt shows them (ordering: the current arrangement). */
export function choicesInOrder(question: PlayableQuestion, attempt: Attempt): QuizChoice[] {
	const order = question.type === 'ordering' ? attempt.answers[question.id]! : attempt.choiceOrder[question.id]!;
	return order.map((id) => question.choices.find((choice) => choice.id === id)!);
}

export const isChecked = (attempt: Attempt, questionId: string) => attempt.checked.includes(questionId);
export const isFinished = (attempt: Attempt) => attempt.finishedAt !== undefined;

function withAnswer(attempt: Attempt, questionId: string, answer: string[]): Attempt {
	if (isFinished(attempt) || isChecked(attempt, questionId)) return attempt;
	return { ...attempt, answers: { ...attempt.answers, [questionId]: answer } };
}

/**
 * Picks a choice: replaces the answer of a single or true/false question, toggles it in a
 * multiple-choice one. Checked questions and finished attempts do not change.
 */
export function choose(quiz: PlayableQuiz, attempt: Attempt, questionId: string, choiceId: string): Attempt {
	const question = questionById(quiz, questionId);
	if (question.type === 'ordering' || !question.choices.some((choice) => choice.id === choiceId)) return attempt;
	if (question.type !== 'multiple') return withAnswer(attempt, questionId, [choiceId]);
	const current = attempt.answers[questionId] ?? [];
	const next = current.includes(choiceId) ? current.filter((id) => id !== choiceId) : [...current, choiceId];
	// Keep the shown order so the saved answer does not depend on click order.
	return withAnswer(
		attempt,
		questionId,
		attempt.choiceOrder[questionId]!.filter((id) => next.includes(id)),
	);
}

/** Moves a step of an ordering question up (delta −1) or down (+1); a move past either end does nothing. */
export function moveStep(attempt: Attempt, questionId: string, stepId: string, delta: -1 | 1): Attempt {
	const order = [...(attempt.answers[questionId] ?? [])];
	const from = order.indexOf(stepId);
	const to = from + delta;
	if (from === -1 || to < 0 || to >= order.length) return attempt;
	[order[from], order[to]] = [order[to]!, order[from]!];
	return withAnswer(attempt, questionId, order);
}

/** Whether the question on screen has an answer to check (ordering questions always do). */
export function canCheck(quiz: PlayableQuiz, attempt: Attempt): boolean {
	const question = currentQuestion(quiz, attempt);
	return question.type === 'ordering' || (attempt.answers[question.id]?.length ?? 0) > 0;
}

/** Locks the answer of the question on screen so its feedback shows; needs an answer. */
export function check(quiz: PlayableQuiz, attempt: Attempt): Attempt {
	const { id } = currentQuestion(quiz, attempt);
	if (isFinished(attempt) || isChecked(attempt, id) || !canCheck(quiz, attempt)) return attempt;
	return { ...attempt, checked: [...attempt.checked, id] };
}

/** Whether the question on screen is the last one. */
export const isLast = (attempt: Attempt) => attempt.index === attempt.questionOrder.length - 1;

/** Goes to the next question once the one on screen is checked. */
export function next(attempt: Attempt): Attempt {
	const id = attempt.questionOrder[attempt.index]!;
	if (isFinished(attempt) || !isChecked(attempt, id) || isLast(attempt)) return attempt;
	return { ...attempt, index: attempt.index + 1 };
}

/** Ends the attempt once every question is checked. */
export function finish(attempt: Attempt, now: Date = new Date()): Attempt {
	if (isFinished(attempt) || attempt.checked.length !== attempt.questionOrder.length) return attempt;
	return { ...attempt, finishedAt: now.toISOString() };
}

/** A new attempt, re-shuffled when the quiz shuffles. */
export function retry(quiz: PlayableQuiz, attempt: Attempt, rng: Rng = Math.random): Attempt {
	return startAttempt(quiz, rng, attempt.number + 1);
}

/** Credit for one answer, from 0 to 1, by the rules at the top of this file. */
export function scoreQuestion(question: PlayableQuestion, answer: readonly string[]): number {
	if (question.type === 'ordering') {
		if (answer.length !== question.correct.length) return 0;
		return stepsInPlace(answer, question.correct) / question.correct.length;
	}
	if (question.type === 'multiple') {
		const hits = answer.filter((id) => question.correct.includes(id)).length;
		const wrong = answer.length - hits;
		return Math.max(0, (hits - wrong) / question.correct.length);
	}
	return answer.length === 1 && question.correct.includes(answer[0]!) ? 1 : 0;
}

/** One question's outcome, for feedback and the review. */
export interface QuestionResult {
	question: PlayableQuestion;
	answer: string[];
	credit: number;
	correct: boolean;
}

export function questionResult(quiz: PlayableQuiz, attempt: Attempt, questionId: string): QuestionResult {
	const question = questionById(quiz, questionId);
	const answer = attempt.answers[questionId] ?? [];
	const credit = scoreQuestion(question, answer);
	return { question, answer, credit, correct: credit === 1 };
}

/** The score of an attempt, in asking order. */
export interface QuizResult {
	percent: number;
	passed: boolean;
	questions: QuestionResult[];
}

export function scoreAttempt(quiz: PlayableQuiz, attempt: Attempt): QuizResult {
	const questions = attempt.questionOrder.map((id) => questionResult(quiz, attempt, id));
	const points = questions.reduce((sum, result) => sum + result.credit, 0);
	const percent = questions.length ? Math.round((points / questions.length) * 100) : 0;
	return { percent, passed: percent >= quiz.passMark, questions };
}

const isStringList = (value: unknown): value is string[] =>
	Array.isArray(value) && value.every((item) => typeof item === 'string');
const isPermutation = (list: readonly string[], of: readonly string[]) =>
	list.length === of.length && new Set(list).size === list.length && of.every((id) => list.includes(id));

/**
 * Restores a saved attempt, or `undefined` when it does not fit this quiz (corrupt, edited by hand,
 * or saved for other questions): the caller then starts afresh instead of mixing answers.
 */
export function resume(quiz: PlayableQuiz, saved: unknown): Attempt | undefined {
	if (!saved || typeof saved !== 'object') return undefined;
	const value = saved as Partial<Record<keyof Attempt, unknown>>;
	const ids = quiz.questions.map((question) => question.id);
	if (typeof value.number !== 'number' || !Number.isInteger(value.number) || value.number < 1) return undefined;
	if (!isStringList(value.questionOrder) || !isPermutation(value.questionOrder, ids)) return undefined;
	if (!isStringList(value.checked) || !value.checked.every((id) => ids.includes(id))) return undefined;
	if (new Set(value.checked).size !== value.checked.length) return undefined;
	if (typeof value.index !== 'number' || !Number.isInteger(value.index)) return undefined;
	if (value.index < 0 || value.index >= ids.length) return undefined;
	if (value.finishedAt !== undefined && (typeof value.finishedAt !== 'string' || isNaN(Date.parse(value.finishedAt))))
		return undefined;
	if (value.finishedAt !== undefined && value.checked.length !== ids.length) return undefined;
	const choiceOrder = value.choiceOrder as Record<string, unknown> | null;
	const answers = value.answers as Record<string, unknown> | null;
	if (!choiceOrder || typeof choiceOrder !== 'object' || !answers || typeof answers !== 'object') return undefined;
	for (const question of quiz.questions) {
		const choiceIds = question.choices.map((choice) => choice.id);
		const order = choiceOrder[question.id];
		const answer = answers[question.id];
		if (!isStringList(order) || !isPermutation(order, choiceIds) || !isStringList(answer)) return undefined;
		if (question.type === 'ordering' ? !isPermutation(answer, choiceIds) : !answer.every((id) => order.includes(id)))
			return undefined;
		if (question.type !== 'ordering' && question.type !== 'multiple' && answer.length > 1) return undefined;
	}
	return {
		number: value.number,
		questionOrder: value.questionOrder,
		choiceOrder: choiceOrder as Record<string, string[]>,
		answers: answers as Record<string, string[]>,
		checked: value.checked,
		index: value.index,
		...(value.finishedAt !== undefined && { finishedAt: value.finishedAt }),
	};
}
