import { useEffect, useRef, useState, type ReactNode, type RefObject, type SubmitEvent } from 'react';
import {
	canCheck,
	check,
	choicesInOrder,
	choose,
	currentQuestion,
	finish,
	isChecked,
	isFinished,
	isLast,
	moveStep,
	next,
	questionResult,
	retry,
	scoreAttempt,
	seededRng,
	startAttempt,
	type Attempt,
	type PlayableQuestion,
	type PlayableQuiz,
	type QuestionResult,
} from '../lib/quizzes/engine';
import { browserStore } from '../lib/core/browser-storage';
import { formatDate } from '../lib/core/dates';
import { countOf } from '../lib/core/plural';
import { certificateId, certificateName, localDay } from '../lib/quizzes/certificate';
import { placedSteps } from '../lib/quizzes/ordering';
import { betterScore, loadQuizProgress, saveQuizProgress, type BestScore } from '../lib/quizzes/storage';
import StatusIcon from './status-icon';
import '../styles/quizzes.css';

interface Props {
	quiz: PlayableQuiz;
	/** Fingerprint of the questions at build time; a saved attempt with another one is dropped. */
	hash: string;
	/** Program name and logo URL for the certificate. */
	program: { name: string; logoSrc: string; logoAlt: string };
	/** BCP 47 language for dates. */
	lang: string;
}

const typeHint: Record<PlayableQuestion['type'], string> = {
	single: 'Choose one answer.',
	multiple: 'Select all that apply.',
	'true-false': 'True or false?',
	ordering: 'Use the Move up and Move down buttons to put the steps in order, first step at the top.',
};

