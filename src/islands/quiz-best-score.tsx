import { useEffect, useState } from 'react';
import { browserStore } from '../lib/core/browser-storage';
import { loadBestScore, type BestScore } from '../lib/quizzes/storage';

/**
 * The partner's best score on a quiz, read from this browser after hydration; the server renders "Not taken yet".
 * Kept out of the search index (data-pagefind-ignore): it describes this browser, not the quiz.
 */
export default function QuizBestScore({ quizId, passMark }: { quizId: string; passMark: number }) {
	const [best, setBest] = useState<BestScore | undefined>();
	useEffect(() => setBest(loadBestScore(browserStore(), quizId)), [quizId]);
	if (!best)
		return (
			<p className="meta quiz-status" data-pagefind-ignore="">
				Not taken yet in this browser. Pass mark {passMark}%.
			</p>
		);
	return (
		<p className={`meta quiz-status is-${best.passed ? 'correct' : 'incorrect'}`} data-pagefind-ignore="">
			<strong>{best.passed ? 'Passed' : 'Not passed yet'}</strong>: best score {best.percent}% (pass mark {passMark}
			%).
		</p>
	);
}
