import { memoryStore, throwingStore } from '../support/memory-store';
import { describe, expect, it } from 'vitest';
import { checkContentGraph } from '../../../src/lib/content/checks';
import {
	canCheck,
	check,
	choicesInOrder,
	choose,
	currentQuestion,
	finish,
	isFinished,
	moveStep,
	next,
	resume,
	retry,
	scoreAttempt,
	scoreQuestion,
	seededRng,
	shuffled,
	startAttempt,
	type Attempt,
	type PlayableQuiz,
} from '../../../src/lib/quizzes/engine';
import { storageKey } from '../../../src/lib/core/browser-storage';
import { betterScore, loadBestScore, loadQuizProgress, saveQuizProgress } from '../../../src/lib/quizzes/storage';
import { quizHash, quizzesByTrack, quizzesForModule, toPlayableQuiz } from '../../../src/lib/quizzes/quizzes';
import { quizSchema, type QuizInput } from '../../../src/lib/quizzes/schema';

const input: QuizInput = {
	id: 'referral-basics',
	title: 'Referral basics',
	summary: 'Check that you know how a referral moves from conversation to commission.',
	modules: ['agencies/week-1'],
	passMark: 75,
	shuffle: false,
	questions: [
		{
			id: 'register',
			type: 'single',
			prompt: 'When do you register a referral?',
			explanation: 'Before the client signs up.',
			options: [
				{ id: 'before', text: 'Before sign-up', correct: true, feedback: 'Right.' },
				{ id: 'after', text: 'After sign-up' },
			],
		},
		{
			id: 'pitch',
			type: 'multiple',
			prompt: 'What belongs in a pitch?',
			explanation: 'Who, what problem, what you add.',
			options: [
				{ id: 'who', text: 'Who it is for', correct: true },
				{ id: 'problem', text: 'The problem', correct: true },
				{ id: 'features', text: 'Every feature' },
			],
		},
		{
			id: 'small',
			type: 'true-false',
			prompt: 'Start with two or three partners.',
			explanation: 'Small pilots teach more.',
			answer: true,
			feedbackFalse: 'Starting small is the advice.',
		},
		{
			id: 'steps',
			type: 'ordering',
			prompt: 'Order the referral steps.',
			explanation: 'Register before you introduce.',
			steps: [
				{ id: 'talk', text: 'Talk' },
				{ id: 'register', text: 'Register' },
				{ id: 'introduce', text: 'Introduce' },
			],
		},
	],
};
const quiz: PlayableQuiz = toPlayableQuiz('referral-basics', quizSchema.parse(input));

const issues = (value: unknown) =>
	quizSchema.safeParse(value).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];
const withQuestion = (index: number, patch: Record<string, unknown>) => ({
	...input,
	questions: input.questions.map((question, i) => (i === index ? { ...question, ...patch } : question)),
});

describe('quizSchema', () => {
	it('accepts a valid quiz and fills defaults', () => {
		const { passMark: _passMark, shuffle: _shuffle, ...bare } = input;
		const parsed = quizSchema.parse(bare);
		expect(parsed.passMark).toBe(80);
		expect(parsed.shuffle).toBe(true);
		expect(parsed.questions[0]).toMatchObject({ type: 'single', options: [{ correct: true }, { correct: false }] });
	});

	it.each([
		['a pass mark of 0', { passMark: 0 }, 'passMark: Expected 1 or more'],
		['a pass mark over 100', { passMark: 101 }, 'passMark: Expected 100 or less'],
		['a fractional pass mark', { passMark: 70.5 }, 'passMark: Expected a whole number'],
		['no modules', { modules: [] }, 'modules: Expected at least 1 item'],
		['no questions', { questions: [] }, 'questions: Expected at least 1 item'],
	])('rejects %s', (_name, patch, message) => {
		expect(issues({ ...input, ...patch })).toEqual([message]);
	});

	it('rejects a question with no correct answer, naming the question', () => {
		expect(
			issues(
				withQuestion(1, {
					options: [
						{ id: 'a', text: 'A' },
						{ id: 'b', text: 'B' },
					],
				}),
			),
		).toEqual(['questions.1.options: Expected at least one option with `correct: true`, found none']);
	});

	it('rejects a single-choice question with several correct answers', () => {
		const options = [
			{ id: 'a', text: 'A', correct: true },
			{ id: 'b', text: 'B', correct: true },
		];
		expect(issues(withQuestion(0, { options }))).toEqual([
			'questions.0.options: Expected exactly one correct option in a single-choice question, found 2 (use type: multiple for "select all that apply")',
		]);
	});

	it('rejects duplicate question ids', () => {
		expect(issues(withQuestion(1, { id: 'register' }))).toEqual(['questions: Duplicate question id "register"']);
	});

	it('rejects duplicate option and step ids', () => {
		const options = [
			{ id: 'a', text: 'A', correct: true },
			{ id: 'a', text: 'A again' },
		];
		expect(issues(withQuestion(0, { options }))).toEqual(['questions.0.options: Duplicate option id "a"']);
		const steps = [
			{ id: 'x', text: 'X' },
			{ id: 'x', text: 'Y' },
		];
		expect(issues(withQuestion(3, { steps }))).toEqual(['questions.3.steps: Duplicate step id "x"']);
	});

	it('rejects an unknown question type, a missing explanation and a one-step ordering question', () => {
		expect(issues(withQuestion(0, { type: 'essay' }))[0]).toMatch(/^questions\.0\.type: Expected one of: /);
		expect(issues(withQuestion(0, { explanation: '' }))).toEqual([
			'questions.0.explanation: Expected at least 1 character',
		]);
		expect(issues(withQuestion(3, { steps: [{ id: 'x', text: 'X' }] }))).toEqual([
			'questions.3.steps: Expected at least 2 items',
		]);
		expect(issues(withQuestion(2, { answer: 'yes' }))).toEqual(['questions.2.answer: Expected true or false']);
	});
});

