import { useEffect, useState } from 'react';
import { browserStore } from '../lib/core/browser-storage';
import { loadBestScore, type BestScore } from '../lib/quizzes/storage';

/** The partner's best score on a quiz, read from this browser after hydration; the server renders "Not taken yet". */
export default function QuizBestScore({ quizId, passMark }: { quizId: string; passMark: number }) {
	const [best, setBest] = useState<BestScore | undefined>();
	useEffect(() => setBest(loadBestScore(browserStore(), quizId)), [quizId]);
	if (!best) return <p className="meta quiz-status">Not taken yet in this browser. Pass mark {passMark}%.</p>;
	return (
		<p className={`meta quiz-status is-${best.passed ? 'correct' : 'incorrect'}`}>
			<strong>{best.passed ? 'Passed' : 'Not passed yet'}</strong>: best score {best.percent}% (pass mark {passMark}
			%).
		</p>
	);
}