/** Plays a quiz one question at a time; all rules live in `src/lib/quizzes/engine.ts`. */
export default function QuizRunner({ quiz, hash, program, lang }: Props) {
	// A first attempt seeded by the hash renders the same on the server and in the browser (no hydration mismatch);
	// retries shuffle with Math.random.
	const [attempt, setAttempt] = useState<Attempt>(() => startAttempt(quiz, seededRng(hash)));
	const [best, setBest] = useState<BestScore | undefined>();
	const [announcement, setAnnouncement] = useState('');
	const [error, setError] = useState('');
	const [ready, setReady] = useState(false);
	const [name, setName] = useState('');
	const headingRef = useRef<HTMLHeadingElement>(null);
	const actionRef = useRef<HTMLButtonElement>(null);
	const focusNext = useRef<'heading' | 'action' | string | null>(null);

	// Storage is read after hydration so the server-rendered first question matches the first client render.
	useEffect(() => {
		const saved = loadQuizProgress(browserStore(), quiz, hash);
		if (saved.attempt) setAttempt(saved.attempt);
		setBest(saved.best);
		setReady(true);
	}, [quiz, hash]);

	const [unsaved, setUnsaved] = useState(false);
	useEffect(() => {
		if (ready && !saveQuizProgress(browserStore(), quiz.id, { hash, attempt, best })) setUnsaved(true);
	}, [ready, quiz.id, hash, attempt, best]);
	// Said once, above the quiz, when this browser keeps nothing (site data blocked or full).
	const notKept = unsaved && (
		<p className="meta save-notice" role="status">
			This browser is not keeping your progress (its site data is blocked or full): the quiz works, but a reload starts
			it again.
		</p>
	);

	useEffect(() => {
		const target = focusNext.current;
		focusNext.current = null;
		if (target === 'heading') headingRef.current?.focus();
		else if (target === 'action') actionRef.current?.focus();
		else if (target) document.getElementById(target)?.focus();
	});

	const update = (nextAttempt: Attempt, focus: typeof focusNext.current = null) => {
		focusNext.current = focus;
		setAttempt(nextAttempt);
	};

	if (isFinished(attempt)) {
		const result = scoreAttempt(quiz, attempt);
		return (
			<div className="quiz">
				{notKept}
				<Results
					quiz={quiz}
					attempt={attempt}
					result={result}
					best={best}
					headingRef={headingRef}
					onRetry={() => {
						setAnnouncement(`Attempt ${attempt.number + 1} started. Question 1 of ${quiz.questions.length}.`);
						update(retry(quiz, attempt), 'heading');
					}}
				>
					{result.passed && (
						<Certificate
							quizId={quiz.id}
							quizTitle={quiz.title}
							percent={result.percent}
							finishedAt={attempt.finishedAt!}
							lang={lang}
							name={name}
							onName={setName}
							program={program}
						/>
					)}
				</Results>
				<LiveRegion text={announcement} />
			</div>
		);
	}

	const question = currentQuestion(quiz, attempt);
	const checked = isChecked(attempt, question.id);
	const outcome = checked ? questionResult(quiz, attempt, question.id) : undefined;
	const total = attempt.questionOrder.length;

	const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
		event.preventDefault();
		if (!checked) {
			if (!canCheck(quiz, attempt)) {
				setError(question.type === 'multiple' ? 'Select at least one answer first.' : 'Choose an answer first.');
				return;
			}
			setError('');
			const after = check(quiz, attempt);
			const result = questionResult(quiz, after, question.id);
			setAnnouncement(`${verdict(result)} ${question.explanation}`);
			update(after, 'action');
		} else if (!isLast(attempt)) {
			setAnnouncement('');
			update(next(attempt), 'heading');
		} else {
			const done = finish(attempt);
			const result = scoreAttempt(quiz, done);
			setBest((previous) =>
				betterScore(previous, { percent: result.percent, passed: result.passed, date: done.finishedAt! }),
			);
			setAnnouncement(
				`Quiz finished. You scored ${result.percent}%. ${result.passed ? 'Passed: your certificate is ready to print.' : 'Not passed yet.'}`,
			);
			update(done, 'heading');
		}
	};

	return (
		<div className="quiz">
			{notKept}
			<form className="quiz-question" onSubmit={onSubmit} noValidate>
				<h2 ref={headingRef} tabIndex={-1}>
					Question {attempt.index + 1} of {total}
				</h2>
				<progress max={total} value={attempt.checked.length} aria-label="Questions answered" />
				<fieldset aria-describedby={`${question.id}-hint`}>
					<legend>{question.prompt}</legend>
					<p className="meta" id={`${question.id}-hint`}>
						{typeHint[question.type]}
					</p>
					{question.type === 'ordering' ? (
						<OrderingList
							question={question}
							attempt={attempt}
							locked={checked}
							onMove={(stepId, delta, position) => {
								const moved = moveStep(attempt, question.id, stepId, delta);
								const to = moved.answers[question.id]!.indexOf(stepId);
								const atEdge = to === 0 || to === moved.answers[question.id]!.length - 1;
								const text = question.choices.find((choice) => choice.id === stepId)!.text;
								setAnnouncement(`“${text}” moved to position ${to + 1} of ${moved.answers[question.id]!.length}.`);
								// Keep focus on the same button, or its sibling when the step reached the end of the list.
								const direction = atEdge ? (delta === -1 ? 'down' : 'up') : position;
								update(moved, `${question.id}-${stepId}-${direction}`);
							}}
						/>
					) : (
						<ChoiceList
							question={question}
							attempt={attempt}
							locked={checked}
							onChoose={(choiceId) => {
								setError('');
								update(choose(quiz, attempt, question.id, choiceId));
							}}
						/>
					)}
				</fieldset>
				{error && (
					<p className="quiz-error" role="alert">
						{error}
					</p>
				)}
				{outcome && <Feedback result={outcome} />}
				<button ref={actionRef} type="submit" className="button primary">
					{!checked ? 'Check answer' : isLast(attempt) ? 'See your result' : 'Next question'}
				</button>
			</form>
			<LiveRegion text={announcement} />
		</div>
	);
}

function verdict(result: QuestionResult): string {
	if (result.correct) return 'Correct.';
	return result.credit > 0 ? `Partly correct (${Math.round(result.credit * 100)}% credit).` : 'Not quite.';
}