describe('checkContentGraph for quizzes', () => {
	const content = {
		tracks: [
			{
				id: 'agencies',
				data: {
					title: 'Agencies',
					partnerType: 'agency',
					model: 'referral',
					summary: 'Four weeks to a first referral.',
					weeks: 4,
					order: 0,
					goals: ['x'],
					rhythm: {},
				},
			},
		],
		modules: [
			{
				id: 'agencies/week-1',
				data: { title: 'W1', week: 1, order: 1, duration: 30, summary: 'The first week of the track.', goals: ['x'] },
			},
		],
		practices: [],
	};
	const entry = (id: string, patch: Partial<QuizInput> = {}) => ({
		id,
		filePath: `content/quizzes/${id}.yaml`,
		data: quizSchema.parse({ ...input, ...patch }),
	});

	it('accepts quizzes linked to existing modules', () => {
		expect(() => checkContentGraph({ ...content, quizzes: [entry('referral-basics')] })).not.toThrow();
	});

	it('names a link to a module that does not exist, and an id that differs from the file name', () => {
		const quizzes = [entry('referral-basics', { modules: ['agencies/week-1', 'agencies/week-9'] }), entry('other')];
		expect(() => checkContentGraph({ ...content, quizzes })).toThrow(
			[
				'Content has 2 broken references:',
				'  - content/quizzes/referral-basics.yaml: modules.1: Expected a module id such as "agencies/week-1-welcome-and-referral-workflow" (track folder/file name), found "agencies/week-9"',
				'  - content/quizzes/other.yaml: id: Expected the file name "other", found "referral-basics"',
			].join('\n'),
		);
	});
});

describe('quiz helpers', () => {
	const entries = [
		{ id: 'b', data: quizSchema.parse({ ...input, title: 'B quiz', modules: ['agencies/week-1'] }) },
		{ id: 'a', data: quizSchema.parse({ ...input, title: 'A quiz', modules: ['creators/week-2', 'agencies/week-1'] }) },
	];

	it('turns every question type into choices and correct ids', () => {
		expect(quiz.questions.map((question) => question.correct)).toEqual([
			['before'],
			['who', 'problem'],
			['true'],
			['talk', 'register', 'introduce'],
		]);
		expect(quiz.questions[2]!.choices.map((choice) => [choice.text, choice.feedback])).toEqual([
			['True', undefined],
			['False', 'Starting small is the advice.'],
		]);
	});

	it('hashes the questions and pass mark, not the title', () => {
		expect(quizHash(quiz)).toMatch(/^[0-9a-f]{16}$/);
		expect(quizHash({ ...quiz, title: 'Renamed' })).toBe(quizHash(quiz));
		expect(quizHash({ ...quiz, passMark: 90 })).not.toBe(quizHash(quiz));
		const edited = { ...quiz, questions: [{ ...quiz.questions[0]!, correct: ['after'] }, ...quiz.questions.slice(1)] };
		expect(quizHash(edited)).not.toBe(quizHash(quiz));
	});

	it('finds the quizzes of a module and groups quizzes by the track of their first module', () => {
		expect(quizzesForModule(entries, 'agencies/week-1').map((q) => q.id)).toEqual(['a', 'b']);
		expect(quizzesForModule(entries, 'agencies/week-2')).toEqual([]);
		const groups = quizzesByTrack([{ id: 'agencies' }, { id: 'creators' }, { id: 'software' }], entries);
		expect(groups.map((group) => [group.track.id, group.quizzes.map((q) => q.id)])).toEqual([
			['agencies', ['b']],
			['creators', ['a']],
		]);
	});
});

