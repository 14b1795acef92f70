import type { ArticleLink } from '../lib/assessments/list';
import {
	cleanChoices,
	recommendModel,
	recommendationSummary,
	scoreText,
	unansweredQuestions,
} from '../lib/assessments/recommender';
import type { RecommenderAssessment } from '../lib/assessments/schema';
import { useResultReveal, useSaved } from './use-saved';
import AssessmentActions from './assessment-actions';
import StatusIcon from './status-icon';
import '../styles/assessments.css';

interface Props {
	id: string;
	assessment: RecommenderAssessment;
	/** Partnership models from portal.config.ts. */
	models: { id: string; label: string; description: string }[];
	article: ArticleLink;
}

/** Partnership model recommender: radio questions, scored by `recommendModel`. */
export default function ModelRecommender({ id, assessment, models, article }: Props) {
	const [choices, setChoices, reset, unsaved] = useSaved<Record<string, string>>(id, {}, (raw) =>
		cleanChoices(raw, assessment),
	);
	const recommendation = recommendModel(assessment, choices);
	const missing = unansweredQuestions(assessment, choices);
	const labelOf = (model: string) => models.find((entry) => entry.id === model)?.label ?? model;

	const { shown, status, startOver, submit, undo } = useResultReveal(reset, () =>
		recommendationSummary(recommendation, missing.length, labelOf),
	);

	return (
		<form className="assessment" onSubmit={submit}>
			{assessment.questions.map((question) => (
				<fieldset key={question.id} className="choices">
					<legend>{question.text}</legend>
					{question.options.map((option) => (
						<label key={option.id}>
							<input
								type="radio"
								name={question.id}
								value={option.id}
								checked={choices[question.id] === option.id}
								onChange={() => setChoices({ ...choices, [question.id]: option.id })}
							/>{' '}
							{option.label}
						</label>
					))}
				</fieldset>
			))}
			<AssessmentActions
				submitLabel="Recommend a model"
				status={status}
				onStartOver={startOver}
				undo={undo}
				unsaved={unsaved}
			/>
			{shown && recommendation && (
				<section className="assessment-results recommendation" aria-labelledby={`${id}-results`}>
					<h2 id={`${id}-results`} className="recommendation-title">
						<StatusIcon name="award" />
						<span>Recommended: {labelOf(recommendation.model)}</span>
					</h2>
					<p>{models.find((entry) => entry.id === recommendation.model)?.description}</p>
					{recommendation.tie && (
						<p>
							This was a close call with {labelOf(recommendation.scores[1]!.model)}; the lighter commitment is suggested
							first, and you can deepen the partnership later.
						</p>
					)}
					<h3>Why</h3>
					<ul>
						{recommendation.reasons.map((reason) => (
							<li key={reason}>{reason}</li>
						))}
					</ul>
					<h3>Trade-offs</h3>
					<ul>
						{recommendation.tradeOffs.map((tradeOff) => (
							<li key={tradeOff}>{tradeOff}</li>
						))}
					</ul>
					<h3>How each model scored</h3>
					<ul>
						{recommendation.scores.map((score) => (
							<li key={score.model}>{scoreText(labelOf(score.model), score.points)}</li>
						))}
					</ul>
					<p>
						Compare the models in <a href={article.href}>{article.title}</a>.
					</p>
				</section>
			)}
		</form>
	);
}