type Tone = 'correct' | 'partial' | 'incorrect';

function toneOf(result: QuestionResult): Tone {
	if (result.correct) return 'correct';
	return result.credit > 0 ? 'partial' : 'incorrect';
}

const toneIcon = { correct: 'check-circle-2', partial: 'alert-triangle', incorrect: 'x-circle' } as const;
const toneStatus = { correct: 'status-good', partial: 'status-warn', incorrect: 'status-bad' } as const;

/** A verdict as a status pill: an icon and words, the colour only repeating them. */
function VerdictBadge({ result }: { result: QuestionResult }) {
	const tone = toneOf(result);
	return (
		<span className={`status ${toneStatus[tone]}`}>
			<StatusIcon name={toneIcon[tone]} />
			{verdict(result)}
		</span>
	);
}

function LiveRegion({ text }: { text: string }) {
	return (
		<div className="sr-only" role="status" aria-live="polite">
			{text}
		</div>
	);
}

function ChoiceList(props: {
	question: PlayableQuestion;
	attempt: Attempt;
	locked: boolean;
	onChoose: (choiceId: string) => void;
}) {
	const { question, attempt, locked } = props;
	const picked = attempt.answers[question.id] ?? [];
	const type = question.type === 'multiple' ? 'checkbox' : 'radio';
	return (
		<ul className="quiz-choices">
			{choicesInOrder(question, attempt).map((choice) => {
				const selected = picked.includes(choice.id);
				const right = question.correct.includes(choice.id);
				// After checking, each picked answer and each missed right answer gets a mark and its feedback.
				const mark = locked && (selected || right) ? (right ? 'correct' : 'incorrect') : undefined;
				const id = `${question.id}-${choice.id}`;
				const classes = ['quiz-choice', mark && `is-${mark}`, selected && 'is-chosen'].filter(Boolean).join(' ');
				return (
					<li key={choice.id} className={classes}>
						{/* Checked answers stay as chosen and in full colour: aria-disabled, not disabled (which greys them). */}
						<input
							type={type}
							id={id}
							name={question.id}
							value={choice.id}
							checked={selected}
							aria-disabled={locked || undefined}
							onClick={locked ? (event) => event.preventDefault() : undefined}
							onChange={() => {
								if (!locked) props.onChoose(choice.id);
							}}
							aria-describedby={mark ? `${id}-feedback` : undefined}
						/>
						<label htmlFor={id}>{choice.text}</label>
						{mark && (
							<p className="quiz-feedback" id={`${id}-feedback`}>
								<strong className="quiz-mark">
									<StatusIcon name={right ? 'check-circle-2' : 'x-circle'} />
									{right
										? selected
											? 'Correct answer, you chose it.'
											: 'Correct answer, you missed it.'
										: 'Not correct, you chose it.'}
								</strong>{' '}
								{choice.feedback}
							</p>
						)}
					</li>
				);
			})}
		</ul>
	);
}

function OrderingList(props: {
	question: PlayableQuestion;
	attempt: Attempt;
	locked: boolean;
	onMove: (stepId: string, delta: -1 | 1, position: 'up' | 'down') => void;
}) {
	const { question, attempt, locked } = props;
	const steps = placedSteps(
		question,
		choicesInOrder(question, attempt).map((step) => step.id),
	);
	return (
		<ol className="quiz-ordering">
			{steps.map((step, index) => {
				const { inPlace, rightPosition } = step;
				const feedback = question.choices.find((choice) => choice.id === step.id)?.feedback;
				return (
					<li key={step.id} className={locked ? `quiz-step is-${inPlace ? 'correct' : 'incorrect'}` : 'quiz-step'}>
						<span className="quiz-step-text">{step.text}</span>
						{!locked && (
							<span className="quiz-step-buttons">
								<button
									type="button"
									id={`${question.id}-${step.id}-up`}
									disabled={index === 0}
									onClick={() => props.onMove(step.id, -1, 'up')}
									aria-label={`Move up: ${step.text}`}
								>
									Move up
								</button>
								<button
									type="button"
									id={`${question.id}-${step.id}-down`}
									disabled={index === steps.length - 1}
									onClick={() => props.onMove(step.id, 1, 'down')}
									aria-label={`Move down: ${step.text}`}
								>
									Move down
								</button>
							</span>
						)}
						{locked && (
							<p className="quiz-feedback">
								<strong className="quiz-mark">
									<StatusIcon name={inPlace ? 'check-circle-2' : 'x-circle'} />
									{inPlace ? 'In the right place.' : `Belongs at position ${rightPosition}.`}
								</strong>{' '}
								{!inPlace && feedback}
							</p>
						)}
					</li>
				);
			})}
		</ol>
	);
}