/** A sequence of fixed "random" numbers, repeated. */
const fixedRng = (...values: number[]) => {
	let index = 0;
	return () => values[index++ % values.length]!;
};

/** Answers every question of `quiz` rightly, through the public transitions. */
function solve(attempt: Attempt): Attempt {
	let state = attempt;
	for (let i = 0; i < state.questionOrder.length; i++) {
		const question = currentQuestion(quiz, state);
		if (question.type === 'ordering') {
			question.correct.forEach((id, target) => {
				while (state.answers[question.id]!.indexOf(id) > target) state = moveStep(state, question.id, id, -1);
			});
		} else {
			for (const id of question.correct) state = choose(quiz, state, question.id, id);
		}
		state = next(check(quiz, state));
	}
	return finish(state, new Date('2026-05-01T10:00:00Z'));
}

describe('quiz engine', () => {
	it('starts in authored order when shuffle is off, with ordering steps mixed but never solved', () => {
		const attempt = startAttempt(quiz, fixedRng(0.99));
		expect(attempt.questionOrder).toEqual(['register', 'pitch', 'small', 'steps']);
		expect(attempt.choiceOrder.register).toEqual(['before', 'after']);
		// A shuffle that changes nothing (rng 0.99 keeps every item) keeps at most a third of the steps in place.
		expect(attempt.answers.steps).toEqual(['talk', 'introduce', 'register']);
		expect(attempt).toMatchObject({ number: 1, index: 0, checked: [], answers: { register: [], pitch: [] } });
	});

	it('shuffles questions and choices, but keeps True before False', () => {
		const attempt = startAttempt({ ...quiz, shuffle: true }, fixedRng(0));
		expect(attempt.questionOrder).toEqual(shuffled(['register', 'pitch', 'small', 'steps'], fixedRng(0)));
		expect(attempt.questionOrder).not.toEqual(['register', 'pitch', 'small', 'steps']);
		expect(attempt.choiceOrder.pitch).toEqual(['problem', 'features', 'who']);
		expect(attempt.choiceOrder.small).toEqual(['true', 'false']);
	});

	it('gives a repeatable sequence for a seed', () => {
		const a = seededRng('abc');
		const b = seededRng('abc');
		const values = [a(), a(), a()];
		expect([b(), b(), b()]).toEqual(values);
		expect(values.every((value) => value >= 0 && value < 1)).toBe(true);
		expect(seededRng('abd')()).not.toBe(values[0]);
	});

	it('answers: replaces a single choice, toggles multiple choices in shown order, ignores unknown ids', () => {
		let attempt = startAttempt(quiz, fixedRng(0.99));
		attempt = choose(quiz, attempt, 'register', 'after');
		attempt = choose(quiz, attempt, 'register', 'before');
		expect(attempt.answers.register).toEqual(['before']);
		attempt = choose(quiz, attempt, 'pitch', 'problem');
		attempt = choose(quiz, attempt, 'pitch', 'who');
		attempt = choose(quiz, attempt, 'pitch', 'features');
		attempt = choose(quiz, attempt, 'pitch', 'features');
		expect(attempt.answers.pitch).toEqual(['who', 'problem']);
		expect(choose(quiz, attempt, 'pitch', 'nope')).toBe(attempt);
		expect(choose(quiz, attempt, 'steps', 'talk')).toBe(attempt);
	});

	it('moves ordering steps and ignores moves past either end', () => {
		const attempt = startAttempt(quiz, fixedRng(0.99));
		const up = moveStep(attempt, 'steps', 'register', -1);
		expect(up.answers.steps).toEqual(['talk', 'register', 'introduce']);
		expect(choicesInOrder(quiz.questions[3]!, up).map((step) => step.id)).toEqual(['talk', 'register', 'introduce']);
		expect(moveStep(attempt, 'steps', 'register', 1)).toBe(attempt);
		expect(moveStep(attempt, 'steps', 'talk', -1)).toBe(attempt);
	});

	it('checks only an answered question, then locks it', () => {
		let attempt = startAttempt(quiz, fixedRng(0.99));
		expect(canCheck(quiz, attempt)).toBe(false);
		expect(check(quiz, attempt)).toBe(attempt);
		expect(next(attempt)).toBe(attempt); // cannot skip an unchecked question
		attempt = check(quiz, choose(quiz, attempt, 'register', 'after'));
		expect(attempt.checked).toEqual(['register']);
		expect(choose(quiz, attempt, 'register', 'before').answers.register).toEqual(['after']);
		attempt = next(attempt);
		expect(currentQuestion(quiz, attempt).id).toBe('pitch');
	});

	it('finishes only when every question is checked, and scores a full pass', () => {
		const attempt = startAttempt(quiz, fixedRng(0.99));
		expect(isFinished(finish(attempt))).toBe(false);
		const done = solve(attempt);
		expect(done.finishedAt).toBe('2026-05-01T10:00:00.000Z');
		expect(scoreAttempt(quiz, done)).toMatchObject({ percent: 100, passed: true });
		expect(next(done)).toBe(done);
		expect(finish(done)).toBe(done);
	});

	it('scores single, true/false, multiple and ordering answers by the documented rules', () => {
		const [single, multiple, trueFalse, ordering] = quiz.questions as [
			(typeof quiz.questions)[0],
			(typeof quiz.questions)[0],
			(typeof quiz.questions)[0],
			(typeof quiz.questions)[0],
		];
		expect(scoreQuestion(single, ['before'])).toBe(1);
		expect(scoreQuestion(single, ['after'])).toBe(0);
		expect(scoreQuestion(single, [])).toBe(0);
		expect(scoreQuestion(trueFalse, ['true'])).toBe(1);
		expect(scoreQuestion(trueFalse, ['false'])).toBe(0);
		expect(scoreQuestion(multiple, ['who', 'problem'])).toBe(1);
		expect(scoreQuestion(multiple, ['who'])).toBe(0.5);
		expect(scoreQuestion(multiple, ['who', 'features'])).toBe(0);
		expect(scoreQuestion(multiple, ['who', 'problem', 'features'])).toBe(0.5);
		expect(scoreQuestion(multiple, ['features'])).toBe(0);
		expect(scoreQuestion(ordering, ['talk', 'register', 'introduce'])).toBe(1);
		expect(scoreQuestion(ordering, ['talk', 'introduce', 'register'])).toBeCloseTo(1 / 3);
		expect(scoreQuestion(ordering, ['register', 'introduce', 'talk'])).toBe(0);
		expect(scoreQuestion(ordering, ['talk'])).toBe(0);
	});

	it('fails below the pass mark and passes exactly at it', () => {
		// Right, half right, right, the starting order (1 of 3 steps in place): (1 + 0.5 + 1 + 1/3) / 4 = 70.8% → 71%.
		let attempt = startAttempt(quiz, fixedRng(0.99));
		attempt = next(check(quiz, choose(quiz, attempt, 'register', 'before')));
		attempt = next(check(quiz, choose(quiz, attempt, 'pitch', 'who')));
		attempt = next(check(quiz, choose(quiz, attempt, 'small', 'true')));
		attempt = finish(check(quiz, attempt));
		const result = scoreAttempt(quiz, attempt);
		expect(result).toMatchObject({ percent: 71, passed: false });
		expect(result.questions.map((q) => q.correct)).toEqual([true, false, true, false]);
		expect(scoreAttempt({ ...quiz, passMark: 71 }, attempt).passed).toBe(true);
	});

	it('retries with a fresh, re-shuffled attempt and a higher attempt number', () => {
		const shuffling = { ...quiz, shuffle: true };
		const done = solve(startAttempt(quiz, fixedRng(0.99)));
		const again = retry(shuffling, done, fixedRng(0));
		expect(again).toMatchObject({ number: 2, index: 0, checked: [] });
		expect(again.finishedAt).toBeUndefined();
		expect(again.questionOrder).not.toEqual(done.questionOrder);
		expect(again.answers.register).toEqual([]);
	});

	it('resumes a saved attempt and rejects one that does not fit the quiz', () => {
		let attempt = startAttempt(quiz, fixedRng(0.99));
		attempt = next(check(quiz, choose(quiz, attempt, 'register', 'before')));
		attempt = choose(quiz, attempt, 'pitch', 'who');
		const saved = JSON.parse(JSON.stringify(attempt));
		expect(resume(quiz, saved)).toEqual(attempt);
		expect(resume(quiz, solve(startAttempt(quiz, fixedRng(0.99))))?.finishedAt).toBe('2026-05-01T10:00:00.000Z');

		const broken: [string, unknown][] = [
			['nothing', null],
			['a string', 'attempt'],
			['an unknown question', { ...saved, questionOrder: ['register', 'pitch', 'small', 'other'] }],
			['a missing question', { ...saved, questionOrder: ['register', 'pitch', 'small'] }],
			['an index past the end', { ...saved, index: 4 }],
			['a negative index', { ...saved, index: -1 }],
			['an unknown choice', { ...saved, answers: { ...saved.answers, pitch: ['who', 'gone'] } }],
			[
				'two answers to a single-choice question',
				{ ...saved, answers: { ...saved.answers, register: ['before', 'after'] } },
			],
			['a broken arrangement', { ...saved, answers: { ...saved.answers, steps: ['talk', 'talk', 'introduce'] } }],
			['a checked id twice', { ...saved, checked: ['register', 'register'] }],
			['a bad date', { ...saved, finishedAt: 'yesterday' }],
			['finished with unchecked questions', { ...saved, finishedAt: '2026-05-01T10:00:00Z' }],
			['no attempt number', { ...saved, number: undefined }],
			['choice orders missing', { ...saved, choiceOrder: null }],
		];
		for (const [name, value] of broken) expect(resume(quiz, value), name).toBeUndefined();
	});
});

