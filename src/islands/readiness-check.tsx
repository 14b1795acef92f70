import {
	areaScoreText,
	readinessSummary,
	readinessLevelLabels,
	scoreReadiness,
	unansweredNote,
	type ReadinessLevel,
} from '../lib/assessments/readiness';
import type { ReadinessAssessment } from '../lib/assessments/schema';
import ScaleField from './scale-field';
import { useResultReveal, useSavedRatings } from './use-saved';
import AssessmentActions from './assessment-actions';
import StatusIcon, { type StatusIconName } from './status-icon';
import '../styles/assessments.css';

/** Each level as a status: an icon and its words, the colour repeating them. */
const levelLook: Record<ReadinessLevel, { tone: string; icon: StatusIconName }> = {
	ready: { tone: 'status-good', icon: 'check-circle-2' },
	nearly: { tone: 'status-warn', icon: 'alert-triangle' },
	'not-yet': { tone: 'status-bad', icon: 'octagon-alert' },
	unanswered: { tone: 'status-none', icon: 'minus-circle' },
};

interface Props {
	id: string;
	assessment: ReadinessAssessment;
}

/** Program readiness check: statements rated 1-10, scored per area by `scoreReadiness`. */
export default function ReadinessCheck({ id, assessment }: Props) {
	const ids = assessment.areas.flatMap((area) => area.questions.map((question) => question.id));
	const [ratings, setRatings, reset, unsaved] = useSavedRatings(id, ids);
	const result = scoreReadiness(assessment, ratings);

	const { shown, status, startOver, submit, undo } = useResultReveal(reset, () => readinessSummary(result));

	return (
		<form className="assessment" onSubmit={submit}>
			{assessment.areas.map((area) => (
				<section key={area.id} aria-labelledby={`${id}-${area.id}`}>
					<h2 id={`${id}-${area.id}`}>{area.label}</h2>
					{area.questions.map((question) => (
						<ScaleField
							key={question.id}
							name={question.id}
							legend={question.text}
							low={assessment.scale.low}
							high={assessment.scale.high}
							value={ratings[question.id]}
							onChange={(value) => setRatings({ ...ratings, [question.id]: value })}
						/>
					))}
				</section>
			))}
			<AssessmentActions
				submitLabel="Show my readiness"
				status={status}
				onStartOver={startOver}
				undo={undo}
				unsaved={unsaved}
			/>
			{shown && (
				<section className="assessment-results" aria-labelledby={`${id}-results`}>
					<h2 id={`${id}-results`}>Your readiness</h2>
					{result.unanswered > 0 && <p>{unansweredNote(result.unanswered)}</p>}
					<ul className="result-list">
						{result.areas.map((area) => (
							<li key={area.id} className={`result level-${area.level}`}>
								<h3>{area.label}</h3>
								<p className="result-score">
									<strong className={`status ${levelLook[area.level].tone}`}>
										<StatusIcon name={levelLook[area.level].icon} />
										<span>{readinessLevelLabels[area.level]}</span>
									</strong>{' '}
									<span>{areaScoreText(area)}</span>
								</p>
								{area.nextSteps.length > 0 ? (
									<>
										<h4>Next steps</h4>
										<ol>
											{area.nextSteps.map((step) => (
												<li key={step.questionId}>{step.text}</li>
											))}
										</ol>
									</>
								) : (
									area.level === 'ready' && <p>Every statement here scored {assessment.readyAt} or more.</p>
								)}
							</li>
						))}
					</ul>
				</section>
			)}
		</form>
	);
}