function Feedback({ result }: { result: QuestionResult }) {
	const tone = toneOf(result);
	return (
		<div className={`quiz-outcome is-${tone}`}>
			<StatusIcon name={toneIcon[tone]} />
			<div>
				<p className="quiz-verdict">
					<strong>{verdict(result)}</strong>
				</p>
				<p>{result.question.explanation}</p>
			</div>
		</div>
	);
}

function answerText(question: PlayableQuestion, ids: readonly string[]): string {
	const texts = ids.map((id) => question.choices.find((choice) => choice.id === id)?.text ?? id);
	return texts.length ? texts.join('; ') : 'No answer';
}

/** An ordering answer in the review: the partner's order and, when it differs, the right one beside it. */
function OrderReview({ item }: { item: QuestionResult }) {
	const { question } = item;
	const prefix = `review-${question.id}`;
	return (
		<div className="quiz-order-compare">
			<div>
				<p className="quiz-order-label" id={`${prefix}-yours`}>
					Your order
				</p>
				<ol className="quiz-order-list" aria-labelledby={`${prefix}-yours`}>
					{placedSteps(question, item.answer).map((step) => (
						<li key={step.id} className={step.inPlace ? 'is-correct' : 'is-incorrect'}>
							<StatusIcon name={step.inPlace ? 'check-circle-2' : 'x-circle'} />
							<span>
								{step.text}
								<span className="sr-only">
									{step.inPlace ? ' (in the right place)' : ` (belongs at position ${step.rightPosition})`}
								</span>
							</span>
						</li>
					))}
				</ol>
			</div>
			{!item.correct && (
				<div>
					<p className="quiz-order-label" id={`${prefix}-right`}>
						Right order
					</p>
					<ol className="quiz-order-list" aria-labelledby={`${prefix}-right`}>
						{placedSteps(question, question.correct).map((step) => (
							<li key={step.id}>
								<span>{step.text}</span>
							</li>
						))}
					</ol>
				</div>
			)}
		</div>
	);
}

function Results(props: {
	quiz: PlayableQuiz;
	attempt: Attempt;
	result: ReturnType<typeof scoreAttempt>;
	best: BestScore | undefined;
	headingRef: RefObject<HTMLHeadingElement | null>;
	onRetry: () => void;
	/** The certificate, offered right under the score when the attempt passed. */
	children?: ReactNode;
}) {
	const { quiz, result, best } = props;
	const wrong = result.questions.filter((item) => !item.correct).length;
	return (
		<section className="quiz-results" aria-labelledby="quiz-result-heading">
			<h2 id="quiz-result-heading" className="no-print" ref={props.headingRef} tabIndex={-1}>
				Your result
			</h2>
			<div className={`quiz-score no-print is-${result.passed ? 'correct' : 'incorrect'}`}>
				<StatusIcon name={result.passed ? 'award' : 'x-circle'} />
				<div className="quiz-score-body">
					<p>
						<strong>
							You scored {result.percent}%: {result.passed ? 'passed' : 'not passed yet'}.
						</strong>{' '}
						The pass mark is {quiz.passMark}%.
					</p>
					<p>
						{result.passed
							? 'Well done! Your certificate is ready: add your name below and print it.'
							: `The review below explains the ${countOf(wrong, { one: 'answer', other: 'answers' })} to look at again. Try again when you are ready: your certificate is waiting once you pass.`}
					</p>
				</div>
			</div>
			{props.children}
			<div className="quiz-after no-print">
				{best && (
					<p className="meta">
						Your best score: {best.percent}%{best.passed ? ' (passed)' : ''}
					</p>
				)}
				<button type="button" className={result.passed ? 'button' : 'button primary'} onClick={props.onRetry}>
					Retry the quiz
				</button>
				<h3 id="quiz-review-heading">Review your answers</h3>
				<ol className="quiz-review" aria-labelledby="quiz-review-heading">
					{result.questions.map((item) => (
						<li key={item.question.id} className={`is-${toneOf(item)}`}>
							<p>
								<strong>{item.question.prompt}</strong>
							</p>
							<p>
								<VerdictBadge result={item} />
							</p>
							{item.question.type === 'ordering' ? (
								<OrderReview item={item} />
							) : (
								<>
									<p>Your answer: {answerText(item.question, item.answer)}</p>
									{!item.correct && <p>Correct answer: {answerText(item.question, item.question.correct)}</p>}
								</>
							)}
							<p className="meta">{item.question.explanation}</p>
						</li>
					))}
				</ol>
			</div>
		</section>
	);
}