describe('quiz storage', () => {
	const hash = quizHash(quiz);
	const attempt = choose(quiz, startAttempt(quiz, fixedRng(0.99)), 'register', 'before');
	const best = { percent: 63, passed: false, date: '2026-05-01T10:00:00.000Z' };

	it('saves and restores the attempt and the best score', () => {
		const store = memoryStore();
		saveQuizProgress(store, quiz.id, { hash, attempt, best });
		expect(loadQuizProgress(store, quiz, hash)).toEqual({ attempt, best });
		expect(loadBestScore(store, quiz.id)).toEqual(best);
	});

	it('drops the attempt, but keeps the best score, when the quiz content changed', () => {
		const store = memoryStore();
		saveQuizProgress(store, quiz.id, { hash: 'older', attempt, best });
		expect(loadQuizProgress(store, quiz, hash)).toEqual({ attempt: undefined, best });
	});

	it('discards corrupt data and removes it', () => {
		const store = memoryStore({ [storageKey('quiz', quiz.id)]: '{not json' });
		expect(loadQuizProgress(store, quiz, hash)).toEqual({});
		expect(store.data.size).toBe(0);
		const wrongShape = memoryStore({ [storageKey('quiz', quiz.id)]: '[1,2]' });
		expect(loadBestScore(wrongShape, quiz.id)).toBeUndefined();
		const badBest = memoryStore({
			[storageKey('quiz', quiz.id)]: JSON.stringify({ hash, attempt, best: { percent: 300, passed: true, date: 'x' } }),
		});
		expect(loadQuizProgress(badBest, quiz, hash)).toEqual({ attempt, best: undefined });
	});

	it('ignores entries of an older storage version', () => {
		const store = memoryStore({ 'portal:quiz:v0:referral-basics': JSON.stringify({ hash, attempt, best }) });
		expect(loadQuizProgress(store, quiz, hash)).toEqual({});
	});

	it('survives blocked or full storage', () => {
		const blocked = throwingStore;
		expect(loadQuizProgress(blocked, quiz, hash)).toEqual({});
		expect(() => saveQuizProgress(blocked, quiz.id, { hash, attempt })).not.toThrow();
		expect(loadQuizProgress(undefined, quiz, hash)).toEqual({});
	});

	it('keeps the higher score, and the earlier one on a tie', () => {
		const later = { percent: 63, passed: false, date: '2026-06-01T10:00:00.000Z' };
		expect(betterScore(undefined, best)).toBe(best);
		expect(betterScore(best, later)).toBe(best);
		expect(betterScore(best, { ...later, percent: 90, passed: true })).toEqual({ ...later, percent: 90, passed: true });
		expect(betterScore({ ...later, percent: 90, passed: true }, best).percent).toBe(90);
	});
});
