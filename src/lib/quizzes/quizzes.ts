import { createHash } from 'node:crypto';
import type { PlayableQuestion, PlayableQuiz } from './engine';
import type { Quiz, QuizQuestion } from './schema';
import type { Entry } from '../core/entry';
import { trackIdOf } from '../onboarding/schema';

/** A question as the island plays it: every type becomes choices plus the ids that are right. */
export function toPlayableQuestion(question: QuizQuestion): PlayableQuestion {
	const base = { id: question.id, type: question.type, prompt: question.prompt, explanation: question.explanation };
	switch (question.type) {
		case 'true-false':
			return {
				...base,
				choices: [
					{ id: 'true', text: 'True', feedback: question.feedbackTrue },
					{ id: 'false', text: 'False', feedback: question.feedbackFalse },
				],
				correct: [String(question.answer)],
			};
		case 'ordering':
			return { ...base, choices: question.steps, correct: question.steps.map((step) => step.id) };
		default:
			return {
				...base,
				choices: question.options.map(({ id, text, feedback }) => ({ id, text, feedback })),
				correct: question.options.filter((option) => option.correct).map((option) => option.id),
			};
	}
}

/** The quiz as serialised into the island's props. */
export function toPlayableQuiz(id: string, quiz: Quiz): PlayableQuiz {
	return {
		id,
		title: quiz.title,
		passMark: quiz.passMark,
		shuffle: quiz.shuffle,
		questions: quiz.questions.map(toPlayableQuestion),
	};
}

/**
 * A short fingerprint of what a partner answers and how it is marked. Saved attempts carry it, so an
 * attempt started before the quiz was edited is dropped instead of mixing old answers with new questions.
 */
export function quizHash(quiz: PlayableQuiz): string {
	const marked = { passMark: quiz.passMark, questions: quiz.questions };
	return createHash('sha256').update(JSON.stringify(marked)).digest('hex').slice(0, 16);
}

/** The track a quiz belongs to: that of its first linked module. */
export const quizTrackId = (quiz: Entry<Quiz>) => trackIdOf(quiz.data.modules[0]!);

/** Quizzes that check a module, by title. */
export function quizzesForModule<Q extends Entry<Quiz>>(quizzes: readonly Q[], moduleId: string): Q[] {
	return quizzes
		.filter((quiz) => quiz.data.modules.includes(moduleId))
		.sort((a, b) => a.data.title.localeCompare(b.data.title));
}

/** Quizzes grouped under their tracks, in track order; tracks without quizzes are left out. */
export function quizzesByTrack<T extends { id: string }, Q extends Entry<Quiz>>(
	tracks: readonly T[],
	quizzes: readonly Q[],
): { track: T; quizzes: Q[] }[] {
	return tracks
		.map((track) => ({
			track,
			quizzes: quizzes
				.filter((quiz) => quizTrackId(quiz) === track.id)
				.sort((a, b) => a.data.title.localeCompare(b.data.title)),
		}))
		.filter((group) => group.quizzes.length > 0);
}