function Certificate(props: {
	quizId: string;
	quizTitle: string;
	percent: number;
	finishedAt: string;
	lang: string;
	name: string;
	onName: (name: string) => void;
	program: Props['program'];
}) {
	const { program, quizId, finishedAt } = props;
	const [missingName, setMissingName] = useState(false);
	const [id, setId] = useState<string | undefined>();
	const inputRef = useRef<HTMLInputElement>(null);
	const name = certificateName(props.name);

	// The ID follows the name as typed; a late digest for an older name must not overwrite a newer one.
	useEffect(() => {
		let current = true;
		void certificateId(quizId, finishedAt, name).then((value) => {
			if (current) setId(value);
		});
		return () => {
			current = false;
		};
	}, [quizId, finishedAt, name]);

	return (
		<section className="certificate-panel" aria-labelledby="certificate-heading">
			<div className="certificate-form no-print">
				<h3 id="certificate-heading">Your certificate</h3>
				<label htmlFor="certificate-name">Your name, as it should appear on the certificate</label>
				<div className="certificate-actions">
					<input
						ref={inputRef}
						id="certificate-name"
						type="text"
						autoComplete="name"
						value={props.name}
						aria-describedby={missingName ? 'certificate-name-error' : undefined}
						onChange={(event) => {
							setMissingName(false);
							props.onName(event.target.value);
						}}
					/>
					<button
						type="button"
						className="button primary"
						onClick={() => {
							if (name) return window.print();
							setMissingName(true);
							inputRef.current?.focus();
						}}
					>
						Print certificate
					</button>
				</div>
				{missingName && (
					<p className="quiz-error" id="certificate-name-error" role="alert">
						Type your name first, so it appears on the certificate.
					</p>
				)}
			</div>
			<div className="certificate" role="group" aria-label="Certificate preview">
				<div className="certificate-frame">
					<div className="certificate-brand">
						<img src={program.logoSrc} alt={program.logoAlt} width="48" height="48" />
						<p className="certificate-program">{program.name}</p>
					</div>
					<p className="certificate-title">Certificate of completion</p>
					<p className="certificate-line">This certifies that</p>
					<p className={name ? 'certificate-name' : 'certificate-name is-placeholder'}>{name || 'Your name'}</p>
					<p className="certificate-line">has passed the quiz</p>
					<p className="certificate-quiz">{props.quizTitle}</p>
					<p className="certificate-details">
						<span className="certificate-seal">
							<StatusIcon name="award" />
						</span>
						<span>
							with a score of {props.percent}% on{' '}
							<time dateTime={localDay(finishedAt)}>{formatDate(localDay(finishedAt), props.lang)}</time>
						</span>
					</p>
					{id && <p className="certificate-id">Certificate ID {id}</p>}
				</div>
			</div>
		</section>
	);
}
