/**
 * Quiz progress kept in the partner's browser (localStorage): the attempt in progress and the best score.
 * Versioned key; anything unreadable, from another version or for other quiz content is dropped silently.
 */
import { resume, type Attempt, type PlayableQuiz } from './engine';
import { readSaved, storageKey, writeSaved, type KeyValueStore } from '../core/browser-storage';

/** The best finished attempt at a quiz. */
export interface BestScore {
	percent: number;
	passed: boolean;
	/** When it was reached (ISO date-time). */
	date: string;
}

/** What is stored under a quiz's key. */
export interface SavedQuiz {
	/** Hash of the quiz's questions when the attempt started; another hash means the quiz changed. */
	hash: string;
	attempt?: Attempt | undefined;
	best?: BestScore | undefined;
}

function readBestScore(value: unknown): BestScore | undefined {
	if (!value || typeof value !== 'object') return undefined;
	const { percent, passed, date } = value as Record<string, unknown>;
	if (typeof percent !== 'number' || percent < 0 || percent > 100 || typeof passed !== 'boolean') return undefined;
	if (typeof date !== 'string' || isNaN(Date.parse(date))) return undefined;
	return { percent, passed, date };
}

function readRaw(store: KeyValueStore | undefined, quizId: string): Record<string, unknown> | undefined {
	return readSaved(store, storageKey('quiz', quizId), (value) =>
		value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined,
	);
}

/** The best score saved for a quiz, whatever its content hash (a past pass stays a pass). */
export function loadBestScore(store: KeyValueStore | undefined, quizId: string): BestScore | undefined {
	return readBestScore(readRaw(store, quizId)?.best);
}

/**
 * The saved progress of a quiz: the attempt only when it was made on the same questions (`hash`)
 * and still fits them; the best score always when readable.
 */
export function loadQuizProgress(
	store: KeyValueStore | undefined,
	quiz: PlayableQuiz,
	hash: string,
): { attempt?: Attempt | undefined; best?: BestScore | undefined } {
	const raw = readRaw(store, quiz.id);
	if (!raw) return {};
	const best = readBestScore(raw.best);
	const attempt = raw.hash === hash ? resume(quiz, raw.attempt) : undefined;
	return { attempt, best };
}

/** The better of two scores: higher percent wins; on a tie the earlier stays. */
export function betterScore(best: BestScore | undefined, candidate: BestScore): BestScore {
	return !best || candidate.percent > best.percent ? candidate : best;
}

/** Saves progress; a full or blocked storage only loses the saving, never the quiz. False when not saved. */
export function saveQuizProgress(store: KeyValueStore | undefined, quizId: string, saved: SavedQuiz): boolean {
	return writeSaved(store, storageKey('quiz', quizId), saved);
}
